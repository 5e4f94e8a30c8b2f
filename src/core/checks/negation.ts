// A negation in one text with no counterpart in the other: the translation says the opposite.
// Negations are counted on each side from small per-language tables (src/core/lang/negation.ts),
// with negative concord ("nikt nie" = "nobody") and the fixed phrases that do not negate
// ("not only", "nicht nur", "ne … que") taken out, and flagged when the counts differ;
// and a negator put before a negative word ("not incorrect", "did not fail to") where the source
// has no such double negation: the counts are equal, the meaning is reversed.
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';
import { viewWords } from '../text/word-runs';
import { findNegations, hasNegationTable, type NegationMark } from '../lang/negation';
import { countSaidAlike, countSoftNegatives, findTurned } from '../lang/negation-soft';

/** How a target says "X rather than Y" without a negation. */
const CONTRAST_SAID: Record<string, RegExp> = {
  en: /\b(?:than|rather|instead|unlike|whereas)\b/i,
  de: /(?:^|[^\p{L}])(?:statt|anstatt|sondern|als)(?![\p{L}])/iu,
};

/** A negation quoted in the target as the source has it ("No man is an island" kept in English). */
function keptAsIs(m: NegationMark, source: string, target: string): boolean {
  const phrase = /^\S+\s+[^\s.,;:!?"”»]+/.exec(source.slice(m.start, m.start + 60));
  return phrase !== null && phrase[0].length >= 5 && target.includes(phrase[0]);
}

/** The marks of `more` that match nothing in `fewer`, by relative position in their texts. */
function unmatched(more: NegationMark[], moreLen: number, fewer: NegationMark[], fewerLen: number): NegationMark {
  let best = more[0];
  let bestD = -1;
  for (const m of more) {
    const p = m.start / Math.max(1, moreLen);
    let d = 1;
    for (const f of fewer) d = Math.min(d, Math.abs(p - f.start / Math.max(1, fewerLen)));
    if (d > bestD) {
      bestD = d;
      best = m;
    }
  }
  return best;
}

export const check: Check = {
  meta: {
    id: 'negation',
    category: 'accuracy/mistranslation',
    severity: 'critical',
    description:
      'Compares the negations of source and translation (negators, "never"/"nobody"-words, negative concord, prefixed verbs in Czech) and flags a negation added or lost, or a double negation ("not impossible") the source does not have.',
    messages: {
      added: 'The translation has a negation ("{{word}}") that the source does not: the meaning may be reversed.',
      turned: 'The translation negates a negative word ("{{word}}") where the source has no such double negation: the meaning may be reversed.',
      lost: 'The source negation "{{word}}" has no counterpart in the translation: the meaning may be reversed.',
    },
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Er kommt nicht.', target: 'He is not coming.' },
        { from: 'de', to: 'en', source: 'Das ist nicht nur teuer, sondern auch langsam.', target: 'It is not only expensive but also slow.' },
        { from: 'fr', to: 'en', source: "Il n'a que deux enfants.", target: 'He has only two children.' },
        { from: 'pl', to: 'en', source: 'Nikt nic nie powiedział.', target: 'Nobody said anything.' },
        { from: 'cs', to: 'en', source: 'Nemá čas a největší problém je cena.', target: 'He has no time and the biggest problem is the price.' },
        { from: 'ru', to: 'en', source: 'Он никогда не был в Москве.', target: 'He has never been to Moscow.' },
        { from: 'en', to: 'zh', source: 'The two versions are different.', target: '两个版本不同。' },
        { from: 'es', to: 'en', source: 'No solo llueve, también hace frío.', target: 'Not only is it raining, it is also cold.' },
        { from: 'de', to: 'en', source: 'Das ist nicht ungewöhnlich.', target: 'This is not unusual.' },
      ],
      bad: [
        { from: 'de', to: 'en', source: 'Die Behörde musste schnell reagieren.', target: 'The agency did not have to react quickly.', flagged: 'not', messageId: 'added' },
        { from: 'es', to: 'en', source: 'Los trabajadores llegan a Moscú.', target: "The workers don't arrive in Moscow.", flagged: "n't", messageId: 'added' },
        { from: 'fr', to: 'en', source: "Il n'est jamais venu.", target: 'He came.', flagged: '', messageId: 'lost' },
        { from: 'cs', to: 'en', source: 'Tyto teorie naznačují, že lidé mají potřeby.', target: 'These theories suggest that people never have needs.', flagged: 'never', messageId: 'added' },
        { from: 'ru', to: 'en', source: 'Полиция не арестовала протестующих.', target: 'The police arrested the protesters.', flagged: '', messageId: 'lost' },
        { from: 'en', to: 'de', source: 'We know the answer.', target: 'Wir kennen die Antwort nicht.', flagged: 'nicht', messageId: 'added' },
        { from: 'en', to: 'zh', source: 'He likes tea.', target: '他不喜欢茶。', flagged: '不', messageId: 'added' },
        { from: 'es', to: 'en', source: 'El informe no es correcto.', target: 'The report is not incorrect.', flagged: 'not incorrect', messageId: 'turned' },
      ],
    },
  },
  run(view: SegmentView, ctx: CheckContext) {
    const from = baseLang(ctx.from);
    const to = baseLang(ctx.to);
    if (!view.source || !view.target || !hasNegationTable(from) || !hasNegationTable(to)) return;
    const srcStarts = view.sourceSentences.map((s) => s.start);
    const tgtStarts = view.targetSentences.map((s) => s.start);
    const srcWords = viewWords(ctx.doc, view, 's');
    const tgtWords = viewWords(ctx.doc, view, 't');
    const src = findNegations(view.source, from, srcStarts, srcWords);
    const tgt = findNegations(view.target, to, tgtStarts, tgtWords);
    // A side with fewer negations may say the same with "failed to", "unable", "ohne", "bez";
    // a "bez" the translation renders "without" has been said, and excuses nothing more.
    let excuse = 0;
    if (tgt.length >= src.length && tgt.length > 0) {
      excuse = countSoftNegatives(view.source, from, srcWords) - countSaidAlike(from, srcWords, to, tgtWords);
    }
    // "not impossible", "did not fail to": a negator turning a negative word back into a positive.
    // The negative word renders the source's soft one, so that cannot excuse the negator too.
    const turned = tgt.length > 0 ? findTurned(view.target, to, tgtWords, tgt, 'target') : [];
    const turnedExtra = turned.length > 0 ? turned.length - findTurned(view.source, from, srcWords, src, 'source').length : 0;
    if (turnedExtra > 0 && tgt.length >= src.length && tgt.length - src.length > excuse - turnedExtra) {
      const t = turned[0];
      ctx.report({ messageId: 'turned', data: { word: t.text }, target: { start: t.start, end: t.end } });
    } else if (tgt.length > src.length && tgt.length - src.length > excuse) {
      const m = unmatched(tgt, view.target.length, src, view.source.length);
      ctx.report({ messageId: 'added', data: { word: m.text }, target: { start: m.start, end: m.end } });
    } else if (src.length > tgt.length && tgt.length === 0 && countSoftNegatives(view.target, to, tgtWords) === 0) {
      const lost = src.filter((m) => !(m.contrast && CONTRAST_SAID[to]?.test(view.target)) && !keptAsIs(m, view.source, view.target));
      if (lost.length === 0) return;
      const m = unmatched(lost, view.source.length, tgt, view.target.length);
      ctx.report({ messageId: 'lost', data: { word: m.text }, target: null, source: { start: m.start, end: m.end } });
    }
  },
};
