// Word tables written as one string, the words apart by spaces or line breaks: the checks keep
// their closed classes (auxiliaries, determiners, prepositions) this way.
export function wordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}
