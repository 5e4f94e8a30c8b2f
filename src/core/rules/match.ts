// Finding a compiled pattern in a tokenised text, and rendering a fix template over the match.
import type { Token } from './tokenise';
import { wordMatches, type Element, type Pattern } from './pattern';
import { inflectLike } from './inflect';

export interface Match {
  /** Offsets of the covered text, half-open UTF-16. */
  start: number;
  end: number;
  /** Token index of the first and last matched word. */
  first: number;
  last: number;
  /** By word number (`$n` is words[n - 1]): the token index matched, or -1 for a missing optional. */
  words: number[];
}

/** Unordered source patterns: every required word within this many words of each other. */
export const WINDOW_SLACK = 6;

function matchAt(els: Element[], ei: number, tokens: Token[], ti: number, words: number[]): number {
  // Returns the index of the last token matched (or ti - 1 when nothing more was needed), -2 on failure.
  if (ei === els.length) return ti - 1;
  const el = els[ei];
  if (el.type === 'not') {
    if (ti < tokens.length && wordMatches(el, tokens[ti])) return -2;
    return matchAt(els, ei + 1, tokens, ti, words);
  }
  if (el.type === 'gap') {
    for (let skip = 0; skip <= el.max && ti + skip <= tokens.length; skip++) {
      const r = matchAt(els, ei + 1, tokens, ti + skip, words);
      if (r !== -2) return r;
    }
    return -2;
  }
  if (ti < tokens.length && wordMatches(el, tokens[ti])) {
    words[el.n - 1] = ti;
    const r = matchAt(els, ei + 1, tokens, ti + 1, words);
    if (r !== -2) return r;
    words[el.n - 1] = -1;
  }
  if (el.optional) {
    return matchAt(els, ei + 1, tokens, ti, words);
  }
  return -2;
}

function finish(p: Pattern, tokens: Token[], words: number[]): Match | null {
  let first = Infinity;
  let last = -1;
  for (const i of words) {
    if (i < 0) continue;
    if (i < first) first = i;
    if (i > last) last = i;
  }
  if (last < 0) return null;
  return { start: tokens[first].start, end: tokens[last].end, first, last, words: words.slice() };
}

/** Scratch for matchOrderedAt: most starts fail, and a match copies what it keeps (finish). */
let scratch: number[] = [];

/** Ordered match starting exactly at token `ti`, or null. */
export function matchOrderedAt(p: Pattern, tokens: Token[], ti: number): Match | null {
  const n = p.words.length;
  if (scratch.length !== n) scratch = new Array<number>(n);
  const words = scratch.fill(-1);
  const r = matchAt(p.elements, 0, tokens, ti, words);
  return r === -2 ? null : finish(p, tokens, words);
}

/**
 * Every non-overlapping ordered match, left to right. With `keyHits` (sorted token indexes where
 * the pattern's key word occurs) only starts that can reach a key hit are tried: linear in hits.
 */
export function findOrdered(p: Pattern, tokens: Token[], keyHits?: number[]): Match[] {
  const out: Match[] = [];
  if (!keyHits) {
    // A required first word must match where a match starts: most tokens are let go at once.
    const head = p.elements[0];
    const lead = head.type === 'word' && !head.optional ? head : null;
    for (let ti = 0; ti < tokens.length; ti++) {
      if (lead && !wordMatches(lead, tokens[ti])) continue;
      const m = matchOrderedAt(p, tokens, ti);
      if (m) {
        out.push(m);
        ti = m.last;
      }
    }
    return out;
  }
  let next = 0; // first token not covered by an earlier match
  for (const hit of keyHits) {
    if (hit < next) continue;
    for (let ti = Math.max(next, hit - p.keyReach); ti <= hit; ti++) {
      const m = matchOrderedAt(p, tokens, ti);
      if (m) {
        out.push(m);
        next = m.last + 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Unordered match: every required word of the pattern within a window of
 * (number of words + WINDOW_SLACK) tokens, in any order. Returns the tightest such window.
 */
export function findUnordered(p: Pattern, tokens: Token[]): Match | null {
  const req = p.words;
  const positions: number[][] = req.map(() => []);
  for (let ti = 0; ti < tokens.length; ti++) {
    for (let w = 0; w < req.length; w++) if (wordMatches(req[w], tokens[ti])) positions[w].push(ti);
  }
  for (let w = 0; w < req.length; w++) if (!req[w].optional && positions[w].length === 0) return null;
  const window = req.length + WINDOW_SLACK;
  // Anchor on the rarest required word; pick the nearest position of every other word.
  let anchor = -1;
  for (let w = 0; w < req.length; w++) {
    if (req[w].optional) continue;
    if (anchor < 0 || positions[w].length < positions[anchor].length) anchor = w;
  }
  let best: Match | null = null;
  for (const a of positions[anchor]) {
    const words = new Array<number>(req.length).fill(-1);
    words[anchor] = a;
    let ok = true;
    for (let w = 0; w < req.length && ok; w++) {
      if (w === anchor) continue;
      let near = -1;
      const list = positions[w];
      // Binary search for the window around the anchor; then the nearest free position in it.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid] <= a - window) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < list.length && list[k] < a + window; k++) {
        const pos = list[k];
        if (!words.includes(pos) && (near < 0 || Math.abs(pos - a) < Math.abs(near - a))) near = pos;
      }
      if (near < 0 && !req[w].optional) ok = false;
      words[w] = near;
    }
    if (!ok) continue;
    const m = finish(p, tokens, words);
    if (m && m.last - m.first < window && (!best || m.last - m.first < best.last - best.first)) best = m;
  }
  return best;
}

/** Source side: ordered patterns ('>') find their first occurrence, the others any order. */
export function findSource(p: Pattern, tokens: Token[]): Match | null {
  if (!p.ordered) return findUnordered(p, tokens);
  const all = findOrdered(p, tokens);
  return all.length ? all[0] : null;
}

const TEMPLATE = /\$(\d+)|\{([^{}:$]+)(?::\$(\d+))?\}/g;

/** The lemma inflected like a token, keeping the lemma's own capitals ('Shiite', 'NGO'). */
function inflectToken(lemma: string, tokens: Token[], ti: number, likeLemma?: string): string {
  const prev = ti > 0 ? tokens[ti - 1].text : undefined;
  let word = inflectLike(lemma, tokens[ti].text, prev, likeLemma);
  if (lemma.length > 1 && lemma === lemma.toUpperCase() && lemma !== lemma.toLowerCase()) {
    word = word === lemma.toLowerCase() ? lemma : lemma + word.slice(lemma.length);
  } else if (lemma.charAt(0) !== lemma.charAt(0).toLowerCase() || tokens[ti].cap) {
    word = word.charAt(0).toUpperCase() + word.slice(1);
  }
  return tokens[ti].upper ? word.toUpperCase() : word;
}

/** The lemma of a `{lemma}` alternative that matched a token, which tells its form exactly. */
function lemmaOf(p: Pattern | undefined, n: number, t: Token): string | undefined {
  const w = p?.words[n];
  if (!w) return undefined;
  for (const a of w.alts) if (a.kind === 'forms' && a.forms.has(t.norm)) return a.lemma;
  return undefined;
}

const NOT_LETTERS = /[^\p{L}]/gu;

/** Whether a text's letters are capitals, two or more of them ("NGO", "BOOBY-TRAPPED DRONE"). */
function allCapitals(text: string): boolean {
  let letters = 0;
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      // Beyond ASCII: letters by property, as written.
      const all = text.replace(NOT_LETTERS, '');
      return all.length > 1 && all === all.toUpperCase() && all !== all.toLowerCase();
    }
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) {
      letters++;
      upper = true;
    }
  }
  return letters > 1 && upper;
}

/** A fix template cut once into its literal text and its `$n`, `{lemma:$n}`, `{a/an:$n}` parts. */
type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'word'; n: number }
  | { kind: 'article'; n: number | undefined }
  | { kind: 'lemma'; lemma: string; n: number | undefined };

const TEMPLATES = new Map<string, TemplatePart[]>();
/** Distinct templates remembered before the memory starts over (packs are finite; users may edit). */
const TEMPLATE_LIMIT = 10000;

function templateParts(template: string): TemplatePart[] {
  let parts = TEMPLATES.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  TEMPLATE.lastIndex = 0;
  for (let m = TEMPLATE.exec(template); m !== null; m = TEMPLATE.exec(template)) {
    if (m.index > last) parts.push({ kind: 'text', text: template.slice(last, m.index) });
    last = m.index + m[0].length;
    const [, n, lemma, ln] = m;
    if (n !== undefined) parts.push({ kind: 'word', n: Number(n) });
    else if (lemma.trim() === 'a/an') parts.push({ kind: 'article', n: ln === undefined ? undefined : Number(ln) });
    else parts.push({ kind: 'lemma', lemma: lemma.trim(), n: ln === undefined ? undefined : Number(ln) });
  }
  if (last < template.length) parts.push({ kind: 'text', text: template.slice(last) });
  if (TEMPLATES.size >= TEMPLATE_LIMIT) TEMPLATES.clear();
  TEMPLATES.set(template, parts);
  return parts;
}

/**
 * Renders a fix template over a target match: `$n` the n-th matched word as written, `$0` the
 * whole match, `{lemma:$n}` the lemma inflected like word n, `{lemma}` like the last matched word,
 * `{a/an:$n}` the article the next word needs, when word n (an article) matched. The result takes the match's case:
 * a capital first letter, or capitals throughout.
 */
export function renderFix(template: string, m: Match, tokens: Token[], text: string, pattern?: Pattern): string {
  // The parts in order, each as the template's replacement would give it.
  let out = '';
  for (const part of templateParts(template)) {
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'word') {
      if (part.n === 0) out += text.slice(m.start, m.end);
      else {
        const ti = m.words[part.n - 1];
        if (ti !== undefined && ti >= 0) out += tokens[ti].text;
      }
    } else if (part.kind === 'article') {
      const ai = part.n === undefined ? -1 : m.words[part.n - 1];
      if (ai !== undefined && ai >= 0) out += tokens[ai].cap ? '\u0001A' : '\u0001a';
    } else {
      // `{lemma}` alone follows the last matched word (the head of an English noun phrase).
      const wi = part.n === undefined ? m.words.lastIndexOf(m.last) : part.n - 1;
      const ti = m.words[wi];
      out += ti === undefined || ti < 0 ? part.lemma : inflectToken(part.lemma, tokens, ti, lemmaOf(pattern, wi, tokens[ti]));
    }
  }
  out = (out.includes('  ') ? out.replace(/ {2,}/g, ' ') : out).trim();
  // `{a/an:$n}`: the article the next word wants, where the pattern's article matched.
  if (out.includes('\u0001')) {
    out = out.replace(/\u0001([Aa])(\s+)(\S?)/g, (_m, a: string, sp: string, next: string) =>
      `${/[aeiou]/i.test(next) ? `${a}n` : a}${sp}${next}`,
    );
  }
  const original = text.slice(m.start, m.end);
  if (allCapitals(original)) return out.toUpperCase();
  const first = original.charAt(0);
  if (first !== first.toLowerCase() && out.charAt(0) === out.charAt(0).toLowerCase()) {
    out = out.charAt(0).toUpperCase() + out.slice(1);
  }
  return out;
}
