// agreement, third rule: a singular subject with a plural verb, where a lost -s or a careless
// engine leaves "the country which have signed" or "the view presented are". Only two shapes show
// the subject beyond doubt. A relative pronoun right after its head ("a member who were present"):
// the verb agrees with the head. A determiner, a noun and a participle opening a clause ("The
// figure quoted were"): nothing else can be the subject. Everything that would let the verb agree
// with another word is left alone: a head after "of" or another preposition ("one of the people
// who are"), a head joined to another ("the husband and wife who were"), the collective nouns
// British English makes plural ("the team who are"), zero plurals, names, and "asked the judge who
// were guilty", where "who" asks rather than relates.
import type { Report, ReportSuggestion } from './check';
import type { Word } from '../text/word-runs';
import { NUMBER_WORDS } from '../text/number-words';
import { EN_PARTICIPLES, EN_PREP_HARD, EN_PREP_SOFT, isFunctionWord } from './stray-punctuation-words';
import { LOWER_WORD, adjacent, between, closedClass, plain } from './agreement-context';
import type { EnglishLexicon } from './agreement-lexicon';
import { IRREGULAR_PARTICIPLES } from './agreement-irregular';
import { INVARIANT, POSTDETERMINERS } from './agreement-plural';
import { wordSet } from '../text/word-set';

const RELATIVES = wordSet('who which that');

/** The plural verbs a singular subject cannot take, with the singular a reviser would write instead. */
const SINGULAR_OF: ReadonlyMap<string, string> = new Map([
  ['are', 'is'],
  ['were', 'was'],
  ['have', 'has'],
]);

/** Determiners that leave a noun's number to the noun: pluralising the noun mends the phrase. */
const NEUTRAL_DETERMINERS = wordSet('the my your his her its our their whose');

/** Singular determiners, with the plural that goes with the plural noun ("a member" → "members"). */
const SINGULAR_DETERMINERS: ReadonlyMap<string, string> = new Map([
  ['a', ''],
  ['an', ''],
  ['this', 'these'],
  ['that', 'those'],
]);

/** Singular determiners with no plural: only the verb can change ("each member who was"). */
const ONLY_SINGULAR = wordSet('each every either neither another');

/**
 * Nouns for a group, which British English gives a plural verb ("the team who are", "the
 * government which have"), and nouns for a quantity, whose verb agrees with what is counted ("a
 * handful who were"). Not a slip, whatever the head looks like.
 */
const GROUPS = wordSet(`
  team side squad club band group crew staff personnel workforce faculty family household couple pair duo trio
  quartet committee council board panel jury commission cabinet government administration ministry department
  agency authority office bureau parliament congress senate assembly delegation contingent entourage party union
  league federation association alliance coalition society company firm corporation business organisation
  organization institution institute foundation charity trust bank airline network channel studio label
  publisher school college university academy hospital church congregation parish order guild brotherhood
  fraternity regime junta dynasty establishment gang mafia audience public crowd mob population electorate
  community generation class sample cohort youth police military army navy force regiment unit brigade battalion
  platoon troop squadron fleet garrison orchestra choir cast troupe tribe clan race nation people folk kin enemy
  opposition management leadership majority minority press media clergy elite gentry nobility aristocracy
  royalty peasantry bourgeoisie proletariat intelligentsia vermin poultry
  lot bunch handful dozen score number total rest remainder half third quarter percent percentage proportion
  share fraction portion part bulk mass host variety range series set kind sort type myriad plethora multitude
  slew raft swarm flock herd pack batch cluster collection selection array assortment mixture combination load
  data criteria phenomena bacteria media alumni cattle livestock offspring
`);

/** Verbs that take a person and then a question: "told the judge who were guilty". */
const ASKING = wordSet(`
  ask asks asked asking tell tells told telling show shows showed shown showing inform informs informed informing
  remind reminds reminded reminding teach teaches taught teaching advise advises advised advising warn warns
  warned warning`);

/** Words of degree between a preposition and its phrase: "on almost every continent". */
const DEGREE = wordSet('almost nearly just only even virtually practically roughly approximately about exactly precisely especially particularly mainly mostly largely chiefly primarily not');

/** Words that make the phrase after them part of a larger one: a list, a comparison, a pair. */
const NOT_BEFORE = wordSet('and or nor than as like both either neither all half such what');

/** Prepositions beyond the stray-punctuation tables: "the winner below the line that are". */
const PREPOSITIONS = wordSet(`
  above below beneath underneath beside besides next opposite past beyond inside outside throughout around along
  alongside aboard across behind near amid amidst despite during except excluding including regarding
  concerning per via unlike like within without upon among amongst against versus towards toward`);

/** Copulas after which the phrase is a predicate whose verb may agree with the subject ("they are a breed that are"). */
const COPULAS = wordSet('are were be been being become became remain remained seem seemed');

/** Plural pronouns the relative may belong to ("are you the one who are"). */
const PLURAL_PRONOUNS = wordSet('you we they them us these those');

/** Time nouns used as adverbs, after which a relative belongs further back ("films I have seen this week that have"). */
const TIMES = wordSet(`
  time day week month year decade century hour minute moment morning afternoon evening night weekend season
  summer winter spring autumn era period age term semester`);

/** Marks that end the reach of a phrase before the determiner. */
const STOP = /[.,;:!?()\[\]"“”]/;

/** Where shape two may start: a determiner that is the first word of its clause. */
export const CLAUSE_DETERMINERS = wordSet('the a an this that my his her its our their your each every');

/** Words after which a new clause starts, so a determiner after them opens a subject. */
const CLAUSE_OPENERS = wordSet('that because since while although though whereas if when');

const ARE_WERE = wordSet('are were');

/** Verbs of speech, after which "were" may open a reported question: "The boy asked were the dogs fed". */
const SPEECH = wordSet('asked wondered inquired enquired demanded queried questioned said replied answered shouted cried whispered');

/** Adjectives made of a noun and -ed ("the middle aged", "the left handed"): no verb's participle. */
const NOUN_ED = wordSet(`
  aged haired eyed minded handed legged footed hearted skinned sighted natured tempered headed faced sided shaped
  sized colored coloured bodied blooded mouthed tongued winged horned necked nosed lipped chested shouldered backed
  bellied fingered toed boned spirited willed witted`);

/** Words that make "were" open a question or an inversion: "The doctor asked were they ready". */
const QUESTION_SUBJECT = wordSet('i you he she it we they there these those this that');

export function isRelative(w: Word | undefined): boolean {
  return !!w && RELATIVES.has(w.lower) && !w.cap;
}

/** A singular count noun that may head the subject, with the plural the lexicon makes; else null. */
function singularHead(noun: Word, lex: EnglishLexicon): string | null {
  if (noun.cap || !LOWER_WORD.test(noun.text)) return null;
  const w = noun.lower;
  // "-s" is a plural or a zero plural ("series", "news"); "-ed" and "-ing" are participles that may
  // stand for people ("the accused", "the living") unless the corpus has the word mostly as a noun ("building").
  if (w.endsWith('s') || ((w.endsWith('ed') || w.endsWith('ing')) && !lex.mostlyNoun(w))) return null;
  if (GROUPS.has(w) || INVARIANT.has(w) || closedClass(w) || NUMBER_WORDS.en[w] !== undefined || EN_PARTICIPLES.has(w)) return null;
  if (!lex.known(w) || !lex.noun(w) || lex.pluralNoun(w) || lex.nounAdjective(w) || lex.adverb(w) || lex.pastForm(w)) return null;
  return lex.plural(w);
}

/** The suggestions: the plural phrase first, then the singular verb. */
function suggestionsFor(det: Word | null, noun: Word, plural: string, verb: Word): ReportSuggestion[] {
  const out: ReportSuggestion[] = [];
  const d = det?.lower ?? '';
  if (!det || NEUTRAL_DETERMINERS.has(d)) out.push({ text: plural });
  else if (SINGULAR_DETERMINERS.has(d)) {
    const pd = SINGULAR_DETERMINERS.get(d) as string;
    const text = pd ? `${det.cap ? pd[0].toUpperCase() + pd.slice(1) : pd} ${plural}` : det.cap ? plural[0].toUpperCase() + plural.slice(1) : plural;
    out.push({ text, start: det.start, end: noun.end });
  }
  out.push({ text: SINGULAR_OF.get(verb.lower) as string, start: verb.start, end: verb.end });
  return out;
}

function report(det: Word | null, noun: Word, verb: Word, plural: string): Report {
  return {
    messageId: 'subject',
    data: { word: noun.text, verb: verb.text, suggestion: plural },
    target: { start: noun.start, end: noun.end },
    suggestions: suggestionsFor(det, noun, plural, verb),
  };
}

/** Only a word and spaces, no mark, between the words from `a` to `b`. */
function tight(text: string, words: Word[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!adjacent(text, words[k], words[k + 1])) return false;
  return true;
}

/** Shape one: the head at `h`, a relative after it, a plural verb after that. */
export function relativeSlip(text: string, words: Word[], h: number, lex: EnglishLexicon): Report | null {
  const verb = words[h + 2];
  if (!verb || verb.cap || !SINGULAR_OF.has(verb.lower) || !words[h + 3]) return null;
  if (!tight(text, words, h, h + 2)) return null;
  const noun = words[h];
  // The determiner, with at most two modifiers between it and the head.
  let d = h - 1;
  for (; d >= 0 && d >= h - 3; d--) {
    const w = words[d];
    if ((w.cap && !w.initial) || !adjacent(text, w, words[d + 1])) return null;
    if (CLAUSE_DETERMINERS.has(w.lower) || ONLY_SINGULAR.has(w.lower) || NEUTRAL_DETERMINERS.has(w.lower)) break;
    if (POSTDETERMINERS.has(w.lower)) continue;
    // A modifier: no function word ("of", "and"), no number ("the two country" is another slip).
    if (isFunctionWord(w.lower) || closedClass(w.lower) || NUMBER_WORDS.en[w.lower] !== undefined || !LOWER_WORD.test(w.text)) return null;
  }
  if (d < 0 || d < h - 3) return null;
  const det = words[d];
  let plural: string | null;
  if (noun.lower === 'one') {
    // "the only one that are able": "one" heads its phrase after "the" and a modifier or none.
    if (det.lower !== 'the') return null;
    plural = 'ones';
  } else plural = singularHead(noun, lex);
  if (!plural || TIMES.has(noun.lower) || !headsItsClause(text, words, d, h)) return null;
  return report(det, noun, verb, plural);
}

/**
 * The noun phrase at `d`–`h` is one a relative after it can only belong to: not after "of" ("one
 * of the people who are"), not the object of a preposition ("the people on almost every continent
 * who have"), not part of a list or a pair, not a predicate after a plural subject ("they are a
 * breed that are"), not the first object of a verb that asks ("told the judge who were guilty").
 */
function headsItsClause(text: string, words: Word[], d: number, h: number): boolean {
  for (let k = Math.max(0, h - 3); k < d; k++) if (words[k].lower === 'of') return false;
  let k = d - 1;
  while (k >= 0 && DEGREE.has(words[k].lower) && adjacent(text, words[k], words[k + 1])) k--;
  if (k < 0) return true;
  const w = words[k];
  if (STOP.test(between(text, w, words[k + 1]))) return true;
  // A name before the phrase: "Smith the baker who were". A sentence's first word is read as a word.
  const p = w.initial ? w.lower : plain(w);
  if (p === '') return false;
  if (PREPOSITIONS.has(p) || EN_PREP_HARD.has(p) || EN_PREP_SOFT.has(p) || NOT_BEFORE.has(p) || PLURAL_PRONOUNS.has(p)) return false;
  return !ASKING.has(p) && !COPULAS.has(p) && !p.endsWith("'re") && !p.endsWith('’re');
}

/** Shape two: at `d` a determiner opening a clause, a noun, a participle, then "are" or "were". */
export function participleSubjectSlip(text: string, words: Word[], d: number, lex: EnglishLexicon): Report | null {
  const det = words[d];
  const verb = words[d + 3];
  if (!verb || verb.cap || !ARE_WERE.has(verb.lower) || !words[d + 4]) return null;
  if (det.cap && !det.initial) return null;
  if (!det.initial) {
    const prev = words[d - 1];
    if (!prev || !CLAUSE_OPENERS.has(plain(prev)) || !adjacent(text, prev, det)) return null;
  }
  if (!tight(text, words, d, d + 3)) return null;
  const after = plain(words[d + 4]);
  if (QUESTION_SUBJECT.has(after) || !adjacent(text, verb, words[d + 4])) return null;
  const part = words[d + 2];
  const p = part.lower;
  if (part.cap || !LOWER_WORD.test(part.text)) return null;
  if (SPEECH.has(p) || NOUN_ED.has(p)) return null;
  const participle = p.endsWith('ed') ? lex.edPast(p) : EN_PARTICIPLES.has(p) || IRREGULAR_VALUES.has(p);
  if (!participle) return null;
  const noun = words[d + 1];
  const plural = singularHead(noun, lex);
  if (!plural) return null;
  return report(det, noun, verb, plural);
}

const IRREGULAR_VALUES: ReadonlySet<string> = new Set(IRREGULAR_PARTICIPLES.values());
