// Final punctuation lost, added or changed versus the source. Marks are compared by what they
// do, across scripts: 。．। . all end a statement, ？ ؟ ? a question, ！ ! an exclamation.
// A title without final punctuation on both sides is fine; closing quotes and brackets after
// the mark are looked through ("yes." / "yes".).
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';

type Kind = 'stop' | 'question' | 'exclamation' | 'ellipsis' | 'other' | 'none';

const KIND: Record<string, Kind> = {
  '.': 'stop', '。': 'stop', '．': 'stop', '।': 'stop', '॥': 'stop', '۔': 'stop', '።': 'stop', '｡': 'stop',
  '?': 'question', '？': 'question', '؟': 'question', '՞': 'question', '፧': 'question',
  '!': 'exclamation', '！': 'exclamation',
  '…': 'ellipsis', '‥': 'ellipsis',
  ':': 'other', '：': 'other', ';': 'other', '；': 'other', ',': 'other', '，': 'other', '、': 'other', '،': 'other',
  '-': 'other', '–': 'other', '—': 'other', '/': 'other', '*': 'other',
};
/** Closing quotes and brackets looked through at the end. */
const CLOSERS = new Set(['"', '\'', '”', '’', '»', '›', '“', '‘', '«', ')', ']', '}', '）', '」', '』', '】', '》', '〉', '］']);

/** The final mark of each kind in the target language. */
const MARKS: Record<string, Partial<Record<Kind, string>>> = {
  zh: { stop: '。', question: '？', exclamation: '！' },
  ja: { stop: '。', question: '？', exclamation: '！' },
  yue: { stop: '。', question: '？', exclamation: '！' },
  ar: { question: '؟' },
  fa: { question: '؟' },
  ur: { question: '؟', stop: '۔' },
  hi: { stop: '।' },
  mr: { stop: '।' },
  ne: { stop: '।' },
  bn: { stop: '।' },
  am: { stop: '።', question: '፧' },
  hy: { stop: '։', question: '՞' },
  el: { question: ';' },
};
const DEFAULT_MARKS: Record<string, string> = { stop: '.', question: '?', exclamation: '!' };
const SPACE_BEFORE_HIGH = new Set(['fr', 'br']);
const SPACE = /\s/u;
const WORDY = /[\p{L}\p{N}\p{M}]/u;

interface End {
  kind: Kind;
  /** Offset of the final mark (or of the last character when there is none). */
  at: number;
  /** Offset just after the last character that is not a closer or space. */
  end: number;
}

function finalOf(text: string, lang: string): End | null {
  let i = text.length;
  while (i > 0 && SPACE.test(text[i - 1])) i--;
  while (i > 0 && (CLOSERS.has(text[i - 1]) || SPACE.test(text[i - 1]))) i--;
  if (i === 0) return null;
  const c = text[i - 1];
  if (lang === 'el' && c === ';') return { kind: 'question', at: i - 1, end: i };
  if (lang === 'hy' && c === '։') return { kind: 'stop', at: i - 1, end: i };
  if (c === '.' && text.slice(i - 3, i) === '...') return { kind: 'ellipsis', at: i - 3, end: i };
  const kind = KIND[c];
  if (kind) return { kind, at: i - 1, end: i };
  if (WORDY.test(c)) return { kind: 'none', at: i - 1, end: i };
  return { kind: 'other', at: i - 1, end: i };
}

function wordCount(text: string): number {
  // Scripts written without spaces count a word per character or so.
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu)?.length ?? 0;
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + cjk;
}

function markFor(kind: Kind, lang: string): string {
  return MARKS[lang]?.[kind] ?? DEFAULT_MARKS[kind] ?? '.';
}

export const check: Check = {
  meta: {
    id: 'final-punctuation',
    category: 'fluency/punctuation',
    severity: 'minor',
    description:
      'The target ends without the final punctuation the source has, adds one the source lacks, or turns a question into a statement (or the reverse). Marks are compared across scripts (。 = ., ？ = ؟ = ?, । = .).',
    messages: {
      missing: 'The source ends with "{{mark}}" but the translation has no final punctuation.',
      added: 'The translation ends with "{{mark}}" but the source has no final punctuation.',
      'question-lost': 'The source is a question ("{{source}}") but the translation ends with "{{mark}}".',
      'question-added': 'The translation ends with a question mark but the source ends with "{{source}}".',
    },
    fixable: 'fix',
    examples: {
      good: [
        { from: 'fr', to: 'en', source: 'Déroute électorale', target: 'Election rout' },
        { from: 'zh', to: 'en', source: '他来了吗？', target: 'Did he come?' },
        { from: 'en', to: 'ja', source: 'He came.', target: '彼は来た。' },
        { from: 'en', to: 'hi', source: 'He came.', target: 'वह आया।' },
        { from: 'en', to: 'ar', source: 'Did he come?', target: 'هل جاء؟' },
        { from: 'de', to: 'en', source: 'Er sagte: „Ja.“', target: 'He said, "Yes".' },
        { from: 'es', to: 'en', source: '¡Qué bien!', target: 'How nice.', note: 'a toned-down exclamation is not this check\'s business' },
      ],
      bad: [
        { from: 'de', to: 'en', source: 'Die Regierung beobachtet die Stürme genau.', target: 'The government is monitoring the storms closely', flagged: 'closely', fixed: 'The government is monitoring the storms closely.', messageId: 'missing' },
        { from: 'fr', to: 'en', source: 'Déroute électorale', target: 'Election rout.', flagged: '.', fixed: 'Election rout', messageId: 'added' },
        { from: 'es', to: 'en', source: '¿Vendrá mañana?', target: 'He will come tomorrow.', flagged: '.', fixed: 'He will come tomorrow?', messageId: 'question-lost' },
        { from: 'de', to: 'en', source: 'Werth hatte alle Prüfungen gewonnen.', target: 'Had Werth won all the tests?', flagged: '?', fixed: 'Had Werth won all the tests.', messageId: 'question-added' },
        { from: 'en', to: 'zh', source: 'Did he come?', target: '他来了吗', flagged: '吗', fixed: '他来了吗？', messageId: 'missing' },
        { from: 'en', to: 'ar', source: 'Did he come?', target: 'هل جاء.', flagged: '.', fixed: 'هل جاء؟', messageId: 'question-lost' },
        { from: 'en', to: 'ru', source: 'He came home.', target: '«Он пришёл домой»', flagged: 'домой', fixed: '«Он пришёл домой.»', messageId: 'missing' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    if (!view.source || !view.target) return;
    const to = baseLang(ctx.to);
    const s = finalOf(view.source, baseLang(ctx.from));
    const t = finalOf(view.target, to);
    if (!s || !t || s.kind === t.kind) return;
    const sourceMark = view.source.slice(s.at, s.end);
    if (t.kind === 'none' && (s.kind === 'stop' || s.kind === 'question' || s.kind === 'exclamation')) {
      // "Vielen Dank" for "Thank you.": a two-word formula is not worth a flag.
      if (wordCount(view.target) <= 2) return;
      // The last word, and a proposal with the source's mark appended to it.
      let w = t.end;
      // The last word; in scripts written without spaces, the last character.
      const spaceless = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(view.target[t.at]);
      while (!spaceless && w > 0 && /[\p{L}\p{N}\p{M}]/u.test(view.target[w - 1])) w--;
      if (w === t.end) w = t.at;
      const mark = markFor(s.kind, to);
      const word = view.target.slice(w, t.end);
      const glue = SPACE_BEFORE_HIGH.has(to) && s.kind !== 'stop' ? '\u00a0' : '';
      ctx.report({ messageId: 'missing', data: { mark: sourceMark }, target: { start: w, end: t.end }, source: { start: s.at, end: s.end }, suggestions: [{ text: word + glue + mark }], fix: true });
      return;
    }
    const targetMark = view.target.slice(t.at, t.end);
    if (s.kind === 'none' && (t.kind === 'stop' || t.kind === 'question' || t.kind === 'exclamation')) {
      // A long source sentence without its full stop is a typo in the source, which the
      // translation rightly mends; a title (short) does not take one.
      if (t.kind === 'stop' && wordCount(view.source) > 10) return;
      let start = t.at;
      while (start > 0 && /[ \u00a0\u202f]/u.test(view.target[start - 1]) && t.kind !== 'stop') start--;
      ctx.report({ messageId: 'added', data: { mark: targetMark }, target: { start, end: t.end }, suggestions: [{ text: '' }], fix: true });
      return;
    }
    if (s.kind === 'question' && (t.kind === 'stop' || t.kind === 'exclamation')) {
      ctx.report({ messageId: 'question-lost', data: { mark: targetMark, source: sourceMark }, target: { start: t.at, end: t.end }, source: { start: s.at, end: s.end }, suggestions: [{ text: markFor('question', to) }], fix: true });
      return;
    }
    if (t.kind === 'question' && (s.kind === 'stop' || s.kind === 'exclamation')) {
      ctx.report({ messageId: 'question-added', data: { mark: targetMark, source: sourceMark }, target: { start: t.at, end: t.end }, source: { start: s.at, end: s.end }, suggestions: [{ text: markFor(s.kind, to) }], fix: true });
    }
  },
};
