// baseLang (core/format.ts) remembered per code: checks ask for the base language of the same
// two codes on every segment, and splitting the tag each time showed in profiles.
import { baseLang } from '../format';

const BASES = new Map<string, string>();

/** Base language subtag of a BCP 47 code, lower case: 'pt-BR' → 'pt' (as baseLang, cached). */
export function baseOf(code: string): string {
  let base = BASES.get(code);
  if (base === undefined) {
    base = baseLang(code);
    // Codes come from documents and settings: a handful, but keep a stray stream bounded.
    if (BASES.size > 1000) BASES.clear();
    BASES.set(code, base);
  }
  return base;
}
