// A name in the source should come through in the target: written the same, transliterated,
// inflected, as its usual exonym (Warszawa → Warsaw) or with its name-building words translated
// (Ligue arabe → Arab League). Source names are capitalised words that are not common words of
// the source language (sentence openers, titles, months, German nouns...); a name with no
// counterpart is reported as missing, or as replaced when the target has a name from nowhere
// near the same place.
import type { Check, CheckContext, SegmentView } from './check';
import {
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
  slavicNameAdjective,
  strayNames,
  unexplainedRuns,
  namesNewPlace,
  englishPlace,
  plainTrace,
  runCandidate,
  counterpartLevel,
  fold,
  givenName,
  listSiblings,
  type NameGroup,
  type SideIndex,
  type NameToken,
} from './name-tools';
import { closeConcepts, englishConcepts, isPlaceConcept, placeMentioned } from '../text/names/concepts';
import { baseOf } from '../lang/base-lang';

/** A top-level domain right after a word. */
const DOMAIN = /^\.[a-z]{2,4}\b/;
const SLAVIC = new Set(['pl', 'cs', 'sk', 'ru', 'uk', 'bg', 'sr', 'hr', 'sl']);
/** Languages whose names take case endings (Warszawie, Putinem, Путиным). */
const INFLECTING = new Set([...SLAVIC, 'fi', 'hu', 'et', 'lt', 'lv']);

/** How far apart (as a share of the segment) a missing name and a stray may sit to be paired. */
const PAIR_DISTANCE = 0.35;
/** The same where the evidence is stronger: the source name is surely gone, or the stray names a new place. */
const FAR_PAIR_DISTANCE = 0.5;
/** The same for a name we are less sure of (a sentence opener, an acronym in Cyrillic). */
const WEAK_PAIR_DISTANCE = 0.2;

export const names: Check = {
  meta: {
    id: 'names',
    category: 'accuracy/mistranslation',
    severity: 'major',
    description:
      'A name in the source (a person, place, organisation) is missing from the translation or replaced by another one, or the translation names someone the source does not. Names are compared across scripts and inflections, with exonyms (Warszawa → Warsaw, and every country by the locale data) and translated name-building words (Ligue arabe → Arab League).',
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
        {
          from: 'de',
          to: 'en',
          source: 'Der Islam war auf den Komoren sehr erfolgreich.',
          target: 'Islam was very successful in the Comoros.',
          note: 'Country names in every language come from the locale data.',
        },
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
          from: 'it',
          to: 'en',
          source: 'Il gruppo partì per una tournée negli Stati Uniti e in Canada.',
          target: 'The group left for a tour of China and Canada.',
          flagged: 'China',
          messageId: 'replaced',
          note: 'A place the source does not name stands where one it names is gone.',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Der Kongress begann im August mit der Finanzierung.',
          target: 'The White Lion began funding in August.',
          flagged: 'White Lion',
          messageId: 'replaced',
          note: 'Kongress is a German noun, but one the table follows: gone, with a name from nowhere where it stood.',
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
    const from = baseOf(ctx.from);
    const to = baseOf(ctx.to);
    const sCaps = segmentTokens(ctx.doc, view, 's', from);
    const sp = sCaps.length > 0 ? (ctx.services.speller?.(ctx.from) ?? null) : null;
    // A sentence opener the dictionary knows only with its capital (Путин, Macura) is a name, and
    // so is a short one it does not know at all (Хьюн, Apia): a long unknown word is more often a
    // derivation or a compound (Блоггерство, Latenight-Moderator). German nouns are known only
    // with their capital: there only the unknown.
    const proper = sp
      ? (t: NameToken) => {
          const f = t.forms.f;
          if (f.length < 3 || t.joined || view.source.charAt(t.end) === '-' || sp.correct(t.text.toLowerCase())) return false;
          const known = sp.correct(t.text);
          return from === 'de' ? !known && f.length <= 8 : known || f.length <= 8;
        }
      : undefined;
    const groups = sourceNameGroups(sCaps, from, view.source, proper);
    // Target languages other than English localise acronyms (UK → GB, GNP → BSP).
    if (to !== 'en') for (const g of groups) if (g.tokens.every((w) => w.upper)) g.strong = false;
    // Where the host lends a source dictionary, a run of ordinary words ("Earth", "Big Bang") is a
    // name that gets translated rather than transferred. Not so a word the table follows into its
    // translations (Noruega is also "Norwegian", Луна also "moon"), an adjective Slavic languages
    // capitalise only inside a name (Московском регионе), nor a website's name (Aktuálně.cz).
    const ordinary = (w: NameToken) =>
      !w.upper &&
      w.forms.concepts.length === 0 &&
      sp!.correct(w.text.toLowerCase()) &&
      !slavicNameAdjective(w, from) &&
      !DOMAIN.test(view.source.slice(w.end, w.end + 6));
    // (A person's name with a foreign particle is kept as it is, however ordinary its words: Vasco da Gama.)
    if (sp) for (const g of groups) if (g.given === undefined && g.tokens.every(ordinary)) g.strong = false;
    // Most names are found among the target's capitalised words; the rest of it is read only
    // for the names that are not (a lower-case cognate, a translated common noun).
    const tCaps = segmentTokens(ctx.doc, view, 't', to);
    const capIdx = indexSide(tCaps);
    let missing = groups.filter((g) => g.code !== undefined || !groupFound(g, capIdx));
    let tAll: NameToken[] | null = null;
    const allTarget = () => (tAll ??= segmentTokens(ctx.doc, view, 't', to, true));
    if (missing.length > 0) {
      const allIdx = indexSide(allTarget());
      // A numbered name ("Formel-1") is its word translated or kept, not a lower-case look-alike
      // ("for", "form"), or its number ("F1", "level three").
      missing = missing.filter((g) =>
        g.code === undefined ? !groupFound(g, allIdx) : !g.tokens.every((t) => sameOrTranslated(t, allIdx)) && !numberIn(view.target, g.code, to),
      );
    }
    let sCapSeen: SideIndex | null = null;
    const sCapIdx = () => (sCapSeen ??= indexSide(sCaps));
    // An ordinary word written with a capital in a list beside a sure name (a place, a word no
    // dictionary has) is a name as well ("como Paro y Punakha"): gone, where its sibling came
    // through and no capitalised word of the target could be its translation ("Podemos,
    // Ciudadanos" → "Podemos, Citizens"; "Legge e Economia" are both words).
    if (sp && to !== 'de' && missing.length > 0) {
      const sure = (t: NameToken) => !t.upper && (t.forms.place || (t.forms.concepts.length === 0 && !sp.correct(t.text.toLowerCase())));
      const listed = missing.filter(
        (g) =>
          !g.strong &&
          g.strengths.every((x) => x === 2) &&
          g.tokens.every(ordinary) &&
          listSiblings(g, groups, view.source, from).some((o) => o.strong && o.tokens.every(sure) && !missing.includes(o)),
      );
      // (Any capitalised word inside a sentence: "Podemos" may become "We Can".)
      const translation = (t: NameToken) =>
        t.forms.f.length >= 2 && !t.digit && (t.initial ? runCandidate(t, sCapIdx()) : counterpartLevel(t, sCapIdx()) === 0);
      if (listed.length > 0 && !tCaps.some(translation)) for (const g of listed) g.strong = true;
    }
    let trace: boolean | undefined;
    const cut = () => (trace ??= to === 'en' && removalTrace(allTarget(), view.target));
    // A name said twice that the target has once ("Thomas Cook ... Thomas Cook", Südafrikas and
    // Südafrikanischen → South Africa's).
    // (Not a given name beside a surname: "Donald Trump ... Trump".)
    for (const g of groups) {
      if (missing.includes(g)) continue;
      const surname = g.tokens.some((t, i) => g.strengths[i] === 2 && !givenName(g, i));
      const repeated = g.tokens.some(
        (t, i) =>
          g.strengths[i] === 2 &&
          !t.upper &&
          !(surname && givenName(g, i)) &&
          translatesNot(t) &&
          isLastOccurrence(t, sCaps) &&
          fewerInTarget(t, sCaps, capIdx, allTarget),
      );
      if (repeated) missing.push(g);
    }
    // German capitalises every noun: no target word can be read as a stray name.
    const strayTarget = to !== 'de';
    // A name from nowhere is told from an ordinary capitalised word by the English word list only.
    const unexpectedTarget = to === 'en';
    // Capitalised source words the table can follow (Kongress, Westen, США, Unione) with no
    // counterpart among the target's capitalised words, and target places with none among the
    // source's: a name may have been swapped even where no source name is missing.
    // (Not a given name whose surname came through: "Johannes van den Berg" → "Van den Berg".)
    let lostCaps = unexpectedTarget
      ? sCaps.filter((t) => t.forms.concepts.length > 0 && !t.forms.common && known(t, from) && counterpartLevel(t, capIdx) === 0 && !givenOfFound(t, groups, missing))
      : [];
    // They count only beside a capitalised target word the source's capitals do not explain, or
    // a plain cut: most are common nouns translated in lower case (Regierung → government).
    // (Those of a missing name say only that it is surely gone.)
    if (lostCaps.length > 0 && !plainTrace(view.target) && !tCaps.some((t) => runCandidate(t, sCapIdx()))) {
      lostCaps = lostCaps.filter((t) => missing.some((g) => g.tokens.includes(t)));
    }
    // (A place the source names in lower case, "russisch", "francese", is no new place.)
    let folded: string | null = null;
    const mentioned = (c: number) => !isPlaceConcept(c) || placeMentioned(c, (folded ??= fold(view.source)), from);
    const newPlace =
      unexpectedTarget && tCaps.some((t) => englishPlace(t) && counterpartLevel(t, sCapIdx()) === 0 && !englishConcepts(t.forms.f).every(mentioned));
    const quiet = missing.length === 0 && lostCaps.length === 0 && !newPlace;
    if (quiet && !(unexpectedTarget && tCaps.length > 1 && mayHaveUnexpected(tCaps, sCapIdx(), to, view.target))) return;
    const target = allTarget();
    const sAll = segmentTokens(ctx.doc, view, 's', from, true);
    const sIdx = indexSide(sAll);
    let tIdxSeen: SideIndex | null = null;
    const tIdx = () => (tIdxSeen ??= indexSide(target));
    if (SLAVIC.has(from) && missing.length > 0) missing = missing.filter((g) => !nameGoesOn(g, sAll, tIdx()));
    // An acronym spelled out in the translation ("PZPN" → "Polish Football Association"), unless
    // the translation shows it was cut ("National Security Advisor ()").
    missing = missing.filter((g) => !(g.tokens.length === 1 && g.tokens[0].upper && spelledOut(g.tokens[0], target, sIdx, view.target, to) && !cut()));
    let strays: NameToken[][] = [];
    if (strayTarget) {
      strays = strayNames(target, sIdx, to, view.target);
      const tsp = ctx.services.speller?.(ctx.to) ?? null;
      if (tsp) strays = strays.filter((s) => !s.every((w) => tsp.correct(w.text.toLowerCase())));
    }
    // Source words the table can follow that have no counterpart anywhere in the target; lower-case
    // ones (francese, britannica) only where the target names a place the source does not.
    const lost = lostCaps.length > 0 ? lostCaps.filter((t) => counterpartLevel(t, tIdx()) === 0) : [];
    // Capitalised target runs with no counterpart in the source: what a lost name may have become.
    // (A source acronym spelled out is no run from nowhere: MSWiA → "Ministry of Internal Affairs".)
    const acronyms = sCaps.filter((t) => t.upper);
    const runs =
      unexpectedTarget && (lost.length > 0 || newPlace)
        ? unexplainedRuns(target, sIdx, sCapIdx(), view.target).filter((r) => !acronyms.some((a) => expandsAcronym(a, r)))
        : [];
    const placeRuns = runs.filter((r) => namesNewPlace(r, sIdx));
    if (placeRuns.length > 0) {
      for (const t of sAll) {
        if (t.cap || !t.forms.place || counterpartLevel(t, tIdx()) > 0) continue;
        if (closeConcepts(t.forms.f, t.forms.stems, from).some(isPlaceConcept)) lost.push(t);
      }
    }
    const used = new Set<NameToken>();
    const srcLen = Math.max(1, view.source.length);
    const tgtLen = Math.max(1, view.target.length);
    for (const g of missing) {
      const rel = g.start / srcLen;
      let best: NameToken[] | null = null;
      let bestD = g.strong ? PAIR_DISTANCE : WEAK_PAIR_DISTANCE;
      // A name the table follows and finds nowhere in the target ("США", "Senat") is surely gone.
      const gone = g.tokens.some((t) => lost.includes(t));
      const consider = (s: NameToken[], far = false) => {
        if (used.has(s[0])) return;
        if (g.tokens.length === 1 && g.tokens[0].upper && expandsAcronym(g.tokens[0], s)) return;
        const d = Math.abs(s[0].start / tgtLen - rel);
        // Stronger evidence (the name surely gone, a new place) reaches as far as for a sure name.
        if (d < bestD || (far && d < FAR_PAIR_DISTANCE && best === null)) {
          bestD = d;
          best = s;
        }
      };
      for (const s of strays) {
        // A name we are unsure of (a sentence opener, an acronym in Cyrillic or opening a
        // compound) pairs only with a stray that looks like no English word and is no acronym:
        // "Foster", "Handmade", "EPL", "MCI" for МРП, "GDP" for BIP-Einheit are translations.
        if (!g.strong && !gone && ((s.length === 1 && s[0].upper) || ENGLISH_LOOKING.test(s[0].forms.f))) continue;
        consider(s);
      }
      // Or with a run from nowhere, where the name surely went or the run names a new place
      // (not for a sentence opener, which is as often an ordinary word: "Wyrok PZPN był").
      const opener = g.tokens.every((t) => t.initial && !t.upper);
      for (const r of runs) {
        const place = placeRuns.includes(r);
        if (g.strong || gone || (place && !opener)) consider(r, gone || place);
      }
      // An acronym in the target's script the table knows and the target has in no form
      // (US-Präsident → "President"); one in Cyrillic may be rendered by sense (госсекретарь США
      // → "Secretary of State").
      if (!best && !g.strong && !cut() && !(gone && g.tokens.every((t) => t.upper && !t.nonLatin))) continue;
      report(ctx, view, g, best);
      if (best) for (const t of best as NameToken[]) used.add(t);
      for (const t of g.tokens) used.add(t);
    }
    // A word the table follows, gone from the target, and a run from nowhere where it stood:
    // "Der Kongress begann" → "The White Lion began", "dem Westen" → "the Atlantic".
    for (const t of lost) {
      if (used.has(t)) continue;
      const rel = t.start / srcLen;
      let best: NameToken[] | null = null;
      let bestD = PAIR_DISTANCE;
      for (const r of runs) {
        if (used.has(r[0])) continue;
        const d = Math.abs(r[0].start / tgtLen - rel);
        if (d < bestD) {
          bestD = d;
          best = r;
        }
      }
      if (!best) {
        // Or nothing where it stood, and the sentence shows the cut plainly ("And Afghan forces moved").
        if (t.cap && plainTrace(view.target)) {
          report(ctx, view, { tokens: [t], strengths: [1], strong: false, start: t.start, end: t.end }, null);
          used.add(t);
        }
        continue;
      }
      const run: NameToken[] = best;
      report(ctx, view, { tokens: [t], strengths: [1], strong: false, start: t.start, end: t.end }, run);
      for (const x of run) used.add(x);
      used.add(t);
    }
    // A person's name that came from nowhere, with no source name gone missing to explain it.
    for (const s of unexpectedTarget ? unexpectedNames(strays, to) : []) {
      if (used.has(s[0])) continue;
      const span = { start: s[0].start, end: s[s.length - 1].end };
      ctx.report({ messageId: 'unexpected', data: { found: view.target.slice(span.start, span.end) }, target: span });
    }
  },
};

const ENGLISH_NUMBERS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

/** Does the text have the number, in digits no other digit runs on from (a letter may: "F1"), or spelled out in English? */
function numberIn(text: string, digits: string, to: string): boolean {
  for (let i = text.indexOf(digits); i >= 0; i = text.indexOf(digits, i + 1)) {
    if (!isDigit(text.charCodeAt(i - 1)) && !isDigit(text.charCodeAt(i + digits.length))) return true;
  }
  const word = to === 'en' ? ENGLISH_NUMBERS[Number(digits)] : undefined;
  if (!word) return false;
  const lower = text.toLowerCase();
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    if (!isLetter(lower.charAt(i - 1)) && !isLetter(lower.charAt(i + word.length))) return true;
  }
  return false;
}

/** Has the word, in any case, its own form or a translation on the other side (Formel → formula)? */
function sameOrTranslated(t: NameToken, side: SideIndex): boolean {
  return t.forms.stems.some((s) => side.folds.includes(s)) || t.forms.concepts.some((c) => side.concepts.includes(c));
}

/** Is the word a given name before a particle, in a name that came through? */
function givenOfFound(t: NameToken, groups: NameGroup[], missing: NameGroup[]): boolean {
  for (const g of groups) {
    const i = g.tokens.indexOf(t);
    if (i >= 0) return g.given !== undefined && i < g.given && !missing.includes(g);
  }
  return false;
}

/** Does the table know the word as a whole (Kongress, Senat, США), not only by a compound's part? */
function known(t: NameToken, lang: string): boolean {
  return closeConcepts(t.forms.f, t.forms.stems, lang).length > 0;
}

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
    // target: same script, no case ending (not "Макроном", not "Warszawie"), no word the table
    // translates (not "Kongress", not "Stati Uniti").
    const asIs = g.tokens.every((t) => t.nonLatin === stray[0].nonLatin && !INFLECTING.has(baseOf(ctx.from)) && t.forms.concepts.length === 0);
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
