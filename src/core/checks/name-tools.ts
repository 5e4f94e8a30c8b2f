// Shared by the name checks: a transliterating fold (Latin with diacritics, Cyrillic, Greek → ASCII
// lower case), a spelling skeleton that forgives transcription variants, loose name matching
// (inflection, small typos) and a table of exonyms, countries and nationality words.
import { tokenise, type Token } from '../rules/tokenise';

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
const ASCII_WORD = /^[a-z0-9-]*$/;

/** Lower-case ASCII form of a word: diacritics stripped, Cyrillic and Greek transliterated. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_WORD.test(lower)) return lower;
  let out = '';
  for (const ch of lower.replace(/дж/g, 'j').normalize('NFD')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out += ch;
    else if (/\p{M}/u.test(ch)) continue;
    else out += CYRILLIC[ch] ?? GREEK[ch] ?? LATIN_EXTRA[ch] ?? (ch === '\u2010' || ch === '\u2011' ? '-' : ch);
  }
  return out;
}

/** Transcription-tolerant skeleton of a folded word: 'moustafa' and 'mustafa' meet, as do 'w'/'v', 'y'/'i'. */
export function skeleton(folded: string): string {
  return folded
    .replace(/-/g, '')
    .replace(/ou/g, 'u')
    .replace(/ph/g, 'f')
    .replace(/(kh|ch|sch|sz|cz)/g, (m) => (m === 'kh' || m === 'ch' ? 'h' : m === 'sch' || m === 'sz' ? 's' : 'c'))
    .replace(/[ckq]+/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Two skeletons that may be the same name: equal, inflected (shared stem, short endings), or a typo apart. */
export function looseMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < 3 || Math.abs(a.length - b.length) > 4) return false;
  // Names that share neither their first nor their second letter are not variants of each other.
  if (a[0] !== b[0] && a[1] !== b[1]) return false;
  const p = commonPrefix(a, b);
  if (p >= 4 && p >= short - 2 && a.length - p <= 4 && b.length - p <= 4) return true;
  if (short >= 5 && editDistance(a, b, short >= 8 ? 2 : 1) <= (short >= 8 ? 2 : 1)) return true;
  // Vowels transcribe freely (Сиэтл → Seattle, Брайант → Bryant): compare consonants.
  if (a[0] !== b[0]) return false;
  const ca = a.replace(/[aeiou]/g, '');
  const cb = b.replace(/[aeiou]/g, '');
  const [cs, cl] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return cs.length >= 3 && cl.startsWith(cs) && cl.length - cs.length <= 1;
}

// Exonyms, countries, nationality words: English forms, then source stems (folded) in de/es/it/pl/cs/ru/fr/nl/pt.
const EXONYM_LINES = `
germany german germans: deutschland deutsch niemc niemie nemec nemc nemeck germani german alemani aleman allemagne allemand tedesc duits
france french: frankreich franzos frankrijk francia frances francj franci francuz francouz frants franc
spain spanish spaniard: spanien spanisch espan hiszpan spanel spanels ispan spagn espagn
italy italian: italien italienisch itali wloch wlosk wlos ital
poland polish pole poles: polen polnisch polsk polak polsc polon pologne polon
czech czechia: tschech czech czesk czech cesk cesi cesko chekh cech tcheq cec
russia russian russians: russland russisch rosj rosyj rusk rusi ross russ rusia rus russie rossi
ukraine ukrainian: ukrain ukrajin ucrain
austria austrian: osterreich osterr austri austr rakous
switzerland swiss: schweiz szwajcar svycar svycars suiz suisse svizzer shveits
netherlands dutch holland: niederland niederlandisch hollan holand nizozem paises bajos paesi bassi niderland gollan
belgium belgian: belgien belgi belgic belgique
britain british england english uk: grossbritannien vereinigtes konigreich gb britannien britisch england englisch brytyj angli anglick anglais inglater ingles inghilter brit britan briti velk
ireland irish: irland irisch irlandi irsk irska irsk irland
scotland scottish: schottland schott szkoc skot skotsk escoc scozi
united states america american americans us usa u.s: vereinigte staaten usa amerika amerikan estados unidos stati uniti stany zjednoczone spojene staty soedinennye shtaty ssha etats-unis eeuu ee.uu amerik americ amerique norteameric
canada canadian: kanad canad
mexico mexican: mexik meksyk mexic meksik mexiq
brazil brazilian: brasil brazyl brazil bresil braz
china chinese: china chines chin chinois chiny chinsk cin kitai kitaisk cinese cina chino
japan japanese: japan japon japonia japonsk japonc japonsk giappon iaponi yapon yaponi
korea korean: korea corea kore
india indian: indien indisch indi indie hindus
turkey turkish turk: turkei turkisch turci turk turqu tureck turecko turc turets turtsi
greece greek: griechenland griechisch grecj grec greck reck gretsi grets grek
israel israeli: israel izrael israel izrail
egypt egyptian: agypten agypt egipt egypt egitt egypte
iran iranian: iran iransk
iraq iraqi: irak irack iraq iraq
syria syrian: syrien syri syrsk siri syrie
afghanistan afghan: afghanistan afganistan afgan afghan
hungary hungarian: ungarn ungarisch wegr wegier madar madarsk hungr ungher hongr vengri
romania romanian: rumanien rumun rumunsk rumyn romania romen roumain
sweden swedish: schweden schwedisch szwec sved svedsk suec svezi suede shvets
norway norwegian: norwegen norweg norves norveg norsk noruega norvegi norvege
denmark danish: danemark danisch dani dan dansk dinamarc danimarc danemark
finland finnish: finnland finnisch finland finsk finlandi finlyandi
portugal portuguese: portugal portugies portugal portugal portugues portoghes
europe european: europa europ evrop evropsk evrope
africa african: afrika afryk afric afriq
asia asian: asien asiat azj asie asi azi
australia australian: australien austral
moscow: moskau moskv moskw moscu mosca moscou
warsaw: warschau warszaw varsov varsav varshav varsav
prague: prag praha prah prahy praze praga prague
munich: munchen monachium mnichov munich monaco di baviera myunkhen
cologne: koln kolonia kolin colonia
vienna: wien wieden viden vien viena venna
rome: rom roma rzym rim rim
florence: florenz florencj florencie firenz florenci florentsi
naples: neapel neapol napol
venice: venedig wenecj benatk venezi venecia venise venets
milan: mailand mediolan milan milano milan
turin: turin turyn torino
geneva: genf genew zeneva ginevra ginebra geneve zhenev
brussels: brussel bruksel brusel bruselas bruxell bruxelles bryussel
london: londyn londres londra london
paris: paryz pariz parigi paris
lisbon: lissabon lizbon lisabon lisboa lisbona lisbonne lissabon
athens: athen aten ateny atene atenas athenes afin
beijing peking: peking pekin pechino pekin
the hague: den haag haga haag aja la haya
copenhagen: kopenhagen kopenhag kodan copenhag copenhague
kyiv kiev: kiew kijow kyjev kijev kiev kyiv kiev kiiv kyjiv
belgrade: belgrad belehrad belgrado
bucharest: bukarest bukareszt bukuresht bucarest bucuresti bucarest
gdansk danzig: danzig gdansk
cracow krakow: krakau krakow krakov cracovi
european union eu: eu ue unia europejska evropska unie europaische union es
nato: nato otan
un united nations: uno onu oon osn vereinte nationen naciones unidas nazioni unite narody zjednoczone
bavaria bavarian: bayern bayerisch bawar bavor bavier baviera
saxony saxon: sachsen sachs saksoni sask
`;

interface Exonym {
  english: string[];
  stems: string[];
}

const EXONYMS: Exonym[] = EXONYM_LINES.trim()
  .split('\n')
  .map((line) => {
    const [left, right] = line.split(':');
    return { english: left.trim().split(/\s+/), stems: right.trim().split(/\s+/).filter((s) => s.length >= 2) };
  });

/** English (or other target) forms a source word may legitimately become, by the exonym table. */
const EXONYM_CACHE = new Map<string, string[]>();

export function exonymsOf(folded: string): string[] {
  const seen = EXONYM_CACHE.get(folded);
  if (seen) return seen;
  if (EXONYM_CACHE.size > 20000) EXONYM_CACHE.clear();
  const out: string[] = [];
  EXONYM_CACHE.set(folded, out);
  for (const e of EXONYMS) {
    const hit = (s: string) => (s.length <= 3 ? folded === s : folded.startsWith(s));
    if (e.stems.some(hit) || e.english.some(hit)) out.push(...e.english, ...e.stems);
  }
  return out;
}

export interface Word extends Token {
  /** Folded (transliterated) form and its skeleton. */
  f: string;
  sk: string;
  /** First word of its sentence (or after an opening quote or colon). */
  initial: boolean;
}

const SENT_BREAK = /[.!?…:;"“”«»„()[\]\n]\s*$/;

/** Fold and skeleton per written word: texts repeat their words. */
const FORMS = new Map<string, [string, string]>();

/** Words of a text with fold, skeleton and whether each opens a sentence. */
export function words(text: string, sentences?: { start: number; end: number }[]): Word[] {
  const toks = tokenise(text);
  const starts = (sentences ?? []).map((s) => s.start).sort((a, b) => a - b);
  const out: Word[] = [];
  let prevEnd = 0;
  let si = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let initial = i === 0 || SENT_BREAK.test(text.slice(prevEnd, t.start));
    // The first word at or after a sentence start opens that sentence.
    while (si < starts.length && starts[si] <= t.start) {
      if (starts[si] >= prevEnd) initial = true;
      si++;
    }
    let forms = FORMS.get(t.text);
    if (!forms) {
      if (FORMS.size > 50000) FORMS.clear();
      const f = fold(t.text);
      forms = [f, skeleton(f)];
      FORMS.set(t.text, forms);
    }
    const w = t as Word;
    w.f = forms[0];
    w.sk = forms[1];
    w.initial = initial;
    out.push(w);
    prevEnd = t.end;
  }
  return out;
}

/** Does any target word (or adjacent pair, or hyphen part) look like this source word? */
export function findCounterpart(src: Word, target: Word[]): boolean {
  if (src.upper) {
    // Acronyms: the same letters, reversed (UE → EU), or an exonym entry (ONU → UN).
    const rev = [...src.f].reverse().join('');
    const altsU = exonymsOf(src.f);
    return target.some((t) => t.f === src.f || (t.upper && t.f === rev) || altsU.includes(t.f) || (t.f.includes('-') && t.f.split('-').includes(src.f)));
  }
  const alts = exonymsOf(src.f);
  const parts = src.f.includes('-') ? src.f.split('-').filter((p) => p.length >= 3) : [];
  for (let i = 0; i < target.length; i++) {
    const t = target[i];
    if (looseMatch(src.sk, t.sk)) return true;
    if (t.f.includes('-')) for (const p of t.f.split('-')) if (p.length >= 3 && looseMatch(src.sk, skeleton(p))) return true;
    for (const p of parts) if (looseMatch(skeleton(p), t.sk)) return true;
    if (i + 1 < target.length && looseMatch(src.sk, t.sk + target[i + 1].sk)) return true;
    for (const a of alts) if (a.length <= 3 ? t.f === a : t.f.startsWith(a) || a.startsWith(t.f) && t.f.length >= 4) return true;
  }
  return false;
}
