// A translation that is the source itself: same letters and digits, ignoring case, spacing and
// punctuation. A segment that is only a name, a number, a URL or a short title is legitimately
// the same in both languages ("Twitter", "COVID-19", "iPhone 12 Pro").
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';
import { sameBareText, viewWords, type Word } from '../text/word-runs';

const URLISH = /^\s*(?:(?:https?|ftp):\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|[\w-]+(?:\.[\w-]+)+\/?\S*)\s*$/i;

/** True when the text (of which `list` are the words) can stand unchanged in any language. */
function neutral(text: string, list: Word[]): boolean {
  if (URLISH.test(text)) return true;
  const letters = list.filter((w) => /\p{L}/u.test(w.text));
  if (letters.length === 0) return true; // numbers, symbols
  // A short title or name: few words, every one capitalised, an acronym or with digits.
  if (letters.length <= 4 && letters.every((w) => w.cap || w.digit || !/\p{Ll}/u.test(w.text))) return true;
  // A single word (a brand, a term): too little to call it untranslated.
  return letters.length === 1 && list.length <= 2;
}

export const check: Check = {
  meta: {
    id: 'untranslated',
    category: 'accuracy/untranslated',
    severity: 'major',
    description:
      'Flags a translation identical to its source (ignoring case, spacing and punctuation), except for names, numbers, URLs and short titles that stay the same in every language.',
    messages: {
      identical: 'The translation is the same as the source: the segment looks untranslated.',
    },
    examples: {
      good: [
        { from: 'en', to: 'de', source: 'Twitter', target: 'Twitter' },
        { from: 'fr', to: 'en', source: 'COVID-19', target: 'COVID-19' },
        { from: 'en', to: 'ru', source: 'https://example.com/page', target: 'https://example.com/page' },
        { from: 'de', to: 'en', source: 'Angela Merkel', target: 'Angela Merkel' },
        { from: 'fr', to: 'en', source: 'Le chat dort.', target: 'The cat is sleeping.' },
      ],
      bad: [
        {
          from: 'fr', to: 'en',
          source: "L'attaque a eu lieu dans la nuit.",
          target: "L'attaque a eu lieu dans la nuit.",
          flagged: "L'attaque a eu lieu dans la nuit.",
        },
        { from: 'ru', to: 'en', source: 'Погода сегодня хорошая.', target: 'погода сегодня хорошая', flagged: 'погода сегодня хорошая' },
        { from: 'en', to: 'ja', source: 'Press the red button twice.', target: 'Press the red button twice.', flagged: 'Press the red button twice.' },
      ],
    },
  },
  run(view: SegmentView, ctx: CheckContext) {
    if (baseLang(ctx.from) === baseLang(ctx.to) || !view.source || !view.target) return;
    // Equal texts have near-equal lengths: most segments are settled without normalising.
    const a = view.source.length;
    const b = view.target.length;
    if (Math.abs(a - b) > Math.max(8, 0.25 * Math.max(a, b))) return;
    if (!/[\p{L}\p{N}]/u.test(view.target) || !sameBareText(view.source, view.target)) return;
    // The words the checks share (their sentence starts do not matter here: only text, cap, digit).
    if (neutral(view.target, viewWords(ctx.doc, view, 't'))) return;
    ctx.report({ messageId: 'identical', target: { start: 0, end: view.target.length } });
  },
};
