// Negation markers per language, as data. Each language lists its negators, its "n-words" (in
// negative-concord languages "nikt nie", "no … nada" are one negation, so a sentence counts the
// larger of the two groups), and the fixed phrases where a negator does not negate ("not only",
// "nicht nur", "тем не менее"). Scripts without spaces (Chinese, Japanese) are matched as
// substrings, minus the compounds where the character means something else (不同 "different").
import { words, type Word } from '../text/word-runs';

export interface NegationTable {
  /** Verb negators ("not", "nicht", "nie", "не"). */
  neg: string[];
  /** N-words: "never", "nikt", "nadie"; in concord languages they pair with a negator. */
  nword?: string[];
  /** Negative concord: negator plus n-words in one sentence are a single negation. */
  concord?: boolean;
  /** Two-word phrases (negator first or second word) that are not negations. */
  idioms?: string[];
  /** Prefixed verb negation (Czech / Slovak "ne-"): predicate on the lower-case word. */
  prefix?: (w: string) => boolean;
  /** Substring markers for scripts without spaces, and compounds that do not negate. */
  marks?: string[];
  notMarks?: string[];
}

const CS_EXCEPT = /^(nej|nebo|než|nemoc|nebe|neděl|nehod|nepřít|nepřát|nesmysl|nerv|neutr|neon|netto|neteř|nes$|nesl|nese|nést|nech)/;
/** Verb endings (past -l/-la/-li, present -uje/-ají/-ou, infinitive -t) after "ne". */
// Past forms have a vowel before the -l (nedal, nebyl, neviděl); a word on -ol is a name (Neapol).
const CS_VERB_END = /([aeiyěáíů](l|la|lo|li|ly)|t|ti|ou|ují|ají|ejí|uje|íme|íte|áme|áte|eme|ete|ím|ám)$/;
const CS_VERB_WORDS = new Set(['není', 'nelze', 'nemá', 'neví', 'nedá', 'nejde', 'nesmí', 'nemůže', 'nechce', 'nemusí', 'nebude', 'nejsou', 'nejsem', 'nejsme', 'nejste', 'neboj', 'neexistuje', 'nemají', 'nemohou', 'nebyl', 'nebyla', 'nebylo', 'nebyli', 'nebyly', 'nie je']);

function czechVerb(w: string): boolean {
  if (CS_VERB_WORDS.has(w)) return true;
  if (w.length < 5 || !w.startsWith('ne') || CS_EXCEPT.test(w)) return false;
  return CS_VERB_END.test(w);
}

export const NEGATION: Record<string, NegationTable> = {
  en: {
    neg: ['not', 'cannot', "n't", 'never', 'no', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor'],
    idioms: ['not only', 'not just', 'not least', 'no matter', 'no doubt', 'not merely', 'no sooner', 'not to mention', 'no less', 'nonetheless'],
  },
  de: {
    neg: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand', 'niemanden', 'niemandem', 'nirgends', 'nirgendwo', 'weder', 'keineswegs', 'keinesfalls'],
    idioms: ['nicht nur', 'nicht zuletzt', 'nicht minder', 'nichts anderes'],
  },
  nl: { neg: ['niet', 'geen', 'nooit', 'niemand', 'niets', 'nergens', 'noch'], idioms: ['niet alleen', 'niet enkel'] },
  fr: {
    neg: ['ne', 'n'],
    nword: ['pas', 'jamais', 'rien', 'aucun', 'aucune', 'nullement', 'guère', 'ni', 'non'],
    concord: true,
    idioms: ['non seulement', 'non plus', 'ne que', 'n que', 'pas seulement', 'que jamais'],
  },
  es: {
    neg: ['no'],
    nword: ['nunca', 'jamás', 'nadie', 'nada', 'ningún', 'ninguna', 'ninguno', 'ningunos', 'ningunas', 'ni', 'tampoco'],
    concord: true,
    idioms: ['no solo', 'no sólo', 'no solamente', 'no obstante', 'no únicamente', 'ni siquiera', 'que nunca'],
  },
  it: {
    neg: ['non'],
    nword: ['mai', 'nessuno', 'nessuna', 'nessun', 'niente', 'nulla', 'né', 'neanche', 'nemmeno', 'neppure'],
    concord: true,
    idioms: ['non solo', 'non soltanto', 'non appena', 'come mai', 'più che mai', 'che mai'],
  },
  pt: {
    neg: ['não'],
    nword: ['nunca', 'jamais', 'ninguém', 'nada', 'nenhum', 'nenhuma', 'nem'],
    concord: true,
    idioms: ['não só', 'não apenas', 'não somente', 'que nunca'],
  },
  pl: {
    neg: ['nie'],
    nword: ['nigdy', 'nikt', 'nikogo', 'nikomu', 'nikim', 'nic', 'niczego', 'niczym', 'nigdzie', 'żaden', 'żadna', 'żadne', 'żadnego', 'żadnej', 'żadnych', 'żadnym', 'ani', 'bynajmniej'],
    concord: true,
    idioms: ['nie tylko', 'nie wiadomo', 'nie mniej', 'nic dziwnego'],
  },
  cs: {
    neg: ['ne'],
    nword: ['nikdy', 'nikdo', 'nikoho', 'nikomu', 'nic', 'ničeho', 'ničím', 'nikde', 'žádný', 'žádná', 'žádné', 'žádného', 'žádnou', 'žádných', 'ani'],
    concord: true,
    idioms: ['ne jen', 'ne pouze', 'nejen'],
    prefix: czechVerb,
  },
  sk: {
    neg: ['nie', 'ne'],
    nword: ['nikdy', 'nikto', 'nič', 'nikde', 'žiadny', 'žiadna', 'žiadne', 'ani'],
    concord: true,
    idioms: ['nie len', 'nie iba', 'nielen'],
    prefix: czechVerb,
  },
  ru: {
    neg: ['не', 'нет', 'нельзя'],
    nword: ['ни', 'никто', 'никого', 'никому', 'никем', 'ничего', 'ничто', 'ничем', 'никогда', 'нигде', 'никуда', 'никак', 'никакой', 'никакая', 'никакое', 'никакие', 'никаких', 'никакого', 'ничуть'],
    concord: true,
    idioms: ['не только', 'тем не', 'не раз', 'чуть не', 'не менее', 'ни один'],
  },
  uk: {
    neg: ['не', 'немає', 'нема'],
    nword: ['ні', 'ніхто', 'нікого', 'нічого', 'ніщо', 'ніколи', 'ніде', 'нікуди', 'ніякий', 'ніякі', 'жоден', 'жодна', 'жодних'],
    concord: true,
    idioms: ['не лише', 'не тільки', 'тим не', 'не раз'],
  },
  hi: { neg: ['नहीं', 'न', 'मत', 'नही'], idioms: ['न केवल', 'न सिर्फ़', 'न सिर्फ'] },
  ar: { neg: ['لا', 'لم', 'لن', 'ليس', 'ليست', 'لست', 'لسنا', 'ليسوا'], idioms: ['لا سيما', 'لا يزال', 'لا تزال', 'لم يزل'] },
  zh: {
    neg: [],
    marks: ['没有', '沒有', '不', '没', '沒', '未', '别', '別', '无', '無', '非', '勿', '莫'],
    notMarks: [
      '不过', '不過', '不断', '不斷', '不同', '不少', '不仅', '不僅', '不久', '不错', '不錯', '不得不', '不管', '不但', '不论', '不論', '差不多',
      '非常', '无论', '無論', '并非', '非洲', '未来', '未來', '别人', '別人', '特别', '特別', '区别', '區別', '分别', '分別', '级别', '級別',
      '别的', '別的', '类别', '類別', '性别', '性別', '告别', '告別', '莫斯科', '莫名', '无数', '無數', '不免', '不禁', '无疑', '無疑', '不外', '莫过于',
      '要不然', '不然', '除非', '是非', '非法', '无线', '無線', '不如',
    ],
  },
  ja: {
    neg: [],
    marks: ['ません', 'なかった', 'ない', 'ずに', 'ず、', 'ず。', 'ぬ'],
    notMarks: ['少ない', '危ない', '違いない', '間違いない', 'しかない', 'ほかならない', 'かもしれない', 'ならない', 'いけない', 'かまわない', 'もらえない', 'なくてはならない', 'ねばならぬ'],
  },
};

const CURLY = /\u2019/g;

/** The word with its curly apostrophes straightened (most words have none: no new string). */
export function straight(lower: string): string {
  return lower.indexOf('\u2019') < 0 ? lower : lower.replace(CURLY, "'");
}

export function hasNegationTable(lang: string): boolean {
  return Object.prototype.hasOwnProperty.call(NEGATION, lang);
}

export interface NegationMark {
  start: number;
  end: number;
  text: string;
  /** "X, а не Y" / "X, a nie Y": a contrast, said as often with "than" or "rather" as with "not". */
  contrast?: boolean;
}

/** The word before a negation that makes it a contrast ("арабский, а не африканский"). */
const CONTRAST_BEFORE: Record<string, string> = { ru: 'а', uk: 'а', pl: 'a' };

const SETS = new Map<string, { neg: Set<string>; nword: Set<string>; idioms: Set<string> }>();

export function sets(lang: string, t: NegationTable) {
  let s = SETS.get(lang);
  if (!s) {
    s = { neg: new Set(t.neg), nword: new Set(t.nword ?? []), idioms: new Set(t.idioms ?? []) };
    SETS.set(lang, s);
  }
  return s;
}

function substringMarks(text: string, t: NegationTable): NegationMark[] {
  const out: NegationMark[] = [];
  const marks = t.marks ?? [];
  const not = t.notMarks ?? [];
  let i = 0;
  while (i < text.length) {
    let skipped = 0;
    for (const n of not) {
      // An exception compound that covers position i.
      for (let k = 0; k < n.length; k++) {
        if (i - k >= 0 && text.startsWith(n, i - k)) {
          skipped = Math.max(skipped, n.length - k);
          break;
        }
      }
    }
    if (skipped > 0) {
      i += skipped;
      continue;
    }
    let hit = '';
    for (const m of marks) if (text.startsWith(m, i)) {
      hit = m;
      break;
    }
    if (hit) {
      out.push({ start: i, end: i + hit.length, text: hit });
      i += hit.length;
    } else i++;
  }
  return out;
}

/** English "n't" and "cannot" inside one token: the span of the negating part. */
function englishInner(w: Word, l: string): NegationMark | null {
  if (l.endsWith("n't")) return { start: w.end - 3, end: w.end, text: w.text.slice(-3) };
  if (l === 'cannot') return { start: w.start + 3, end: w.end, text: w.text.slice(3) };
  return null;
}

/** Negations of a text in a language, as spans; an empty list when there is no table. */
export function findNegations(text: string, lang: string, sentenceStarts: number[] = [0], tokens?: Word[]): NegationMark[] {
  const t = hasNegationTable(lang) ? NEGATION[lang] : undefined;
  if (!t) return [];
  if (t.marks) return substringMarks(text, t);
  const s = sets(lang, t);
  const list = tokens ?? words(text, sentenceStarts);
  const out: NegationMark[] = [];
  let sentence = -1;
  const negs: NegationMark[] = [];
  const nwords: NegationMark[] = [];
  let sawNeither = false;
  const flush = () => {
    if (t.concord) out.push(...(negs.length >= nwords.length ? negs : nwords));
    else out.push(...negs, ...nwords);
    // Emptied, not made anew: a sentence at a time, and most hold no negation.
    negs.length = 0;
    nwords.length = 0;
    sawNeither = false;
  };
  let si = 0;
  for (let i = 0; i < list.length; i++) {
    const w = list[i];
    while (si < sentenceStarts.length && sentenceStarts[si] <= w.start) {
      si++;
    }
    if (si - 1 !== sentence) {
      flush();
      sentence = si - 1;
    }
    const lower = straight(w.lower);
    const prev = i > 0 ? list[i - 1].lower : '';
    const next = i + 1 < list.length ? list[i + 1].lower : '';
    let mark: NegationMark | null = null;
    let isN = false;
    if (lang === 'en') {
      const inner = englishInner(w, lower);
      if (inner) mark = inner;
      else if (s.neg.has(lower)) mark = { start: w.start, end: w.end, text: w.text };
      if (lower === 'no' && /^\s*\.\s*\d/.test(text.slice(w.end, w.end + 4))) mark = null; // "No. 5"
      if (lower === 'neither') sawNeither = true;
      // "nor" goes on a negation already made ("neither …", "didn't have corn, nor tomatoes").
      else if (lower === 'nor' && (sawNeither || negs.length > 0)) mark = null;
    } else if (s.neg.has(lower)) {
      mark = { start: w.start, end: w.end, text: w.text };
      if (prev !== '' && prev === CONTRAST_BEFORE[lang]) mark.contrast = true;
      if (lang === 'fr') {
        // "ne … que" means "only": no pas/jamais/rien… before the "que".
        let only = false;
        for (let k = i + 1; k < Math.min(list.length, i + 8); k++) {
          const x = list[k].lower;
          if (s.nword.has(x) || x === 'plus' || x === 'personne') break;
          if (x === 'que' || x === "qu") {
            only = true;
            break;
          }
        }
        if (only) mark = null;
      }
    } else if (s.nword.has(lower)) {
      mark = { start: w.start, end: w.end, text: w.text };
      isN = true;
    } else if (t.prefix && (!w.cap || w.initial) && t.prefix(lower)) {
      mark = { start: w.start, end: w.start + 2, text: w.text.slice(0, 2) };
    }
    if (!mark) continue;
    if (s.idioms.has(`${lower} ${next}`) || s.idioms.has(`${prev} ${lower}`) || s.idioms.has(lower)) continue;
    if (isN) nwords.push(mark);
    else negs.push(mark);
  }
  flush();
  return out;
}
