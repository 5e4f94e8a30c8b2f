// The part-of-speech and frequency model of a language, built once from its data module and shared
// by every check that reads it (real-word judges its words; broken-syntax asks which words may be
// verbs; missing-was, which sentence lacks one).
import { buildModel, type RealWordModel } from './model';
import * as en from './en-data';

/** A word this frequent (2^18 in 51 million) is never judged: the tags cannot judge it, nor can the bigrams. */
const MAX_FREQUENT_CLASS = 17;
/** A longer word is offered for a shorter one at least four times as frequent. */
export const MIN_RATIO_BITS = 2;

/** Words that stand apart from the sentence ("Ow!", "Aw, no"): never inside a clause. */
export const INTERJECTIONS = new Set(['ow', 'aw', 'ouch', 'ugh', 'oops', 'wow', 'whoa', 'yay', 'ooh', 'huh', 'hey', 'yeah', 'yep', 'nope', 'ha', 'ho']);

/** Interjections are counted in film dialogue, not in written prose: cap their frequency there. */
export function writtenLogCount(word: string, logCount: number): number {
  return INTERJECTIONS.has(word) ? Math.min(logCount, 4) : logCount;
}

/** The languages with data, by base language subtag; each model is built on first use. */
const DATA = new Map([['en', en]]);
const models = new Map<string, RealWordModel>();

/** The model of a base language, or null where there is no data. */
export function modelFor(lang: string): RealWordModel | null {
  let m = models.get(lang);
  if (!m) {
    const data = DATA.get(lang);
    if (!data) return null;
    m = buildModel(data, { maxRareClass: MAX_FREQUENT_CLASS, minRatioBits: MIN_RATIO_BITS, writtenLogCount });
    models.set(lang, m);
  }
  return m;
}
