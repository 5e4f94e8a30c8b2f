// Shared by the name checks: which source words are names worth following into the target, and
// which target words look like names that came from nowhere. The spelling tools live in
// ../text/names/ (fold, skeleton, stems, the table of name-building words and exonyms).
import type { SegmentView, DocContext } from './check';
import { baseLang } from '../format';
import { cachedWords } from '../text/word-runs';
import { nameTokens, type NameToken } from '../text/names/tokens';
import { counterpartLevel, hasCounterpart, hasJoinedCounterpart, indexSide, type SideIndex } from '../text/names/match';
import { isPlaceConcept, isEnglishConceptWord } from '../text/names/concepts';
import { isFrequentEnglish } from '../text/names/english-words';
import {
  DE_DETERMINERS,
  nameConnectors,
  isCommonCapital,
  isEnglishCommon,
  isFirstName,
  isGermanNoun,
} from '../text/names/lexicon';

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
}

const ROMAN = /^[IVXLCDM]+$/;
const NUMBER = /^\p{N}/u;
const DE_ADJECTIVE_END = /(e|en|er|es|em|n)$/;

/** Tokens of one side of a segment, cut once per document whatever number of checks ask. */
export function segmentTokens(doc: DocContext, view: SegmentView, side: 's' | 't', lang: string): NameToken[] {
  return doc.memo(`names:${side}:${view.segment.id}`, () => {
    const text = side === 's' ? view.source : view.target;
    const sentences = side === 's' ? view.sourceSentences : view.targetSentences;
    const ws = cachedWords(doc, `${side}:${view.segment.id}`, text, sentences.map((s) => s.start));
    return nameTokens(ws, baseLang(lang));
  });
}

function gap(text: string, a: NameToken, b: NameToken): string {
  return text.slice(a.end, b.start);
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32 && s.charCodeAt(i) !== 0xa0) return false;
  return true;
}

/** Is a German noun at i opened by a determiner, possibly with adjectives between ("der neuen Regierung")? */
function germanDeterminer(toks: NameToken[], i: number, text: string): boolean {
  let j = i;
  // The article belongs to the whole compound: look left of its first part.
  while (j > 0 && toks[j].joined) j--;
  for (let steps = 0; j > 0 && steps < 4; steps++) {
    const next = toks[j];
    j--;
    const p = toks[j];
    if (!isBlank(gap(text, p, next))) return false;
    if (DE_DETERMINERS.has(p.forms.f) || NUMBER.test(p.text)) return true;
    // An adjective between ("der neuen", "der US-amerikanische"): judged by its last part.
    if (p.cap || !DE_ADJECTIVE_END.test(p.forms.f)) return false;
    while (j > 0 && toks[j].joined) j--;
  }
  return false;
}

function hasPlace(t: NameToken): boolean {
  for (const c of t.forms.concepts) if (isPlaceConcept(c)) return true;
  return false;
}

/** Is the same word written with a capital inside a sentence elsewhere in the segment? */
function capitalisedElsewhere(toks: NameToken[], i: number): boolean {
  const f = toks[i].forms.f;
  for (let j = 0; j < toks.length; j++) if (j !== i && toks[j].cap && !toks[j].initial && toks[j].forms.f === f) return true;
  return false;
}

function firstName(t: NameToken): boolean {
  for (const s of t.forms.stems) if (isFirstName(s)) return true;
  return false;
}

/** German street and circuit names: compounds on -straße, -gasse, -allee, -ring, -damm, -ufer. */
const DE_STREET = /^.{3,}(strasse|str|gasse|allee|ring|damm|ufer)$/;

/** Is the token inside a short quotation of several words (a title), not quoted speech or brackets? */
function quotedTitle(toks: NameToken[], i: number, text: string): boolean {
  let a = i;
  let b = i;
  while (a > 0 && toks[a - 1].quoted && i - a < 8) a--;
  while (b + 1 < toks.length && toks[b + 1].quoted && b - i < 8) b++;
  if (a === b || b - a >= 6) return false;
  let k = toks[a].start - 1;
  while (k >= 0 && text.charCodeAt(k) <= 32) k--;
  const open = k >= 0 ? text[k] : '';
  return open !== '(' && open !== '[';
}

function strength(toks: NameToken[], i: number, lang: string, text: string, upperText: boolean): Strength {
  const t = toks[i];
  if (!t.cap || t.caseless || t.digit) return 0;
  const f = t.forms.f;
  if (f.length < 2) return 0;
  const next = toks[i + 1];
  if (t.upper) {
    if (upperText || f.length > 6 || ROMAN.test(t.text)) return 0;
    // Acronyms in Cyrillic are mostly translated (США → US, ОАЭ → UAE), and so are acronyms
    // that open a compound (BIP-Einheit → unit of GDP, WM-Punkte → World Cup points).
    return t.nonLatin || (next !== undefined && next.joined) ? 1 : 2;
  }
  if (isCommonCapital(f, lang)) return 0;
  if (firstName(t) || hasPlace(t)) return 2;
  if (lang === 'de') {
    const nextCap = next !== undefined && next.cap && !next.joined && isBlank(gap(text, t, next));
    // A place adjective before a noun ("der Grazer Kinderklinik", "die Londoner Polizei").
    if (f.endsWith('er') && nextCap && !isGermanNoun(f)) return 2;
    // A capitalised adjective that translates, before a noun: a proper name ("Vereinten Nationen").
    if (t.forms.concepts.length > 0 && DE_ADJECTIVE_END.test(f) && nextCap && next.forms.concepts.length > 0) return 2;
    if (DE_STREET.test(f)) return 2;
    // The first part of a hyphenated compound is named by it, the article belongs to the head
    // ("der Corona-Krise", "ein Rakoczy-Reitturnier"); the head itself is a common noun as often.
    const modifier = next !== undefined && next.joined;
    if (!modifier && germanDeterminer(toks, i, text)) return 0;
    if (t.joined) return 1;
    if (isGermanNoun(f) || (t.forms.concepts.length > 0 && !isEnglishConceptWord(f))) return 0;
    // An adjective before a noun ("Erste Hilfe", "Roten Karte") is part of a common phrase.
    if (nextCap && DE_ADJECTIVE_END.test(f) && isGermanNoun(next.forms.f)) return 0;
    if (t.initial && !capitalisedElsewhere(toks, i)) return 1;
    return 2;
  }
  // A title in quotes ("Las Siete Hermanas", «Русские витязи») is as often translated as kept.
  if (t.quoted && quotedTitle(toks, i, text)) return 1;
  if (lang === 'en' && (isEnglishCommon(f) || isEnglishConceptWord(f) || isFrequentEnglish(f))) return 1;
  if (t.initial && !capitalisedElsewhere(toks, i)) return 1;
  return 2;
}

/** Source name candidates, grouped into runs ("Donald Trump", "Organización Mundial de la Salud"). */
export function sourceNameGroups(toks: NameToken[], lang: string, text: string): NameGroup[] {
  let upper = 0;
  for (const t of toks) if (t.upper) upper++;
  const upperText = upper > toks.length / 3 && upper > 2;
  const connectors = nameConnectors(lang);
  const groups: NameGroup[] = [];
  let last: NameGroup | null = null;
  let lastIndex = -10;
  for (let i = 0; i < toks.length; i++) {
    const s = strength(toks, i, lang, text, upperText);
    if (s === 0) continue;
    const t = toks[i];
    let joins = false;
    if (last && lastIndex >= 0) {
      const prev = toks[lastIndex];
      if (lastIndex === i - 1) joins = t.joined || isBlank(gap(text, prev, t));
      else if (i - lastIndex <= 3) {
        // Connectors between capitalised words: "Cúpula de Hierro", "University of Texas".
        joins = true;
        for (let j = lastIndex + 1; j < i && joins; j++) joins = !toks[j].cap && connectors.has(toks[j].forms.f);
        for (let j = lastIndex; j < i && joins; j++) joins = isBlank(gap(text, toks[j], toks[j + 1]));
        // German joins names with "von" only after a given name (Ursula von der Leyen).
        if (lang === 'de') joins = joins && firstName(prev);
      }
      // An acronym stands alone ("USA Donald Trump", "ČSSD Jiří Paroubek"); a given name after a
      // surname opens the next person ("Piotrem Lekszyckim Stefan Niesiołowski").
      if (joins && !t.joined && (t.upper || prev.upper)) joins = false;
      if (joins && !t.joined && firstName(t) && !firstName(prev) && last.tokens.length > 1) joins = false;
    }
    if (joins && last) {
      // A word before a given name describes the person ("Moderator Stephen Colbert").
      const before = last.tokens.length - 1;
      if (firstName(t) && !firstName(last.tokens[before]) && !last.tokens[before].upper) last.strengths[before] = 1;
      last.tokens.push(t);
      last.strengths.push(s);
      last.end = t.end;
    } else {
      last = { tokens: [t], strengths: [s], strong: false, start: t.start, end: t.end };
      groups.push(last);
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
  // them has: "Awami League", "Cúpula de Hierro" → "Iron Dome".
  if (g.tokens.some((t) => t.forms.concepts.length > 0)) {
    if (levels.every((l) => l > 0)) return true;
    return levels.some((l, i) => l === 2 || (l === 1 && (g.tokens.length === 1 || g.tokens[i].forms.concepts.length === 0)));
  }
  // A person's or a place's name: each of its words that is surely a name, but for given names
  // beside a surname ("US President Trump" for "Donald Trump").
  const surname = g.tokens.some((t, i) => g.strengths[i] === 2 && !firstName(t));
  let any = false;
  for (let i = 0; i < levels.length; i++) {
    if (levels[i] > 0) any = true;
    else if (g.strengths[i] === 2 && !(surname && firstName(g.tokens[i]))) return false;
  }
  return any;
}

const ENGLISH_COMMON_SHAPE = /(tion|tions|ment|ments|ness|ity|ities|ism|isms|ing|ings|ed|ly|ance|ence|ship|ful|less|ous|ive|ical|ial|ional|ary|ory|ers|ists?)$/;

/** Is this target word, by its shape and the word lists, just a capitalised ordinary word? */
function ordinaryTarget(t: NameToken, lang: string): boolean {
  const f = t.forms.f;
  if (isCommonCapital(f, lang)) return true;
  if (lang === 'en') {
    if (t.upper) return isEnglishCommon(f);
    return isFrequentEnglish(f) || isEnglishCommon(f) || isEnglishConceptWord(f) || ENGLISH_COMMON_SHAPE.test(f);
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
    if (ordinaryTarget(t, lang) || hasCounterpart(t, source) || hasJoinedCounterpart(t, source)) {
      prev = null;
      continue;
    }
    const run = out[out.length - 1];
    if (prev && run && run[run.length - 1] === prev && (t.joined || isBlank(gap(text, prev, t)))) run.push(t);
    else out.push([t]);
    prev = t;
  }
  return out;
}

/**
 * Runs of two or more capitalised target words, some with no source counterpart: an acronym of
 * the source spelled out ("PZPN" → "Polish Football Association").
 */
export function hasSpelledOutName(toks: NameToken[], source: SideIndex, text: string): boolean {
  let run = 0;
  let unmatched = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.cap && !t.upper && !t.digit && (!t.initial || run === 0)) {
      if (run > 0 && !isBlank(gap(text, toks[i - 1], t))) {
        run = 0;
        unmatched = false;
      }
      run++;
      if (!unmatched && !hasCounterpart(t, source)) unmatched = true;
      if (run >= 2 && unmatched) return true;
    } else if (run > 0 && !t.cap && (t.forms.f === 'of' || t.forms.f === 'and' || t.forms.f === 'for' || t.forms.f === 'the') && isBlank(gap(text, toks[i - 1], t))) {
      continue;
    } else {
      run = 0;
      unmatched = false;
    }
  }
  return false;
}

// Words that cannot end a clause or stand before "and" ("in", "on", "up" can: "catch on,").
const PREPOSITIONS = new Set(['the', 'a', 'an', 'of', 'to', 'at', 'from', 'with', 'between', 'than', 'into', 'via', 'per']);
const SECOND_PREPOSITION = new Set(['in', 'on', 'at', 'of', 'from', 'with', 'for', 'by', 'and', 'or']);
const AFTER_THE = new Set(['also', 'will', 'would', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'on', 'in', 'at', 'of', 'to', 'and', 'or', 'who', 'which', 'that', 'said', 'can', 'could', 'did', 'does']);
const OPENING_VERBS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'does', 'did', 'said', 'says', 'told', 'added', 'noted', 'stated', 'announced', 'wrote',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'that', 'this']);

/**
 * Signs in an English target that words were cut out of it: "according to, it is", "of the .",
 * "between and", a sentence opening on a verb ("Said that", "Owns an apartment") or on a comma,
 * empty quotes, a stranded "'s" or "-based". A name we are unsure of that has no counterpart
 * is reported where the translation shows one.
 */
export function removalTrace(toks: NameToken[], text: string): boolean {
  if (/(?:^|\s)['\u2019]s\b|""|\u201c\u201d|\(\s*(?:and|,)|(?:^|\s)-[a-z]/.test(text)) return true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const f = t.forms.f;
    const next = toks[i + 1];
    const after = text.slice(t.end, next ? next.start : text.length);
    if (!t.cap && PREPOSITIONS.has(f) && !t.joined) {
      // "according to, it", "in .", "of the )" — but not "a.m.".
      if (/^\s*[,;:)\]]/.test(after)) return true;
      if (/^\s*[.!?]/.test(after) && !(after === '.' && next && next.start === t.end + 1)) return true;
      if (!next && after.trim() === '') return true;
      // "killed at in front", "the and", "between and" (but "to and fro").
      if (next && !next.cap && SECOND_PREPOSITION.has(next.forms.f) && isBlank(after) && !toks[i + 2]?.joined) {
        if (!(f === 'to' && next.forms.f !== 'in') && f !== 'than' && f !== 'a') return true;
      }
    }
    if (t.initial && t.cap && !t.upper) {
      // What stands between the sentence's start and its first word: a comma is a cut.
      const lead = text.slice(i > 0 ? toks[i - 1].end : 0, t.start);
      if (/^[\s.!?]*[,;]\s*$/.test(lead)) return true;
      if (!next) continue;
      const nf = next.forms.f;
      if (f === 'the' && !next.cap && AFTER_THE.has(nf)) return true;
      if (OPENING_VERBS.has(f) && !next.cap && isBlank(text.slice(t.end, next.start))) return true;
      // A sentence opening on a verb: "Owns an apartment", "Recalled that".
      if ((f.endsWith('ed') || f.endsWith('s')) && f.length > 3 && DETERMINERS.has(nf) && isFrequentEnglish(f) && !isEnglishCommon(f)) return true;
    }
  }
  return false;
}

/**
 * Is a name written in the source more often than the target has it? For a place, every
 * source word that names it (Turchia, turco) against every target word (Turkey, Turkish); for
 * a name said twice, its occurrences against the target words that match it.
 */
export function fewerInTarget(t: NameToken, source: NameToken[], target: SideIndex): boolean {
  const place = t.forms.concepts.find((c) => isPlaceConcept(c));
  let nS = 0;
  let nT = 0;
  if (place !== undefined) {
    // Adjacent words naming the place are one mention ("Países Bajos", "United States").
    const count = (list: NameToken[]) => {
      let n = 0;
      let prev = false;
      for (const s of list) {
        const hit = s.forms.concepts.includes(place);
        if (hit && !prev && !s.joined) n++;
        prev = hit;
      }
      return n;
    };
    nS = count(source);
    if (nS < 2) return false;
    nT = count(target.tokens);
  } else {
    const sk = t.forms.sks[0];
    for (const s of source) if (s.cap && s.forms.sks[0] === sk) nS++;
    if (nS < 2) return false;
    const probe = indexSide([t]);
    for (const o of target.tokens) if (o.cap && !o.upper && counterpartLevel(o, probe) > 0) nT++;
  }
  return nT > 0 && nT < nS;
}
