// A model, route or flight number, a virus or a formula of the source ("RM-1", "A320", "MH17",
// "COVID-19", "CO2") copied into the translation with a letter lost, added or changed ("R-1",
// "AB320"). The numbers check sees the digits, which are the same; this check sees the letters.
// Reported only when the source code is nowhere in the target (in any spelling: case, hyphen,
// space, full-width or subscript forms) and the target holds exactly one code, absent from the
// source, with the same digits and at most two letter edits that keep a letter of the original
// ("T3" → "Q3" is a different convention, not a slip); in a short code only a lost or added
// letter counts, since short abbreviations are translated ("KW12" → "CW12"). Codes in Cyrillic or Greek letters are
// the names check's business; a code missing altogether is the omission and numbers checks'.
import type { Check, CheckContext, SegmentView } from './check';
import { looseKey, mayHaveCode, readCodes, type Code } from '../text/codes';
import { editDistance } from '../text/edit-distance';

const MAX_EDITS = 2;
/** Letters a code needs before a changed letter (not a lost or added one) reads as a slip. */
const MIN_LETTERS_CHANGED = 4;

/** Letter edits from `s` to `t` when they can be a slip of one another, else -1. */
function slip(s: Code, t: Code): number {
  if (s.digits !== t.digits || s.key === t.key) return -1;
  const d = editDistance(s.key, t.key, MAX_EDITS);
  // At least one letter of the longer code survives: a code with every letter replaced is
  // another designation (French "T3" for the English "Q3"), not a copy gone wrong.
  if (d > MAX_EDITS || d >= Math.max(s.letters, t.letters)) return -1;
  // A short abbreviation is often translated letter by letter (German "KW12", calendar week, is
  // "CW12"; "UE-27" is "EU-27"): there only a lost or added letter is a slip; a long one is a
  // name kept as it is ("COVID-19"), where a changed letter is one too.
  if (d > Math.abs(s.key.length - t.key.length) && Math.max(s.letters, t.letters) < MIN_LETTERS_CHANGED) return -1;
  return d;
}

export const check: Check = {
  meta: {
    id: 'codes',
    category: 'accuracy/mistranslation',
    severity: 'major',
    description:
      'A code of the source (a model, road or flight number, a virus or vaccine name, a chemical formula: "RM-1", "F-16", "MH17", "COVID-19", "CO2") is copied into the translation with its letters changed ("R-1", "AB320") while the digits stay the same.',
    messages: {
      changed: '“{{target}}” in the translation does not match the code “{{source}}” in the source.',
    },
    fixable: 'fix',
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Die F-16 und der Airbus A320 landeten.', target: 'The F16 and the Airbus A320 landed.' },
        { from: 'ru', to: 'en', source: 'Вакцина против COVID-19 и выбросы CO2.', target: 'The Covid-19 vaccine and CO₂ emissions.' },
        { from: 'zh', to: 'en', source: '马航MH17航班坠毁。', target: 'Malaysia Airlines flight MH 17 crashed.' },
        { from: 'ru', to: 'en', source: 'Истребитель Су-27 пролетел 5 км.', target: 'The Su-27 fighter flew 5 km.', note: 'a Cyrillic code is for the names check' },
        { from: 'en', to: 'de', source: 'The COVID-19 pandemic hit the G7.', target: 'Die COVID-19-Pandemie traf die G7-Staaten.' },
        { from: 'fr', to: 'en', source: 'Les résultats du T3 sont bons.', target: 'The Q3 results are good.', note: 'every letter differs: another convention' },
        { from: 'de', to: 'en', source: 'Die Lieferung kommt in KW12.', target: 'The delivery arrives in CW12.', note: 'a short abbreviation, translated' },
        { from: 'de', to: 'en', source: 'Die Su-27 und die MiG-27 flogen.', target: 'The S-27 and the MiG-27 flew.', note: 'two codes share the digits' },
      ],
      bad: [
        { from: 'ru', to: 'en', source: 'Ракета типа RM-1 была запущена.', target: 'The R-1 type missile was launched.', flagged: 'R-1', fixed: 'The RM-1 type missile was launched.' },
        { from: 'de', to: 'en', source: 'Der Airbus A320 landete sicher.', target: 'The Airbus AB320 landed safely.', flagged: 'AB320', fixed: 'The Airbus A320 landed safely.' },
        { from: 'zh', to: 'en', source: '马航MH17航班坠毁。', target: 'Malaysia Airlines flight M17 crashed.', flagged: 'M17', fixed: 'Malaysia Airlines flight MH17 crashed.' },
        { from: 'ar', to: 'en', source: 'انخفضت انبعاثات CO2 هذا العام.', target: 'C2 emissions fell this year.', flagged: 'C2', fixed: 'CO2 emissions fell this year.' },
        { from: 'en', to: 'de', source: 'The COVID-19 virus spread quickly.', target: 'Das COVIF-19-Virus verbreitete sich schnell.', flagged: 'COVIF-19', fixed: 'Das COVID-19-Virus verbreitete sich schnell.' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const { source, target } = view;
    if (!mayHaveCode(source) || !mayHaveCode(target)) return;
    const srcChains = readCodes(source);
    if (srcChains.length === 0) return;
    const tgtLoose = looseKey(target);
    // Source codes the target has nowhere, in any of its spellings.
    const missing = srcChains.filter((v) => !v.some((c) => tgtLoose.includes(c.key)));
    if (missing.length === 0) return;
    const tgtChains = readCodes(target);
    if (tgtChains.length === 0) return;
    const srcLoose = looseKey(source);
    const candidates = tgtChains.filter((v) => !v.some((c) => srcLoose.includes(c.key)));
    if (candidates.length === 0) return;
    // Source codes sharing their digits make any pairing a guess.
    const digitsSeen = new Map<string, Set<string>>();
    for (const v of srcChains) {
      const c = v[v.length - 1];
      const keys = digitsSeen.get(c.digits) ?? new Set<string>();
      keys.add(c.key);
      digitsSeen.set(c.digits, keys);
    }
    for (const sv of missing) {
      const s0 = sv[sv.length - 1];
      if ((digitsSeen.get(s0.digits)?.size ?? 0) > 1) continue;
      // Each target chain's closest reading; more than one distinct target code is a guess too.
      const hits: { s: Code; t: Code }[] = [];
      for (const tv of candidates) {
        let best: { s: Code; t: Code; d: number } | null = null;
        for (const s of sv) {
          for (const t of tv) {
            const d = slip(s, t);
            if (d >= 0 && (!best || d < best.d)) best = { s, t, d };
          }
        }
        if (best) hits.push(best);
      }
      if (hits.length === 0 || hits.some((h) => h.t.key !== hits[0].t.key)) continue;
      // A target code that could be the slip of another missing source code is not this one's.
      if (missing.some((o) => o !== sv && o.some((s) => hits.some((h) => slip(s, h.t) >= 0)))) continue;
      for (const { s, t } of hits) {
        const wrote = source.slice(s.start, s.end);
        ctx.report({
          messageId: 'changed',
          data: { target: target.slice(t.start, t.end), source: wrote },
          target: { start: t.start, end: t.end },
          source: { start: s.start, end: s.end },
          suggestions: [{ text: wrote }],
          fix: true,
        });
      }
    }
  },
};
