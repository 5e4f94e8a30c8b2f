// Two or more spaces in a row between words or marks. Indentation and trailing spaces are
// layout, not text, and tabs (tables) are left alone.
import type { Check, CheckContext, SegmentView } from './check';

// A run of ordinary, no-break, narrow or ideographic spaces with text on both sides of it.
const PAIR = /[ \u00a0\u202f\u2009\u3000]{2}/;
const RUN = /(?<=\S)[ \u00a0\u202f\u2009\u3000]{2,}(?=\S)/gu;

export const check: Check = {
  meta: {
    id: 'double-space',
    category: 'fluency/punctuation',
    severity: 'minor',
    description: 'Two or more spaces in a row inside the text; one is enough (a no-break space in the run is kept).',
    messages: { 'double-space': '{{count}} spaces in a row; one is enough.' },
    fixable: 'fix',
    examples: {
      good: [
        { from: 'fr', to: 'en', source: 'Il a dit : oui.', target: 'He said: yes. Then he left.' },
        { from: 'en', to: 'fr', source: 'He said: yes.', target: 'Il a dit\u00a0: oui.' },
        { from: 'en', to: 'ja', source: 'Yes. No.', target: 'はい。いいえ。' },
        { from: 'en', to: 'ru', source: 'Name\tAge', target: 'Имя\t\tВозраст' },
      ],
      bad: [
        { from: 'fr', to: 'en', source: 'Il est venu hier.', target: 'He came  yesterday.', flagged: '  ', fixed: 'He came yesterday.' },
        { from: 'en', to: 'fr', source: 'He said: yes.', target: 'Il a dit \u00a0: oui.', flagged: ' \u00a0', fixed: 'Il a dit\u00a0: oui.' },
        { from: 'en', to: 'ru', source: 'He came.', target: 'Он   пришёл.', flagged: '   ', fixed: 'Он пришёл.' },
        { from: 'en', to: 'ar', source: 'He came yesterday.', target: 'جاء  أمس.', flagged: '  ', fixed: 'جاء أمس.' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (!text || !PAIR.test(text)) return;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
      const run = m[0];
      const keep = run.includes('\u00a0') ? '\u00a0' : run.includes('\u202f') ? '\u202f' : run.includes('\u3000') ? '\u3000' : ' ';
      ctx.report({ messageId: 'double-space', data: { count: String(run.length) }, target: { start: m.index, end: m.index + run.length }, suggestions: [{ text: keep }], fix: true });
    }
  },
};
