// Spelling forms for comparing names across languages and scripts: a transliterating fold
// (Latin with diacritics, Cyrillic, Greek → lower-case ASCII), a skeleton that forgives
// transcription variants (Moustafa / Mustafa, Zelensky / Zelenskyy), and the stems a name takes
// under inflection (Warszawie, Putinem, Bischkeks). Every form is computed once per written word.
import { editDistance } from '../edit-distance';

export { editDistance };

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
  ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'g', ќ: 'k', ѕ: 'dz',
};
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const LATIN_EXTRA: Record<string, string> = {
  ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l', ŧ: 't',
};
const MARK = /\p{M}/u;
const CHAR_FOLD = new Map<string, string>();

function foldChar(ch: string): string {
  let out = CHAR_FOLD.get(ch);
  if (out !== undefined) return out;
  const direct = CYRILLIC[ch] ?? GREEK[ch] ?? LATIN_EXTRA[ch];
  if (direct !== undefined) {
    CHAR_FOLD.set(ch, direct);
    return direct;
  }
  out = '';
  for (const c of ch.normalize('NFD')) {
    const code = c.charCodeAt(0);
    if (code < 0x80) out += c;
    else if (MARK.test(c)) continue;
    else if (c === '\u2010' || c === '\u2011') out += '-';
    else if (c === '\u2019') out += "'";
    else out += CYRILLIC[c] ?? GREEK[c] ?? LATIN_EXTRA[c] ?? c;
  }
  CHAR_FOLD.set(ch, out);
  return out;
}

/** Lower-case ASCII form of a word: diacritics stripped, Cyrillic and Greek transliterated. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return lower;
  let out = '';
  // Cyrillic дж is one sound (Джордан → Jordan); е opening a word is "ye" (Евменов → Yevmenov).
  let text = lower.includes('дж') ? lower.replace(/дж/g, 'j') : lower;
  if (text.charCodeAt(0) === 0x435) text = 'йе' + text.slice(1);
  else if (text.charCodeAt(0) === 0x451) text = 'йо' + text.slice(1);
  for (const ch of text) out += ch.charCodeAt(0) < 0x80 ? ch : foldChar(ch);
  return out;
}

/** Transcription-tolerant skeleton of a folded word: 'moustafa' and 'mustafa' meet, as do 'w'/'v', 'y'/'i'. */
export function skeleton(folded: string): string {
  let s = folded.replace(/['-]/g, '');
  if (s.length === 0) return s;
  s = s
    .replace(/ou/g, 'u')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/sch|sh|sz/g, 's')
    .replace(/kh|ch/g, 'h')
    .replace(/cz/g, 'c')
    .replace(/ts|tz/g, 'c')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ow/g, 'au')
    .replace(/x/g, 'ks')
    .replace(/[ckq]+/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i');
  // Doubled letters collapse (Mohammed / Mohamed).
  let out = s[0];
  for (let i = 1; i < s.length; i++) if (s[i] !== s[i - 1]) out += s[i];
  return out;
}

/** Consonants of a skeleton, the first letter kept whatever it is: vowels transcribe freely. */
export function consonants(sk: string): string {
  let out = sk.slice(0, 1);
  for (let i = 1; i < sk.length; i++) {
    const c = sk[i];
    if (c !== 'a' && c !== 'e' && c !== 'i' && c !== 'o' && c !== 'u' && c !== out[out.length - 1]) out += c;
  }
  return out;
}

// Inflection endings a name takes (folded), longest first per language. Slavic case endings,
// German genitive and adjective-from-place endings (Südafrikas, Grazer), Romance plurals.
const ENDINGS: Record<string, string[]> = {
  pl: ['owie', 'owi', 'ach', 'ami', 'iem', 'ego', 'emu', 'owa', 'owe', 'ow', 'em', 'om', 'ie', 'ia', 'iu', 'ii', 'ej', 'ym', 'im', 'a', 'u', 'y', 'i', 'e', 'o'],
  cs: ['ovi', 'ech', 'ami', 'eho', 'emu', 'ove', 'em', 'om', 'ou', 'um', 'ym', 'ie', 'a', 'u', 'y', 'e', 'i', 'o'],
  sk: ['ovi', 'och', 'ami', 'eho', 'emu', 'om', 'ou', 'a', 'u', 'y', 'e', 'i', 'o'],
  ru: ['ykh', 'ikh', 'ami', 'yami', 'akh', 'ogo', 'ego', 'omu', 'emu', 'oy', 'ey', 'om', 'em', 'ym', 'im', 'ov', 'ev', 'yu', 'ya', 'ye', 'a', 'u', 'y', 'e', 'i', 'o'],
  uk: ['ykh', 'ikh', 'ami', 'akh', 'ogo', 'omu', 'oyu', 'om', 'em', 'ov', 'ev', 'yu', 'ya', 'a', 'u', 'y', 'e', 'i', 'o'],
  de: ['ern', 'ers', 'es', 'er', 'en', 's'],
  nl: ['s'],
  en: ['s'],
  fr: ['s'],
  es: ['s'],
  it: ['i', 'e'],
  pt: ['s'],
};
const DEFAULT_ENDINGS = ['s'];

const SLAVIC = new Set(['pl', 'cs', 'sk', 'ru', 'uk']);

/**
 * The folded word and its stems under the language's inflection: four letters at least, three
 * where the ending is long or the language Slavic (Cupy → cup, Brně → brn).
 */
export function stems(folded: string, lang: string): string[] {
  const out = [folded];
  const ends = ENDINGS[lang] ?? DEFAULT_ENDINGS;
  const slavic = SLAVIC.has(lang);
  for (const e of ends) {
    if (folded.length - e.length >= (slavic || e.length >= 2 ? 3 : 4) && folded.endsWith(e)) {
      const s = folded.slice(0, folded.length - e.length);
      if (!out.includes(s)) out.push(s);
    }
  }
  return out;
}

export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * Two skeletons that may be the same name: equal, one an inflected or derived form of the other
 * (shared stem, short endings), a letter or two apart, or the same consonants.
 */
export function looseMatch(a: string, b: string, acrossScripts = false): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < 3) return false;
  // A "y" before an opening e is transcribed or not (Yevgeny / Evgeny).
  if (a.charCodeAt(0) === 105 && a.charCodeAt(1) === 101 && b.charCodeAt(0) === 101) return looseMatch(a.slice(1), b, acrossScripts);
  if (b.charCodeAt(0) === 105 && b.charCodeAt(1) === 101 && a.charCodeAt(0) === 101) return looseMatch(a, b.slice(1), acrossScripts);
  if (a.charCodeAt(0) !== b.charCodeAt(0) && a.charCodeAt(1) !== b.charCodeAt(1)) return false;
  const p = commonPrefix(a, b);
  // Inflection and derivation: a shared stem with short tails (Kazimi / Kazimiego, Iran / Iranian).
  if (p >= 4 && p >= short - 2 && a.length - p <= 4 && b.length - p <= 4) return true;
  if (p >= 3 && p === short && Math.max(a.length, b.length) - p <= 3) return true;
  if (short >= 5 && Math.abs(a.length - b.length) <= 2) {
    const max = short >= 8 ? 2 : 1;
    if (editDistance(a, b, max) <= max) return true;
  }
  if (a[0] !== b[0]) return false;
  const ca = consonants(a);
  const cb = consonants(b);
  // Short names keep their consonants across scripts (Майк / Mike, Джек / Jack).
  if (ca === cb) return ca.length >= 3 || (acrossScripts && ca.length === 2 && Math.max(a.length, b.length) <= 5);
  const [cs, cl] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return cs.length >= 3 && cl.startsWith(cs) && cl.length - cs.length <= 1;
}
