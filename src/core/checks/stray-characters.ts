// Characters that do not belong where they are: a digit inside a word ("gove3rnment"), a symbol
// stuck to a word ("and_", "for^"), letters of two scripts in one word (a Cyrillic "о" in a Latin
// word), a ! or ? in the middle of a sentence ("three weeks! ago"). Names, hashtags, handles,
// URLs, chemical formulas and model numbers (F-16, COVID-19, G7, H2O) never match, and a word
// written the same way in the source is the source's choice, not a stray.
import type { Check, CheckContext, SegmentView } from './check';

// A single digit between two lower-case runs of two letters or more: "gove3rnment", "мини3стр".
const DIGIT_IN_WORD = /(?<![\p{L}\p{N}\p{M}_@#/.-])(\p{L}\p{Ll}+)(\p{N})(\p{Ll}{2,})(?![\p{L}\p{N}\p{M}_/.@-])/gu;
// A symbol that no word carries, inside or at the end of a word: "and_", "for^", "weeks~".
const SYMBOL_IN_WORD = /([_^~@|\\]+)(?<=[\p{L}\p{M}]{2}[_^~@|\\]+)(?=\s|[\p{L}]|$)/gu;
// ! or ? closing a word, with the sentence going on in lower case: "three weeks! ago".
const MID_MARK = /([!?])(?<=[\p{Ll}\p{M}]{2}[!?])(?= +\p{Ll})/gu;
// A word with letters of more than one of these scripts.
const WORD = /[\p{L}\p{M}]{2,}/gu;
const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
];
/** Any character some rule below looks for: one fast scan rules out most clean text. */
const ANY_HINT = /[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f_^~@|\\!?\u0370-\u03ff\u0400-\u052f\u1f00-\u1fff]/;
const HAS_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/;
// What every DIGIT_IN_WORD match holds: found in one pass, where the full pattern backtracks over each word.
const DIGIT_IN_WORD_HINT = /\p{Ll}\p{N}\p{Ll}{2}/u;
const HAS_SYMBOL = /[_^~@|\\]/;
const HAS_MARK = /[!?] /;
// Greek and Cyrillic blocks: plain ranges, so the common case (neither) costs one fast scan.
const MIXED_HINT = /[\u0370-\u03ff\u0400-\u052f\u1f00-\u1fff]/;
const URLISH = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\p{L}\p{N}_]+/giu;

/** Look-alike letters, to the Latin letter they imitate and back. */
const CYR_TO_LAT: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  ο: 'o', α: 'a', ν: 'v', ι: 'i', κ: 'k', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LAT_TO_CYR: Record<string, string> = {};
for (const [cyr, lat] of Object.entries(CYR_TO_LAT)) if (/\p{Script=Cyrillic}/u.test(cyr) && !LAT_TO_CYR[lat]) LAT_TO_CYR[lat] = cyr;
const CYRILLIC_LANGS = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'mn', 'tg']);
const GREEK_LANGS = new Set(['el']);

const MASK_HINT = /[@#]|:\/\/|www\./;

function masked(text: string): boolean[] {
  const mask: boolean[] = [];
  if (!MASK_HINT.test(text)) return mask;
  URLISH.lastIndex = 0;
  for (let m = URLISH.exec(text); m !== null; m = URLISH.exec(text)) {
    for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = true;
  }
  return mask;
}

function scriptsOf(word: string): string[] {
  return SCRIPTS.filter(([, re]) => re.test(word)).map(([name]) => name);
}

/** The word rewritten in the target's own script, when every foreign letter has a look-alike. */
function homoglyphFix(word: string, lang: string): string | null {
  const toCyr = CYRILLIC_LANGS.has(lang);
  const toGreek = GREEK_LANGS.has(lang);
  let out = '';
  for (const ch of word) {
    if (toCyr) {
      if (/\p{Script=Cyrillic}/u.test(ch)) out += ch;
      else if (LAT_TO_CYR[ch]) out += LAT_TO_CYR[ch];
      else return null;
    } else if (toGreek) {
      return null;
    } else if (/\p{Script=Latin}/u.test(ch) || /\p{M}/u.test(ch)) out += ch;
    else if (CYR_TO_LAT[ch]) out += CYR_TO_LAT[ch];
    else return null;
  }
  return out;
}

export const check: Check = {
  meta: {
    id: 'stray-characters',
    category: 'fluency/spelling',
    severity: 'minor',
    description:
      'Characters that do not belong: a digit or a symbol inside a word, letters of two scripts in one word (look-alike Cyrillic or Greek letters in a Latin word), a ! or ? in the middle of a sentence.',
    messages: {
      'digit-in-word': 'A digit inside the word "{{word}}".',
      'symbol-in-word': 'The character "{{char}}" does not belong in "{{word}}".',
      'mixed-script': 'The word "{{word}}" mixes {{scripts}} letters.',
      'mid-sentence-mark': '"{{char}}" in the middle of a sentence that goes on in lower case.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Die F-16 und COVID-19 in den G7.', target: 'The F-16, COVID-19, H2O, mp3 files and the G7 summit, see #Iraq2021 or @afp_fr.' },
        { from: 'fr', to: 'en', source: 'Yahoo! et Jeopardy!', target: 'Yahoo! is like Jeopardy! in a way.' },
        { from: 'en', to: 'ru', source: 'Moscow', target: 'Москва и iPhone 13, Ту-154.' },
        { from: 'en', to: 'de', source: 'Does it work? yes, she said.', target: 'Geht das? ja, sagte sie.', note: 'the source has the same mid-sentence mark' },
        { from: 'en', to: 'ja', source: 'The iPhone13 is out.', target: 'iPhone13が発売された。' },
      ],
      bad: [
        { from: 'en', to: 'en', source: 'The government.', target: 'The gove3rnment decided.', flagged: 'gove3rnment', fixed: 'The government decided.', messageId: 'digit-in-word' },
        { from: 'de', to: 'en', source: 'Er ist beobachtet und steht in Kontakt.', target: 'It is monitored and_ is in contact.', flagged: '_', fixed: 'It is monitored and is in contact.', messageId: 'symbol-in-word' },
        { from: 'de', to: 'en', source: 'Werth hatte vor drei Wochen gewonnen.', target: 'Werth had won three weeks! ago.', flagged: '!', fixed: 'Werth had won three weeks ago.', messageId: 'mid-sentence-mark' },
        { from: 'fr', to: 'en', source: 'Le gouvernement', target: 'The gоvernment', flagged: 'gоvernment', fixed: 'The government', messageId: 'mixed-script' },
        { from: 'en', to: 'ru', source: 'The government', target: 'Правительствo', flagged: 'Правительствo', fixed: 'Правительство', messageId: 'mixed-script' },
        { from: 'en', to: 'ru', source: 'The minister', target: 'Мини3стр', flagged: 'Мини3стр', fixed: 'Министр', messageId: 'digit-in-word' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (!text) return;
    if (!ANY_HINT.test(text)) return;
    const source = view.source;
    const mask = masked(text);

    DIGIT_IN_WORD.lastIndex = HAS_DIGIT.test(text) && DIGIT_IN_WORD_HINT.test(text) ? 0 : text.length;
    for (let m = DIGIT_IN_WORD.exec(text); m !== null; m = DIGIT_IN_WORD.exec(text)) {
      const word = m[0];
      if (mask[m.index] || source.includes(word)) continue;
      ctx.report({ messageId: 'digit-in-word', data: { word }, target: { start: m.index, end: m.index + word.length }, suggestions: [{ text: m[1] + m[3] }] });
    }

    SYMBOL_IN_WORD.lastIndex = HAS_SYMBOL.test(text) ? 0 : text.length;
    for (let m = SYMBOL_IN_WORD.exec(text); m !== null; m = SYMBOL_IN_WORD.exec(text)) {
      if (mask[m.index]) continue;
      let ws = m.index;
      while (ws > 0 && /[\p{L}\p{M}\p{N}_]/u.test(text[ws - 1])) ws--;
      let we = m.index + m[0].length;
      while (we < text.length && /[\p{L}\p{M}\p{N}_]/u.test(text[we])) we++;
      const word = text.slice(ws, we);
      if (source.includes(word) || (m[1] === '_' && /\p{L}_+\p{L}/u.test(word) && /_/.test(source))) continue;
      ctx.report({ messageId: 'symbol-in-word', data: { char: m[1], word }, target: { start: m.index, end: m.index + m[0].length }, suggestions: [{ text: '' }] });
    }

    MID_MARK.lastIndex = HAS_MARK.test(text) ? 0 : text.length;
    if (MID_MARK.lastIndex === 0 && !/[!?？！] +\p{Ll}/u.test(source)) {
      for (let m = MID_MARK.exec(text); m !== null; m = MID_MARK.exec(text)) {
        if (mask[m.index]) continue;
        let ws = m.index;
        while (ws > 0 && /[\p{L}\p{M}]/u.test(text[ws - 1])) ws--;
        const word = text.slice(ws, m.index + 1);
        // "Yahoo! is", "Jeopardy! has": a capitalised name may carry the mark.
        if (!/^\p{Ll}/u.test(word) || source.includes(word)) continue;
        ctx.report({ messageId: 'mid-sentence-mark', data: { char: m[1] }, target: { start: m.index, end: m.index + 1 }, suggestions: [{ text: '' }] });
      }
    }

    if (MIXED_HINT.test(text)) {
      WORD.lastIndex = 0;
      for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
        const word = m[0];
        const scripts = scriptsOf(word);
        if (scripts.length < 2 || mask[m.index] || source.includes(word)) continue;
        const fixed = homoglyphFix(word, ctx.to.split(/[-_]/)[0].toLowerCase());
        ctx.report({
          messageId: 'mixed-script',
          data: { word, scripts: scripts.join(' and ') },
          target: { start: m.index, end: m.index + word.length },
          suggestions: fixed && fixed !== word ? [{ text: fixed }] : [],
        });
      }
    }
  },
};
