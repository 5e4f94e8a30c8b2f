// Names are transliterated and respelled by translation (Moustafa/Mustafa, Bagdad/Baghdad,
// Москва/Moscow), so they are compared by a short consonant skeleton rather than by spelling.

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'i', є: 'e',
  ґ: 'g', ў: 'u', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', ђ: 'dj', џ: 'dz', ѓ: 'g', ќ: 'k', ѕ: 'dz',
};

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'ks', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'i', φ: 'f', χ: 'kh', ψ: 'ps', ω: 'o',
};

/** Sounds that spellings swap between languages collapse onto one letter. */
const FOLD: Record<string, string> = { c: 'k', q: 'k', g: 'k', z: 's', w: 'v', x: 'ks', j: 'i', y: 'i', ß: 's' };

const VOWEL = /[aeiou]/;
const SKELETON_LENGTH = 4;

/**
 * A loose key for a name: marks stripped, lower-cased, transliterated, first letter kept
 * (any vowel as "a"), then the following consonants without h, doubled letters collapsed,
 * cut to four letters so case endings (Москвы) and suffixes do not matter. '' when too short.
 */
export function nameKey(word: string): string {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let latin = '';
  for (const ch of plain) latin += CYRILLIC[ch] ?? GREEK[ch] ?? ch;
  let key = '';
  let last = '';
  for (let i = 0; i < latin.length; i++) {
    let ch = latin[i];
    if (ch < 'a' || ch > 'z') {
      if (ch !== 'ß') continue;
    }
    if (ch === 'p' && latin[i + 1] === 'h') {
      ch = 'f';
      i++;
    }
    ch = FOLD[ch] ?? ch;
    for (const c of ch) {
      if (key === '') {
        key = VOWEL.test(c) ? 'a' : c;
        last = key;
        continue;
      }
      if (VOWEL.test(c) || c === 'h') {
        last = '';
        continue;
      }
      if (c !== last) key += c;
      last = c;
    }
    if (key.length >= SKELETON_LENGTH) break;
  }
  return key.length >= 2 ? key : '';
}
