// Country and territory names in every language, from the runtime's own locale data
// (Intl.DisplayNames): exonyms the hand-made table in ./concepts.ts does not list (Komoren →
// Comoros, Сингапур → Singapore, ОАЭ → United Arab Emirates). Nothing is read until a language
// is asked for; a runtime without the API simply has no entries.

/** Codes that name no country: pseudo-locales, groupings, the unknown region. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

let codes: string[] | null = null;

type Names = { of(code: string): string | undefined };

function displayNames(lang: string, style: 'long' | 'short'): Names | null {
  const DN = (Intl as unknown as { DisplayNames?: new (l: string[], o: object) => Names }).DisplayNames;
  if (!DN) return null;
  try {
    return new DN([lang], { type: 'region', style, fallback: 'none' });
  } catch {
    return null;
  }
}

/** Two-letter region codes the runtime has an English name for. */
export function regionCodes(): string[] {
  if (codes) return codes;
  codes = [];
  const en = displayNames('en', 'long');
  if (!en) return codes;
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      try {
        if (en.of(code)) codes.push(code);
      } catch {
        // An ill-formed code for this runtime: skip it.
      }
    }
  }
  return codes;
}

/**
 * The names of a region in a language, each as its words: the full name and the short one
 * ("United Kingdom", "UK"), without a bracketed or dashed rider ("Myanmar (Burma)", "Congo -
 * Kinshasa"). Names written with other signs ("St. Lucia", "Côte d’Ivoire") are left out.
 */
export function regionNames(lang: string, code: string): string[][] {
  const out: string[][] = [];
  for (const style of ['long', 'short'] as const) {
    const dn = namesFor(lang, style);
    if (!dn) continue;
    let name: string | undefined;
    try {
      name = dn.of(code);
    } catch {
      name = undefined;
    }
    if (!name) continue;
    name = name.replace(/\s*\(.*\)\s*/g, ' ').replace(/\s+[-–]\s+.*$/, '').trim();
    if (!/^[\p{L}\s-]+$/u.test(name)) continue;
    const words = name.split(/[\s-]+/).filter(Boolean);
    if (words.length > 0 && !out.some((w) => w.join(' ') === words.join(' '))) out.push(words);
  }
  return out;
}

const NAMES = new Map<string, Names | null>();

function namesFor(lang: string, style: 'long' | 'short'): Names | null {
  const key = `${lang}:${style}`;
  let dn = NAMES.get(key);
  if (dn === undefined) {
    dn = displayNames(lang, style);
    NAMES.set(key, dn);
  }
  return dn;
}
