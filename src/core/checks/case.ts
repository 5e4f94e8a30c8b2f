// Letter case gone wrong, in scripts that have case (Latin, Cyrillic, Greek, Armenian...):
// a sentence that starts in lower case where the source's starts in upper case, a whole segment
// in lower or upper case where the source is not, a name written lower case ("paris") where
// the source writes it with a capital. Left alone: iPhone/eBay-style words, continuations after
// ":" ";" ",", sentences opening with a quotation that starts in lower case in the source too.
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';

const CASED = /[\p{Lu}\p{Ll}]/u;
const SENTENCE_GAP = /[.!?。！？:;"“”«»„]/u;
// A capital followed by at least two lower-case letters: "Paris", "Москву" (not "US", "I").
const CAPITALISED = /\p{Lu}\p{Ll}[\p{Ll}\p{M}]+(?![\p{L}\p{N}])/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const FIRST_LETTER = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
// iPhone, eBay, mRNA, iOS: lower case then a capital inside the word.
const INNER_CAPITAL = /^\p{Ll}+\p{Lu}/u;
/** Source languages that capitalise every noun: a capital there says nothing about names. */
const NOUN_CAPITALS = new Set(['de', 'lb']);
/** Target words that stay lower case even when the source spells them as a name. */
const LOWER_OK: Record<string, Set<string>> = {
  en: new Set(['internet', 'web', 'euro', 'euros', 'bible', 'president', 'minister', 'government', 'state', 'church', 'pope']),
};

function firstLetter(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (FIRST_LETTER.test(c)) return i;
  }
  return -1;
}

function wordAt(text: string, i: number): [number, number] {
  let e = i;
  while (e < text.length && /[\p{L}\p{M}\p{N}'’\-]/u.test(text[e])) e++;
  return [i, e];
}

/** First offset of `word` as a whole word in `text`, or -1. */
function wordIndex(text: string, word: string): number {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!/[\p{L}\p{N}\p{M}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}\p{M}]/u.test(text[i + word.length] ?? ' ')) return i;
  }
  return -1;
}

function upperFirst(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first.toLocaleUpperCase() + word.slice(first.length);
}

const UPPER_G = /\p{Lu}/gu;
const LOWER_G = /\p{Ll}/gu;

function counts(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) other = true;
  }
  if (other) {
    // Letters beyond ASCII, counted by property (ASCII ones again, so start over).
    upper = text.match(UPPER_G)?.length ?? 0;
    lower = text.match(LOWER_G)?.length ?? 0;
  }
  return { upper, lower };
}

/** Sentence starts capitalised, and words the source writes with a capital restored. */
function recase(text: string, sentences: { start: number; end: number }[], names: Map<string, string>): string {
  let out = text.replace(WORD, (w) => names.get(w.toLowerCase()) ?? w);
  for (const s of sentences) {
    const i = firstLetter(out, s.start, s.end);
    if (i >= 0) out = out.slice(0, i) + out[i].toLocaleUpperCase() + out.slice(i + 1);
  }
  return out;
}

/** Capitalised source words that are not sentence-initial: likely names, by lower-case form. */
function sourceNames(source: string, from: string): Map<string, string> {
  const names = new Map<string, string>();
  if (NOUN_CAPITALS.has(from)) return names;
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(source); m !== null; m = CAPITALISED.exec(source)) {
    const w = m[0];
    // Sentence-initial (nothing before it but spaces after a sentence mark) says nothing.
    let p = m.index - 1;
    while (p >= 0 && (source[p] === ' ' || source[p] === '\u00a0')) p--;
    if (p < 0 || SENTENCE_GAP.test(source[p]) || /[\p{L}\p{N}]/u.test(source[m.index - 1] ?? '')) continue;
    names.set(w.toLowerCase(), w);
  }
  return names;
}

export const check: Check = {
  meta: {
    id: 'case',
    category: 'fluency/grammar',
    severity: 'minor',
    description:
      'Letter case that breaks the text: a sentence starting in lower case where the source\'s starts with a capital, a whole segment in lower or upper case, a name written in lower case that the source capitalises.',
    messages: {
      'first-lower': 'The sentence starts with a lower-case letter: "{{word}}".',
      'all-lower': 'The whole segment is in lower case; the source is not.',
      'all-upper': 'The whole segment is in upper case; the source is not.',
      'name-lower': '"{{word}}" is written with a capital in the source ("{{name}}").',
    },
    fixable: 'fix',
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Das iPhone ist da.', target: 'iPhone sales are up: prices fell.' },
        { from: 'fr', to: 'en', source: '« et puis rien », dit-il.', target: '"and then nothing," he said.' },
        { from: 'en', to: 'ru', source: 'He came to Paris.', target: 'Он приехал в Париж.' },
        { from: 'en', to: 'ja', source: 'He came.', target: '彼は来た。' },
        { from: 'de', to: 'en', source: 'Das Internet und die Regierung.', target: 'The internet and the government.' },
        { from: 'en', to: 'de', source: 'NATO SUMMIT', target: 'NATO-GIPFEL' },
      ],
      bad: [
        { from: 'de', to: 'en', source: 'Werth hatte alle Prüfungen in Achleiten gewonnen.', target: 'werth had won all the tests in Achleiten.', flagged: 'werth', fixed: 'Werth had won all the tests in Achleiten.', messageId: 'first-lower' },
        { from: 'es', to: 'en', source: 'Werth hat in Achleiten drei Prüfungen gewonnen.', target: 'werth won three tests in achleiten.', flagged: 'werth won three tests in achleiten.', fixed: 'Werth won three tests in Achleiten.', messageId: 'all-lower' },
        { from: 'fr', to: 'en', source: 'Il est arrivé à Paris hier.', target: 'He arrived in paris yesterday.', flagged: 'paris', fixed: 'He arrived in Paris yesterday.', messageId: 'name-lower' },
        { from: 'en', to: 'ru', source: 'He came to Moscow.', target: 'он пришёл в Москву.', flagged: 'он', fixed: 'Он пришёл в Москву.' },
        { from: 'en', to: 'de', source: 'The minister resigned on Monday.', target: 'DER MINISTER IST AM MONTAG ZURÜCKGETRETEN.', flagged: 'DER MINISTER IST AM MONTAG ZURÜCKGETRETEN.', fixed: 'Der minister ist am montag zurückgetreten.', messageId: 'all-upper' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    const source = view.source;
    if (!text || !source || !CASED.test(text)) return;
    const from = baseLang(ctx.from);
    const names = sourceNames(source, from);
    const sentences = view.targetSentences.length ? view.targetSentences : [{ start: 0, end: text.length }];

    // The whole segment in one case (enough letters to tell), when the source mixes cases.
    const noUpper = !UPPER.test(text);
    const noLower = !noUpper && !LOWER.test(text);
    const t = noUpper || noLower ? counts(text) : { upper: 1, lower: 1 };
    const s = noUpper || noLower ? counts(source) : { upper: 0, lower: 0 };
    if (t.upper + t.lower >= 12 && s.upper > 0 && s.lower > 0) {
      const start = text.length - text.trimStart().length;
      const end = text.trimEnd().length;
      if (t.upper === 0) {
        ctx.report({ messageId: 'all-lower', target: { start, end }, suggestions: [{ text: recase(text, sentences, names).slice(start, end) }] });
        return;
      }
      if (t.lower === 0 && s.lower > s.upper) {
        const lowered = text.toLocaleLowerCase();
        ctx.report({ messageId: 'all-upper', target: { start, end }, suggestions: [{ text: recase(lowered, sentences, names).slice(start, end) }] });
        return;
      }
    }

    // Sentence starts, matched to the source's first letter.
    const si = firstLetter(source, 0, source.length);
    if (si >= 0 && UPPER.test(source[si])) {
      for (let k = 0; k < sentences.length; k++) {
        const sent = sentences[k];
        const i = firstLetter(text, sent.start, sent.end);
        if (i < 0 || !LOWER.test(text[i])) continue;
        // A continuation: after ":" ";" "," or "..." in the previous text.
        const before = text.slice(0, i).replace(/[\s"“”„«»'‘’()[\]¿¡-]+$/u, '');
        if (before && !/[.!?。！？]$/u.test(before)) continue;
        if (before.endsWith('...')) continue;
        const [ws, we] = wordAt(text, i);
        const word = text.slice(ws, we);
        if (INNER_CAPITAL.test(word) || new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').test(source)) continue;
        // After an abbreviation ("12 ft. lange", "z.B. die"): not a sentence end.
        if (k > 0 && /(?:^|[\s.])[\p{L}]{1,3}\.$/u.test(before)) continue;
        ctx.report({ messageId: 'first-lower', data: { word }, target: { start: ws, end: we }, suggestions: [{ text: upperFirst(word) }], fix: true });
      }
    }

    // A name lower-cased: "paris" where the source has "Paris" (and the target no "Paris").
    if (names.size) {
      const ok = LOWER_OK[baseLang(ctx.to)];
      const speller = ctx.services.speller?.(ctx.to) ?? null;
      for (const [w, name] of names) {
        const at = wordIndex(text, w);
        if (at < 0 || ok?.has(w) || text.includes(name)) continue;
        const m = { index: at };
        // A common word the speller knows in lower case is not a lost capital.
        if (speller?.correct(w)) continue;
        // "Chief engraver" copied as "chief engraver": a capitalised term, not a name.
        const next = /^\s+([\p{Ll}][\p{L}\p{M}]+)/u.exec(text.slice(m.index + w.length));
        if (next && new RegExp(`${name}\\s+${next[1]}(?![\\p{L}])`, 'u').test(source)) continue;
        // The first word of a sentence was reported above.
        if (sentences.some((x) => firstLetter(text, x.start, x.end) === m.index)) continue;
        ctx.report({ messageId: 'name-lower', data: { word: w, name }, target: { start: m.index, end: m.index + w.length }, source: null, suggestions: [{ text: upperFirst(w) }], fix: true });
      }
    }
  },
};
