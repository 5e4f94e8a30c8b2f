// A name in the source should come through in the target: written the same, transliterated,
// inflected or as its usual exonym (Warszawa → Warsaw). Names are capitalised words that are not
// common capitalised words (sentence openers, titles, months, German nouns...).
import type { Check, CheckContext, SegmentView } from './check';
import { baseLang } from '../format';
import { exonymsOf, findCounterpart, words, type Word } from './name-tools';

// Capitalised words that are not names, folded, across the languages we read.
const COMMON = new Set(
  `i me my we you he she it they a an the this that these those there here what who when where why how which
  mr mrs ms miss dr prof sir madam lord lady saint st president minister prime chancellor king queen prince pope
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december and or but if in on at of for to from with by as not no yes so
  der die das den dem des ein eine einer eines einem einen er sie es wir ihr ich du sie man mein sein unser
  dieser diese dieses jener herr frau doktor montag dienstag mittwoch donnerstag freitag samstag sonntag
  januar februar marz mai juni juli oktober dezember und oder aber wenn als auch nach vor bei mit von zu im am zum zur
  el la los las lo un una unos unas y o pero si en de del al con por para sin sobre senor senora don dona usted ustedes
  lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre
  octubre noviembre diciembre il lo gli le i uno della dello degli delle nel nella ed e ma se per tra fra signor signora
  lunedi martedi mercoledi giovedi venerdi sabato domenica gennaio febbraio aprile maggio giugno luglio settembre
  ottobre novembre dicembre pan pani panstwo panie pana panu panem w we z ze na do od po za o u i a ale czy jak to ten ta
  styczen luty marzec kwiecien maj czerwiec lipiec sierpien wrzesien pazdziernik listopad grudzien pan pani v ve s se k
  na do od po za o u a ale jak to ten ta ty on ona ono oni my vy ja pane dr ing mgr
  le la les un une des du au aux et ou mais si dans sur pour par avec sans monsieur madame mademoiselle m mme
  lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril juin juillet aout septembre octobre
  novembre decembre v i a no na s k o po za ot do iz ya ty on ona oni my vy eto kak chto gospodin gospozha
  god gott dios dio bog boh bozhe allah internet web dott paese paesi monat korol koroleva papa`.split(/\s+/),
);

// German determiners and prepositions fused with articles: the noun they open is a common noun.
const DE_DET = new Set(
  `der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen im am zum zur vom
  beim ins ans aufs ums mein meine meiner meines meinem meinen dein deine sein seine seiner seines seinem seinen ihr ihre
  ihrer ihres ihrem ihren unser unsere unseren unserem unserer euer eure dieser diese dieses diesem diesen jener jene
  jenes jeder jede jedes jedem jeden alle allen aller welche welcher welches manche mancher solche solcher viele vielen
  mehrere mehreren einige einigen beide beiden wenige wenigen andere anderen`.split(/\s+/),
);
const DE_NOUN_END = /(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|sion|sionen|ismus|ität|itäten|nis|nisse|tum|tümer|chen|lein|ment|mente|ling|linge|ei|eien|er|ern|en|e)$/;

/** Spellings rare in native German words: y, q, c outside ch/ck, a final vowel other than e. */
const DE_FOREIGN = /[yq]|c(?![hk])|[aiou]$/;

function isGerman(lang: string): boolean {
  return baseLang(lang) === 'de';
}

/** Source languages whose hunspell dictionary loads in about a second under nspell (fr, it, pl, cs, ru take 5-100 s). */
const LIGHT_SOURCE_DICTIONARIES = new Set(['en', 'es']);

/** Scripts without case: no name can be read off capitals. */
const CASELESS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

function looksLikeName(w: Word, acronyms = false): boolean {
  if (!w.cap) return false;
  if (w.upper && !(acronyms && w.text.length >= 2 && w.text.length <= 5 && !w.text.includes('-'))) return false;
  if (w.text.length < 2 || /\p{N}/u.test(w.text)) return false;
  if (CASELESS.test(w.text)) return false;
  return !COMMON.has(w.f);
}

/** Source name candidates, grouped into runs of adjacent capitalised words ("Donald Trump"). */
export function sourceNames(text: string, lang: string, sentences?: { start: number; end: number }[]): Word[][] {
  const ws = words(text, sentences);
  const german = isGerman(lang);
  // A text in capitals throughout has no acronyms to tell apart.
  const upperText = ws.filter((w) => w.upper).length > ws.length / 3;
  const capCount = new Map<string, number>();
  for (const w of ws) if (w.cap && !w.initial) capCount.set(w.f, (capCount.get(w.f) ?? 0) + 1);
  const keep: boolean[] = ws.map((w, i) => {
    if (!looksLikeName(w, true)) return false;
    if (w.upper) return !upperText && !/^[IVXLCDM]+$/.test(w.text);
    if (german) {
      // A noun after a determiner (possibly with adjectives between) or a number is a common noun.
      for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
        const p = ws[j];
        if (DE_DET.has(p.f) || /^\p{N}/u.test(p.text)) return false;
        if (p.cap || !/(e|en|er|es|em|n)$/.test(p.f) || text.slice(p.end, ws[j + 1].start).trim() !== '') break;
      }
      if (w.initial) return false;
      const next = ws[i + 1];
      const prev = ws[i - 1];
      const paired = (next && next.cap && !next.upper && text.slice(w.end, next.start) === ' ') || (prev && prev.cap && !prev.initial && !prev.upper && text.slice(prev.end, w.start) === ' ');
      if (paired || (capCount.get(w.f) ?? 0) >= 2 || exonymsOf(w.f).length > 0) return true;
      // A lone capitalised German word is most likely a noun, unless it does not look German.
      return !DE_NOUN_END.test(w.f) && DE_FOREIGN.test(w.f);
    }
    if (!w.initial) return true;
    // A sentence opener counts when it also appears capitalised inside a sentence.
    return (capCount.get(w.f) ?? 0) > 0;
  });
  // Sentence openers directly followed by a name are its first word ("Donald Trump wrote").
  if (!german) {
    for (let i = 0; i + 1 < ws.length; i++) {
      if (!keep[i] && ws[i].initial && looksLikeName(ws[i]) && keep[i + 1] && text.slice(ws[i].end, ws[i + 1].start) === ' ') keep[i] = true;
    }
  }
  const groups: Word[][] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!keep[i]) continue;
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && ws[i - 1] === prev && /^\s$/.test(text.slice(prev.end, ws[i].start))) last.push(ws[i]);
    else groups.push([ws[i]]);
  }
  return groups;
}

export const names: Check = {
  meta: {
    id: 'names',
    category: 'accuracy/mistranslation',
    severity: 'major',
    description:
      'A name in the source (a person, place, organisation) is missing from the translation or replaced by another one. Names are compared across scripts and inflections, with common exonyms (Warszawa → Warsaw).',
    messages: {
      missing: 'The name “{{name}}” in the source does not appear in the translation.',
      replaced: 'The name “{{name}}” in the source seems to have become “{{found}}” in the translation.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'pl', to: 'en', source: 'Premier Mustafa al-Kazimi odwiedził Warszawę.', target: 'Prime Minister Mustafa al-Kazimi visited Warsaw.' },
        { from: 'ru', to: 'en', source: 'Президент приехал в Москву вместе с Путиным.', target: 'The president came to Moscow with Putin.' },
        { from: 'de', to: 'en', source: 'Die Regierung hat in Deutschland die Steuern erhöht, sagte Olaf Scholz.', target: 'The government raised taxes in Germany, said Olaf Scholz.' },
        { from: 'es', to: 'en', source: 'El acuerdo con Kazimiego se firmó en Londres.', target: 'The agreement with Kazimi was signed in London.' },
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
      ],
    },
  },
  run(view: SegmentView, ctx: CheckContext): void {
    if (!view.source || !view.target) return;
    let groups = sourceNames(view.source, ctx.from, view.sourceSentences);
    // Target languages other than English localise acronyms (UK → GB, GNP → BSP).
    if (baseLang(ctx.to) !== 'en') groups = groups.filter((g) => !g.every((w) => w.upper));
    // Where the source dictionary is light to load, a capitalised ordinary word ("Earth", "Sun",
    // "Big Bang") is a name that gets translated, not transferred: leave it unless the table knows it.
    if (LIGHT_SOURCE_DICTIONARIES.has(baseLang(ctx.from))) {
      const sp = ctx.services.speller?.(ctx.from) ?? null;
      if (sp) groups = groups.filter((g) => !g.every((w) => !w.upper && exonymsOf(w.f).length === 0 && sp.correct(w.text.toLowerCase())));
    }
    if (groups.length === 0) return;
    const tWords = words(view.target, view.targetSentences);
    const missing = groups.filter((g) => !g.some((w) => findCounterpart(w, tWords)));
    if (missing.length === 0) return;
    // Target names with no source counterpart may be what a missing name became.
    const sWords = words(view.source, view.sourceSentences);
    const german = isGerman(ctx.to);
    const speller = ctx.services.speller?.(ctx.to) ?? null;
    // A run of ordinary words written with capitals ("Cold War") is a translated name, not a stray one.
    const translated = (g: Word[]) => speller !== null && g.every((w) => speller.correct(w.text.toLowerCase()));
    const strays: Word[][] = [];
    tWords.forEach((w, i) => {
      if (!looksLikeName(w) || w.initial || german) return;
      if (findCounterpart(w, sWords)) return;
      const last = strays[strays.length - 1];
      const prev = last?.[last.length - 1];
      if (prev && tWords[i - 1] === prev && /^\s$/.test(view.target.slice(prev.end, w.start))) last.push(w);
      else strays.push([w]);
    });
    const used = new Set<Word[]>();
    for (const g of missing) {
      const name = view.source.slice(g[0].start, g[g.length - 1].end);
      const rel = g[0].start / Math.max(1, view.source.length);
      let best: Word[] | null = null;
      let bestD = 0.35;
      for (const s of strays) {
        if (used.has(s)) continue;
        const d = Math.abs(s[0].start / Math.max(1, view.target.length) - rel);
        if (d < bestD) {
          bestD = d;
          best = s;
        }
      }
      if (best && translated(best)) continue;
      if (best) {
        used.add(best);
        const span = { start: best[0].start, end: best[best.length - 1].end };
        const found = view.target.slice(span.start, span.end);
        ctx.report({
          messageId: 'replaced',
          data: { name, found },
          source: { start: g[0].start, end: g[g.length - 1].end },
          target: span,
          suggestions: [{ text: name }],
        });
      } else {
        ctx.report({ messageId: 'missing', data: { name }, source: { start: g[0].start, end: g[g.length - 1].end } });
      }
    }
  },
};
