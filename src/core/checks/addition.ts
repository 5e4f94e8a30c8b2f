// Translation text with no source behind it: a target sentence paired with nothing (a 0-1
// segment) or a translation far longer than the language pair's usual length ratio allows.
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';
import { expectedRatio, viewContentLengths } from '../lang/length-ratio';

/** Above this multiple of the expected length a translation has gained content. */
const LONG = 2.0;
/** Under this many letters in the translation the ratio says too little. */
const MIN_TARGET = 40;

export const check: Check = {
  meta: {
    id: 'addition',
    category: 'accuracy/addition',
    severity: 'major',
    description:
      'Flags translation text with no source: a target sentence paired with nothing, or a translation far longer than the language pair usually needs.',
    messages: {
      unpaired: 'This translated text has no counterpart in the source.',
      long: 'The translation is much longer than the source (about {{times}}× the usual length): it may add content.',
    },
    examples: {
      good: [
        { from: 'fr', to: 'en', source: 'Le chat dort sur le canapé.', target: 'The cat is sleeping on the sofa.' },
        { from: 'zh', to: 'en', source: '会议推迟到下周。', target: 'The meeting has been postponed until next week.' },
      ],
      bad: [
        { from: 'de', to: 'en', source: '', target: 'Read more about this topic here.', flagged: 'Read more about this topic here.', messageId: 'unpaired' },
        {
          from: 'it', to: 'en',
          source: 'Il treno è in ritardo.',
          target: 'The train is late, and passengers waiting on the platform were told that the delay would last several hours.',
          flagged: 'The train is late, and passengers waiting on the platform were told that the delay would last several hours.',
          messageId: 'long',
        },
      ],
    },
  },
  run(view: SegmentView, ctx: CheckContext) {
    const { source: srcLen, target: tgtLen } = viewContentLengths(view);
    if (tgtLen === 0) return;
    const whole = { start: 0, end: view.target.length };
    if (srcLen === 0) {
      ctx.report({ messageId: 'unpaired', target: whole });
      return;
    }
    const expected = expectedRatio(baseLang(ctx.from), baseLang(ctx.to));
    if (expected === null || tgtLen < MIN_TARGET) return;
    const times = tgtLen / (srcLen * expected);
    if (times > LONG) ctx.report({ messageId: 'long', data: { times: times.toFixed(1) }, target: whole });
  },
};
