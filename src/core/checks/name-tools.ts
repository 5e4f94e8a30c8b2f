// Shared by the name checks: which source words are names worth following into the target, and
// which target words look like names that came from nowhere. The spelling tools live in
// ../text/names/ (fold, skeleton, stems, the table of name-building words and exonyms).
import type { SegmentView, DocContext } from './check';
import { viewWords } from '../text/word-runs';
import { capTokens, nameTokens, type NameToken } from '../text/names/tokens';
import { counterpartLevel, hasCounterpart, hasJoinedCounterpart, indexSide, type SideIndex } from '../text/names/match';
import { englishConcepts, isCommonConcept, isPlaceConcept, isEnglishConceptWord, multiwordConcepts } from '../text/names/concepts';
import { isFrequentEnglish } from '../text/names/english-words';
import { fold } from '../text/names/fold';
import { DE_DETERMINERS, articles, foldedFunctionWords, foreignParticles, isNameParticle, nameConnectors, isEnglishCommon } from '../text/names/lexicon';

export { fold, skeleton, editDistance, looseMatch } from '../text/names/fold';
export type { NameToken } from '../text/names/tokens';
export { counterpartLevel, hasCounterpart, indexSide, type SideIndex } from '../text/names/match';

/** How sure we are that a source word is a name: 0 not one, 1 perhaps (a sentence opener...), 2 yes. */
export type Strength = 0 | 1 | 2;

export interface NameGroup {
  tokens: NameToken[];
  /** Each token's strength, in order. */
  strengths: Strength[];
  strong: boolean;
  start: number;
  end: number;
  /** Joined by a foreign name particle (Vasco | da | Gama): the words before it are given names. */
  given?: number;
  /** The number a common noun takes to make a name of it ("Formel-1"): the name's last part. */
  code?: string;
}

const ROMAN = /^[IVXLCDM]+$/;
const NUMBER = /^\p{N}/u;
const DE_ADJECTIVE_END = /(e|en|er|es|em|n)$/;

interface SegmentTokens {
  sCaps?: NameToken[];
  tCaps?: NameToken[];
  sAll?: NameToken[];
  tAll?: NameToken[];
}

/**
 * Where a view keeps its name tokens once cut: a symbol no other code reads or writes. On the
 * view itself (a new view for edited text), as its words are: no map to look it up in.
 */
const TOKENS = Symbol('name-tokens');

interface Carrier {
  [TOKENS]?: SegmentTokens;
}

/**
 * Tokens of one side of a segment, cut once whatever number of checks ask: the capitalised ones
 * only (enough for most segments and for name consistency), or all of them. `lang` is a base
 * language subtag.
 */
export function segmentTokens(doc: DocContext, view: SegmentView, side: 's' | 't', lang: string, all = false): NameToken[] {
  const carrier = view as SegmentView & Carrier;
  let cache = carrier[TOKENS];
  if (!cache) carrier[TOKENS] = cache = {};
  const key = side === 's' ? (all ? 'sAll' : 'sCaps') : all ? 'tAll' : 'tCaps';
  const seen = cache[key];
  if (seen) return seen;
  // The capitalised words are read off the text itself; all of them come from the shared word runs.
  const toks = all
    ? nameTokens(viewWords(doc, view, side), lang)
    : capTokens(side === 's' ? view.source : view.target, side === 's' ? view.sourceSentences : view.targetSentences, lang);
  cache[key] = toks;
  return toks;
}

function gap(text: string, a: NameToken, b: NameToken): string {
  return text.slice(a.end, b.start);
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32 && s.charCodeAt(i) !== 0xa0) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}'\u2019-]/u;

/** Start of the whole (possibly hyphenated) word that contains `pos`. */
function wordStart(text: string, pos: number): number {
  let k = pos;
  while (k > 0 && WORD_CHAR.test(text[k - 1])) k--;
  return k;
}

/** The word right before `pos`, with only white space (or an opening quote) between; null at punctuation or the start. */
function previousWord(text: string, pos: number): { word: string; start: number } | null {
  let j = pos;
  while (j > 0 && (isSpace(text.charCodeAt(j - 1)) || OPENERS.includes(text[j - 1]))) j--;
  if (j === pos && pos > 0) return null;
  // An ordinal's full stop ("des 19. Jahrhunderts").
  if (j > 1 && text[j - 1] === '.' && /\d/.test(text[j - 2])) j--;
  const k = wordStart(text, j);
  return k === j ? null : { word: text.slice(k, j), start: k };
}

/** Is a German noun opened by a determiner, possibly with adjectives between ("der neuen Regierung")? */
function germanDeterminer(text: string, t: NameToken): boolean {
  // The article belongs to the whole compound: look left of its first part.
  let pos = wordStart(text, t.start);
  for (let steps = 0; steps < 4; steps++) {
    const p = previousWord(text, pos);
    if (!p) return false;
    const f = fold(p.word);
    if (DE_DETERMINERS.has(f) || NUMBER.test(p.word)) return true;
    // A preposition stands between ("einer in Versailles getöteten Garde"): no article of the name.
    if (foldedFunctionWords('de').has(f)) return false;
    // An adjective between ("der neuen", "der US-amerikanische"): judged by its last part.
    const c = p.word.charAt(0);
    if (c !== c.toLowerCase() || !DE_ADJECTIVE_END.test(f)) return false;
    pos = p.start;
  }
  return false;
}

/** Are the words between two capitalised tokens one or two name connectors ("de la", "of")? */
function connected(text: string, a: NameToken, b: NameToken, connectors: Set<string>): boolean {
  const between = gap(text, a, b);
  if (between.length > 12 || !/^\s+[\p{L}\s]+\s+$/u.test(between)) return false;
  const words = between.trim().split(/\s+/);
  return words.length <= 2 && words.every((w) => connectors.has(w.toLowerCase()));
}

const QUOTE_MARK = /["\u201c\u201e\u00ab\u2039\u201a\u2018]/;
const OPENERS = '"\u201c\u201e\u00ab\u2039\u201a\u2018';
const CLOSERS = '"\u201d\u201c\u00bb\u203a\u2019';

/** Positions of the quotation marks of a text. */
function quoteMarks(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e) || c === 0x2039 || c === 0x203a) out.push(i);
  }
  return out;
}

/** Is the token inside a short quotation of several words (a title), not quoted speech or brackets? */
function quotedTitle(text: string, t: NameToken, marks: number[]): boolean {
  let a = -1;
  let b = -1;
  for (const m of marks) {
    if (m < t.start) {
      if (OPENERS.includes(text[m])) a = m;
    } else if (m >= t.end && CLOSERS.includes(text[m])) {
      b = m;
      break;
    }
  }
  if (a < 0 || b < 0 || t.start - a > 80 || b - t.end > 80) return false;
  const words = text.slice(a + 1, b).trim().split(/\s+/).length;
  return words >= 2 && words <= 6;
}

function hasPlace(t: NameToken): boolean {
  return t.forms.place;
}

/** Is the same word written with a capital inside a sentence elsewhere in the segment? */
function capitalisedElsewhere(toks: NameToken[], i: number): boolean {
  const f = toks[i].forms.f;
  for (let j = 0; j < toks.length; j++) if (j !== i && toks[j].cap && !toks[j].initial && toks[j].forms.f === f) return true;
  return false;
}

function firstName(t: NameToken): boolean {
  return t.forms.first;
}

/** German street and circuit names: compounds on -straße, -gasse, -allee, -ring, -damm, -ufer. */
const DE_STREET = /^.{3,}(strasse|str|gasse|allee|ring|damm|ufer)$/;

/**
 * Where the number closes that a hyphen joins to the word ("Formel-1-Boss", "Formel-1"), or -1:
 * a common noun with a number is a name of its own (a series, a class) in a compound.
 */
export function numberedEnd(text: string, t: NameToken): number {
  const i = t.end;
  if (text.charCodeAt(i) !== 45) return -1;
  let j = i + 1;
  while (j < text.length && j - i <= 4 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === i + 1) return -1;
  // Not a larger number or a word going on ("Formel-1er", "Stufe-12345").
  return j < text.length && WORD_CHAR.test(text[j]) && text.charCodeAt(j) !== 45 ? -1 : j;
}

/** A common noun, or a word that translates, that a number may make a name of. */
function numberedNoun(t: NameToken): boolean {
  return !t.upper && !t.forms.common && (t.forms.germanNoun || t.forms.concepts.some(isCommonConcept));
}

/** The capitalised token right after t, with only white space (or a hyphen) between. */
function adjacentNext(toks: NameToken[], i: number, text: string): NameToken | null {
  const next = toks[i + 1];
  return next && (next.joined || isBlank(gap(text, toks[i], next))) ? next : null;
}

function strength(
  toks: NameToken[],
  i: number,
  lang: string,
  text: string,
  upperText: boolean,
  quotes: number[] | null,
  proper?: (t: NameToken) => boolean,
): Strength {
  const t = toks[i];
  if (!t.cap || t.caseless || t.digit) return 0;
  const f = t.forms.f;
  if (f.length < 2) return 0;
  if (t.upper) {
    if (upperText || f.length > 6 || ROMAN.test(t.text)) return 0;
    // Acronyms in Cyrillic are mostly translated (США → US, ОАЭ → UAE), and so are acronyms
    // that open a compound (BIP-Einheit → unit of GDP, WM-Punkte → World Cup points).
    return t.nonLatin || text.charAt(t.end) === '-' ? 1 : 2;
  }
  if (t.forms.common) return 0;
  if (firstName(t) || hasPlace(t)) return 2;
  if (lang === 'de') {
    const next = adjacentNext(toks, i, text);
    const nextCap = next !== null && !next.joined;
    // A place adjective before a noun ("der Grazer Kinderklinik", "die Londoner Polizei").
    if (f.endsWith('er') && nextCap && !t.forms.germanNoun) return 2;
    // A capitalised adjective that translates, before a noun: a proper name ("Vereinten Nationen").
    if (t.forms.concepts.length > 0 && DE_ADJECTIVE_END.test(f) && nextCap && next.forms.concepts.length > 0) return 2;
    if (DE_STREET.test(f)) return 2;
    // A common noun with a number in a compound names one thing ("Formel-1-Boss" is the head of
    // Formula 1): what makes it a name is the number, which sourceNameGroups takes in.
    if (numberedNoun(t) && numberedEnd(text, t) > 0) return 2;
    // The first part of a hyphenated compound is named by it, the article belongs to the head
    // ("der Corona-Krise", "ein Rakoczy-Reitturnier"); the head itself is a common noun as often.
    if (text.charAt(t.end) !== '-' && germanDeterminer(text, t)) return 0;
    if (t.joined) return 1;
    if (t.forms.germanNoun || (t.forms.concepts.length > 0 && !isEnglishConceptWord(f))) return 0;
    // An adjective before a noun ("Erste Hilfe", "Roten Karte") is part of a common phrase.
    if (nextCap && DE_ADJECTIVE_END.test(f) && next.forms.germanNoun) return 0;
    if (t.initial && !capitalisedElsewhere(toks, i)) return proper?.(t) ? 2 : 1;
    return 2;
  }
  // A title in quotes ("Las Siete Hermanas", «Русские витязи») is as often translated as kept.
  if (quotes !== null && quotedTitle(text, t, quotes)) return 1;
  if (t.forms.englishWord) return 1;
  if (t.initial && !capitalisedElsewhere(toks, i)) return proper?.(t) ? 2 : 1;
  return 2;
}

/**
 * Source name candidates, grouped into runs ("Donald Trump", "Organización Mundial de la Salud"),
 * from the capitalised tokens of a text.
 */
export function sourceNameGroups(toks: NameToken[], lang: string, text: string, proper?: (t: NameToken) => boolean): NameGroup[] {
  let upper = 0;
  for (const t of toks) if (t.upper) upper++;
  // A text in capitals throughout has no acronyms to tell apart (about six characters a word).
  const upperText = upper > 2 && upper * 18 > text.length;
  const connectors = nameConnectors(lang);
  const particles = foreignParticles(lang);
  const quotes = QUOTE_MARK.test(text) ? quoteMarks(text) : null;
  const groups: NameGroup[] = [];
  let last: NameGroup | null = null;
  let lastIndex = -10;
  for (let i = 0; i < toks.length; i++) {
    const s = strength(toks, i, lang, text, upperText, quotes, proper);
    if (s === 0) continue;
    const t = toks[i];
    let joins = false;
    let particle = false;
    if (last && lastIndex === i - 1) {
      const prev = toks[lastIndex];
      joins = t.joined || isBlank(gap(text, prev, t));
      // Connectors between capitalised words: "Cúpula de Hierro", "University of Texas"; German
      // joins names with "von" only after a given name (Ursula von der Leyen).
      // A place or a person after "de" is one in its own right ("Cúpula de Hierro | de Israel").
      if (!joins && !t.upper && !prev.upper && !hasPlace(t) && !firstName(t) && connected(text, prev, t, connectors)) {
        joins = lang !== 'de' || firstName(prev);
      }
      // A particle the language does not have joins a person's name ("Vasco da Gama" in Spanish,
      // "Charlesa de Gaulle'a" in Polish).
      if (!joins && !t.upper && !prev.upper && !t.joined && !hasPlace(t) && !firstName(t) && connected(text, prev, t, particles)) {
        joins = true;
        particle = true;
      }
      // An acronym stands alone ("USA Donald Trump", "ČSSD Jiří Paroubek"); a given name after a
      // surname opens the next person ("Piotrem Lekszyckim Stefan Niesiołowski").
      if (joins && !t.joined && (t.upper || prev.upper)) joins = false;
      // A change of script starts another name ("The Hockey News Райан Кеннеди").
      if (joins && t.nonLatin !== prev.nonLatin) joins = false;
      if (joins && !t.joined && firstName(t) && !firstName(prev) && last.tokens.length > 1) joins = false;
    }
    // A compound's head after a numbered name is no part of it ("Formel-1 | Boss").
    if (joins && last?.code !== undefined && t.joined) continue;
    if (joins && last) {
      // A word before a given name describes the person ("Moderator Stephen Colbert").
      const before = last.tokens.length - 1;
      if (firstName(t) && !firstName(last.tokens[before]) && !last.tokens[before].upper) last.strengths[before] = 1;
      if (particle && last.given === undefined) last.given = last.tokens.length;
      last.tokens.push(t);
      last.strengths.push(s);
      last.end = t.end;
    } else {
      last = { tokens: [t], strengths: [s], strong: false, start: t.start, end: t.end };
      groups.push(last);
    }
    // (A name without its number stays one: "Boeing-737" needs its Boeing.)
    if (lang === 'de' && s === 2 && numberedNoun(t)) {
      const n = numberedEnd(text, t);
      if (n > 0) {
        last.code = text.slice(t.end + 1, n);
        last.end = n;
      }
    }
    lastIndex = i;
  }
  for (const g of groups) g.strong = g.strengths.includes(2);
  return groups;
}

/**
 * Has the group come through? Every word that is a name through and through must have a
 * counterpart ("Sheikh Hasina" is not "Sheikh"); words that translate (Ligue, État, Stati) need
 * one among them, found capitalised ("Stati Uniti" is not "state of emergency").
 */
export function groupFound(g: NameGroup, other: SideIndex): boolean {
  const levels = g.tokens.map((t) => counterpartLevel(t, other) || (hasJoinedCounterpart(t, other) ? 2 : 0));
  // A name with words that translate (an organisation, a title) has come through when one of
  // them has ("Awami League", "Cúpula de Hierro" → "Iron Dome"), with its places ("Unione
  // Europea") and half its other words ("Barrick Gold" is not "Gold").
  if (g.tokens.some(translates)) {
    let pure = 0;
    let pureFound = 0;
    for (let i = 0; i < levels.length; i++) {
      const t = g.tokens[i];
      if (t.forms.place) {
        // A place adjective may go beside a name that came through ("Папа Римский" is the Pope),
        // not beside a sentence's opening word ("Země Evropské unie" is no "Countries").
        if (levels[i] === 0 && !(SLAVIC_ADJECTIVE.test(t.forms.f) && levels.some((l, k) => k !== i && l > 0 && g.strengths[k] === 2))) return false;
      } else if (!translates(t) && !t.upper && g.strengths[i] === 2 && !(g.given !== undefined && givenName(g, i))) {
        pure++;
        if (levels[i] > 0) pureFound++;
      }
    }
    // Two words that translate found (Instituto Federal → Federal Institute) carry the rest.
    let translated = 0;
    for (let i = 0; i < levels.length; i++) if (levels[i] > 0 && translates(g.tokens[i])) translated++;
    if (pureFound * 2 < pure && translated < 2) return false;
    if (levels.every((l) => l > 0)) return true;
    return levels.some((l, i) => l === 2 || (l === 1 && (g.tokens.length === 1 || !translates(g.tokens[i]))));
  }
  // A person's or a place's name: each of its words that is surely a name, but for given names
  // beside a surname ("US President Trump" for "Donald Trump").
  const surname = g.tokens.some((t, i) => g.strengths[i] === 2 && !givenName(g, i));
  let any = false;
  for (let i = 0; i < levels.length; i++) {
    if (levels[i] > 0) any = true;
    else if (g.strengths[i] === 2 && !(surname && givenName(g, i))) return false;
  }
  return any;
}

/** Conjunctions that join the items of a list, by language (Spanish "a", Polish "o" are prepositions). */
const LIST_WORDS: Record<string, string> = {
  es: 'y|e|o|u',
  pt: 'e|ou',
  it: 'e|ed|o|oppure',
  fr: 'et|ou',
  de: 'und|oder|sowie',
  nl: 'en|of',
  en: 'and|or',
  pl: 'i|oraz|lub|albo',
  cs: 'a|i|nebo',
  sk: 'a|i|alebo',
  ru: 'и|или',
  uk: 'і|й|та|або',
};
const LIST_GAPS = new Map<string, RegExp>();

/**
 * What stands between two items of a list: a comma, a conjunction or both, after a bracket of
 * detail on the first ("Paro (150 ngultrums) y Punakha", "Bari, Lecce e Taranto").
 */
function listGap(lang: string): RegExp {
  let re = LIST_GAPS.get(lang);
  if (!re) {
    const words = LIST_WORDS[lang] ?? LIST_WORDS.en;
    re = new RegExp(`^(?:\\s*\\([^()]{1,40}\\))?(?:\\s*,\\s*(?:(?:${words})\\s+)?|\\s+(?:${words})\\s+)$`, 'u');
    LIST_GAPS.set(lang, re);
  }
  return re;
}
const LOWER_START = /\p{Ll}/u;
/** Words that announce examples of a kind ("lugares como", "Orte wie", "miejsca takie jak"). */
const EXAMPLE_WORDS = new Set(
  'como incluidos incluidas incluyendo come inclusi incluse comme notamment dont wie etwa darunter insbesondere jak jako как like including'.split(' '),
);

/**
 * The groups listed beside g inside a sentence ("como Paro y Punakha"): next to it, with only a
 * comma or a conjunction between, in a list that is surely one of names: announced as examples
 * of a kind, of three items or more, or with a bracket of detail after an item. The list opens
 * after a lower-case word or a comma (not in a title in capitals throughout). None for a word
 * after an article, a common noun made an institution ("el Gobierno y Podemos", "l'Esercito").
 */
export function listSiblings(g: NameGroup, groups: NameGroup[], text: string, lang: string): NameGroup[] {
  const c = text.charAt(g.start - 1);
  if (c === "'" || c === '\u2019') return [];
  const p = previousWord(text, g.start);
  if (p && articles(lang).has(fold(p.word))) return [];
  const i = groups.indexOf(g);
  const gapRe = listGap(lang);
  const listed = (a: number) => a >= 0 && a + 1 < groups.length && gapRe.test(text.slice(groups[a].end, groups[a + 1].start));
  let first = i;
  while (listed(first - 1)) first--;
  let last = i;
  while (listed(last)) last++;
  if (first === last) return [];
  let j = groups[first].start - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  const before = j >= 0 ? text.charAt(j) : '';
  if (before !== ',' && before !== ':' && !LOWER_START.test(before)) return [];
  const opener = previousWord(text, groups[first].start);
  const bracket = text.slice(groups[first].end, groups[last].end).includes('(') || /^\s*\(/.test(text.slice(groups[last].end, groups[last].end + 4));
  if (last - first < 2 && !bracket && !(opener && EXAMPLE_WORDS.has(opener.word.toLowerCase()))) return [];
  const out: NameGroup[] = [];
  if (i > first) out.push(groups[i - 1]);
  if (i < last) out.push(groups[i + 1]);
  return out;
}

/** Is the group's i-th word a given name: one by the list, or one before a name particle (Ludwig | van Beethoven)? */
export function givenName(g: NameGroup, i: number): boolean {
  return firstName(g.tokens[i]) || (g.given !== undefined && i < g.given);
}

const SLAVIC_ADJECTIVE = /(?:sk|ck|tsk|ch)(?:ii|iy|aya|oe|oye|ogo|omu|oy|ie|ikh|ich|ym|im|ou|ych|eho|ego|emu|ej|a|e|i|o|y)$/;
/** The same with every case ending (Московском, Галапагосские, Pensylvánské, Baltského). */
const SLAVIC_ADJECTIVE_CASES = /(?:sk|ck|tsk)(?:ii|iy|iye|aya|oe|oye|ogo|omu|om|oy|oi|ie|ikh|ich|ym|im|ymi|imi|uyu|ou|ych|eho|ego|emu|ej|em|a|e|i|o|y)$/;
const SLAVIC_LANGS = new Set(['pl', 'cs', 'sk', 'ru', 'uk', 'bg', 'sr', 'hr', 'sl']);

/**
 * A relational adjective capitalised inside a Slavic sentence (Московском регионе, Pensylvánské
 * divočině): these languages write such adjectives in lower case unless they open a name, so it
 * is one, however ordinary the word in lower case.
 */
export function slavicNameAdjective(t: NameToken, lang: string): boolean {
  return SLAVIC_LANGS.has(lang) && t.cap && !t.initial && !t.upper && SLAVIC_ADJECTIVE_CASES.test(t.forms.f);
}

/** A word that translates rather than transfers: League, État, Ministerstwa (not a place, not a given name). */
function translates(t: NameToken): boolean {
  if (t.upper || t.forms.place) return false;
  for (const c of t.forms.concepts) if (isCommonConcept(c)) return true;
  return false;
}

const ENGLISH_COMMON_SHAPE = /(tion|tions|ment|ments|ness|ity|ities|ism|isms|ing|ings|ed|ly|ance|ence|ship|ful|less|ous|ive|ical|ial|ional|ary|ory|ers|ists?)$/;

/** Is this target word, by its shape and the word lists, just a capitalised ordinary word? */
function ordinaryTarget(t: NameToken, lang: string): boolean {
  const f = t.forms.f;
  if (t.forms.common) return true;
  if (lang === 'en') {
    if (t.upper) return isEnglishCommon(f);
    return t.forms.englishWord || ENGLISH_COMMON_SHAPE.test(f);
  }
  return false;
}

/**
 * Target words that look like names and have no counterpart in the source: what a missing source
 * name may have become. Runs of adjacent ones are one stray ("Samantha Stosur").
 */
export function strayNames(toks: NameToken[], source: SideIndex, lang: string, text: string): NameToken[][] {
  const out: NameToken[][] = [];
  let prev: NameToken | null = null;
  for (const t of toks) {
    // A sentence opener is capitalised anyway: in English, the word list tells a name from it.
    if (!t.cap || (t.initial && lang !== 'en') || t.digit || t.caseless || t.forms.f.length < 2 || (t.upper && t.forms.f.length > 6)) {
      prev = null;
      continue;
    }
    if (hasCounterpart(t, source) || hasJoinedCounterpart(t, source)) {
      prev = null;
      continue;
    }
    const run = out[out.length - 1];
    const goesOn = prev !== null && run !== undefined && run[run.length - 1] === prev && (t.joined || isBlank(gap(text, prev, t)));
    // An ordinary word carries on a name ("Akasakatei Comedy Club") but opens none.
    if (ordinaryTarget(t, lang)) {
      if (goesOn) {
        run.push(t);
        prev = t;
      } else prev = null;
      continue;
    }
    if (goesOn) run.push(t);
    else out.push([t]);
    prev = t;
  }
  return out;
}

/** Lower-case words a name of several capitalised words may hold ("Wonders of the African World"). */
const RUN_CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'la', 'von', 'van', 'der', 'al', 'el']);

const LOWER_GAP = /^\s+[a-z\s]+\s+$/;

function runConnected(text: string, a: NameToken, b: NameToken): boolean {
  const between = gap(text, a, b);
  if (isBlank(between) || b.joined) return true;
  if (between.length > 10 || !LOWER_GAP.test(between)) return false;
  return between.trim().split(/\s+/).every((w) => RUN_CONNECTORS.has(w));
}

/**
 * Runs of capitalised target words (acronyms too) none of which has a counterpart in the source:
 * what a source name may have been replaced by ("The White Lion", "LPG", "Open Government
 * Partnership", "American Civil War"). A run is read whole, lower-case connectors included: one
 * word with a counterpart explains the rest ("Wonders of the African World" for "Divy afrického
 * světa"). A sentence opener that is an ordinary English word opens none.
 */
export function unexplainedRuns(toks: NameToken[], source: SideIndex, sourceCaps: SideIndex, text: string): NameToken[][] {
  // Adjacent capitalised words first; then the pieces a connector links, but for a piece the
  // source has among its own capitalised words: that is a name of its own ("Pacific League | of
  // New York City").
  interface Piece {
    toks: NameToken[];
    linked: boolean;
    ownName: boolean;
    explained: boolean;
    namey: boolean;
  }
  const pieces: Piece[] = [];
  let cur: Piece | null = null;
  // Words of an English name of several words the source has by its concept ("United States" for США).
  let carried = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.forms.multi) {
      const multi = multiwordConcepts(toks, i);
      if (multi && multi.some((c) => source.concepts.includes(c))) carried = Math.max(carried, multiLength(toks, i, multi));
    }
    const own = carried > 0;
    if (carried > 0) carried--;
    const capital = (t.cap || t.upper) && !t.digit && !t.caseless && t.forms.f.length >= 2;
    if (!capital) {
      if (cur && !RUN_CONNECTORS.has(t.forms.f)) cur = null;
      continue;
    }
    if (t.initial && !t.upper && (t.forms.englishWord || t.forms.common || ENGLISH_LOOKING.test(t.forms.f)) && !englishPlace(t)) {
      cur = null;
      continue;
    }
    const prev: NameToken | null = cur ? cur.toks[cur.toks.length - 1] : null;
    if (!cur || !prev || !(isBlank(gap(text, prev, t)) || t.joined)) {
      const linked: boolean = prev !== null && runConnected(text, prev, t);
      cur = { toks: [], linked, ownName: false, explained: false, namey: false };
      pieces.push(cur);
    }
    cur.toks.push(t);
    if (own || explainedBy(t, source, sourceCaps)) {
      cur.explained = true;
      if (own || counterpartLevel(t, sourceCaps) > 0) cur.ownName = true;
    } else if (!t.forms.common) cur.namey = true;
  }
  const out: NameToken[][] = [];
  let group: Piece[] = [];
  const flush = () => {
    if (group.length > 0 && !group.some((p) => p.explained) && group.some((p) => p.namey)) {
      const run = group.flatMap((p) => p.toks);
      // Leading function words and titles are no part of what came from nowhere ("The", "Mr").
      while (run.length > 0 && run[0].forms.common && !run[0].upper) run.shift();
      if (run.length > 0) out.push(run);
    }
    group = [];
  };
  for (const p of pieces) {
    if (p.ownName) {
      flush();
      continue;
    }
    if (!p.linked || group.length === 0 || group[group.length - 1].ownName) flush();
    group.push(p);
  }
  flush();
  return out;
}

/**
 * Has a target word a counterpart in the source worth trusting: a capitalised word, a word that
 * reaches the same concept, or a long lower-case word spelled alike (ostravským → Ostrava) — not a
 * short one that merely looks alike ("War" is no "vari").
 */
function explainedBy(t: NameToken, source: SideIndex, sourceCaps: SideIndex): boolean {
  if (counterpartLevel(t, sourceCaps) > 0 || hasJoinedCounterpart(t, source)) return true;
  // A name's particle opens it with a capital in English ("Van Gogh" for "Vincent van Gogh").
  if (isNameParticle(t.forms.f) && source.folds.includes(t.forms.f)) return true;
  for (const c of t.forms.concepts) if (source.concepts.includes(c)) return true;
  return t.forms.f.length >= 5 && counterpartLevel(t, source) > 0;
}

/** Could a target word open or join an unexplained run, judged against the source's capitalised words alone (a cheap first look)? */
export function runCandidate(t: NameToken, sourceCaps: SideIndex): boolean {
  if (t.digit || t.caseless || t.forms.common || t.forms.f.length < 2) return false;
  if (t.initial && !t.upper && (t.forms.englishWord || ENGLISH_LOOKING.test(t.forms.f)) && !englishPlace(t)) return false;
  return counterpartLevel(t, sourceCaps) === 0;
}

/** Does an English word name a place by its English forms (not "Children" by a foreign stem "chil")? */
export function englishPlace(t: NameToken): boolean {
  return t.forms.place && englishConcepts(t.forms.f).some(isPlaceConcept);
}

/** How many words the longest English name of several words starting at tokens[i] takes. */
function multiLength(toks: NameToken[], i: number, concepts: number[]): number {
  let n = 0;
  for (let k = 2; k <= 4 && i + k <= toks.length; k++) {
    const c = multiwordConcepts(toks.slice(i, i + k), 0);
    if (c && c.some((x) => concepts.includes(x))) n = k;
  }
  return n;
}

/** Does the run name a place the source does not (Singapore, NATO, "American Dollar", "United States")? */
export function namesNewPlace(run: NameToken[], source: SideIndex): boolean {
  for (let i = 0; i < run.length; i++) {
    const t = run[i];
    if (t.forms.place) for (const c of englishConcepts(t.forms.f)) if (isPlaceConcept(c) && !source.concepts.includes(c)) return true;
    if (t.forms.multi) for (const c of multiwordConcepts(run, i) ?? []) if (isPlaceConcept(c) && !source.concepts.includes(c)) return true;
  }
  return false;
}

/**
 * Is the acronym spelled out in the target ("PZPN" → "Polish Football Association", "MSWiA" →
 * "Ministry of Interior and Administration")? A run of two or more capitalised words inside a
 * sentence, not all matched in the source, made of ordinary words (an expansion names what the
 * body is), starting with the acronym's first letter.
 */
export function spelledOut(acronym: NameToken, toks: NameToken[], source: SideIndex, text: string, lang: string): boolean {
  const first = acronym.forms.f.charAt(0);
  let start = -1;
  let run = 0;
  let unmatched = false;
  let ordinary = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.cap && !t.upper && !t.digit && !t.initial) {
      if (run > 0 && !isBlank(gap(text, toks[i - 1], t))) run = 0;
      if (run === 0) {
        start = i;
        unmatched = false;
        ordinary = false;
      }
      run++;
      if (!unmatched && !hasCounterpart(t, source)) unmatched = true;
      if (!ordinary && ordinaryTarget(t, lang)) ordinary = true;
      if (run >= 2 && unmatched && ordinary && toks[start].forms.f.charAt(0) === first) return true;
    } else if (run > 0 && !t.cap && (t.forms.f === 'of' || t.forms.f === 'and' || t.forms.f === 'for' || t.forms.f === 'the') && isBlank(gap(text, toks[i - 1], t))) {
      continue;
    } else run = 0;
  }
  return false;
}

/**
 * Could the target hold an unexpected name: two adjacent capitalised words, neither an ordinary
 * word nor a counterpart of a capitalised source word? (A cheap first look, before reading the
 * whole segment.)
 */
export function mayHaveUnexpected(caps: NameToken[], sourceCaps: SideIndex, lang: string, text: string): boolean {
  for (let i = 0; i + 1 < caps.length; i++) {
    const a = caps[i];
    const b = caps[i + 1];
    if (a.upper || b.upper || a.digit || b.digit || !(b.joined || isBlank(gap(text, a, b)))) continue;
    // As unexpectedNames reads them: an ordinary word may follow a head that looks like no English
    // word ("Akasakatei Comedy Club").
    if (ordinaryTarget(a, lang) || (ordinaryTarget(b, lang) && ENGLISH_LOOKING.test(a.forms.f))) continue;
    if (counterpartLevel(a, sourceCaps) === 0 && counterpartLevel(b, sourceCaps) === 0) return true;
  }
  return false;
}

/**
 * Stray runs of two words or more, led by one that is no ordinary word: a person's or a
 * company's name from nowhere ("Chen Yongzhou", "Akasakatei Comedy Club").
 */
export function unexpectedNames(strays: NameToken[][], lang: string): NameToken[][] {
  return strays.filter((s) => {
    const head = s[0];
    if (s.length < 2 || head.upper || head.forms.concepts.length > 0 || ordinaryTarget(head, lang) || s.some((t) => t.upper)) return false;
    // A head that looks English ("Foster Care") is a translated title more often than a name.
    return s.every((t) => !ordinaryTarget(t, lang)) || !ENGLISH_LOOKING.test(head.forms.f);
  });
}

/** Endings of English words beyond the word list (Handmade, Fourteen, Adverse, Foster). */
export const ENGLISH_LOOKING = /(ster|made|craft|teen|ty|verse|ive|ful|ous|able|ible|al|ic|ics|ary|ish|less|ness|ment|ity|ing|ed|ly|er|ers|est|ion|ions|ence|ance|ant|ent|ure|ate|ise|ize)$/;

/** Is the stray run the acronym's expansion, its words' initials among the acronym's letters in order (ОАЭ → Arab Emirates)? */
export function expandsAcronym(acronym: NameToken, run: NameToken[]): boolean {
  if (run.length < 2) return false;
  const letters = acronym.forms.f;
  let at = 0;
  for (const t of run) {
    const i = letters.indexOf(t.forms.f.charAt(0), at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

// Words that cannot end a clause or stand before "and" ("in", "on", "up" can: "catch on,").
const PREPOSITIONS = new Set(['the', 'a', 'an', 'of', 'to', 'at', 'from', 'with', 'between', 'than', 'into', 'via', 'per', 'in', 'by', 'against']);
const CANNOT_END = new Set(['the', 'a', 'an', 'of', 'between', 'than']);
const SECOND_PREPOSITION = new Set(['in', 'on', 'at', 'of', 'from', 'with', 'for', 'by', 'and', 'or']);
const AFTER_THE = new Set(['also', 'will', 'would', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'on', 'in', 'at', 'of', 'to', 'and', 'or', 'who', 'which', 'that', 'said', 'can', 'could', 'did', 'does']);
const OPENING_VERBS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'does', 'did', 'said', 'says', 'told', 'added', 'noted', 'stated', 'announced', 'wrote',
]);
/**
 * Cuts seen on the text itself: a stranded "'s" or "-based", empty quotes or brackets, a
 * sentence opening on a comma, "And Price are due" (the first of two names gone), an example
 * announced and missing ("such as (150 km) and", "such as, ").
 */
const TRACE_TEXT = new RegExp(
  [
    '\\b(?:such as|including)\\s*(?:[,;.)]|\\(\\s*\\d|(?:and|or)\\s)|\\blike\\s*\\(\\s*\\d',
    "(?:^|\\s)['\\u2019]s\\b",
    '""|\\u201c\\s*\\u201d|\\(\\s*\\)|\\(\\s*(?:and|,)',
    '(?:^|\\s)-[a-z]',
    '(?:^|[.!?]["\\u201d]?\\s+)[,;]',
    '(?:^|[.!?]\\s+)And\\s+[A-Z][a-z]+\\s+(?:are|is|was|were|has|have|had|[a-z]+ed|[a-z]+s)\\s',
  ].join('|'),
);

/** Past forms that are no participle: a sentence cannot open on one ("Began funding the initiative"). */
const PRETERITE_LIST =
  'began went came saw took gave wrote spoke knew grew drew rose fell ate drove rode sang swam threw flew chose froze stole forgot bore tore wore shook sank rang';
const PRETERITE_ONLY = new Set(PRETERITE_LIST.split(' '));
const PRETERITE_OPENING = new RegExp(`(?:^|[.!?]\\s+)(?:${PRETERITE_LIST.split(' ').map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})\\s+[a-z]`);

/**
 * Cuts seen on the text alone, without reading its words: what the sentence shows plainly
 * ("And Afghan forces moved", "Began funding the initiative", empty brackets). Enough to report a
 * word the table follows that is gone without a trace of a replacement.
 */
export function plainTrace(text: string): boolean {
  return TRACE_TEXT.test(text) || PRETERITE_OPENING.test(text);
}

/** Conjunctions that open a clause with its subject ("Although held an early lead" lost it). */
const SUBORDINATORS = new Set(['although', 'though', 'whereas', 'unless', 'because', 'while', 'if']);
/** The same, but also prepositions or adverbs: only at a sentence's start or after "long", "shortly"... */
const TEMPORAL = new Set(['after', 'before', 'since', 'until', 'once', 'when']);
const DEGREE = new Set(['long', 'shortly', 'just', 'soon', 'well', 'right', 'even', 'ever']);
/** Verbs whose passive takes an object ("When asked a question", "If offered the job"). */
const DITRANSITIVE = new Set(
  'asked given offered shown told promised awarded granted sent paid denied allowed handed taught charged faced'.split(' '),
);
/** Verbs of saying in the third person, which "as" opens with their subject ("As Rzeczpospolita notes,"). */
const REPORTING = new Set('notes says writes reports explains observes argues claims suggests recalls adds states stresses wrote'.split(' '));
/** Words that call for a name after them ("a man named Aristarchus"). */
const NAMING = new Set(['named', 'called', 'titled', 'entitled', 'dubbed', 'nicknamed']);

/** Past forms that end in no -ed: a sentence opening on one has lost its subject. */
const IRREGULAR_PAST = new Set(
  `lost won took made gave went came saw got held led left met ran paid sent spent began brought bought built chose
  drew fell felt fought found hit kept knew put rose sold shot stood struck threw understood became broke caught`.split(/\s+/),
);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'that', 'this', 'such']);
/** Prepositions that also close a phrasal verb ("swimming back in is"). */
const PARTICLES = new Set(['in', 'by', 'to', 'at', 'that']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could']);

/** Words that open an introductory phrase, after which a comma and then the subject come. */
const INTRODUCERS = new Set(
  'in at on during after before according under for with since from by until throughout despite last earlier later then'.split(' '),
);
const CLAUSE_END = /[.!?;:]/;
const COMMA_NEXT = /^\s*,/;
const CLOSING_QUOTES = '"\u201d\u2019\'';
/** Words after which a past form is a participle, not a finite verb ("named after", "based on"). */
const AFTER_PARTICIPLE = new Set(['by', 'in', 'on', 'at', 'with', 'after', 'for', 'from', 'as', 'into', 'out', 'up', 'off', 'down', 'over', 'and', 'or', 'of']);

/**
 * Does the first comma of a sentence opened by an introductory phrase ("In 1884,", "According to
 * later court decisions,") lead straight into a finite verb: "In 1884, accepted a job", "…,
 * was allowed to operate"? The subject between them was cut.
 */
function subjectlessAfterComma(toks: NameToken[], i: number, text: string): boolean {
  for (let k = i + 1; k < toks.length && k < i + 12; k++) {
    const prev = toks[k - 1];
    const between = text.slice(prev.end, toks[k].start);
    if (CLAUSE_END.test(between)) return false;
    if (!between.includes(',')) continue;
    const v = toks[k];
    const next = toks[k + 1];
    if (v.cap || !next || !isBlank(text.slice(v.end, next.start)) || next.cap) return false;
    const nf = next.forms.f;
    if (AUXILIARIES.has(v.forms.f) && v.forms.f !== 'had') return nf !== 'to' && !DETERMINERS.has(nf);
    return pastVerb(v.forms.f) && !isEnglishCommon(v.forms.f) && !AFTER_PARTICIPLE.has(nf);
  }
  return false;
}

/** Does the sentence going on at `from` end with a question mark? */
function isQuestion(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 63) return true;
    // A full stop inside a closing quotation does not end the sentence ('…capabilities."?').
    if ((c === 46 || c === 33) && !CLOSING_QUOTES.includes(text.charAt(k + 1) || ' ')) return false;
  }
  return false;
}

function pastVerb(f: string): boolean {
  return IRREGULAR_PAST.has(f) || (f.endsWith('ed') && f.length > 4 && isFrequentEnglish(f));
}

/**
 * Signs in an English target that words were cut out of it: "according to, it is", "of the .",
 * "between and", "the level of is", a sentence opening on a verb ("Said that", "Owns an
 * apartment", "Lost the first set"), on a comma or in lower case, "The proposed such", empty
 * quotes, a stranded "'s" or "-based". A name we are unsure of that has no counterpart is
 * reported where the translation shows one.
 */
export function removalTrace(toks: NameToken[], text: string): boolean {
  if (TRACE_TEXT.test(text)) return true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const f = t.forms.f;
    const next = toks[i + 1];
    const after = text.slice(t.end, next ? next.start : text.length);
    // A sentence may open on the preposition ("At, Adjunct Professor").
    if ((!t.cap || (t.initial && !t.upper)) && PREPOSITIONS.has(f) && !t.joined) {
      // "according to, it", "of the )", "the director of ." — but not "a.m." nor a preposition
      // that ends its clause ("taken from.").
      if (/^\s*[,;:)\]]/.test(after)) return true;
      if (CANNOT_END.has(f) && /^\s*[.!?]/.test(after) && !(after === '.' && next && next.start === t.end + 1)) return true;
      if (!next && after.trim() === '' && CANNOT_END.has(f)) return true;
      if (next && !next.cap && isBlank(after) && !toks[i + 2]?.joined) {
        // "killed at in front", "the and", "between and" (but "to and fro"); "the level of is".
        if (SECOND_PREPOSITION.has(next.forms.f) && !(f === 'to' && next.forms.f !== 'in') && f !== 'than' && f !== 'a') return true;
        if (AUXILIARIES.has(next.forms.f) && !PARTICLES.has(f)) return true;
      }
    }
    if ((!t.cap || t.initial) && !t.upper && next && !next.cap && isBlank(after)) {
      const nf = next.forms.f;
      const third = toks[i + 2]?.forms.f ?? '';
      // "The main characters are and Soňa": the first of two names was cut.
      if ((f === 'are' || f === 'were') && (nf === 'and' || nf === 'or') && toks[i + 2]?.cap && !toks[i + 2].initial) return true;
      // "As notes, although": the writer quoted was cut.
      if (f === 'as' && REPORTING.has(nf) && COMMA_NEXT.test(text.slice(next.end, toks[i + 2]?.start ?? text.length))) return true;
      // "a man named commented that": the name after "named" was cut.
      if (NAMING.has(f) && pastVerb(nf) && !isEnglishCommon(nf)) return true;
      // "Although held an early lead", "Long before attempted to enter": the clause lost its subject.
      const opens = SUBORDINATORS.has(f) || (TEMPORAL.has(f) && (i === 0 || t.initial || DEGREE.has(toks[i - 1].forms.f)));
      const close = isBlank(text.slice(next.end, toks[i + 2]?.start ?? next.end));
      if (opens && pastVerb(nf) && !DITRANSITIVE.has(nf) && (DETERMINERS.has(third) || third === 'to') && close) return true;
    }
    if (!t.initial || t.upper || t.digit) continue;
    if (INTRODUCERS.has(f) && subjectlessAfterComma(toks, i, text) && !isQuestion(text, t.end)) return true;
    if (PRETERITE_ONLY.has(f) && next && !next.cap) return true;
    // What stands between the sentence's start and its first word: a comma is a cut.
    const lead = text.slice(i > 0 ? toks[i - 1].end : 0, t.start);
    if (/^[\s.!?]*[,;]\s*$/.test(lead)) return true;
    // A sentence opening in lower case (a quotation or a bracket may).
    if (!t.cap && /^[a-z]/.test(t.text) && (i === 0 || /[.!?]\s*$/.test(lead))) return true;
    if (!next) continue;
    const nf = next.forms.f;
    const between = text.slice(t.end, next.start);
    if (f === 'the' && !next.cap && (AFTER_THE.has(nf) || (pastVerb(nf) && DETERMINERS.has(toks[i + 2]?.forms.f ?? '')))) return true;
    // (A question opens so: "Were three people injured…?")
    if (OPENING_VERBS.has(f) && !next.cap && !/[.!?;:]/.test(between) && !isQuestion(text, t.end)) return true;
    if (f === 'also' && pastVerb(nf)) return true;
    // A sentence opening on a verb: "Owns an apartment", "Recalled that", "Held a similar", "Returned to".
    if (DETERMINERS.has(nf) && (IRREGULAR_PAST.has(f) || ((f.endsWith('ed') || f.endsWith('s')) && f.length > 3 && isFrequentEnglish(f) && !isEnglishCommon(f)))) return true;
    if (nf === 'to' && pastVerb(f) && !isEnglishCommon(f)) return true;
  }
  return false;
}

/**
 * Is a name written in the source more often than the target has it? For a place, the source's
 * capitalised words that name it (Südafrikas, Südafrikanischen) against every target word
 * (South Africa's, South African); for a name said twice, its occurrences against the target's
 * capitalised words that match it.
 */
export function fewerInTarget(t: NameToken, source: NameToken[], target: SideIndex, allTarget: () => NameToken[]): boolean {
  const place = t.forms.concepts.find((c) => isPlaceConcept(c));
  let nS = 0;
  let nT = 0;
  if (place !== undefined) {
    // Adjacent words naming the place are one mention ("Países Bajos", "United States").
    const count = (list: NameToken[]) => {
      let n = 0;
      let prevEnd = -2;
      for (const s of list) {
        if (!s.forms.concepts.includes(place)) continue;
        if (!s.joined && s.start > prevEnd + 1) n++;
        prevEnd = s.end;
      }
      return n;
    };
    nS = count(source);
    if (nS < 2) return false;
    // Every target word, lower-case ones too: "amerikanischen" names America as well.
    nT = count(allTarget());
  } else {
    const sk = t.forms.sks[0];
    for (const s of source) if (s.cap && s.forms.sks[0] === sk) nS++;
    if (nS < 2) return false;
    const probe = indexSide([t]);
    for (const o of target.caps) if (counterpartLevel(o, probe) > 0) nT++;
  }
  return nT > 0 && nT < nS;
}

/**
 * Does a missing organisation's name go on in lower-case words the target has ("Министерства
 * культуры" → "Culture Secretary")? Slavic languages capitalise only the first word of a name.
 */
export function nameGoesOn(g: NameGroup, source: NameToken[], target: SideIndex): boolean {
  if (!g.tokens.some(translates)) return false;
  let i = source.findIndex((t) => t.start >= g.end);
  for (let k = 0; k < 2 && i >= 0 && i < source.length; k++, i++) {
    const t = source[i];
    if (t.cap) return false;
    for (const c of t.forms.concepts) if (isCommonConcept(c) && target.capConcepts.includes(c)) return true;
  }
  return false;
}
