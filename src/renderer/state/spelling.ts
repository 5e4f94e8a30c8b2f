// Spelling in the page: the host hands over Hunspell files (api.dictionary) and the same reader
// the CLI uses parses them here and in the check worker, so the checks see what the CLI sees.
import type { EngineServices, Speller } from '../../core/checks/check';
import type { Dictionary } from '../../shared/api';
import { Hunspell } from '../../core/spelling/hunspell';
import { cached } from '../../core/spelling/cached';

export function spellerFrom(dict: Dictionary): Speller {
  const h = new Hunspell(dict.aff, dict.dic);
  return cached({ correct: (w) => h.correct(w), suggest: (w) => h.suggest(w) });
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
