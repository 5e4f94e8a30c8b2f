// "as" for "was": "The rocket as developed at the institute.", "The Mosasaurus as the largest
// predator of its time." Both words are everywhere and fit almost anywhere, so neither their
// frequencies nor their neighbours tell them apart; the sentence around does. A sentence that ends
// like a sentence yet has no word that can be a finite verb lacks one, and where "as" stands right
// after its subject, before a past participle, "not" or an article, "was" is the verb it lost.
// Anything that may be a verb anywhere in the sentence keeps it quiet ("Sales rose as expected").
import type { RealWordModel, TagDist } from './model';
import { isLetter } from './tokens';

/** Tags of finite verbs and the auxiliaries, and of the base form (present plural, imperative). */
const FINITE = ['V', 'VD', 'VZ', 'be', 'bed', 'bedz', 'bem', 'ber', 'bez', 'do', 'dod', 'doz', 'hv', 'hvd', 'hvz', 'md'];
/** Tags a subject ends with: nouns, names, subject pronouns. */
const SUBJECT = ['N', 'NS', 'NP', 'pps', 'ppss'];
/** Tags of the words a subject noun follows: articles, determiners, possessives, adjectives, numbers, nouns. */
const BEFORE_NOUN = ['at', 'ap', 'dt', 'dti', 'dts', 'dtx', 'pp$', 'J', 'CD', 'N'];
/** Words that open a comparison "as" may close. */
const COMPARISON = new Set(['as', 'so', 'such', 'same']);
/** A word may be a verb from this share on: low, yet above the share every noun gets for conversion ("to rocket"). */
const MAYBE = 0.25;
/** The word after "as" is mostly a past participle ("developed", "classified"). */
const PARTICIPLE = 0.3;

interface Tags {
  finite: Set<number>;
  subject: Set<number>;
  before: Set<number>;
  vn: number;
  at: number;
}
const tagSets = new WeakMap<RealWordModel, Tags>();

function tagsOf(m: RealWordModel): Tags {
  let t = tagSets.get(m);
  if (!t) tagSets.set(m, (t = { finite: new Set(FINITE.map(m.tag)), subject: new Set(SUBJECT.map(m.tag)), before: new Set(BEFORE_NOUN.map(m.tag)), vn: m.tag('VN'), at: m.tag('at') }));
  return t;
}

function share(d: TagDist, set: Set<number> | number): number {
  let p = 0;
  for (let i = 0; i < d.tags.length; i++) if (typeof set === 'number' ? d.tags[i] === set : set.has(d.tags[i])) p += d.probs[i];
  return p;
}

function sentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * Whether "as" at text[start, start + 2) stands for "was". `prev2`, `prev`: the words before (null
 * where a mark or nothing stands); `next`, `nextStart`: the word after and where it starts.
 */
export function missingWas(m: RealWordModel, text: string, start: number, prev2: string | null, prev: string | null, next: string | null, nextStart: number): boolean {
  if (!prev || !next) return false;
  const t = tagsOf(m);
  // The subject right before: a name (capitalised inside the sentence), or a noun or pronoun after
  // a determiner, an adjective, a number or another noun ("the rocket", "a space probe"): after an
  // adverb or a plural the word may be the verb ("members often function as").
  if (prev.toLowerCase() === prev) {
    const d = m.word(prev)?.tags;
    if (!d || share(d, t.subject) < 0.5) return false;
    if (!prev2) return false;
    if (prev2.toLowerCase() === prev2) {
      const d2 = m.word(prev2)?.tags;
      if (!d2 || share(d2, t.before) < 0.5) return false;
    }
  }
  const nd = next === 'not' ? null : m.word(next)?.tags;
  if (next !== 'not' && (!nd || (share(nd, t.vn) < PARTICIPLE && share(nd, t.at) < 0.5))) return false;
  // The sentence: back to the previous end mark, on to the next, which must be there.
  let from = start;
  while (from > 0 && !sentenceEnd(text.charCodeAt(from - 1))) from--;
  let to = start + 2;
  while (to < text.length && !sentenceEnd(text.charCodeAt(to))) to++;
  if (to === text.length) return false;
  let first = true;
  for (let i = from; i < to; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && isLetter(text.charCodeAt(j))) j++;
    // Contractions ("it's", "don't") hold a verb.
    if (j + 1 < to && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 0x2019) && isLetter(text.charCodeAt(j + 1))) return false;
    // The word after "as" is the one "was" would govern; a capitalised word inside the sentence is a
    // name; a lower-case word the list lacks may be a verb.
    const w = text.slice(i, j);
    const lower = w.toLowerCase();
    // "so strongly ... as", "the same ... as", "such ... as": the second half of a comparison.
    if (i < start && COMPARISON.has(lower)) return false;
    if (i !== start && i !== nextStart && (w === lower || first)) {
      const d = m.word(lower)?.tags;
      if (d ? share(d, t.finite) >= MAYBE : w === lower) return false;
    }
    first = false;
    i = j;
  }
  return true;
}
