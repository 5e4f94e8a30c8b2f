// Shared by the name checks: which source words are names worth following into the target, and
// which target words look like names that came from nowhere. The spelling tools live in
// ../text/names/ (fold, skeleton, stems, the table of name-building words and exonyms).
import type { SegmentView, DocContext } from './check';
import { baseLang } from '../format';
import { cachedWords } from '../text/word-runs';
import { nameTokens, type NameToken } from '../text/names/tokens';
import { hasCounterpart, hasJoinedCounterpart, indexSide, type SideIndex } from '../text/names/match';
import { isPlaceConcept, isEnglishConceptWord } from '../text/names/concepts';
import {
  DE_DETERMINERS,
  NAME_CONNECTORS,
  isCommonCapital,
  isEnglishCommon,
  isFirstName,
  isGermanNoun,
} from '../text/names/lexicon';

export { fold, skeleton, editDistance, looseMatch } from '../text/names/fold';
export type { NameToken } from '../text/names/tokens';
export { hasCounterpart, indexSide, type SideIndex } from '../text/names/match';

/** How sure we are that a source word is a name: 0 not one, 1 perhaps (a sentence opener...), 2 yes. */
export type Strength = 0 | 1 | 2;

export interface NameGroup {
  tokens: NameToken[];
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
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const p = toks[j];
    if (!isBlank(gap(text, p, toks[j + 1])) && !toks[j + 1].joined) return false;
    if (DE_DETERMINERS.has(p.forms.f) || NUMBER.test(p.text)) return true;
    if (p.cap || !DE_ADJECTIVE_END.test(p.forms.f)) return false;
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

function strength(toks: NameToken[], i: number, lang: string, text: string, upperText: boolean): Strength {
  const t = toks[i];
  if (!t.cap || t.caseless || t.digit) return 0;
  const f = t.forms.f;
  if (f.length < 2) return 0;
  if (t.upper) {
    if (upperText || f.length > 6 || ROMAN.test(t.text) || isCommonCapital(f, lang)) return 0;
    // Acronyms in Cyrillic are mostly translated (США → US, ОАЭ → UAE).
    return t.nonLatin ? 1 : 2;
  }
  if (isCommonCapital(f, lang)) return 0;
  if (isFirstName(f) || hasPlace(t)) return 2;
  // A title in quotes ("Las Siete Hermanas", «Русские витязи») is as often translated as kept.
  if (t.quoted && (toks[i - 1]?.quoted || toks[i + 1]?.quoted)) return 1;
  if (lang === 'de') {
    if (germanDeterminer(toks, i, text)) return 0;
    if (isGermanNoun(f) || t.forms.concepts.length > 0) return 0;
    const next = toks[i + 1];
    // An adjective before a noun ("Erste Hilfe", "Roten Karte") is part of a common phrase.
    if (next && next.cap && DE_ADJECTIVE_END.test(f) && isGermanNoun(next.forms.f) && isBlank(gap(text, t, next))) return 0;
    if (t.initial && !capitalisedElsewhere(toks, i)) return 1;
    return 2;
  }
  if (lang === 'en' && (isEnglishCommon(f) || isEnglishConceptWord(f))) return 1;
  if (t.initial && !capitalisedElsewhere(toks, i)) return 1;
  return 2;
}

/** Source name candidates, grouped into runs ("Donald Trump", "Organización Mundial de la Salud"). */
export function sourceNameGroups(toks: NameToken[], lang: string, text: string): NameGroup[] {
  let upper = 0;
  for (const t of toks) if (t.upper) upper++;
  const upperText = upper > toks.length / 3 && upper > 2;
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
        // Connectors between capitalised words: "Cúpula de Hierro", "Johns Hopkins University of".
        joins = true;
        for (let j = lastIndex + 1; j < i && joins; j++) joins = !toks[j].cap && NAME_CONNECTORS.has(toks[j].forms.f);
        for (let j = lastIndex; j < i && joins; j++) joins = isBlank(gap(text, toks[j], toks[j + 1]));
      }
    }
    if (joins && last) {
      last.tokens.push(t);
      last.end = t.end;
      if (s === 2) last.strong = true;
    } else {
      last = { tokens: [t], strong: s === 2, start: t.start, end: t.end };
      groups.push(last);
    }
    lastIndex = i;
  }
  return groups;
}

/** Does any word of the group have a counterpart on the other side? */
export function groupFound(g: NameGroup, other: SideIndex): boolean {
  for (const t of g.tokens) if (hasCounterpart(t, other) || hasJoinedCounterpart(t, other)) return true;
  return false;
}

const ENGLISH_COMMON_SHAPE = /(tion|tions|ment|ments|ness|ity|ities|ism|isms|ing|ings|ed|ly|ance|ence|ship|ful|less|ous|ive|ical|ial|ional|ary|ory|ers|ists?)$/;

/** Is this target word, by its shape and the word lists, just a capitalised ordinary word? */
function ordinaryTarget(t: NameToken, lang: string): boolean {
  const f = t.forms.f;
  if (isCommonCapital(f, lang)) return true;
  if (lang === 'en') return isEnglishCommon(f) || isEnglishConceptWord(f) || (!t.upper && ENGLISH_COMMON_SHAPE.test(f));
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
    if (!t.cap || t.initial || t.digit || t.caseless || t.forms.f.length < 2 || (t.upper && t.forms.f.length > 6)) {
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
    } else if (run > 0 && !t.cap && NAME_CONNECTORS.has(t.forms.f) && isBlank(gap(text, toks[i - 1], t))) {
      continue;
    } else {
      run = 0;
      unmatched = false;
    }
  }
  return false;
}
