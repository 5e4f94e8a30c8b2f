// What the agreement rules read around a word: the word tables of closed English classes and the
// token after a word (a word, a mark, the end). Lower case; built once at module load.
import type { Word } from '../text/word-runs';
import { EN_OBJECT_PRONOUNS, EN_REFLEXIVE, EN_SUBJECTS, isFunctionWord } from './stray-punctuation-words';
import { wordSet } from '../text/word-set';

/** Auxiliaries and modals: a finite verb right after a noun shows the noun heads its phrase. */
export const AUXILIARIES = wordSet('is are was were has have had will would can could should shall may might must did does');

/** The auxiliaries that agree with a singular subject only. */
export const SINGULAR_AUX = wordSet('is was has does');

/** Adverbs that are also nouns or verbs to the dictionary ("back", "home", "down"). */
const ADVERBS = wordSet(`
  up down out off back away home apart together aside ahead abroad forward forwards backward backwards upstairs
  downstairs indoors outdoors overseas online offline nearby alone astray adrift long well better further still
  even just right wrong due worth`);

/** Prepositions and pronouns the function-word tables leave out. */
const MORE_FUNCTION_WORDS = wordSet('plus minus versus times via thou thee');

/** Words no rule here reads as a noun or a verb, though the dictionary may. */
export function closedClass(w: string): boolean {
  return (
    isFunctionWord(w) || ADVERBS.has(w) || EN_OBJECT_PRONOUNS.has(w) || EN_SUBJECTS.has(w) || EN_REFLEXIVE.has(w) || MORE_FUNCTION_WORDS.has(w)
  );
}

/** The word, lower case, if it stands inside its sentence in lower case; else ''. */
export function plain(w: Word | undefined): string {
  return w && !w.cap ? w.lower : '';
}

export function between(text: string, a: Word, b: Word): string {
  return text.slice(a.end, b.start);
}

/** A lower-case word of letters only: no name, no compound, no code. */
export const LOWER_WORD = /^[a-z]{3,}$/;

const SPACES = /^\s+$/;
const PUNCT_AFTER = /^\s*[,.;:!?)]/;
const COMMA_AFTER = /^\s*,/;

/** Only spaces between the two words. */
export function adjacent(text: string, a: Word, b: Word): boolean {
  return SPACES.test(between(text, a, b));
}

/** A comma right after the word. */
export function commaAfter(text: string, w: Word): boolean {
  return COMMA_AFTER.test(text.slice(w.end, w.end + 4));
}

export interface Follower {
  /** 'word': a word after spaces (`word` is '' when it is capitalised); 'other': quotes, hyphens, an amount after a comma. */
  kind: 'end' | 'mark' | 'word' | 'other';
  word: string;
}

/** What stands after the word at `i`. */
export function follower(text: string, words: Word[], i: number): Follower {
  const w = words[i];
  const next = words[i + 1];
  const gap = next ? between(text, w, next) : text.slice(w.end);
  if (!next && gap.trim() === '') return { kind: 'end', word: '' };
  if (PUNCT_AFTER.test(gap)) {
    // "the five year, $24.7 billion plan": a comma may part two modifiers of an amount.
    const mark = gap.trim();
    if (mark.startsWith(',') && (mark !== ',' || !next || next.digit)) return { kind: 'other', word: '' };
    return { kind: 'mark', word: '' };
  }
  if (next && SPACES.test(gap)) return { kind: 'word', word: plain(next) };
  return { kind: 'other', word: '' };
}
