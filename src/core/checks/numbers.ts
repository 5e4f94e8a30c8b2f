// A quantity in the source that the translation changes or drops. Numbers on both sides are
// read in every convention they could be written in (see text/numbers.ts) and matched as
// multisets; only what is left over on both sides is a change, and only a digit number left
// over in the source is an omission. Spelled-out words, numerals, month parts and "one" may
// match but are never demanded: a translator may write "a day" for "1 Tag" or "both" for "zwei".
import type { Check } from './check';
import { extractNumbers, formatLike, sameQuantity, type NumberToken } from '../text/numbers';
import { viewWords } from '../text/word-runs';
import { hasConversion, unitAfter, unitsNamed } from '../text/units';
import { baseOf } from '../lang/base-lang';
import { ordinalSlips } from './numbers-ordinal';
import { pairDecades } from './numbers-decade';

/** Left-over numbers can be a change of one another when of like size ("28,000" ~ "24,000"). */
function comparable(a: NumberToken, b: NumberToken): boolean {
  const x = Math.abs(a.readings[0]?.value ?? NaN);
  const y = Math.abs(b.readings[0]?.value ?? NaN);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  if (x <= 20 && y <= 20) return true;
  return Math.max(x, y) <= 10 * Math.max(Math.min(x, y), 1e-9);
}

/** A month only ever meets a month; a Roman numeral ("siglo XV") may be changed, never flagged in the target. */
const pairableSource = (t: NumberToken): boolean => t.kind !== 'month';
const pairableTarget = (t: NumberToken): boolean => t.kind !== 'month' && t.kind !== 'roman';

export const check: Check = {
  meta: {
    id: 'numbers',
    category: 'accuracy/mistranslation',
    severity: 'major',
    description:
      'A number, amount, date, time, percentage or ordinal of the source is changed or missing in the translation (digit, word and locale formats compared by value); in English, an ordinal whose suffix lost a letter ("from 20t to 22nd") where the source or a sibling ordinal shows it is one.',
    messages: {
      changed: '“{{target}}” in the translation does not match “{{source}}” in the source.',
      missing: '“{{source}}” in the source is missing from the translation.',
      ordinalSuffix: '“{{target}}” looks like an ordinal that lost a letter: “{{suggestion}}”.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'fr', to: 'en', source: 'Au pouvoir depuis mai 2020, il a perdu les élections du 10 octobre.', target: 'In power since May 2020, he lost the October 10 elections.' },
        { from: 'de', to: 'en', source: 'Bisher wurden mehr als 272.000 Infektionen und 28.000 Tote registriert.', target: 'So far, more than 272,000 infections and 28,000 deaths have been registered.' },
        { from: 'fr', to: 'en', source: 'Le tracé mesure 1\u202F000,5 km et le départ est à 12 h 00.', target: 'The route is 1,000.5 km long and the start is at 12:00.' },
        { from: 'fr', to: 'en', source: 'La ville compte 3,5 millions d’habitants, soit 15 % de plus.', target: 'The city has 3.5 million inhabitants, 15 per cent more.' },
        { from: 'de', to: 'en', source: 'Vor drei Wochen, am 3. Oktober, kamen 2 Mio. Besucher.', target: 'Three weeks ago, on 3rd October, 2 million visitors came.' },
        { from: 'ru', to: 'en', source: 'Помогать будут 10 тысяч человек, из них двое врачей.', target: '10,000 people will help, two of them doctors.', note: 'число прописью ↔ цифрами' },
        { from: 'es', to: 'en', source: 'Entre 100 y 250 personas, en 2010-2012, un día.', target: 'Between 100 and 250 people, in 2010–2012, one day.' },
        { from: 'zh', to: 'en', source: '约2万人参加，预算3.5亿元。', target: 'About 20,000 people took part, with a budget of 350 million yuan.' },
        { from: 'ja', to: 'en', source: '十二人が三日間で参加した。', target: '12 people took part over three days.' },
        { from: 'ar', to: 'en', source: 'في عام ٢٠٢٠ أصيب ٢٥ شخصا.', target: 'In 2020, 25 people were injured.' },
        { from: 'hi', to: 'en', source: '२०१९ में ४५० लोग आए।', target: '450 people came in 2019.' },
        { from: 'pl', to: 'en', source: 'Zakażonych jest 2,35 mln osób, a 1 dzień temu trzech zmarło.', target: 'There are 2.4 million infected, and a day ago three died.', note: 'rounding; "1" as an article' },
        { from: 'en', to: 'fr', source: '1. The first 1,500.25 euros.', target: '1. Les premiers 1\u00A0500,25 euros.' },
        { from: 'de', to: 'en', source: 'Der Lkw wiegt 20 t und fuhr 8 h.', target: 'The truck weighs 20t and drove for 8h.' },
      ],
      bad: [
        { from: 'fr', to: 'en', source: 'Environ 1 500 personnes ont manifesté.', target: 'About 1,400 people demonstrated.', flagged: '1,400', fixed: 'About 1,500 people demonstrated.', messageId: 'changed' },
        { from: 'de', to: 'en', source: 'Mehr als 28.000 Tote wurden registriert.', target: 'More than 24,000 deaths were registered.', flagged: '24,000', fixed: 'More than 28,000 deaths were registered.' },
        { from: 'de', to: 'en', source: 'Werth hatte vor drei Wochen gewonnen.', target: 'Werth had won four weeks ago.', flagged: 'four', fixed: 'Werth had won three weeks ago.' },
        { from: 'ru', to: 'en', source: 'В 2019 году погибли 5 человек.', target: 'In 2019 people died.', flagged: '', messageId: 'missing' },
        { from: 'zh', to: 'en', source: '预算为3.5亿元。', target: 'The budget is 450 million yuan.', flagged: '450', fixed: 'The budget is 350 million yuan.' },
        { from: 'es', to: 'en', source: 'El paro subió un 15 %.', target: 'Unemployment rose by 16 percent.', flagged: '16', fixed: 'Unemployment rose by 15 percent.' },
        { from: 'fr', to: 'de', source: 'Les élections du 10 octobre.', target: 'Die Wahlen vom 11. Oktober.', flagged: '11', fixed: 'Die Wahlen vom 10. Oktober.' },
        { from: 'en', to: 'fr', source: 'It costs 1,500.5 euros.', target: 'Cela coûte 1\u202F400,5 euros.', flagged: '1\u202F400,5', fixed: 'Cela coûte 1\u202F500,5 euros.' },
        { from: 'pl', to: 'en', source: 'Reprezentacja spadła z 20. na 22. lokatę.', target: 'The team dropped from 20t to 22nd place.', flagged: '20t', fixed: 'The team dropped from 20th to 22nd place.', messageId: 'ordinalSuffix' },
        { from: 'cs', to: 'en', source: 'Neapol se ujala vedení už v 8. minutě.', target: 'Napoli took the lead in the 8h minute.', flagged: '8h', fixed: 'Napoli took the lead in the 8th minute.' },
      ],
    },
  },

  run(view, ctx) {
    if (!view.source.trim() || !view.target.trim()) return;
    // An English ordinal with its suffix cut ("20t" for "20th") keeps its value: read apart.
    if (baseOf(view.to) === 'en') for (const r of ordinalSlips(view)) ctx.report(r);
    // The words every check shares spare the number reader a pass of its own over them.
    const src = extractNumbers(view.source, view.from, viewWords(ctx.doc, view, 's')).filter((t) => !t.listMarker);
    // Only a source number is ever reported (changed or missing): without one, the target need not be read.
    if (src.length === 0) return;
    const tgt = extractNumbers(view.target, view.to, viewWords(ctx.doc, view, 't')).filter((t) => !t.listMarker);
    const srcUsed = new Set<NumberToken>();
    const tgtUsed = new Set<NumberToken>();
    // Exact readings first, so a rounded match never takes a number another one equals.
    for (const tolerant of [false, true]) {
      for (const s of src) {
        if (srcUsed.has(s)) continue;
        const t = tgt.find((x) => !tgtUsed.has(x) && sameQuantity(s, x, tolerant));
        if (t) {
          srcUsed.add(s);
          tgtUsed.add(t);
        }
      }
    }
    // A measure converted with its unit ("120 feet" → "40 Meter") is a localisation, not a change.
    const srcWords = viewWords(ctx.doc, view, 's');
    const tgtWords = viewWords(ctx.doc, view, 't');
    let units: { s: Set<string>; t: Set<string> } | null = null;
    const converted = (s: NumberToken) => {
      const unit = unitAfter(view.source, s.end, srcWords);
      if (unit === null) return false;
      units ??= { s: unitsNamed(srcWords), t: unitsNamed(tgtWords) };
      // A source that gives both ("20 km (15 mi)") leaves the translation nothing to convert.
      return hasConversion(unit, units.t) && !hasConversion(unit, units.s);
    };
    const srcLeft = src.filter((s) => !srcUsed.has(s) && pairableSource(s) && !converted(s));
    const tgtLeft = tgt.filter((t) => !tgtUsed.has(t) && pairableTarget(t));
    // "in den 50ern des 19. Jahrhunderts" ↔ "in the 1850s", either way round.
    pairDecades(tgtLeft, srcLeft);
    pairDecades(srcLeft, tgtLeft);
    // A left-over target number paired, in order, with a left-over source number of like size
    // is a changed number; the target alone is not reported (added context, unit conversions).
    for (const t of tgtLeft) {
      const i = srcLeft.findIndex((s) => comparable(s, t));
      if (i < 0) continue;
      const [s] = srcLeft.splice(i, 1);
      ctx.report({
        messageId: 'changed',
        data: { target: t.text, source: s.text },
        target: { start: t.start, end: t.end },
        source: { start: s.start, end: s.end },
        suggestions: [{ text: formatLike(s.readings[0].value, t, view.to) }],
      });
    }
    for (const s of srcLeft) {
      // Only digits are demanded: "1" reads as "a", an id may be renamed, a word may be rephrased.
      if (s.soft || s.kind === 'id' || s.readings.every((r) => r.value === 1)) continue;
      ctx.report({ messageId: 'missing', data: { source: s.text }, target: null, source: { start: s.start, end: s.end } });
    }
  },
};
