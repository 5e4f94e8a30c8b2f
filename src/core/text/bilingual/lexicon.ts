// Which English words a source text's words translate to, from a bilingual word list (see
// scripts/build-bilingual-data.js): "Teil" → part, "skóry" → skin, "viven" → live. The list has
// dictionary forms; a source word is matched to a headword when it is one, or when both share a
// beginning that leaves only an inflected ending to differ ("skóry" / "skóra", "ruedas" /
// "rueda", "verlor" / "verlieren" does not: a strong verb's stem changes).
import * as cs from './cs-en';
import * as de from './de-en';
import * as es from './es-en';
import * as fr from './fr-en';
import * as it from './it-en';
import * as pl from './pl-en';
import * as ru from './ru-en';

/** How closely a source word must match a headword: equal to it, an inflection close to it, or loosely. */
export type Match = 'exact' | 'strict' | 'loose';

/** A source word shorter than this never proposes a translation. */
const MIN_PROPOSING = 3;

const DATA = new Map<string, { LINES: string }>([['cs', cs], ['de', de], ['es', es], ['fr', fr], ['it', it], ['pl', pl], ['ru', ru]]);

/** Headwords are indexed by this many first letters; shorter words are matched whole only. */
const PREFIX = 4;
/**
 * An ending may differ by this many letters on the headword's side ("-ować", "-ieren") where the
 * match only vetoes (the written word may translate a source word), by one where it proposes
 * ("skóra" / "skóry", not "pianta" / "piano")...
 */
const HEAD_ENDING = 3;
const HEAD_ENDING_STRICT = 1;
const LONG_STEM = 6;
/** ...and by this many on the source word's side ("-ujących"); where it proposes, Romance and German endings are shorter. */
const WORD_ENDING = 4;
const WORD_ENDING_STRICT: Record<string, number> = { es: 2, it: 2, fr: 2, pt: 2, de: 3 };

/** Infinitive endings: a verb's forms share what is left ("vivir" → "viven", "nosit" → "nosí"). */
const INFINITIVES: Record<string, string[]> = {
  es: ['ar', 'er', 'ir'], it: ['are', 'ere', 'ire'], fr: ['er', 'ir', 're'], de: ['en', 'ern', 'eln'],
  pl: ['ować', 'ać', 'ić', 'yć', 'eć'], cs: ['ovat', 'at', 'it', 'et', 'ět'], ru: ['овать', 'ывать', 'ать', 'ять', 'ить', 'еть', 'ти'],
};
const NONE: readonly string[] = [];
/** Words remembered per match before the memo starts afresh. */
const MEMO_LIMIT = 20000;

/** A verb's stem shorter than this matches too many words. */
const MIN_STEM = 3;
/**
 * Romance verb endings: a stem of three letters proposes a translation only with one of them
 * ("viv" + "en" is "vivir"; "par" + "yżu" is not "parować").
 */
const CONJUGATIONS: Record<string, string[]> = {
  es: 'o as a amos ais an es e emos eis en imos is aste o aron iste io ieron aba abas abamos aban ia ias iamos ian ado ada ados adas ido ida idos idas ando iendo'.split(' '),
  it: 'o i a iamo ate ano e ete ono ite arono irono erono ava avano eva evano iva ivano ato ata ati ito ita iti uto uta uti ando endo'.split(' '),
  fr: 'e es ons ez ent ais ait aient ee ees i ie is it ant u ue us'.split(' '),
};

/** Lower case without accents, for comparing a form with its headword ("ratones" / "ratón"). */
function fold(w: string): string {
  return /[^\u0000-\u007f]/.test(w) ? w.normalize('NFD').replace(/\p{M}/gu, '') : w;
}

export class BilingualLexicon {
  private readonly toEnglish = new Map<string, string[]>();
  /** Headwords by the first letters of their folded form: the headwords, and their folded forms. */
  private readonly byPrefix = new Map<string, { heads: string[]; folded: string[] }>();
  /** Verbs by their folded stem. */
  private readonly byStem = new Map<string, string[]>();

  private readonly conjugations: Set<string>;
  private readonly strictEnding: number;

  constructor(lines: string, lang = '') {
    const infinitives = (INFINITIVES[lang] ?? []).map(fold);
    this.conjugations = new Set(CONJUGATIONS[lang] ?? []);
    this.strictEnding = WORD_ENDING_STRICT[lang] ?? WORD_ENDING;
    for (const line of lines.split('\n')) {
      const tab = line.indexOf('\t');
      const english = line.slice(0, tab);
      for (const s of line.slice(tab + 1).split(' ')) {
        let list = this.toEnglish.get(s);
        if (!list) {
          this.toEnglish.set(s, (list = []));
          const f = fold(s);
          if (f.length >= PREFIX) {
            const k = f.slice(0, PREFIX);
            const group = this.byPrefix.get(k);
            if (group) {
              group.heads.push(s);
              group.folded.push(f);
            } else this.byPrefix.set(k, { heads: [s], folded: [f] });
          }
          const inf = infinitives.find((e) => f.endsWith(e));
          if (inf && f.length - inf.length >= MIN_STEM) push(this.byStem, f.slice(0, f.length - inf.length), s);
        }
        list.push(english);
      }
    }
  }

  /** Translations found, by match and word: a text repeats its words, a document its sentences. */
  private readonly memo = new Map<Match, Map<string, readonly string[]>>();

  /**
   * The English translations of a source word in lower case, by its headword (`exact`), or a
   * headword it inflects (`strict`: one whose last letter at most is not in the word, or a verb
   * whose stem the word is with an ending; `loose`: more of the headword may differ).
   */
  translations(word: string, match: Match): readonly string[] {
    let memo = this.memo.get(match);
    if (!memo) this.memo.set(match, (memo = new Map()));
    let found = memo.get(word);
    if (!found) {
      const set = new Set<string>();
      this.translate(word, match, (e) => set.add(e));
      found = set.size ? [...set] : NONE;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, found);
    }
    return found;
  }

  private translate(word: string, match: Match, into: (english: string) => void): void {
    // Two letters are a particle or a preposition as often as a word the list means ("da", "to").
    if (match !== 'loose' && word.length < MIN_PROPOSING) return;
    const exact = this.toEnglish.get(word);
    if (exact) for (const e of exact) into(e);
    if (match === 'exact') return;
    const f = fold(word);
    for (let j = Math.max(MIN_STEM, f.length - WORD_ENDING); j < f.length; j++) {
      // A stem of three letters begins too many words ("par" of "parować" and of "Paryżu") to propose.
      if (j === MIN_STEM && match === 'strict' && !this.conjugations.has(f.slice(j))) continue;
      const verbs = this.byStem.get(f.slice(0, j));
      if (verbs) for (const h of verbs) if (h !== word) for (const e of this.toEnglish.get(h)!) into(e);
    }
    if (f.length < PREFIX) return;
    const group = this.byPrefix.get(f.slice(0, PREFIX));
    if (!group) return;
    for (let g = 0; g < group.heads.length; g++) {
      const h = group.heads[g];
      const hf = group.folded[g];
      if (h === word) continue;
      let k = PREFIX;
      const n = Math.min(hf.length, f.length);
      while (k < n && hf.charCodeAt(k) === f.charCodeAt(k)) k++;
      // A long shared stem may leave two letters of the headword: "verlor" / "verloren".
      const ending = match === 'strict' ? (k >= LONG_STEM ? HEAD_ENDING_STRICT + 1 : HEAD_ENDING_STRICT) : HEAD_ENDING;
      if (k >= hf.length - ending && k >= f.length - (match === 'strict' ? this.strictEnding : WORD_ENDING)) for (const e of this.toEnglish.get(h)!) into(e);
    }
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const lexicons = new Map<string, BilingualLexicon | null>();

/** The word list from a base language to English, built on first use; null where there is none. */
export function lexiconFor(from: string, to: string): BilingualLexicon | null {
  if (to !== 'en') return null;
  let lex = lexicons.get(from);
  if (lex === undefined) {
    const data = DATA.get(from);
    lex = data ? new BilingualLexicon(data.LINES, from) : null;
    lexicons.set(from, lex);
  }
  return lex;
}
