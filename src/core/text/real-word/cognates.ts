// Bilingual evidence for the real-word check: whether an English word has a cognate among the
// source's words ("public" / "público", "contracts" / "contratos", "stable" / "estable", "stabile",
// "стабильный"). A translator keeps a cognate more often than chance puts one in an unrelated
// sentence, so a cognate of the longer word, and none of the written one, says the letter was
// meant; a cognate of the written word says it was. Words are compared by their beginnings after
// folding accents and Cyrillic or Greek letters and merging spelling variants (c/k, y/i, ph/f...).
import { fold, skeleton } from '../names/fold';

/** Letters in a row, any script: the source's words. */
const SOURCE_WORD = /\p{L}+/gu;
/** Spanish and Catalan put an e before s + consonant ("estable", "escuela"): English has none. */
const PROTHETIC = /^es[^aeiou]/;
/** A word shorter than this is too likely to share its beginning by chance. */
export const MIN_COGNATE = 5;

/**
 * A cognate in the source, of the longer word and not the written one, counts this much for it
 * (and the other way round against it). In aligned translations from six languages a word of five
 * letters or more had one in an unrelated source sentence 0.3% of the time, and in its own 18% of
 * the time, 82% where the word had one in another sentence of that language: 6 to 8 bits. Capped
 * at the lower figure: whether the longer word has cognates in the language is not known.
 */
export const COGNATE_BITS = 6;

/** The source's word beginnings, compared against English words. */
export class SourceCognates {
  private keys: string[] | null = null;

  constructor(private readonly source: string) {}

  /** The skeletons of the source's words of four letters or more, folded once, on first need. */
  private list(): string[] {
    if (this.keys) return this.keys;
    const keys = new Set<string>();
    for (const m of this.source.matchAll(SOURCE_WORD)) {
      if (m[0].length < 4) continue;
      const k = skeleton(fold(m[0]));
      if (k.length < 4) continue;
      keys.add(k);
      if (PROTHETIC.test(k)) keys.add(k.slice(1));
    }
    return (this.keys = [...keys]);
  }

  /**
   * The English word has a cognate in the source: a source word shares its beginning, five
   * letters of it or all but the last two (an inflected or derived ending differs: "stable" /
   * "stabilní", "contracts" / "contratos").
   */
  has(word: string): boolean {
    if (word.length < MIN_COGNATE) return false;
    // Counted on the word as written: the skeleton merges letters ("contacts" → "kontak").
    return this.reach(skeleton(word)) >= Math.min(5, Math.max(4, word.length - 2));
  }

  /**
   * Both words have a cognate, and the longer word's covers it all but perhaps its last letter
   * while the written word's stops two letters short of that: "preset" / "present" beside
   * "presenti" is the letter lost from the source's own word.
   */
  closer(long: string, written: string): boolean {
    const k = skeleton(long);
    const reach = this.reach(k);
    return reach >= k.length - 1 && this.reach(skeleton(written)) <= reach - 2;
  }

  /** The most letters of the skeleton `k` that a source word begins with. */
  private reach(k: string): number {
    let best = 0;
    for (const s of this.list()) {
      let i = 0;
      while (i < k.length && i < s.length && k.charCodeAt(i) === s.charCodeAt(i)) i++;
      if (i > best) best = i;
    }
    return best;
  }
}

/**
 * What the source says of the longer word, in bits: for it when a source word is its cognate and
 * none is the written word's, or when both have one and the longer word's is the closer by two
 * letters; against it when only the written word has one; nothing otherwise.
 */
export function bilingual(cognates: SourceCognates, writtenCognate: boolean, written: string, long: string): number {
  const longCognate = cognates.has(long);
  if (longCognate !== writtenCognate) return longCognate ? COGNATE_BITS : -COGNATE_BITS;
  return longCognate && cognates.closer(long, written) ? COGNATE_BITS : 0;
}
