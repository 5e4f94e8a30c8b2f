// agreement, second rule: a bare verb where "are", "were", "be", "been" or "have" needs its
// participle ("tourists are advise to", "they have decide to", "were lead by"). The verb must be
// one the tagged corpus uses as a verb, no adjective ("are free to", "are exempt from") and no
// adverb; a noun too only when a passive "by" follows or it is mostly a verb ("were invite to"),
// since nouns stand after "be" as predicates ("are subject to", "are home to") and after "have"
// as objects ("have access to"). What follows must be what follows a participle: "to", "by",
// "that", a preposition or a determiner.
import type { Report } from './check';
import type { Word } from '../text/word-runs';
import { EN_IRREGULAR_PAST } from '../lang/syntax';
import { EN_PARTICIPLES, EN_PAST } from './stray-punctuation-words';
import { LOWER_WORD, adjacent, closedClass, follower, plain } from './agreement-context';
import type { EnglishLexicon } from './agreement-lexicon';
import { wordSet } from '../text/word-set';

/** The forms of "have" and "be" that take a participle. */
const PERFECT = wordSet('have has had');
const PASSIVE = wordSet('are were be been being');

/** Words before "be" that make it an infinitive, not a subjunctive ("the powers that be continue"). */
const BEFORE_BE = wordSet('to will would can could should shall may might must not cannot');

/** Verbs whose participle is their base ("have cut", "were broadcast"), beyond the stray-punctuation tables. */
const BASE_PARTICIPLES = wordSet('broadcast forecast fit wed knit rid thrust slit sweat bid input output offset come become run overcome overrun outrun recast reset');

/** What follows a participle: a preposition, an infinitive, a clause or an object. */
const AFTER_PARTICIPLE = wordSet(`
  to by that with in on at for from into about as of over under after before through against without within
  during among between upon onto across around via the a an this these those his her their its our my your some any`);

const THERE = /^there(?:['’]|$)/;

/** Words that take a participle after them: where this rule starts. */
export const TAKES_PARTICIPLE: ReadonlySet<string> = new Set([...PERFECT, ...PASSIVE]);

/** "there's been talk of", "there were calls": an existential subject takes a noun. */
function thereBefore(words: Word[], i: number): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) if (THERE.test(words[k].lower)) return true;
  return false;
}

/** The report for a bare verb after the auxiliary at `i`, or null. */
export function participleSlip(text: string, words: Word[], i: number, lex: EnglishLexicon): Report | null {
  const aux = words[i];
  if (aux.cap && !aux.initial) return null;
  if (aux.lower === 'be' && !BEFORE_BE.has(plain(words[i - 1])) && !words[i - 1]?.lower.endsWith("n't")) return null;
  if (thereBefore(words, i)) return null;
  const verb = words[i + 1];
  if (verb.cap || !adjacent(text, aux, verb) || !LOWER_WORD.test(verb.text)) return null;
  const w = verb.lower;
  if (closedClass(w) || EN_PARTICIPLES.has(w) || EN_PAST.has(w) || EN_IRREGULAR_PAST.has(w) || BASE_PARTICIPLES.has(w)) return null;
  if (w.endsWith('ing') || w.endsWith('ed')) return null;
  const after = follower(text, words, i + 1);
  if (after.kind !== 'word' || !AFTER_PARTICIPLE.has(after.word)) return null;
  if (!lex.known(w) || !lex.verb(w) || !lex.verbReading(w) || lex.adjective(w) || lex.adverb(w) || lex.pastForm(w)) return null;
  if (lex.noun(w)) {
    if (PERFECT.has(aux.lower) || plain(words[i + 3]) === w) return null; // "side by side"
    if (after.word !== 'by' && !lex.mostlyVerb(w)) return null;
  }
  const participle = lex.participle(w);
  if (!participle) return null;
  return {
    messageId: 'participle',
    data: { aux: aux.text, word: verb.text, suggestion: participle },
    target: { start: verb.start, end: verb.end },
    suggestions: [{ text: participle }],
  };
}
