// Spelling of the target language, through a dictionary the host lends (ctx.services.speller).
// Leaves alone what a dictionary cannot judge: names, capitals, numbers, URLs, words copied from
// the source, possessives and contractions; a hyphenated compound is judged part by part.
import type { Check, CheckContext, SegmentView, Speller } from './check';
import { baseLang } from '../format';
import { fold } from './name-tools';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\u2010\u2011-][\p{L}\p{M}\p{N}]+)*/gu;
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

function fallbackSpeller(lang: string): Speller | null {
  if (baseLang(lang) !== 'en') return null;
  return {
    correct: (w) => !Object.prototype.hasOwnProperty.call(FALLBACK_EN, w.toLowerCase()),
    suggest: (w) => (Object.prototype.hasOwnProperty.call(FALLBACK_EN, w.toLowerCase()) ? [FALLBACK_EN[w.toLowerCase()]] : []),
  };
}

/** Languages that write compounds as one word, which the dictionaries list only in part. */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'nb', 'nn', 'no', 'af']);
const LINKS = ['', 's', 'es', 'n', 'en', 'zu'];

/** A closed compound of known words ('mineral' + 'reiches', 'hinein' + 'zu' + 'fallen'), checked once per word. */
function isCompound(word: string, speller: Speller, depth = 0): boolean {
  for (let i = 3; i <= word.length - 3; i++) {
    const head = word.slice(0, i);
    if (!(speller.correct(head) || speller.correct(capitalise(head)))) continue;
    for (const link of LINKS) {
      const rest = word.slice(i);
      if (!rest.startsWith(link) || rest.length - link.length < 3) continue;
      const tail = rest.slice(link.length);
      if (speller.correct(tail) || (depth < 1 && isCompound(tail, speller, depth + 1))) return true;
    }
  }
  return false;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const spelling: Check = {
  meta: {
    id: 'spelling',
    category: 'fluency/spelling',
    severity: 'minor',
    description:
      'A word of the translation that the target language’s spelling dictionary does not know. Names, capitalised and all-caps words, numbers, URLs, words taken over from the source, possessives and contractions are left alone.',
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
    const speller = ctx.services.speller?.(ctx.to) ?? fallbackSpeller(ctx.to);
    if (!speller) return;
    const compounding = COMPOUNDING.has(baseLang(ctx.to));
    const english = baseLang(ctx.to) === 'en';
    const skip: [number, number][] = [];
    SKIP_AREA.lastIndex = 0;
    for (let m = SKIP_AREA.exec(text); m; m = SKIP_AREA.exec(text)) skip.push([m.index, m.index + m[0].length]);
    let sourceWords: Set<string> | null = null;
    const starts = view.targetSentences.map((s) => s.start).sort((a, b) => a - b);
    let si = 0;
    let prevEnd = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const word = m[0];
      const start = m.index;
      let initial = prevEnd === 0;
      while (si < starts.length && starts[si] <= start) {
        if (starts[si] >= prevEnd) initial = true;
        si++;
      }
      prevEnd = start + word.length;
      let checked = word;
      if (/['’]/.test(word)) {
        // Possessives and contractions: judge the word before the apostrophe ("nation's", "they're").
        const m = /^([\p{L}\p{M}-]+)['’](s|re|ll|ve|d|m)$/iu.exec(word);
        if (!m || !english) continue;
        checked = m[1];
      }
      if (/^\p{N}+$/u.test(checked) || /\p{N}/u.test(checked) && !checked.includes('-')) continue;
      if (skip.some(([a, b]) => start < b && start + word.length > a)) continue;
      if (/^[\p{Lu}\p{Lt}]/u.test(word) && (!initial || word.length > 1 && word === word.toUpperCase())) continue;
      // A hyphenated name ("al-Kazimi"), or a sentence opener followed by a capitalised word (a name run).
      if (/[-\u2010\u2011]\p{Lu}/u.test(word)) continue;
      if (initial && /^\p{Lu}/u.test(word) && /^\s+(\p{Lu}|\p{Ll}{1,3}[-\u2010\u2011]\p{Lu})/u.test(text.slice(start + word.length))) continue;
      if (checked.length <= 3 && text.charAt(prevEnd) === '.') continue;
      // A lone lower-case letter: English writes only "a" so.
      if (english && checked.length === 1 && /\p{Ll}/u.test(checked) && checked !== 'a' && !/^[-/]|^\)/.test(text.charAt(prevEnd)) && !/[-/(]$/.test(text.slice(0, start))) {
        ctx.report({ messageId: 'misspelled', data: { word: checked }, target: { start, end: start + 1 } });
        continue;
      }
      // Judge a hyphenated compound by its parts.
      const parts: [string, number][] = [];
      let off = 0;
      for (const p of checked.split(/[\u2010\u2011-]/)) {
        parts.push([p, start + off]);
        off += p.length + 1;
      }
      if (parts.length > 1 && speller.correct(checked)) continue;
      for (const [part, at] of parts) {
        if (/\p{N}/u.test(part)) continue;
        if (!part || /^[\p{Lu}\p{Lt}]/u.test(part) && parts.length > 1 && part !== parts[0][0]) continue;
        if (speller.correct(part) || (initial && at === start && speller.correct(part.toLowerCase()))) continue;
        if (compounding && isCompound(part.toLowerCase(), speller)) continue;
        if (!sourceWords) {
          sourceWords = new Set();
          for (const s of view.source.split(/[^\p{L}\p{M}\p{N}]+/u)) if (s) sourceWords.add(fold(s));
        }
        if (sourceWords.has(fold(part))) continue;
        const lower = part.toLowerCase();
        let sugg = part.length <= 30 ? speller.suggest(part) : [];
        if (sugg.length === 0 && lower !== part) sugg = speller.suggest(lower).map(capitalise);
        const suggestions = sugg.slice(0, 3).map((s) => ({ text: s }));
        ctx.report({
          messageId: suggestions.length ? 'misspelledSuggest' : 'misspelled',
          data: suggestions.length ? { word: part, suggestion: suggestions[0].text } : { word: part },
          target: { start: at, end: at + part.length },
          suggestions,
        });
      }
    }
  },
};
