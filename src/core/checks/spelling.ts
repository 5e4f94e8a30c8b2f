// Spelling of the target language, through a dictionary the host lends (ctx.services.speller).
// A dictionary flags every word it does not list, and in translated text most of those are right:
// names, rare terms, new compounds. So a word is reported only when it looks like a slip of the
// keys: not taken over from the source, not a compound or derivation of known words, and close to
// a dictionary word: two edits for a lower-case word, one for a capitalised one (more often a
// name, so also cleared by an inflected or transliterated form in the source). Numbers, URLs,
// all-caps and mixed-case words are left alone; possessives, contractions and hyphenated
// compounds are judged part by part. Verdicts are memoised per word and dictionary.
import type { Check, CheckContext, SegmentView, Speller } from './check';
import { baseLang } from '../format';
import { fold, skeleton } from './name-tools';
import { viewWords } from '../text/word-runs';

const SKIP_AREA = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+|#\w+|@\w+/gu;

// Used only when the host lends no English dictionary: a few very common misspellings.
const FALLBACK_EN: Record<string, string> = {
  teh: 'the', recieve: 'receive', recieved: 'received', goverment: 'government', seperate: 'separate',
  occured: 'occurred', untill: 'until', wich: 'which', definately: 'definitely', accomodate: 'accommodate',
  beleive: 'believe', tommorow: 'tomorrow', enviroment: 'environment', begining: 'beginning',
  existance: 'existence', publically: 'publicly', neccessary: 'necessary', occurence: 'occurrence',
  wierd: 'weird', thier: 'their', acheive: 'achieve', adress: 'address', buisness: 'business',
  calender: 'calendar', commitee: 'committee', foriegn: 'foreign', goverments: 'governments',
  independant: 'independent', interupt: 'interrupt', knowlege: 'knowledge', libary: 'library',
  millenium: 'millennium', noticable: 'noticeable', parliment: 'parliament', posession: 'possession',
  recomend: 'recommend', refered: 'referred', succesful: 'successful', suprise: 'surprise', truely: 'truly',
};

const fallbackEn: Speller = {
  correct: (w) => !Object.prototype.hasOwnProperty.call(FALLBACK_EN, w.toLowerCase()),
  suggest: (w) => (Object.prototype.hasOwnProperty.call(FALLBACK_EN, w.toLowerCase()) ? [FALLBACK_EN[w.toLowerCase()]] : []),
};

/** Languages that write compounds as one word, which the dictionaries list only in part. */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'nb', 'nn', 'no', 'af']);
const LINKS = ['', 's', 'es', 'n', 'en', 'zu'];

/** German prefixes a dictionary cannot list with every word ("re" + "konfigurierbare", "un" + "gefälschter"). */
const DE_PREFIXES = (
  'ab an anti auf aus be bei de ein ent er ex ge gegen her hin hyper in inter ko makro mega mikro miss mit multi nach neo ' +
  'post prä pro pseudo re semi super trans über ultra um un unter ur ver vor weg wieder zer zu zurück'
).split(' ');
/** German derivations from a verb: agent nouns, -ung nouns, -bar adjectives ("Bestäuber" from "bestäuben"). */
const DE_DERIVED = /^(.{3,}?)(?:erinnen|erin|ern|ers|er|ungen|ung|barer|bares|barem|baren|bare|bar)$/;

/** A German word the dictionary misses but whose parts it knows: a prefixed word, a derivation, a Fugen-s form. */
function germanDerived(word: string, speller: Speller): boolean {
  const lower = word.toLowerCase();
  const known = (w: string) => speller.correct(w) || speller.correct(capitalise(w));
  for (const p of DE_PREFIXES) if (lower.startsWith(p) && lower.length - p.length >= 4 && known(lower.slice(p.length))) return true;
  const d = DE_DERIVED.exec(lower);
  if (d && (speller.correct(`${d[1]}en`) || speller.correct(`${d[1]}n`))) return true;
  // The first part of a compound, before a hyphen ("Gesundheits- und Sozialwesen").
  if (lower.endsWith('s') && lower.length > 5 && known(lower.slice(0, -1))) return true;
  return false;
}

/** English word-forming prefixes: "micro" + "climate", "hyper" + "sonic", "inter" + "company". */
const EN_PREFIXES = new Set(
  ('a anti auto bi bio co counter cross cyber de eco electro euro ex extra geo hydro hyper infra inter intra macro mega micro mid mini ' +
    'mono multi nano neo neuro non out over para photo poly post pre pro proto pseudo psycho quasi re semi socio sub super tele ' +
    'thermo trans tri ultra un under').split(' '),
);
/** First parts of hyphenated English words that are not words alone ("pre-training", "co-operate"). */
const EN_HYPHEN_HEADS = new Set(['pre', 'post', 'non', 'co', 'anti', 'ex', 'e', 'mid', 'multi', 'semi', 'sub', 'inter', 'intra', 'pro', 're', 'self', 'neo', 'pseudo', 'quasi', 'bi', 'tri', 'mini', 'micro', 'macro', 'ultra', 'extra', 'vice']);
/** Words before n't. */
const EN_NT = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'could', 'would', 'should', 'ca', 'wo', 'might', 'must', 'need', 'dare', 'ai', 'sha', 'may', 'ought']);

/** One flagged stretch of a word, relative to the word. */
interface Flag {
  at: number;
  text: string;
  suggestions: string[];
  /** Capitalised: may be a name, so an inflected or transliterated form in the source clears it. */
  capital: boolean;
}

/** What the dictionary says of one token, memoised per speller (it does not depend on the segment). */
type Verdict = readonly Flag[] | null;

const MEMO_LIMIT = 200_000;
const memos = new WeakMap<Speller, Map<string, Verdict>>();

function memoFor(speller: Speller): Map<string, Verdict> {
  let m = memos.get(speller);
  if (!m || m.size > MEMO_LIMIT) {
    m = new Map();
    memos.set(speller, m);
  }
  return m;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function hasDigit(s: string): boolean {
  return /\p{N}/u.test(s);
}

/** Edit distance with adjacent swaps, case-insensitive; a space counts as a letter. */
function distance(a: string, b: string, max: number): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= n; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/** The same letters in another order ("Tyhe", "They"): a slip of the keys, not a name. */
function anagram(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 3) return false;
  const x = [...a.toLowerCase()].sort().join('');
  return x === [...b.toLowerCase()].sort().join('');
}

/** A closed compound of known words ('mineral' + 'reiches', 'hinein' + 'zu' + 'fallen'). */
function isCompound(word: string, speller: Speller, depth = 0): boolean {
  for (let i = 3; i <= word.length - 3; i++) {
    const head = word.slice(0, i);
    if (!(speller.correct(head) || speller.correct(capitalise(head)))) continue;
    for (const link of LINKS) {
      const rest = word.slice(i);
      if (!rest.startsWith(link) || rest.length - link.length < 3) continue;
      const tail = rest.slice(link.length);
      if (speller.correct(tail) || speller.correct(capitalise(tail)) || (depth < 1 && isCompound(tail, speller, depth + 1))) return true;
    }
  }
  return false;
}

/** An English closed compound: a word-forming prefix or a word of four letters or more, then a word. */
function isEnglishCompound(word: string, speller: Speller): boolean {
  const lower = word.toLowerCase();
  for (let i = 1; i <= lower.length - 3; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (EN_PREFIXES.has(head) && speller.correct(tail)) return true;
    if (i >= 4 && tail.length >= 4 && speller.correct(head) && speller.correct(tail)) return true;
  }
  return false;
}

const EN_ENDINGS = /^(.{3,}?)(?:izations|isations|ization|isation|izing|ising|ized|ised|izes|ises|ize|ise|nesses|ness|less|ments|ment|ings|ing|ers|er|est|ed|es|s|ly)$/;

/** An English inflection or derivation of a known word that the dictionary does not list. */
function isEnglishDerived(word: string, speller: Speller): boolean {
  const m = EN_ENDINGS.exec(word.toLowerCase());
  if (!m) return false;
  const stem = m[1];
  if (speller.correct(stem) || speller.correct(`${stem}e`) || speller.correct(`${stem}y`)) return true;
  // A doubled final consonant ("stopped" → "stop"), or y → i ("happily" → "happy").
  if (stem.length >= 4 && stem[stem.length - 1] === stem[stem.length - 2] && speller.correct(stem.slice(0, -1))) return true;
  return stem.endsWith('i') && speller.correct(`${stem.slice(0, -1)}y`);
}

interface Judge {
  speller: Speller;
  english: boolean;
  german: boolean;
  compounding: boolean;
}

/** A suggestion that splits the word in two, around a short word ("pushed and", "a lot"). */
function shortSplit(s: string): boolean {
  const parts = s.split(' ');
  return parts.length === 2 && (parts[0].length <= 3 || parts[1].length <= 3);
}

/**
 * A word-forming prefix before a slip ("microclimae" for "micro" + "climate"): the dictionary
 * lists few such compounds, so it has nothing close to offer for the whole word.
 */
function prefixedSlip(word: string, speller: Speller): Flag | null {
  for (let i = 3; i <= word.length - 5; i++) {
    const head = word.slice(0, i);
    if (!EN_PREFIXES.has(head)) continue;
    const tail = word.slice(i);
    if (speller.correct(tail)) return null;
    const fixed = speller.suggest(tail).filter((s) => !s.includes(' ') && distance(tail, s, 1) <= 1);
    if (fixed.length) return { at: 0, text: word, suggestions: fixed.slice(0, 3).map((s) => head + s), capital: false };
  }
  return null;
}

/** The suggestion is the word with a space after a word-forming prefix of three letters or more. */
function prefixSplit(suggestion: string, word: string): boolean {
  const space = suggestion.indexOf(' ');
  return space >= 3 && EN_PREFIXES.has(suggestion.slice(0, space).toLowerCase()) && suggestion.slice(0, space) + suggestion.slice(space + 1) === word;
}

/** One plain word (letters only): null when it is fine or not worth a report, else its suggestions. */
function judgeWord(word: string, j: Judge): Flag | null {
  const { speller } = j;
  const first = word.charAt(0);
  const capital = isUpper(first);
  if (!capital && !isLower(first)) return null; // a script without case: nothing to go by
  const rest = word.slice(1);
  if (rest !== rest.toLowerCase()) return null; // acronyms, McDonald, iPhone, eBay
  if (word.length < 2) return null;
  if (speller.correct(word)) return null;
  if (capital && speller.correct(word.toLowerCase())) return null;
  // Closed compounds of known words ("Regierungsgebäude") in the languages that write them.
  if (j.compounding && isCompound(word.toLowerCase(), speller)) return null;
  if (j.german && germanDerived(word, speller)) return null;
  // A capitalised word (inside a sentence, or an opener) may be a name: only one edit from a word.
  const maxEdits = capital ? 1 : 2;
  const close = speller.suggest(word).filter((s) => (s.includes(' ') ? shortSplit(s) : distance(word, s, maxEdits) <= maxEdits || anagram(word, s)));
  if (close.length === 0) return j.english && !capital ? prefixedSlip(word, speller) : null;
  // A name with its accents where the dictionary has none ("Düsseldorf", "Dusseldorf"); Swiss ss for ß.
  if (capital && close.every((s) => fold(s) === fold(word))) return null;
  if (word.includes('ss') && close[0].includes('ß') && fold(close[0]) === fold(word)) return null;
  // One edit from a word is a slip; two edits, or a split into two long words, and the word may
  // as well be an English compound or derivation the dictionary does not list ("breakrooms",
  // "microclimate", "parasitize").
  // A prefix the dictionary splits off ("sub region") is a compound it does not list ("subregion"),
  // unless a word one edit away is offered too ("postion": "position", "post ion").
  if (j.english && close.some((s) => prefixSplit(s, word)) && !close.some((s) => !s.includes(' ') && distance(word, s, 1) <= 1)) return null;
  const near = close.some((s) => s.includes(' ') || distance(word, s, 1) <= 1 || anagram(word, s));
  if (j.english && !near && (isEnglishCompound(word, speller) || isEnglishDerived(word, speller))) return null;
  return { at: 0, text: word, suggestions: close.slice(0, 3), capital };
}

/** The flags of one token (a word, or words joined by hyphens or apostrophes). */
function judgeToken(token: string, j: Judge): Verdict {
  if (hasDigit(token)) return null;
  const { speller } = j;
  const apostrophe = token.search(/['’]/);
  if (apostrophe >= 0) {
    if (speller.correct(token)) return null;
    if (j.english) {
      const nt = /^([\p{L}\p{M}]+)n['’]t$/iu.exec(token);
      if (nt) {
        if (EN_NT.has(nt[1].toLowerCase())) return null;
        const close = speller.suggest(token).filter((s) => distance(token, s, 2) <= 2).slice(0, 3);
        return close.length ? [{ at: 0, text: token, suggestions: close, capital: isUpper(token[0]) }] : null;
      }
      const m = /^([\p{L}\p{M}\u2010\u2011-]+)['’](s|re|ll|ve|d|m)$/iu.exec(token);
      if (!m) return null;
      return judgeToken(m[1], j);
    }
    // Elision (l'anno, dell'Europa, qu'il): the word after the apostrophe.
    const e = /^[\p{L}]{1,4}['’]([\p{L}\p{M}]+)$/u.exec(token);
    if (!e) return null;
    const f = judgeWord(e[1], j);
    const at = token.length - e[1].length;
    return f ? [{ ...f, at }] : null;
  }
  if (!/[\u2010\u2011-]/.test(token)) {
    const f = judgeWord(token, j);
    return f ? [f] : null;
  }
  // A hyphenated compound: fine as a whole, or joined up ("co-operatively"); else part by part.
  if (speller.correct(token)) return null;
  const parts = token.split(/[\u2010\u2011-]/);
  if (speller.correct(parts.join(''))) return null;
  const out: Flag[] = [];
  let at = 0;
  parts.forEach((part, i) => {
    const here = at;
    at += part.length + 1;
    if (!part) return;
    // Names inside compounds ("al-Kazimi", "Coca-Cola") and word-forming heads ("pre-training").
    if (i > 0 && isUpper(part[0])) return;
    if (i === 0 && j.english && EN_HYPHEN_HEADS.has(part.toLowerCase())) return;
    // A particle before a name ("al-Kazimi", "bin-Salman", "von-der-Leyen").
    if (part.length <= 3 && parts.slice(i + 1).some((p) => p && isUpper(p[0]))) return;
    const f = judgeWord(part, j);
    if (f) out.push({ ...f, at: here });
  });
  return out.length ? out : null;
}

/** The source, folded once per segment (lower case, no accents, Cyrillic and Greek in Latin letters). */
class SourceText {
  readonly folded: string;
  /** Written in another script (Cyrillic, Greek): names come transliterated, so compare skeletons. */
  readonly transliterated: boolean;
  private list: string[] | null = null;
  private skeletons: string[] | null = null;

  constructor(source: string) {
    const lower = source.toLowerCase();
    const ascii = /^[\x00-\x7f]*$/.test(lower);
    this.folded = ascii ? lower : lower.replace(/[^\x00-\x7f]+/g, (m) => fold(m));
    this.transliterated = !ascii && /[\u0370-\u03ff\u0400-\u04ff]/.test(lower);
  }

  /** The folded word occurs in the source as a whole word. */
  has(word: string): boolean {
    const hay = this.folded;
    for (let at = hay.indexOf(word); at >= 0; at = hay.indexOf(word, at + 1)) {
      if (!wordChar(hay, at - 1) && !wordChar(hay, at + word.length)) return true;
    }
    return false;
  }

  /** The source's words of three letters or more, folded (built on first need). */
  words(): string[] {
    if (!this.list) {
      const seen = new Set<string>();
      for (const w of this.folded.split(/[^\p{L}\p{M}\p{N}]+/u)) if (w.length >= 3) seen.add(w);
      this.list = [...seen];
    }
    return this.list;
  }

  /** Transcription-tolerant skeletons of the source's words (built on first need). */
  skeletonWords(): string[] {
    this.skeletons ??= [...new Set(this.words().map(skeleton))];
    return this.skeletons;
  }
}

function wordChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  return c >= 128 && /[\p{L}\p{M}\p{N}]/u.test(s[i]);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The word is in the source: taken over, not misspelled. A capitalised word may also be a name
 * the source inflects or transliterates ("Kolín" and "Kolínská", "Čuba" and "Čubou", "Mihhail"
 * and "Михаил").
 */
function fromSource(flag: Flag, src: SourceText): boolean {
  const f = fold(flag.text);
  if (src.has(f)) return true;
  if (!flag.capital) return false;
  const need = Math.max(3, f.length - 1);
  for (const s of src.words()) if (commonPrefix(f, s) >= need) return true;
  if (!src.transliterated) return false;
  const sk = skeleton(f);
  const skNeed = Math.max(3, sk.length - 1);
  for (const s of src.skeletonWords()) if (commonPrefix(sk, s) >= skNeed) return true;
  return false;
}

/** The token is in the source as it is, or joined up ("co-optation" for "cooptation"). */
function tokenInSource(token: string, src: SourceText): boolean {
  const f = fold(token);
  if (src.has(f)) return true;
  return f.includes('-') && src.has(f.replace(/-/g, ''));
}

/** An English lower-case letter standing alone where a word should be ("He s ill"). */
function strayLetter(text: string, start: number, end: number): boolean {
  const ch = text.charAt(start);
  if (!isLower(ch) || ch === 'a' || ch === 'o') return false;
  const after = text.charAt(end);
  const before = start > 0 ? text.charAt(start - 1) : '';
  if (/[-/).:’'”"»]/.test(after) || /[-/(’'“"«]/.test(before)) return false;
  // A unit after a number ("3.50 m"), letters talked about ("c and g", "r and rr").
  const prev = /(\S+)\s*$/.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? '';
  const next = /^\s*(\S+)/.exec(text.slice(end, end + 24))?.[1] ?? '';
  if (/\d$/.test(prev)) return false;
  if (/^(?:and|or|&|to|through|vs\.?)$/i.test(next) || /^(?:and|or|&|letter|letters|of)$/i.test(prev)) return false;
  return true;
}

export const spelling: Check = {
  meta: {
    id: 'spelling',
    category: 'fluency/spelling',
    severity: 'minor',
    description:
      'A word of the translation that the target language’s spelling dictionary does not know and that is one or two edits from a word it knows. Names, capitalised and all-caps words, numbers, URLs, words taken over from the source, compounds of known words, possessives and contractions are left alone.',
    messages: {
      misspelled: '“{{word}}” may be misspelled.',
      misspelledSuggest: '“{{word}}” may be misspelled: did you mean “{{suggestion}}”?',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Die Regierung beobachtet die Stürme.', target: 'The government is monitoring the storms.' },
        { from: 'fr', to: 'en', source: 'Le Premier ministre Moustafa al-Kazimi est sorti indemne.', target: 'Prime Minister Moustafa al-Kazimi escaped unscathed, he said.' },
        { from: 'es', to: 'en', source: 'Véase www.ejemplo.es/informe.', target: 'See www.ejemplo.es/informe for the well-known report.' },
      ],
      bad: [
        {
          from: 'de',
          to: 'en',
          source: 'Die Regierung beobachtet die Stürme genau.',
          target: 'The goverment is monitoring the storms closely.',
          flagged: 'goverment',
          fixed: 'The government is monitoring the storms closely.',
        },
        {
          from: 'es',
          to: 'en',
          source: 'Recibió la carta ayer.',
          target: 'She recieved the letter yesterday.',
          flagged: 'recieved',
          fixed: 'She received the letter yesterday.',
        },
      ],
    },
  },
  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (!text) return;
    const lang = baseLang(ctx.to);
    const speller = ctx.services.speller?.(ctx.to) ?? (lang === 'en' ? fallbackEn : null);
    if (!speller) return;
    const judge: Judge = { speller, english: lang === 'en', german: lang === 'de', compounding: COMPOUNDING.has(lang) };
    const memo = memoFor(speller);
    let skip: [number, number][] | null = null;
    if (text.includes('/') || text.includes('@') || text.includes('#') || text.includes('www.')) {
      skip = [];
      SKIP_AREA.lastIndex = 0;
      for (let m = SKIP_AREA.exec(text); m; m = SKIP_AREA.exec(text)) skip.push([m.index, m.index + m[0].length]);
    }
    let src: SourceText | null = null;
    // The tokens are the target's words as text/word-runs.ts cuts them (runs of letters, marks and
    // digits joined by single apostrophes and hyphens): cut once for every check, each word's
    // text shared with its other occurrences, so the memo finds it by a hash already known.
    for (const w of viewWords(ctx.doc, view, 't')) {
      const start = w.start;
      const end = w.end;
      const token = w.text;
      if (skip && skip.some(([a, b]) => start < b && end > a)) continue;
      if (token.length === 1) {
        if (judge.english && strayLetter(text, start, end)) ctx.report({ messageId: 'misspelled', data: { word: token }, target: { start, end } });
        continue;
      }
      // A short word before a full stop may be an abbreviation ("ca.", "Abs.").
      if (token.length <= 3 && text.charCodeAt(end) === 46) continue;
      let verdict = memo.get(token);
      if (verdict === null) continue;
      if (verdict === undefined) {
        src ??= new SourceText(view.source);
        // A word the source has too (a name, a term left as is) needs no dictionary.
        if (tokenInSource(token, src)) continue;
        verdict = judgeToken(token, judge);
        memo.set(token, verdict);
        if (verdict === null) continue;
      } else {
        src ??= new SourceText(view.source);
        if (tokenInSource(token, src)) continue;
      }
      for (const f of verdict) {
        if (fromSource(f, src)) continue;
        const at = start + f.at;
        const suggestions = f.suggestions.map((s) => ({ text: s }));
        ctx.report({
          messageId: suggestions.length ? 'misspelledSuggest' : 'misspelled',
          data: suggestions.length ? { word: f.text, suggestion: suggestions[0].text } : { word: f.text },
          target: { start: at, end: at + f.text.length },
          suggestions,
        });
      }
    }
  },
};
