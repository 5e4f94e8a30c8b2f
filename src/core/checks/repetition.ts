// A word or a phrase of two to four words said twice in a row ("the the", "in the end in the
// end", "states states states"), in any script; in Chinese and Japanese, written without
// spaces, a run of three characters or more repeated at once. Left alone: repetitions the
// source has too ("very very", "bye bye", "Walla Walla"), and the few a language's grammar
// makes ("that that", "had had"; German "die die", French "nous nous").
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';

interface Word {
  start: number;
  end: number;
  norm: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;
const ONLY_DIGITS = /^[\p{N}.,]+$/u;
/** Doubled words that the language's grammar produces. */
const ALLOWED: Record<string, Set<string>> = {
  en: new Set(['that', 'had', 'do', 'bye', 'ha', 'no', 'yeah', 'hip', 'knock', 'tut', 'chop', 'pooh', 'so', 'boo', 'yum']),
  de: new Set(['die', 'der', 'das', 'den', 'dem', 'des', 'sie', 'es', 'ihr', 'ihre', 'was', 'wer', 'ja', 'nein', 'na', 'ha', 'so']),
  nl: new Set(['die', 'dat', 'de', 'het', 'ja', 'nee']),
  fr: new Set(['nous', 'vous', 'si', 'non', 'oui', 'ha', 'ah', 'bye']),
  es: new Set(['no', 'sí', 'ja', 'que']),
  pt: new Set(['no', 'não', 'sim', 'que']),
  it: new Set(['no', 'sì', 'ah']),
  ru: new Set(['да', 'нет', 'ну', 'так', 'что', 'ха']),
  pl: new Set(['tak', 'nie', 'no']),
  cs: new Set(['ano', 'ne', 'no']),
  ja: new Set(['はい']),
};
// Chinese/Japanese runs, where words are not separated by spaces.
const CJK_HINT = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{6,}/gu;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Chunk keys of the text being tested, as offsets into its lower-case form (reused: no arrays
// of strings per segment).
let keyStart = new Int32Array(256);
let keyEnd = new Int32Array(256);

/** Whether lower[a0, a1) and lower[b0, b1) are the same string. */
function sameKey(lower: string, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let k = 0; k < a1 - a0; k++) if (lower.charCodeAt(a0 + k) !== lower.charCodeAt(b0 + k)) return false;
  return true;
}

/**
 * Cheap test: is any run of one to four chunks said twice in a row? Most texts stop here.
 * Chunks are the text's lower case split at spaces, each keyed without the ASCII marks around
 * it, compared in place.
 */
function mayRepeat(text: string): boolean {
  const lower = text.toLowerCase();
  let count = 0;
  let from = 0;
  for (;;) {
    const space = lower.indexOf(' ', from);
    const to = space < 0 ? lower.length : space;
    if (count === keyStart.length) {
      const s = new Int32Array(count * 2);
      const e = new Int32Array(count * 2);
      s.set(keyStart);
      e.set(keyEnd);
      keyStart = s;
      keyEnd = e;
    }
    let ks = from;
    let ke = to;
    while (ks < ke && lower.charCodeAt(ks) < 128 && !isAlnum(lower.charCodeAt(ks))) ks++;
    while (ke > ks && lower.charCodeAt(ke - 1) < 128 && !isAlnum(lower.charCodeAt(ke - 1))) ke--;
    keyStart[count] = ks;
    keyEnd[count] = ke;
    count++;
    if (space < 0) break;
    from = space + 1;
  }
  if (count < 2) return false;
  for (let i = 0; i < count; i++) {
    if (keyStart[i] === keyEnd[i]) continue;
    for (let n = 1; n <= 4 && i + 2 * n <= count; n++) {
      let k = 0;
      while (k < n && sameKey(lower, keyStart[i + k], keyEnd[i + k], keyStart[i + n + k], keyEnd[i + n + k])) k++;
      if (k === n) return true;
    }
  }
  return false;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, norm: m[0].toLowerCase() });
  }
  return out;
}

/** Whether the characters between two words are only spaces (no comma: "Yes, yes" is fine). */
function spaced(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\u00a0' && c !== '\u202f') return false;
  }
  return to > from;
}

/** Every adjacent doubled word or phrase in the source, lower case, with the source's own words. */
function sourceRepeats(source: string): { any: boolean; text: string } {
  const ws = words(source);
  for (let i = 1; i < ws.length; i++) {
    if (ws[i].norm === ws[i - 1].norm && !ONLY_DIGITS.test(ws[i].norm)) return { any: true, text: source.toLowerCase() };
  }
  return { any: false, text: source.toLowerCase() };
}

export const check: Check = {
  meta: {
    id: 'repetition',
    category: 'fluency/grammar',
    severity: 'minor',
    description:
      'A word or a short phrase repeated immediately ("the the", "in the end in the end"), unless the source repeats too or the language\'s grammar makes the pair ("that that", "had had").',
    messages: {
      'repeated-word': '"{{word}}" is repeated.',
      'repeated-phrase': 'The phrase "{{phrase}}" is repeated.',
    },
    fixable: 'fix',
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Er sagte, dass das stimmt.', target: 'He said that that was true and he had had enough.' },
        { from: 'fr', to: 'en', source: 'Il est très très fatigué.', target: 'He is very very tired.', note: 'the source repeats too' },
        { from: 'en', to: 'en', source: 'He lives in Walla Walla.', target: 'He lives in Walla Walla.' },
        { from: 'en', to: 'de', source: 'The women who saw them.', target: 'Die Frauen, die die Kinder sahen.' },
        { from: 'en', to: 'zh', source: 'Let us discuss it.', target: '我们讨论讨论吧。', note: 'Chinese verb reduplication' },
        { from: 'en', to: 'ja', source: 'Various things.', target: 'いろいろなこと。' },
        { from: 'de', to: 'en', source: 'Nein, nein.', target: 'Yes, yes, 1 1 2.' },
      ],
      bad: [
        { from: 'es', to: 'en', source: 'Se registraron en España.', target: 'They were registered in Spain Spain.', flagged: 'Spain Spain', fixed: 'They were registered in Spain.', messageId: 'repeated-word' },
        { from: 'de', to: 'en', source: 'Die Regierung ist dafür.', target: 'The the government is for it.', flagged: 'The the', fixed: 'The government is for it.' },
        { from: 'de', to: 'en', source: 'Sie hatte vor drei Wochen gewonnen.', target: 'She had won three weeks ago ago ago ago.', flagged: 'ago ago ago ago', fixed: 'She had won three weeks ago.' },
        { from: 'de', to: 'en', source: 'Am Ende wurde gespielt.', target: 'In the end in the end it was played.', flagged: 'In the end in the end', fixed: 'In the end it was played.', messageId: 'repeated-phrase' },
        { from: 'en', to: 'ru', source: 'The government decided.', target: 'Правительство правительство решило.', flagged: 'Правительство правительство', fixed: 'Правительство решило.' },
        { from: 'en', to: 'zh', source: 'The government decided.', target: '中国政府中国政府决定了。', flagged: '中国政府中国政府', fixed: '中国政府决定了。' },
        { from: 'en', to: 'ar', source: 'The government decided.', target: 'قررت الحكومة الحكومة.', flagged: 'الحكومة الحكومة', fixed: 'قررت الحكومة.' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (!text) return;
    const lang = baseLang(ctx.to);
    const allowed = ALLOWED[lang];
    const ws = mayRepeat(text) ? words(text) : [];
    const src = ws.length ? sourceRepeats(view.source) : { any: false, text: '' };
    let i = 0;
    while (i < ws.length) {
      let found = false;
      // Shortest unit first: "ago ago ago ago" is one word four times, not a pair twice;
      // "in the end in the end" still reads as one phrase (no shorter unit repeats there).
      for (let n = 1; n <= 4 && !found; n++) {
        if (i + 2 * n > ws.length) continue;
        let same = true;
        for (let k = 0; k < n && same; k++) same = ws[i + k].norm === ws[i + n + k].norm;
        if (!same || !spaced(text, ws[i + n - 1].end, ws[i + n].start)) continue;
        // Inside each copy, the same separators (only spaces) so "A, B A, B" reads as a list.
        let inner = true;
        for (let k = 1; k < n && inner; k++) inner = spaced(text, ws[i + k - 1].end, ws[i + k].start) && spaced(text, ws[i + n + k - 1].end, ws[i + n + k].start);
        if (!inner) continue;
        // How many copies in a row.
        let copies = 2;
        while (i + (copies + 1) * n <= ws.length) {
          let more = spaced(text, ws[i + copies * n - 1].end, ws[i + copies * n].start);
          for (let k = 0; k < n && more; k++) more = ws[i + k].norm === ws[i + copies * n + k].norm;
          if (!more) break;
          copies++;
        }
        const phrase = text.slice(ws[i].start, ws[i + n - 1].end);
        const all = text.slice(ws[i].start, ws[i + copies * n - 1].end);
        found = true;
        const skip =
          (n === 1 && allowed?.has(ws[i].norm)) ||
          (n === 1 && src.any) ||
          src.text.includes(all.toLowerCase()) ||
          (n === 1 && ws[i].norm.length === 1 && !/[\p{Script=Han}\p{N}]/u.test(ws[i].norm)) ||
          (ONLY_DIGITS.test(ws[i].norm) && ws[i].norm.length < 2);
        if (!skip) {
          ctx.report({
            messageId: n === 1 ? 'repeated-word' : 'repeated-phrase',
            data: n === 1 ? { word: phrase } : { phrase },
            target: { start: ws[i].start, end: ws[i + copies * n - 1].end },
            suggestions: [{ text: phrase }],
            fix: true,
          });
        }
        i += copies * n;
      }
      if (!found) i++;
    }

    // Chinese and Japanese: a run of 3+ characters written twice in a row.
    if (CJK_HINT.test(text)) {
      CJK_RUN.lastIndex = 0;
      for (let m = CJK_RUN.exec(text); m !== null; m = CJK_RUN.exec(text)) {
        const run = m[0];
        let p = 0;
        while (p < run.length) {
          let hit = 0;
          for (let len = Math.min(8, Math.floor((run.length - p) / 2)); len >= 3; len--) {
            if (run.startsWith(run.slice(p, p + len), p + len)) {
              hit = len;
              break;
            }
          }
          if (!hit) {
            p++;
            continue;
          }
          const unit = run.slice(p, p + hit);
          let copies = 2;
          while (run.startsWith(unit, p + copies * hit)) copies++;
          const all = run.slice(p, p + copies * hit);
          if (!view.source.includes(all)) {
            const start = m.index + p;
            ctx.report({ messageId: 'repeated-phrase', data: { phrase: unit }, target: { start, end: start + all.length }, suggestions: [{ text: unit }], fix: true });
          }
          p += copies * hit;
        }
      }
    }
  },
};
