// Looking for a name's counterpart on the other side of a segment, loosely: the same letters
// once folded (Téhéran / Tehran), an inflected form (Warszawie / Warsaw by the exonym table,
// Putinem / Putin by its stem), a transcription variant (Moustafa / Mustafa), a translated
// name-building word (Ligue / League, État / State), or the same acronym (UE / EU).
import { looseMatch } from './fold';
import { multiwordConcepts } from './concepts';
import type { NameToken } from './tokens';

/**
 * One side of a segment, indexed once for every lookup a check makes into it. A side holds a few
 * dozen words: plain arrays beat hash sets at that size.
 */
export interface SideIndex {
  tokens: NameToken[];
  /** Folded forms and stems of every token. */
  folds: string[];
  /** Concepts reached by any token / by a capitalised token or acronym. */
  concepts: number[];
  capConcepts: number[];
  /** Capitalised tokens (not in capitals throughout). */
  caps: NameToken[];
  /** Acronyms, folded. */
  acronyms: string[];
}

export function indexSide(tokens: NameToken[]): SideIndex {
  const folds: string[] = [];
  const concepts: number[] = [];
  const capConcepts: number[] = [];
  const caps: NameToken[] = [];
  const acronyms: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const fm = t.forms;
    for (const s of fm.stems) folds.push(s);
    const capital = t.cap || t.upper;
    for (const c of fm.concepts) {
      concepts.push(c);
      if (capital) capConcepts.push(c);
    }
    if (t.upper) acronyms.push(fm.f);
    else if (t.cap) caps.push(t);
    // English names of several words ("South Africa", "New Zealand").
    if (fm.multi) {
      const multi = multiwordConcepts(tokens, i);
      if (multi) for (const c of multi) {
        concepts.push(c);
        if (t.cap) capConcepts.push(c);
      }
    }
  }
  return { tokens, folds, concepts, capConcepts, caps, acronyms };
}

function sortedLetters(s: string): string {
  return [...s].sort().join('');
}

/** Does an acronym have a counterpart: the same, reversed (UE → EU), or the same letters (SIDA → AIDS)? */
function acronymCounterpart(t: NameToken, side: SideIndex): boolean {
  const f = t.forms.f;
  if (side.folds.includes(f)) return true;
  if (f.length <= 6) {
    const letters = sortedLetters(f);
    for (const a of side.acronyms) if (a.length === f.length && sortedLetters(a) === letters) return true;
  }
  // A plural or possessive acronym (MCIs, PZPNs).
  for (const a of side.acronyms) {
    if (a.length === f.length + 1 && a.startsWith(f) && a.endsWith('s')) return true;
    if (f.length === a.length + 1 && f.startsWith(a) && f.endsWith('s')) return true;
  }
  for (const c of t.forms.concepts) if (side.concepts.includes(c)) return true;
  return false;
}

/**
 * Is there, on the indexed side, a token that may be this name (or this name-building word)?
 * 2: the same word, an acronym, or a capitalised word; 1: only a lower-case word (a cognate, a
 * translated common noun: Luna → the moon); 0: nothing.
 */
export function counterpartLevel(t: NameToken, side: SideIndex): 0 | 1 | 2 {
  if (t.upper) return acronymCounterpart(t, side) ? 2 : 0;
  const fm = t.forms;
  for (const s of fm.stems) if (side.folds.includes(s)) return 2;
  // A short abbreviation of a longer name ("Rz" → "Rzeczpospolita").
  if (fm.f.length <= 3) {
    for (const o of side.caps) if (o.forms.f.length > fm.f.length && o.forms.f.startsWith(fm.f)) return 2;
  }
  let level: 0 | 1 | 2 = 0;
  if (fm.concepts.length > 0) {
    for (const c of fm.concepts) {
      if (!side.concepts.includes(c)) continue;
      if (side.capConcepts.includes(c)) return 2;
      level = 1;
    }
  }
  // Capitalised words, and lower-case ones too: a name may become an adjective (ostravským →
  // Ostrava) and a capitalised common noun a lower-case cognate (Pandemie → pandemic).
  for (const o of side.tokens) {
    if (o.upper || o.caseless || (level === 1 && !o.cap)) continue;
    const across = t.nonLatin !== o.nonLatin;
    const osks = o.forms.sks;
    for (const a of fm.sks) {
      for (const b of osks) {
        if (looseMatch(a, b, across)) {
          if (o.cap) return 2;
          level = 1;
        }
      }
    }
  }
  return level;
}

export function hasCounterpart(t: NameToken, side: SideIndex): boolean {
  return counterpartLevel(t, side) > 0;
}

/** Does this token match a capitalised pair of the other side written as one word (Lausitz Ring / Lausitzring)? */
export function hasJoinedCounterpart(t: NameToken, side: SideIndex): boolean {
  const caps = side.caps;
  const sk = t.forms.sks[0];
  for (let i = 0; i + 1 < caps.length; i++) {
    const a = caps[i];
    const b = caps[i + 1];
    if (a.end + 1 !== b.start && a.end !== b.start) continue;
    if (looseMatch(sk, a.forms.sks[0] + b.forms.sks[0])) return true;
  }
  return false;
}
