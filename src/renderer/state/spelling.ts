// Spelling in the page: the host hands over Hunspell files (api.dictionary), nspell reads them
// here and in the check worker, so the spelling and name checks see what the CLI sees.
import nspell from 'nspell';
import type { EngineServices, Speller } from '../../core/checks/check';
import type { Dictionary } from '../../shared/api';

/**
 * nspell lets an ONLYINCOMPOUND entry hide the same word derived by an affix; it builds no
 * compounds anyway, so compound-only entries are dropped (same rule as the host's loader).
 */
export function dropCompoundOnly(aff: string, dic: string): string {
  if (/^FLAG\s+(long|num|UTF-8)/m.test(aff)) return dic;
  const m = /^ONLYINCOMPOUND\s+(\S)/m.exec(aff);
  if (!m) return dic;
  const flag = m[1];
  return dic
    .split('\n')
    .filter((line, i) => {
      if (i === 0) return true;
      const slash = line.search(/(?<!\\)\//);
      return slash < 0 || !line.slice(slash + 1).split(/\s/)[0].includes(flag);
    })
    .join('\n');
}

export function spellerFrom(dict: Dictionary): Speller {
  const inner = nspell(dict.aff, dropCompoundOnly(dict.aff, dict.dic));
  const ok = new Map<string, boolean>();
  const sugg = new Map<string, string[]>();
  return {
    correct(word) {
      let v = ok.get(word);
      if (v === undefined) ok.set(word, (v = inner.correct(word)));
      return v;
    },
    suggest(word) {
      let v = sugg.get(word);
      if (v === undefined) sugg.set(word, (v = inner.suggest(word)));
      return v;
    },
  };
}

function baseOf(lang: string): string {
  return lang.split(/[-_]/)[0].toLowerCase();
}

/** Engine services over dictionaries handed in as text; a speller is built the first time a check asks. */
export function spellingServices(dictionaries: Record<string, Dictionary | null>): EngineServices {
  const built = new Map<string, Speller | null>();
  return {
    speller(lang: string): Speller | null {
      const key = lang in dictionaries ? lang : baseOf(lang);
      if (built.has(key)) return built.get(key) ?? null;
      const dict = dictionaries[key];
      let sp: Speller | null = null;
      if (dict) {
        try {
          sp = spellerFrom(dict);
        } catch {
          sp = null;
        }
      }
      built.set(key, sp);
      return sp;
    },
  };
}
