// A name in the source should come through in the target: written the same, transliterated,
// inflected, as its usual exonym (Warszawa → Warsaw) or with its name-building words translated
// (Ligue arabe → Arab League). Source names are capitalised words that are not common words of
// the source language (sentence openers, titles, months, German nouns...); a name with no
// counterpart is reported as missing, or as replaced when the target has a name from nowhere
// near the same place.
import type { Check, CheckContext, SegmentView } from './check';
import {
  base,
  fewerInTarget,
  groupFound,
  ENGLISH_LOOKING,
  expandsAcronym,
  mayHaveUnexpected,
  nameGoesOn,
  spelledOut,
  unexpectedNames,
  removalTrace,
  indexSide,
  segmentTokens,
  sourceNameGroups,
  strayNames,
  type NameGroup,
  type NameToken,
} from './name-tools';
import { isPlaceConcept } from '../text/names/concepts';

const SLAVIC = new Set(['pl', 'cs', 'sk', 'ru', 'uk', 'bg', 'sr', 'hr', 'sl']);
/** Languages whose names take case endings (Warszawie, Putinem, Путиным). */
const INFLECTING = new Set([...SLAVIC, 'fi', 'hu', 'et', 'lt', 'lv']);

/** How far apart (as a share of the segment) a missing name and a stray may sit to be paired. */
const PAIR_DISTANCE = 0.35;
/** The same for a name we are less sure of (a sentence opener, an acronym in Cyrillic). */
const WEAK_PAIR_DISTANCE = 0.2;

export const names: Check = {
  meta: {
    id: 'names',
    category: 'accuracy/mistranslation',
    severity: 'major',
    description:
      'A name in the source (a person, place, organisation) is missing from the translation or replaced by another one, or the translation names someone the source does not. Names are compared across scripts and inflections, with common exonyms (Warszawa → Warsaw) and translated name-building words (Ligue arabe → Arab League).',
    messages: {
      missing: 'The name “{{name}}” in the source does not appear in the translation.',
      replaced: 'The name “{{name}}” in the source seems to have become “{{found}}” in the translation.',
      unexpected: 'The name “{{found}}” in the translation matches no name in the source.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'pl', to: 'en', source: 'Premier Mustafa al-Kazimi odwiedził Warszawę.', target: 'Prime Minister Mustafa al-Kazimi visited Warsaw.' },
        { from: 'ru', to: 'en', source: 'Президент приехал в Москву вместе с Путиным.', target: 'The president came to Moscow with Putin.' },
        {
          from: 'de',
          to: 'en',
          source: 'Die Regierung hat in Deutschland die Steuern erhöht, sagte Olaf Scholz.',
          target: 'The government raised taxes in Germany, said Olaf Scholz.',
          note: 'German nouns (Regierung, Steuern) are capitalised common words, not names.',
        },
        { from: 'es', to: 'en', source: 'El acuerdo con Kazimiego se firmó en Londres.', target: 'The agreement with Kazimi was signed in London.' },
        {
          from: 'fr',
          to: 'en',
          source: "La Ligue arabe et l'État islamique sont cités, comme les États-Unis, le Koweït et l'Arabie saoudite.",
          target: 'The Arab League and the Islamic State are mentioned, as are the United States, Kuwait and Saudi Arabia.',
          note: 'Name-building words translate (Ligue → League, État → State); exonyms are known.',
        },
        {
          from: 'cs',
          to: 'en',
          source: 'Premiér Andrej Babiš navštívil Brno a mluvil o Evropské unii.',
          target: 'Prime Minister Andrej Babiš visited Brno and spoke about the European Union.',
        },
        {
          from: 'ru',
          to: 'en',
          source: 'Об этом сообщил Гидрометцентр России, сказал Евгений Тишковец.',
          target: 'This was reported by the Hydrometeorological Center of Russia, said Yevgeny Tishkovets.',
        },
        { from: 'en', to: 'de', source: 'We can stand on the Earth and look at the Sun.', target: 'Wir können auf der Erde stehen und die Sonne ansehen.' },
      ],
      bad: [
        {
          from: 'de',
          to: 'en',
          source: 'US-Präsident Donald Trump schrieb per Twitter, dass er zufrieden sei.',
          target: 'US President Erwin Huber wrote on Twitter that he was satisfied.',
          flagged: 'Erwin Huber',
          fixed: 'US President Donald Trump wrote on Twitter that he was satisfied.',
          messageId: 'replaced',
        },
        {
          from: 'es',
          to: 'en',
          source: 'Se han registrado más de 28.000 muertes en España.',
          target: 'More than 28,000 deaths have been registered in .',
          flagged: '',
          messageId: 'missing',
        },
        {
          from: 'cs',
          to: 'en',
          source: 'Zelenskyj mluvil s Putinem o Krymu.',
          target: 'Zelensky spoke about Crimea.',
          flagged: '',
          messageId: 'missing',
          note: 'Putinem is Putin inflected: no counterpart in the translation.',
        },
        {
          from: 'it',
          to: 'en',
          source: 'Marchionne ha incontrato i sindacati a Torino.',
          target: 'Met the unions in Turin.',
          flagged: '',
          messageId: 'missing',
          note: 'A sentence opener is not surely a name, but the translation opens on a verb: its subject was cut.',
        },
        {
          from: 'pl',
          to: 'en',
          source: 'Spotkanie odbyło się w Krakowie.',
          target: 'The meeting with Chen Yongzhou took place in Krakow.',
          flagged: 'Chen Yongzhou',
          messageId: 'unexpected',
        },
      ],
    },
  },
  run(view: SegmentView, ctx: CheckContext): void {
    if (!view.source || !view.target) return;
    const from = base(ctx.from);
    const to = base(ctx.to);
    const sCaps = segmentTokens(ctx.doc, view, 's', from);
    const groups = sourceNameGroups(sCaps, from, view.source);
    // Target languages other than English localise acronyms (UK → GB, GNP → BSP).
    if (to !== 'en') for (const g of groups) if (g.tokens.every((w) => w.upper)) g.strong = false;
    // Where the host lends a source dictionary, a run of ordinary words ("Earth", "Big Bang") is a
    // name that gets translated rather than transferred.
    const sp = groups.length > 0 ? (ctx.services.speller?.(ctx.from) ?? null) : null;
    if (sp) for (const g of groups) if (g.tokens.every((w) => !w.upper && sp.correct(w.text.toLowerCase()))) g.strong = false;
    // Most names are found among the target's capitalised words; the rest of it is read only
    // for the names that are not (a lower-case cognate, a translated common noun).
    const tCaps = segmentTokens(ctx.doc, view, 't', to);
    const capIdx = indexSide(tCaps);
    let missing = groups.filter((g) => !groupFound(g, capIdx));
    let tAll: NameToken[] | null = null;
    const allTarget = () => (tAll ??= segmentTokens(ctx.doc, view, 't', to, true));
    if (missing.length > 0) {
      const allIdx = indexSide(allTarget());
      missing = missing.filter((g) => !groupFound(g, allIdx));
    }
    // A name said twice that the target has once ("Thomas Cook ... Thomas Cook", Südafrikas and
    // Südafrikanischen → South Africa's).
    for (const g of groups) {
      if (missing.includes(g)) continue;
      const repeated = g.tokens.some(
        (t, i) => g.strengths[i] === 2 && !t.upper && translatesNot(t) && isLastOccurrence(t, sCaps) && fewerInTarget(t, sCaps, capIdx, allTarget),
      );
      if (repeated) missing.push(g);
    }
    // German capitalises every noun: no target word can be read as a stray name.
    const strayTarget = to !== 'de';
    // A name from nowhere is told from an ordinary capitalised word by the English word list only.
    const unexpectedTarget = to === 'en';
    if (missing.length === 0 && !(unexpectedTarget && tCaps.length > 1 && mayHaveUnexpected(tCaps, indexSide(sCaps), to, view.target))) return;
    const target = allTarget();
    const sAll = segmentTokens(ctx.doc, view, 's', from, true);
    const sIdx = indexSide(sAll);
    if (SLAVIC.has(from) && missing.length > 0) {
      const tIdx = indexSide(target);
      missing = missing.filter((g) => !nameGoesOn(g, sAll, tIdx));
    }
    // An acronym spelled out in the translation ("PZPN" → "Polish Football Association"), unless
    // the translation shows it was cut ("National Security Advisor ()").
    let trace: boolean | undefined;
    const cut = () => (trace ??= to === 'en' && removalTrace(target, view.target));
    missing = missing.filter((g) => !(g.tokens.length === 1 && g.tokens[0].upper && spelledOut(g.tokens[0], target, sIdx, view.target, to) && !cut()));
    let strays: NameToken[][] = [];
    if (strayTarget) {
      strays = strayNames(target, sIdx, to, view.target);
      const tsp = ctx.services.speller?.(ctx.to) ?? null;
      if (tsp) strays = strays.filter((s) => !s.every((w) => tsp.correct(w.text.toLowerCase())));
    }
    const used = new Set<NameToken[]>();
    const srcLen = Math.max(1, view.source.length);
    const tgtLen = Math.max(1, view.target.length);
    for (const g of missing) {
      const rel = g.start / srcLen;
      let best: NameToken[] | null = null;
      let bestD = g.strong ? PAIR_DISTANCE : WEAK_PAIR_DISTANCE;
      for (const s of strays) {
        if (used.has(s)) continue;
        // A name we are unsure of (a sentence opener, an acronym in Cyrillic or opening a
        // compound) pairs only with a stray that looks like no English word and is no acronym:
        // "Foster", "Handmade", "EPL", "MCI" for МРП, "GDP" for BIP-Einheit are translations.
        if (!g.strong && ((s.length === 1 && s[0].upper) || ENGLISH_LOOKING.test(s[0].forms.f))) continue;
        if (g.tokens.length === 1 && g.tokens[0].upper && expandsAcronym(g.tokens[0], s)) continue;
        const d = Math.abs(s[0].start / tgtLen - rel);
        if (d < bestD) {
          bestD = d;
          best = s;
        }
      }
      if (!best && !g.strong && !cut()) continue;
      report(ctx, view, g, best);
      if (best) used.add(best);
    }
    // A person's name that came from nowhere, with no source name gone missing to explain it.
    for (const s of unexpectedTarget ? unexpectedNames(strays, to) : []) {
      if (used.has(s)) continue;
      const span = { start: s[0].start, end: s[s.length - 1].end };
      ctx.report({ messageId: 'unexpected', data: { found: view.target.slice(span.start, span.end) }, target: span });
    }
  },
};

/** A word that is a name through and through, or a place: words that translate (État) vary too much to count. */
function translatesNot(t: NameToken): boolean {
  return t.forms.concepts.length === 0 || t.forms.concepts.some(isPlaceConcept);
}

/** Is this the last source word spelled so (so a repeated name is reported once)? */
function isLastOccurrence(t: NameToken, toks: NameToken[]): boolean {
  const sk = t.forms.sks[0];
  for (let i = toks.length - 1; i >= 0; i--) if (toks[i].forms.sks[0] === sk) return toks[i] === t;
  return false;
}

function report(ctx: CheckContext, view: SegmentView, g: NameGroup, stray: NameToken[] | null): void {
  const source = { start: g.start, end: g.end };
  const name = view.source.slice(g.start, g.end);
  if (stray) {
    const target = { start: stray[0].start, end: stray[stray.length - 1].end };
    // The source's spelling is a fair proposal only where it would be written the same in the
    // target: same script, no case ending (not "Макроном", not "Warszawie").
    const asIs = g.tokens.every((t) => t.nonLatin === stray[0].nonLatin && !INFLECTING.has(base(ctx.from)));
    ctx.report({
      messageId: 'replaced',
      data: { name, found: view.target.slice(target.start, target.end) },
      source,
      target,
      suggestions: asIs ? [{ text: name }] : [],
    });
  } else {
    ctx.report({ messageId: 'missing', data: { name }, source });
  }
}
