// Source-language words left inside the translation: a function word of the source language
// ("und", "że", "quienes"), a word spelt with letters the target language does not use
// ("spadła" in English), or a word in another script ("сказал" in English). Names, titles and
// quoted terms stay legitimate: a word capitalised mid-sentence, inside quotes or brackets,
// an acronym or a word with digits is never flagged.
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';
import { sameBareText, viewWords, mainScript, type Word } from '../text/word-runs';
import { functionWords, hasForeignLetter, hasMorphologyOf } from '../lang/function-words';

/** Name particles: lower case inside names ("Charles de Gaulle", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'la', 'le', 'da', 'del', 'della', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'dos', 'das', 'do', 'el', 'al', 'y', 'e', 'i', 'et', 'zu', 'ter', 'ten', 'bin', 'ibn']);

/** German abstract-noun suffixes, which names almost never have. */
const GERMAN_NOUN = /\p{L}{3,}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|nisse|tät|täten|ismus|chen)$/u;

const CJK = new Set(['han', 'kana', 'hangul']);

function sourceForms(list: Word[]): { any: Set<string>; lower: Set<string> } {
  const any = new Set<string>();
  const lower = new Set<string>();
  for (const w of list) {
    const l = w.lower;
    any.add(l);
    if (!w.cap) lower.add(l);
    if (l.includes('-')) {
      for (const p of l.split('-')) {
        any.add(p);
        if (!w.cap) lower.add(p);
      }
    }
  }
  return { any, lower };
}

function isAcronym(w: Word): boolean {
  // A word equal to its lower-case form has no capital at all (NFC never makes one).
  if (w.text.length <= 1 || w.lower === w.text) return false;
  return w.text === w.text.toUpperCase() && w.text !== w.text.toLowerCase();
}

export const check: Check = {
  meta: {
    id: 'code-mix',
    category: 'accuracy/untranslated',
    severity: 'major',
    description:
      'Flags source-language words left inside the translation: source function words, letters the target language does not use, or words in another script. Names, quoted terms and acronyms are left alone.',
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
      ],
      bad: [
        { from: 'pl', to: 'en', source: 'Reprezentacja spadła z 20. na 22. miejsce.', target: 'The team spadła from 20th to 22nd place.', flagged: 'spadła', messageId: 'sourceWords' },
        { from: 'es', to: 'en', source: 'Hubo un aumento entre quienes se oponen.', target: 'There was a rise among those quienes oppose it.', flagged: 'quienes', messageId: 'sourceWords' },
        { from: 'cs', to: 'en', source: 'Pokud cestujete v zimě, zkontrolujte kajutu.', target: 'Pokud you travel in winter, check the cabin.', flagged: 'Pokud', messageId: 'sourceWords' },
        { from: 'ru', to: 'en', source: 'По данным РИА Новости, парад прошёл.', target: 'По данным RIA Novosti, the parade took place.', flagged: 'По данным', messageId: 'foreignScript' },
        { from: 'de', to: 'en', source: 'Er sagte, dass es regnet.', target: 'He said dass it is raining.', flagged: 'dass', messageId: 'sourceWords' },
        { from: 'en', to: 'ru', source: 'The meeting was cancelled.', target: 'Встреча была cancelled.', flagged: 'cancelled', messageId: 'sourceWords' },
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
    const src = sourceForms(sw);
    const srcFn = functionWords(from);
    const tgtFn = functionWords(to);
    const speller = ctx.services.speller?.(to) ?? null;

    const hits: Array<{ i: number; kind: 'sourceWords' | 'foreignScript' }> = [];
    for (let i = 0; i < tw.length; i++) {
      const w = tw[i];
      if (w.digit || w.quoted || w.script === 'other') continue;
      if (w.script !== tScript) {
        if (tScript === 'latin') {
          // Another script inside a Latin-script sentence.
          if (w.script !== sScript && !src.any.has(w.lower)) continue;
          hits.push({ i, kind: 'foreignScript' });
        } else if (CJK.has(tScript) && CJK.has(w.script)) {
          continue;
        } else if (w.script === 'latin') {
          // Latin in a Cyrillic / CJK / Arabic text: a lower-case source word copied over.
          if (!w.cap && w.text.length > 1 && src.lower.has(w.lower)) hits.push({ i, kind: 'sourceWords' });
        } else if (src.any.has(w.lower)) hits.push({ i, kind: 'foreignScript' });
        continue;
      }
      if (tScript !== 'latin' || isAcronym(w)) continue;
      if (w.cap && !w.initial) {
        // A name or a title, except a German noun by its suffix ("Krankheit", "Wirtschaft").
        if (from === 'de' && to !== 'de' && GERMAN_NOUN.test(w.lower) && src.any.has(w.lower)) hits.push({ i, kind: 'sourceWords' });
        continue;
      }
      // A capital inside the word makes it a name ("al-Kazimi", "pro-Iran", "iPhone"), not a copied word.
      if (!w.cap && w.text !== w.lower) continue;
      const inSource = src.any.has(w.lower);
      if (!inSource) continue;
      const lower = w.lower;
      if (PARTICLES.has(lower)) {
        const prev = tw[i - 1];
        const next = tw[i + 1];
        if ((prev && prev.cap) || (next && next.cap)) continue;
      }
      if (srcFn.has(lower) && !tgtFn.has(lower)) {
        hits.push({ i, kind: 'sourceWords' });
        continue;
      }
      if (hasForeignLetter(lower, to)) {
        // A capitalised sentence opener is only suspicious when the source wrote it in lower case
        // somewhere (German nouns and names are capitalised everywhere).
        if (w.cap && !src.lower.has(lower) && from !== 'de') continue;
        hits.push({ i, kind: 'sourceWords' });
        continue;
      }
      if (!w.cap && src.lower.has(lower) && !tgtFn.has(lower) && hasMorphologyOf(lower, from) && !hasMorphologyOf(lower, to)) {
        hits.push({ i, kind: 'sourceWords' });
        continue;
      }
      if (speller && !w.cap && lower.length > 2 && src.lower.has(lower) && !tgtFn.has(lower) && !speller.correct(w.text)) {
        hits.push({ i, kind: 'sourceWords' });
      }
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
