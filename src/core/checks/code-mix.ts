// Source-language words left inside the translation: a function word of the source language
// ("und", "że", "quienes"), a word spelt with letters the target language does not use
// ("spadła" in English), a copied word the source dictionary knows and the target one does not
// ("un cambio"), a source word opening the sentence ("Actualmente, we"), a German noun
// (code-mix-german.ts), or a word in another script ("сказал" in English). Names, titles and
// quoted terms stay legitimate: a word capitalised mid-sentence, a short quotation, an acronym or
// a word with digits is left alone; a long quotation is translated text like any other.
import type { Check, CheckContext, SegmentView, Speller } from './check';
import { baseOf as baseLang } from '../lang/base-lang';
import { sameBareText, viewWords, mainScript, type Word } from '../text/word-runs';
import { functionWords, hasForeignLetter, hasMorphologyOf } from '../lang/function-words';
import { isFrequentEnglish } from '../text/names/english-words';
import { isSentenceOpener } from '../lang/sentence-openers';
import { type MixContext, sourceForms, speechQuotes, nextToName, joined, nearlySame } from './code-mix-context';
import { GERMAN_NOUN, germanNounLeft, isGermanNoun } from './code-mix-german';
import { germanCapitalLeft, foreignCapitalLeft } from './code-mix-capitals';

/** Name particles: lower case inside names ("Charles de Gaulle", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'la', 'le', 'da', 'del', 'della', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'dos', 'das', 'do', 'el', 'al', 'y', 'e', 'i', 'et', 'zu', 'ter', 'ten', 'bin', 'ibn']);

/** Adjectives that open English names ("United", "National", "Federal", "Democratic"). */
const NAME_ADJECTIVE = /^\p{L}{3,}(?:ed|al|ic)$/u;
/** Titles before a person's name, spelt like adjectives ("General Schmidt"). */
const TITLE = new Set(['general', 'admiral', 'cardinal', 'marshal', 'marshall', 'principal', 'official', 'provost']);

const CJK = new Set(['han', 'kana', 'hangul']);

function isAcronym(w: Word): boolean {
  // A word equal to its lower-case form has no capital at all (NFC never makes one).
  const text = w.text;
  if (text.length <= 1 || w.lower === text) return false;
  // A lower-case ASCII letter is one no upper-casing leaves as it is.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** "sismo's" → "sismo": an English possessive on a copied word. */
function stripPossessive(lower: string): string {
  const n = lower.length;
  if (n < 4 || lower[n - 1] !== 's') return lower;
  const c = lower.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019 ? lower.slice(0, n - 2) : lower;
}

/**
 * A source word this one is an inflection of ("königlich" / "königlichen"): a shared beginning of
 * five letters or more, all but the last three of the shorter one.
 */
function inflectionInSource(lower: string, list: Word[]): boolean {
  if (lower.length < 5) return false;
  for (const s of list) {
    const t = s.lower;
    const m = Math.min(t.length, lower.length);
    if (m < 5 || t.charCodeAt(0) !== lower.charCodeAt(0)) continue;
    let k = 0;
    while (k < m && t.charCodeAt(k) === lower.charCodeAt(k)) k++;
    if (k >= 5 && k >= m - 3) return true;
  }
  return false;
}

/** Learned prefixes that coin words in every European language ("micro-", "iper-", "anti-"). */
const LEARNED_PREFIX = /^(?:micro|mikro|macro|makro|mini|maxi|mega|multi|super|ultra|iper|hiper|hyper|anti|auto|neo|pseudo|semi|tele|bio|eco|geo|post|inter|extra|infra|proto|poli|poly)/;

/**
 * A coinage the source dictionary lacks whole but knows without its learned prefix, and the
 * target language does not ("microespressioni" = micro + espressioni): a source word, not a term.
 */
function prefixedSourceWord(c: MixContext, lower: string): boolean {
  const m = LEARNED_PREFIX.exec(lower);
  if (m === null) return false;
  const rest = lower.slice(m[0].length);
  if (rest.length < 5 || c.targetWord(rest, rest)) return false;
  return c.sourceSpeller()?.correct(rest) === true;
}

/**
 * A source word opening the sentence ("Actualmente, we", "Dzięki to"): not English, known in
 * lower case to the source dictionary, not the first of a run of capitalised words, and either
 * written in lower case elsewhere in the source or a closed-class word or an adverb there (a
 * surname is often an ordinary word too: "Heil", "Conte", "Duda").
 */
function leftOpener(c: MixContext, i: number, lower: string): boolean {
  if (nextToName(c, i) || c.targetWord(c.tw[i].text, lower) || !c.sourceSpeller()?.correct(lower)) return false;
  if (c.src.lower(lower)) return true;
  return !c.src.named(lower) && (isSentenceOpener(lower, c.from) || (c.from === 'de' && hasMorphologyOf(lower, 'de')));
}

/**
 * A name half translated: an English adjective of a name before a source word English does not
 * know ("United Nationen", "United Estados").
 */
function halfTranslated(c: MixContext, i: number, lower: string): boolean {
  const prev = c.tw[i - 1];
  const w = c.tw[i];
  if (!prev || !prev.cap || prev.digit || !NAME_ADJECTIVE.test(prev.lower) || TITLE.has(prev.lower)) return false;
  if (c.src.any(prev.lower) || !isFrequentEnglish(prev.lower) || !joined(c.view, prev, w) || c.targetWord(w.text, lower)) return false;
  if (c.from === 'de') return isGermanNoun(c.sourceSpeller(), w.text, lower);
  // A name anglicised by its spelling ("Commercial Mexicana" for "Comercial Mexicana") is a
  // choice, not a word forgotten: the English adjective is then a cognate of a source word.
  return c.sourceSpeller()?.correct(lower) === true && !c.sw.some((s) => nearlySame(s.lower, prev.lower));
}

export const check: Check = {
  meta: {
    id: 'code-mix',
    category: 'accuracy/untranslated',
    severity: 'major',
    description:
      'Flags source-language words left inside the translation: source function words, letters the target language does not use, copied words the target dictionary does not know, source words opening a sentence, German nouns used as English ones, or words in another script. Names, titles, short quoted terms and acronyms are left alone.',
    messages: {
      sourceWords: 'Untranslated source-language word(s) in the translation: "{{words}}".',
      foreignScript: 'Word(s) in another script ({{script}}) inside the translation: "{{words}}".',
    },
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Die Kinder spielten im Garten.', target: 'The children played in the garden.' },
        { from: 'pl', to: 'en', source: 'Lech Wałęsa odwiedził Gdańsk.', target: 'Lech Wałęsa visited Gdańsk.' },
        { from: 'es', to: 'en', source: 'Visitó el hotel en Rio de Janeiro.', target: 'He visited the hotel in Rio de Janeiro.' },
        { from: 'ru', to: 'en', source: 'Он сказал «да».', target: 'He said "да" (yes).' },
        { from: 'en', to: 'de', source: 'The team went online.', target: 'Das Team ging online.' },
        { from: 'en', to: 'ru', source: 'He works at Google.', target: 'Он работает в Google.' },
        { from: 'en', to: 'de', source: 'This is the philodendron selloum.', target: 'Das ist der Philodendron selloum.' },
        { from: 'pl', to: 'en', source: 'Oglądał film „Skarb narodów”.', target: 'He watched the film "Skarb narodów".' },
      ],
      bad: [
        { from: 'pl', to: 'en', source: 'Reprezentacja spadła z 20. na 22. miejsce.', target: 'The team spadła from 20th to 22nd place.', flagged: 'spadła', messageId: 'sourceWords' },
        { from: 'es', to: 'en', source: 'Hubo un aumento entre quienes se oponen.', target: 'There was a rise among those quienes oppose it.', flagged: 'quienes', messageId: 'sourceWords' },
        { from: 'cs', to: 'en', source: 'Pokud cestujete v zimě, zkontrolujte kajutu.', target: 'Pokud you travel in winter, check the cabin.', flagged: 'Pokud', messageId: 'sourceWords' },
        { from: 'ru', to: 'en', source: 'По данным РИА Новости, парад прошёл.', target: 'По данным RIA Novosti, the parade took place.', flagged: 'По данным', messageId: 'foreignScript' },
        { from: 'de', to: 'en', source: 'Er sagte, dass es regnet.', target: 'He said dass it is raining.', flagged: 'dass', messageId: 'sourceWords' },
        { from: 'en', to: 'ru', source: 'The meeting was cancelled.', target: 'Встреча была cancelled.', flagged: 'cancelled', messageId: 'sourceWords' },
        { from: 'pl', to: 'en', source: '„Nie pozwolili mi zabrać telefonu”, powiedział.', target: '"They would not let me zabrać my phone," he said.', flagged: 'zabrać', messageId: 'sourceWords' },
      ],
    },
  },
  run(view: SegmentView, ctx: CheckContext) {
    const from = baseLang(ctx.from);
    const to = baseLang(ctx.to);
    if (from === to || !view.source || !view.target) return;
    // Wholly untranslated is another check's business.
    if (sameBareText(view.source, view.target)) return;
    const tw = viewWords(ctx.doc, view, 't');
    if (tw.length === 0) return;
    const sw = viewWords(ctx.doc, view, 's');
    const tScript = mainScript(tw);
    const sScript = mainScript(sw);
    const src = sourceForms(view.source, sw);
    const srcFn = functionWords(from);
    const tgtFn = functionWords(to);
    const speller = ctx.services.speller?.(to) ?? null;
    let srcSpeller: Speller | null | undefined;
    const c: MixContext = {
      view,
      from,
      to,
      tw,
      sw,
      src,
      targetFunction: tgtFn,
      targetWord: (text, lower) => (speller !== null && speller.correct(text)) || (to === 'en' && isFrequentEnglish(lower)),
      sourceSpeller: () => {
        if (srcSpeller === undefined) srcSpeller = ctx.services.speller?.(from) ?? null;
        return srcSpeller;
      },
    };
    const speech = speechQuotes(view.target, tw, (w) => src.any(w.lower));

    const hits: Array<{ i: number; kind: 'sourceWords' | 'foreignScript' }> = [];
    for (let i = 0; i < tw.length; i++) {
      const w = tw[i];
      if (w.script === 'other' || (w.quoted && !speech[i])) continue;
      if (w.digit) {
        // "24jährigen": a copied word with a number in front, spelt with letters English lacks.
        if (tScript === 'latin' && w.script === 'latin' && !w.cap && src.any(w.lower) && hasForeignLetter(w.lower, to)) hits.push({ i, kind: 'sourceWords' });
        continue;
      }
      if (w.script !== tScript) {
        if (tScript === 'latin') {
          // Another script inside a Latin-script sentence.
          if (w.script !== sScript && !src.any(w.lower)) continue;
          hits.push({ i, kind: 'foreignScript' });
        } else if (CJK.has(tScript) && CJK.has(w.script)) {
          continue;
        } else if (w.script === 'latin') {
          // Latin in a Cyrillic / CJK / Arabic text: a lower-case source word copied over.
          if (!w.cap && w.text.length > 1 && src.lower(w.lower)) hits.push({ i, kind: 'sourceWords' });
        } else if (src.any(w.lower)) hits.push({ i, kind: 'foreignScript' });
        continue;
      }
      if (tScript !== 'latin' || isAcronym(w)) continue;
      const lower = stripPossessive(w.lower);
      if (w.cap && !w.initial) {
        // A name or a title, except a name half translated or a German noun.
        if (to === 'en' && src.any(lower) && halfTranslated(c, i, lower)) hits.push({ i, kind: 'sourceWords' });
        else if (from === 'de' && to !== 'de' && (germanNounLeft(c, i, lower) || germanCapitalLeft(c, i, lower))) hits.push({ i, kind: 'sourceWords' });
        else if (foreignCapitalLeft(c, i, lower)) hits.push({ i, kind: 'sourceWords' });
        continue;
      }
      // A capital inside the word makes it a name ("al-Kazimi", "pro-Iran", "iPhone"), not a copied word.
      if (!w.cap && w.text !== w.lower) continue;
      // "ding, ding, ding", "bla bla": sounds, written the same in every language.
      if (tw[i - 1]?.lower === w.lower || tw[i + 1]?.lower === w.lower) continue;
      if (!src.any(lower)) {
        // An inflected copy, when its letters say it is foreign ("königlich" for "königlichen").
        if (!w.cap && hasForeignLetter(lower, to) && inflectionInSource(lower, sw)) hits.push({ i, kind: 'sourceWords' });
        continue;
      }
      if (PARTICLES.has(lower)) {
        const prev = tw[i - 1];
        const next = tw[i + 1];
        if ((prev && prev.cap) || (next && next.cap)) continue;
      }
      if (srcFn.has(lower) && !tgtFn.has(lower)) {
        hits.push({ i, kind: 'sourceWords' });
        continue;
      }
      if (w.cap && (leftOpener(c, i, lower) || (from === 'de' ? germanCapitalLeft(c, i, lower) : foreignCapitalLeft(c, i, lower)))) {
        hits.push({ i, kind: 'sourceWords' });
        continue;
      }
      if (hasForeignLetter(lower, to)) {
        // A capitalised sentence opener is only suspicious when the source wrote it in lower case
        // somewhere, or is a German noun by its suffix: names are capitalised everywhere
        // ("Jürgen", "Müller", "Wałęsa").
        if (w.cap && !src.lower(lower) && !(from === 'de' && GERMAN_NOUN.test(lower) && !nextToName(c, i))) continue;
        hits.push({ i, kind: 'sourceWords' });
        continue;
      }
      if (w.cap || !src.lower(lower) || tgtFn.has(lower)) continue;
      // A word the source language's dictionary does not know either is a name, a term or a
      // sound ("Lietuvos rytas", "Arum maculatum", "walkman"), not a word left untranslated.
      if (c.sourceSpeller()?.correct(lower) === false && !prefixedSourceWord(c, lower)) continue;
      // A loanword the target language has taken in is its own word ("pizza", "espresso").
      if (c.targetWord(w.text, lower)) continue;
      if (hasMorphologyOf(lower, from) && !hasMorphologyOf(lower, to)) hits.push({ i, kind: 'sourceWords' });
      else if (speller && lower.length > 2) hits.push({ i, kind: 'sourceWords' });
    }
    // Neighbouring hits are one phrase ("По данным", "Mam nadzieję").
    let k = 0;
    while (k < hits.length) {
      let j = k;
      while (
        j + 1 < hits.length &&
        hits[j + 1].i === hits[j].i + 1 &&
        hits[j + 1].kind === hits[k].kind &&
        /^[\s\-–]*$/.test(view.target.slice(tw[hits[j].i].end, tw[hits[j + 1].i].start))
      )
        j++;
      const start = tw[hits[k].i].start;
      const end = tw[hits[j].i].end;
      const text = view.target.slice(start, end);
      const kind = hits[k].kind;
      ctx.report({
        messageId: kind,
        data: kind === 'foreignScript' ? { words: text, script: tw[hits[k].i].script } : { words: text },
        target: { start, end },
      });
      k = j + 1;
    }
  },
};
