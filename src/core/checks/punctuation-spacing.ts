// Spacing around punctuation and quotation marks, by the target locale's typography: French
// puts a (no-break) space before ; : ! ? » and after «, most other Latin, Cyrillic, Greek...
// locales put none before ; : ! ?, Chinese and Japanese none around full-width marks.
// A space before "," or "." belongs to `tokenized` (the typical tokeniser trace), so each span
// is reported by one check only; brackets with inner spaces "( x )" are also `tokenized`'s.
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';

/** Locales that want a space before the high punctuation marks and inside guillemets. */
const SPACED_HIGH = new Set(['fr', 'br']);
/** Locales where “ closes a quotation opened by „ (and » opens, « closes). */
const LOW_HIGH_QUOTES = new Set(['de', 'cs', 'sk', 'sl', 'is', 'lt', 'et', 'lv', 'da', 'hr', 'bg', 'ka']);
/** Scripts written without spaces, whose full-width punctuation takes none either. */
const CJK_LANGS = new Set(['zh', 'ja', 'yue', 'wuu']);

const NBSP = '\u00a0';
const SPACE = '[ \\u00a0\\u202f\\u2009]';

// Space before ; : ! ? in a locale that wants none: "word ;", "word !". Not after another mark,
// not ":" between numbers ("3 : 1"), not emoticons (" :)") or "?!" runs after a space that ends one.
const SPACE_BEFORE_HIGH = new RegExp(`(${SPACE}+)([;:!?]+)(?![\\p{N}()\\-/])(?<=[\\p{L}\\p{N}\\p{M}%)\\]]${SPACE}+[;:!?]+)`, 'gu');
// French: no space before ; : ! ? » or after «.
const FR_MISSING_BEFORE = /([\p{L}\p{N}\p{M}%)\]»"”])([;!?]+|:(?![\/\p{N}])|»)/gu;
const FR_MISSING_AFTER = /«(?=[\p{L}\p{N}"“])/gu;
// Missing space after , ; before a letter, after . ? ! before a capitalised word: "Spain,France",
// "end.The". Numbers (1,000 3.5), abbreviations (e.g. U.S.) and URLs never match.
const MISSING_AFTER_COMMA = /([,;])(?<=[\p{Ll}\p{Lo}]{2}[,;])(?=\p{L}{2})/gu;
const MISSING_AFTER_STOP = /([.?!])(?=\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}]*[.\/@][\p{L}\p{N}]))(?<=(?<![\p{L}\p{N}.\/@:_-])\p{Ll}{2,}[.?!])/gu;
// CJK: ordinary spaces around full-width marks.
const CJK_SPACE_BEFORE = /( +)([，。、；：！？」』）】》])/gu;
const CJK_SPACE_AFTER = /([，。、；：！？「『（【《])( +)(?=\S)/gu;
const URLISH = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

const QUOTES = /["“”„«»]/g;

type Role = 'open' | 'close' | null;

/** Whether each double quotation mark opens or closes, by the locale and by pairing. */
function quoteRoles(text: string, lang: string): Map<number, Role> {
  const roles = new Map<number, Role>();
  const lowHigh = LOW_HIGH_QUOTES.has(lang) || text.includes('„');
  const straight: number[] = [];
  QUOTES.lastIndex = 0;
  for (let m = QUOTES.exec(text); m !== null; m = QUOTES.exec(text)) {
    const c = m[0];
    let role: Role = null;
    if (c === '„') role = 'open';
    else if (c === '“') role = lowHigh ? 'close' : 'open';
    else if (c === '”') role = lang === 'sv' || lang === 'fi' ? null : 'close';
    else if (c === '«') role = lang === 'de' || lang === 'da' ? null : 'open';
    else if (c === '»') role = lang === 'de' || lang === 'da' ? null : 'close';
    else straight.push(m.index);
    if (c !== '"') roles.set(m.index, role);
  }
  // Straight quotes: by parity, and only when they pair up within the text.
  if (straight.length % 2 === 0) straight.forEach((i, n) => roles.set(i, n % 2 === 0 ? 'open' : 'close'));
  return roles;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === NBSP || c === '\u202f' || c === '\u2009';
}

const MASK_HINT = /@|:\/\/|www\./;

function masked(text: string): boolean[] {
  const mask: boolean[] = [];
  if (!MASK_HINT.test(text)) return mask;
  URLISH.lastIndex = 0;
  for (let m = URLISH.exec(text); m !== null; m = URLISH.exec(text)) {
    for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = true;
  }
  return mask;
}

function checkQuotes(text: string, lang: string, ctx: CheckContext): void {
  if (SPACED_HIGH.has(lang)) {
    FR_MISSING_AFTER.lastIndex = 0;
    for (let m = FR_MISSING_AFTER.exec(text); m !== null; m = FR_MISSING_AFTER.exec(text)) {
      ctx.report({ messageId: 'missing-space-after', data: { mark: '«' }, target: { start: m.index, end: m.index + 1 }, suggestions: [{ text: '«' + NBSP }], fix: true });
    }
  }
  const roles = quoteRoles(text, lang);
  for (const [i, role] of roles) {
    const c = text[i];
    if (SPACED_HIGH.has(lang) && (c === '«' || c === '»')) continue;
    if (role === 'open') {
      // “ word → “word
      let j = i + 1;
      while (j < text.length && isSpace(text[j])) j++;
      const prev = text[i - 1] ?? ' ';
      if (j > i + 1 && j < text.length && /[\p{L}\p{N}]/u.test(text[j]) && /[\s([{\-–—]/u.test(prev)) {
        ctx.report({ messageId: 'space-after-open', data: { mark: c }, target: { start: i, end: j }, suggestions: [{ text: c }], fix: true });
      }
    } else if (role === 'close') {
      // word ” → word”, and word ”he → word” he
      let j = i;
      while (j > 0 && isSpace(text[j - 1])) j--;
      const after = text[i + 1] ?? '';
      const glued = /\p{L}/u.test(after);
      if (j < i && j > 0 && /[\p{L}\p{N},.!?…]/u.test(text[j - 1])) {
        ctx.report({
          messageId: glued ? 'space-misplaced' : 'space-before-close',
          data: { mark: c },
          target: { start: j, end: i + 1 },
          suggestions: [{ text: glued ? c + ' ' : c }],
          fix: true,
        });
      } else if (glued && c !== '"' && j === i && j > 0 && /[\p{L}\p{N},.!?…]/u.test(text[j - 1])) {
        ctx.report({ messageId: 'missing-space-after', data: { mark: c }, target: { start: i, end: i + 1 }, suggestions: [{ text: c + ' ' }], fix: true });
      }
    }
  }
}

export const check: Check = {
  meta: {
    id: 'punctuation-spacing',
    category: 'fluency/punctuation',
    severity: 'minor',
    description:
      'Spacing around punctuation and quotation marks that breaks the target locale\'s typography: a space before ; : ! ? where the locale wants none (or none where French wants one), no space after a comma or full stop, spaces inside quotation marks.',
    messages: {
      'space-before': 'No space before "{{mark}}" in this language.',
      'missing-space-before': 'This language puts a (no-break) space before "{{mark}}".',
      'missing-space-after': 'A space is missing after "{{mark}}".',
      'space-after-open': 'No space after the opening quotation mark "{{mark}}".',
      'space-before-close': 'No space before the closing quotation mark "{{mark}}".',
      'space-misplaced': 'The space belongs after the closing quotation mark "{{mark}}", not before it.',
      'cjk-space': 'No space around the full-width mark "{{mark}}".',
    },
    fixable: 'fix',
    examples: {
      good: [
        { from: 'fr', to: 'en', source: 'Il a dit : « Je vais bien ! »', target: 'He said: “I’m fine!”' },
        { from: 'en', to: 'fr', source: 'He said: “I’m fine!”', target: 'Il a dit\u00a0: «\u00a0Je vais bien\u00a0!\u00a0»' },
        { from: 'en', to: 'de', source: 'He paid $1,000.50 at 10:30, see www.example.com/a?b=1.', target: 'Er zahlte 1.000,50 $ um 10:30 Uhr, siehe www.example.com/a?b=1.' },
        { from: 'de', to: 'en', source: 'Er sagte: „Ja.“ Z.B. die USA.', target: 'He said, "Yes." E.g. the U.S. did.' },
        { from: 'en', to: 'ru', source: 'He said: “Yes!”', target: 'Он сказал: «Да!»' },
        { from: 'en', to: 'zh', source: 'He said: "Yes."', target: '他说：“是的。”' },
        { from: 'en', to: 'de', source: 'He said: "Yes."', target: 'Er sagte: „Ja.“' },
      ],
      bad: [
        { from: 'fr', to: 'en', source: 'Dieu merci, je vais bien », a-t-il dit.', target: 'Praise be to God I’m fine, ”he then said.', flagged: ' ”', fixed: 'Praise be to God I’m fine,” he then said.', messageId: 'space-misplaced' },
        { from: 'fr', to: 'en', source: 'Quoi ? Vraiment ?', target: 'What ? Really?', flagged: ' ?', fixed: 'What? Really?', messageId: 'space-before' },
        { from: 'en', to: 'fr', source: 'Really?', target: 'Vraiment?', flagged: 't?', fixed: 'Vraiment\u00a0?', messageId: 'missing-space-before' },
        { from: 'en', to: 'fr', source: 'a “plot”', target: 'un «complot »', flagged: '«', fixed: 'un «\u00a0complot »', messageId: 'missing-space-after' },
        { from: 'es', to: 'en', source: 'España, Francia', target: 'Spain,France and Italy', flagged: ',', fixed: 'Spain, France and Italy', messageId: 'missing-space-after' },
        { from: 'de', to: 'en', source: 'Ende. Danach', target: 'It was the end.Then it rained.', flagged: '.', fixed: 'It was the end. Then it rained.', messageId: 'missing-space-after' },
        { from: 'fr', to: 'en', source: '« Complot »', target: '“ Conspiracy”', flagged: '“ ', fixed: '“Conspiracy”' },
        { from: 'en', to: 'de', source: 'He said: "Yes".', target: 'Er sagte: „Ja “.', flagged: ' “', fixed: 'Er sagte: „Ja“.' },
        { from: 'en', to: 'ru', source: 'Really?', target: 'Правда ?', flagged: ' ?', fixed: 'Правда?' },
        { from: 'en', to: 'zh', source: 'Yes, he said.', target: '是的 ，他说。', flagged: ' ，', fixed: '是的，他说。', messageId: 'cjk-space' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (!text) return;
    const lang = baseLang(ctx.to);
    const mask = masked(text);

    if (CJK_LANGS.has(lang)) {
      CJK_SPACE_BEFORE.lastIndex = 0;
      for (let m = CJK_SPACE_BEFORE.exec(text); m !== null; m = CJK_SPACE_BEFORE.exec(text)) {
        if (m.index === 0) continue;
        ctx.report({ messageId: 'cjk-space', data: { mark: m[2] }, target: { start: m.index, end: m.index + m[0].length }, suggestions: [{ text: m[2] }], fix: true });
      }
      CJK_SPACE_AFTER.lastIndex = 0;
      for (let m = CJK_SPACE_AFTER.exec(text); m !== null; m = CJK_SPACE_AFTER.exec(text)) {
        ctx.report({ messageId: 'cjk-space', data: { mark: m[1] }, target: { start: m.index, end: m.index + m[0].length }, suggestions: [{ text: m[1] }], fix: true });
      }
      checkQuotes(text, lang, ctx);
      return;
    }

    if (SPACED_HIGH.has(lang)) {
      FR_MISSING_BEFORE.lastIndex = 0;
      for (let m = FR_MISSING_BEFORE.exec(text); m !== null; m = FR_MISSING_BEFORE.exec(text)) {
        const at = m.index + m[1].length;
        if (mask[at]) continue;
        // "?!" after a space that the first mark already has, or marks glued to closing quotes.
        const mark = m[2];
        if (m[1] === '»' && mark === '»') continue;
        ctx.report({ messageId: 'missing-space-before', data: { mark }, target: { start: m.index, end: at + mark.length }, suggestions: [{ text: m[1] + NBSP + mark }], fix: true });
      }
    } else {
      SPACE_BEFORE_HIGH.lastIndex = 0;
      for (let m = SPACE_BEFORE_HIGH.exec(text); m !== null; m = SPACE_BEFORE_HIGH.exec(text)) {
        const start = m.index;
        const mark = m[2];
        const end = start + m[0].length;
        if (mask[start] || mask[end]) continue;
        // "3 : 1" and an emoticon " :-" are not sentence punctuation.
        if (mark === ':' && /\p{N}/u.test(text[start - 1]) && /^\s*\p{N}/u.test(text.slice(end, end + 3))) continue;
        ctx.report({ messageId: 'space-before', data: { mark }, target: { start, end }, suggestions: [{ text: mark }], fix: true });
      }
    }

    for (const re of [MISSING_AFTER_COMMA, MISSING_AFTER_STOP]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (mask[m.index]) continue;
        const mark = m[1];
        ctx.report({ messageId: 'missing-space-after', data: { mark }, target: { start: m.index, end: m.index + 1 }, suggestions: [{ text: mark + ' ' }], fix: true });
      }
    }

    checkQuotes(text, lang, ctx);
  },
};
