// A speller that remembers its answers: checks ask about the same words again and again.
import type { Speller } from '../checks/check';

/** Memoised answers; the maps are dropped when they grow past `limit` words (a long-running app). */
export function cached(inner: Speller, limit = 200_000): Speller {
  let ok = new Map<string, boolean>();
  let sugg = new Map<string, string[]>();
  return {
    correct(word: string): boolean {
      let v = ok.get(word);
      if (v === undefined) {
        if (ok.size >= limit) ok = new Map();
        v = inner.correct(word);
        ok.set(word, v);
      }
      return v;
    },
    suggest(word: string): string[] {
      let v = sugg.get(word);
      if (v === undefined) {
        if (sugg.size >= limit) sugg = new Map();
        v = inner.suggest(word);
        sugg.set(word, v);
      }
      return v;
    },
  };
}

