// Stable content hashes, the same in Node, the renderer and a worker (no crypto module in the
// engine): a document is known by its two texts, a decision by everything it records, so the same
// decision imported twice — from TMX, JSON Lines or CSV — is stored once. Not for security: 128
// bits from four independent multiply-xor lanes, each finished with MurmurHash3's fmix32.
import type { CorrectionInput } from './types';

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** 32 hex digits for a text. */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  let c = 0x27d4eb2f;
  let d = 0x165667b1;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    a = Math.imul(a ^ k, 0x01000193);
    b = Math.imul(b ^ k, 0x5bd1e995);
    c = Math.imul((c ^ k) + (c >>> 15), 0x2545f491);
    d = Math.imul(d + k, 0xcc9e2d51) ^ (d >>> 13);
  }
  const n = text.length;
  a = fmix(a ^ n ^ Math.imul(d, 0x1b873593));
  b = fmix(b ^ n ^ a);
  c = fmix(c ^ n ^ b);
  d = fmix(d ^ n ^ c);
  return [a, b, c, d].map((x) => x.toString(16).padStart(8, '0')).join('');
}

/** The key of a document: its source text and its machine translation, as opened. */
export function documentHash(source: string, target: string): string {
  return stableHash(`verso-document\u0000${source}\u0000${target}`);
}

const field = (v: string | number | null | undefined) => (v === null || v === undefined ? '\u0001' : String(v));

/** The key of a decision: the document plus every recorded field (the flag "everywhere" aside). */
export function decisionHash(documentHashValue: string, d: CorrectionInput): string {
  return stableHash(
    [
      'verso-decision',
      documentHashValue,
      d.kind,
      d.segment,
      d.ruleId,
      d.source,
      d.before,
      d.after,
      d.span?.start,
      d.span?.end,
      d.fix,
      d.reason,
      d.reviewer,
      d.at,
    ]
      .map(field)
      .join('\u0000'),
  );
}
