// Content of the source missing from the translation: an empty translation, a source sentence
// with nothing paired to it (a 1-0 segment), or a translation far shorter than the language
// pair's usual length ratio allows (src/core/lang/length-ratio.ts). Missing names and numbers
// are other checks' business.
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';
import { expectedRatio, viewContentLengths } from '../lang/length-ratio';

/** Below this share of the expected length a translation has lost content. */
const SHORT = 0.5;
/** Under this many letters in the source the ratio says too little. */
const MIN_SOURCE = 40;

export const check: Check = {
  meta: {
    id: 'omission',
    category: 'accuracy/omission',
    severity: 'major',
    description:
      'Flags source text with no translation: an empty target, a source sentence left unpaired, or a translation far shorter than the language pair usually needs.',
    messages: {
      empty: 'This source text has no translation.',
      short: 'The translation is much shorter than the source (about {{percent}}% of the usual length): part of it may be missing.',
    },
    examples: {
      good: [
        { from: 'fr', to: 'en', source: 'Le chat dort sur le canapé.', target: 'The cat is sleeping on the sofa.' },
        { from: 'en', to: 'zh', source: 'The meeting has been postponed until next week.', target: '会议推迟到下周。' },
        { from: 'de', to: 'en', source: '2020', target: '2020' },
      ],
      bad: [
        { from: 'de', to: 'en', source: 'Der Präsident schrieb auf Twitter.', target: '', flagged: '', messageId: 'empty' },
        { from: 'pl', to: 'en', source: 'Reprezentacja Polski spadła w rankingu FIFA.', target: '.', flagged: '', messageId: 'empty' },
        {
          from: 'es', to: 'en',
          source: 'El presidente anunció ayer nuevas medidas económicas para apoyar a las pequeñas empresas afectadas por la crisis.',
          target: 'The president announced.',
          flagged: '',
          messageId: 'short',
        },
      ],
    },
  },
  run(view: SegmentView, ctx: CheckContext) {
    const { source: srcLen, target: tgtLen } = viewContentLengths(view);
    if (srcLen === 0) return;
    const whole = { start: 0, end: view.source.length };
    if (tgtLen === 0) {
      ctx.report({ messageId: 'empty', target: null, source: whole });
      return;
    }
    const expected = expectedRatio(baseLang(ctx.from), baseLang(ctx.to));
    if (expected === null || srcLen < MIN_SOURCE) return;
    const share = tgtLen / (srcLen * expected);
    if (share < SHORT) {
      ctx.report({ messageId: 'short', data: { percent: String(Math.round(share * 100)) }, target: null, source: whole });
    }
  },
};
