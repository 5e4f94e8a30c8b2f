// The rule-pack pattern language (docs/rule-packs.md), compiled once into token tests.
//
//   drone|drones        one word among alternatives         piégé*     a stem: any word starting so
//   {watch}             any English form of a lemma          sit-in?    an optional word
//   …  or  ~3           a gap of up to 3 words (… = 3)       >a b c     source side: keep this order
//   _                   any one word                         !of|for    the next word is not one of these
//
// Words compare in lower case and NFC; accents count ('Téhéran' is not 'Tehran') except where the
// text drops them on a capital ('Etats' for 'États', 'ETATS'); œ/oe, curly/straight apostrophes and
// hyphen variants are the same. Apostrophes split words, as in the tokeniser.
import { foldWord, normWord, tokenise, type Token } from './tokenise';
import { formsOf } from './inflect';

export type Alt =
  | { kind: 'word'; norm: string; cap: string; fold: string }
  | { kind: 'stem'; norm: string; cap: string; fold: string }
  | { kind: 'forms'; lemma: string; forms: Set<string> }
  | { kind: 'any' };

/**
 * First UTF-16 units a token can start with and still match one of the alternatives: of its
 * `norm` (through a word, a stem, a form or their capitalised variant), and of its `fold` (for a
 * token in capitals). Null when anything may match (a wildcard). Lets most tokens fail at once.
 */
export interface FirstUnits {
  norm: Set<number>;
  fold: Set<number>;
}

export interface WordElement {
  type: 'word';
  alts: Alt[];
  first: FirstUnits | null;
  optional: boolean;
  /** 1-based number of this word in the pattern: `$n` in a fix. */
  n: number;
}

export interface GapElement {
  type: 'gap';
  max: number;
}

/** Zero-width: the next word (if any) must not match one of these. Not numbered. */
export interface NotElement {
  type: 'not';
  alts: Alt[];
  first: FirstUnits | null;
}

export type Element = WordElement | GapElement | NotElement;

export interface Pattern {
  source: string;
  elements: Element[];
  words: WordElement[];
  /** Words must appear in the written order (always so on the target side). */
  ordered: boolean;
  /** Pre-filter: one required word of the pattern, as folded exact forms or stems. */
  key: { exact: string[]; stems: string[] } | null;
  /** Most tokens a match can span before the key word (so matching can start near each key hit). */
  keyReach: number;
}

export class PatternError extends Error {}

const GAP = /^(?:…|\.\.\.|~(\d{1,2}))$/;
export const DEFAULT_GAP = 3;

function capVariant(norm: string): string {
  return foldWord(norm.charAt(0)) + norm.slice(1);
}

function literalAlt(text: string, piece: string, pattern: string): Alt {
  let stem = false;
  let body = text;
  if (body === '_') return { kind: 'any' };
  if (body.endsWith('*')) {
    stem = true;
    body = body.slice(0, -1);
  }
  if (body.startsWith('{') && body.endsWith('}')) {
    const lemma = body.slice(1, -1).trim().toLowerCase();
    if (!/^[a-z][a-z-]*$/.test(lemma)) throw new PatternError(`bad lemma "${body}" in "${pattern}"`);
    return { kind: 'forms', lemma, forms: new Set(formsOf(lemma)) };
  }
  const toks = tokenise(body);
  if (toks.length !== 1 || toks[0].text !== body.replace(/['’]/g, '')) {
    throw new PatternError(`"${piece}" in "${pattern}": each alternative must be one word (no spaces or apostrophes)`);
  }
  const norm = normWord(body);
  return { kind: stem ? 'stem' : 'word', norm, cap: capVariant(norm), fold: foldWord(norm) };
}

/** The first units an element's alternatives admit (see FirstUnits). */
export function firstUnits(alts: Alt[]): FirstUnits | null {
  const norm = new Set<number>();
  const fold = new Set<number>();
  for (const a of alts) {
    if (a.kind === 'any') return null;
    if (a.kind === 'forms') {
      for (const f of a.forms) {
        if (!f) return null;
        norm.add(f.charCodeAt(0));
      }
    } else {
      if (!a.norm || !a.cap || !a.fold) return null;
      norm.add(a.norm.charCodeAt(0));
      norm.add(a.cap.charCodeAt(0));
      fold.add(a.fold.charCodeAt(0));
    }
  }
  return { norm, fold };
}

/** Compiles one pattern string. `side` decides the default order: sources match in any order. */
export function compilePattern(text: string, side: 'source' | 'target'): Pattern {
  let body = text.trim();
  let ordered = side === 'target';
  if (body.startsWith('>')) {
    ordered = true;
    body = body.slice(1).trim();
  }
  if (!body) throw new PatternError('empty pattern');
  const elements: Element[] = [];
  const words: WordElement[] = [];
  const pushWord = (alts: Alt[], optional: boolean) => {
    const w: WordElement = { type: 'word', alts, first: firstUnits(alts), optional, n: words.length + 1 };
    words.push(w);
    elements.push(w);
  };
  for (const piece of body.split(/\s+/)) {
    const gap = GAP.exec(piece);
    if (gap) {
      if (elements.length === 0) throw new PatternError(`"${text}": a pattern cannot start with a gap`);
      elements.push({ type: 'gap', max: gap[1] ? Number(gap[1]) : DEFAULT_GAP });
      continue;
    }
    if (piece.length > 1 && piece.startsWith('!')) {
      if (elements.length === 0) throw new PatternError(`"${text}": a pattern cannot start with a negation`);
      const alts = piece.slice(1).split('|').map((a) => literalAlt(a, piece, text));
      elements.push({ type: 'not', alts, first: firstUnits(alts) });
      continue;
    }
    let p = piece;
    let optional = false;
    if (p.length > 1 && p.endsWith('?')) {
      optional = true;
      p = p.slice(0, -1);
    }
    if (/[|*{}]/.test(p) || p === '_') {
      pushWord(p.split('|').map((a) => literalAlt(a, piece, text)), optional);
      continue;
    }
    const toks: Token[] = tokenise(p);
    if (toks.length === 0) throw new PatternError(`"${piece}" in "${text}" has no word in it`);
    for (const t of toks) pushWord([{ kind: 'word', norm: t.norm, cap: capVariant(t.norm), fold: t.fold }], optional);
  }
  const last = elements[elements.length - 1];
  if (!ordered && elements.some((e) => e.type === 'not')) throw new PatternError(`"${text}": a negation needs an ordered pattern ('>')`);
  if (last.type === 'gap') throw new PatternError(`"${text}": a pattern cannot end with a gap`);
  if (words.every((w) => w.optional || w.alts.some((a) => a.kind === 'any'))) {
    throw new PatternError(`"${text}": at least one word must be required and not a wildcard`);
  }
  const { key, word } = pickKey(words);
  let keyReach = 0;
  for (const el of elements) {
    if (el === word) break;
    keyReach += el.type === 'word' ? 1 : el.type === 'gap' ? el.max : 0;
  }
  return { source: text, elements, words, ordered, key, keyReach };
}

function pickKey(words: WordElement[]): { key: Pattern['key']; word: WordElement | null } {
  let best: Pattern['key'] = null;
  let bestWord: WordElement | null = null;
  let bestScore = -1;
  for (const w of words) {
    if (w.optional) continue;
    const exact: string[] = [];
    const stems: string[] = [];
    let shortest = Infinity;
    if (w.alts.some((a) => a.kind === 'any')) continue;
    for (const a of w.alts) {
      if (a.kind === 'any') continue;
      if (a.kind === 'forms') {
        for (const f of a.forms) exact.push(foldWord(f));
        shortest = Math.min(shortest, a.lemma.length);
      } else if (a.kind === 'word') {
        exact.push(a.fold);
        shortest = Math.min(shortest, a.fold.length);
      } else {
        stems.push(a.fold);
        shortest = Math.min(shortest, a.fold.length - 2);
      }
    }
    // Longer words are rarer: fewer candidates to try.
    const score = shortest - w.alts.length * 0.1;
    if (score > bestScore) {
      bestScore = score;
      best = { exact: [...new Set(exact)], stems: [...new Set(stems)] };
      bestWord = w;
    }
  }
  return { key: best, word: bestWord };
}

/** Does one text token satisfy one pattern word? */
export function wordMatches(w: { alts: Alt[]; first?: FirstUnits | null }, t: Token): boolean {
  const first = w.first;
  if (first && !first.norm.has(t.norm.charCodeAt(0)) && !(t.upper && first.fold.has(t.fold.charCodeAt(0)))) return false;
  for (const a of w.alts) {
    if (a.kind === 'any') return true;
    if (a.kind === 'forms') {
      if (a.forms.has(t.norm)) return true;
    } else if (a.kind === 'word') {
      if (t.norm === a.norm || (t.cap && t.norm === a.cap) || (t.upper && t.fold === a.fold)) return true;
    } else if (
      t.norm.startsWith(a.norm) ||
      (t.cap && t.norm.startsWith(a.cap)) ||
      (t.upper && t.fold.startsWith(a.fold))
    ) {
      return true;
    }
  }
  return false;
}
