// What a source sentence says in English, word by word, as far as a bilingual word list tells:
// asked whether an English word (or the word it is a form of) translates one of the source's
// words, it names that word; asked whether a source word is rendered in the translation already,
// it looks for any of its translations there. Built on first question, once per segment.
import type { BilingualLexicon, Match } from './lexicon';
import { englishBases } from './english-forms';

const WORD = /\p{L}+/gu;

export class SourceSupport {
  /** English words by the source word they translate, for each way of matching a headword. */
  private readonly maps = new Map<Match, Map<string, string>>();
  /** The translation's words and the words they are forms of, in lower case. */
  private written: Set<string> | null = null;

  constructor(
    private readonly source: string,
    private readonly target: string,
    private readonly lexicon: BilingualLexicon,
  ) {}

  private words(match: Match): Map<string, string> {
    const known = this.maps.get(match);
    if (known) return known;
    const english = new Map<string, string>();
    for (const m of this.source.matchAll(WORD)) {
      const written = m[0];
      for (const e of this.lexicon.translations(written.toLowerCase(), match)) if (!english.has(e)) english.set(e, written);
    }
    this.maps.set(match, english);
    return english;
  }

  /**
   * The source word that translates to the English word or the word it is a form of, or null.
   * A word is proposed on an exact or strict match of its headword, accepted on a loose one.
   */
  sourceOf(word: string, match: Match): string | null {
    const words = this.words(match);
    for (const b of englishBases(word)) {
      const s = words.get(b);
      if (s !== undefined) return s;
    }
    return null;
  }

  /**
   * Whether a source word is rendered in the translation already: one of its translations, or
   * the word a translation's word is a form of, is there. A source word is translated once:
   * "Satz" rendered "sentence" asks for no "rate" elsewhere.
   */
  rendered(sourceWord: string): boolean {
    if (!this.written) {
      this.written = new Set();
      for (const m of this.target.matchAll(WORD)) for (const b of englishBases(m[0].toLowerCase())) this.written.add(b);
    }
    for (const e of this.lexicon.translations(sourceWord.toLowerCase(), 'strict')) if (this.written.has(e)) return true;
    return false;
  }
}
