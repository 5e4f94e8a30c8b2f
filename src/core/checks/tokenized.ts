// Text that still carries a tokeniser's spaces: "Spain .", "so far , more", "it 's", "do n't",
// "( CSU )", "l' Irak". This check owns a space before "," and "." (in every locale: none puts one
// there), clitics split from their word and spaces inside brackets; other spacing around
// punctuation and quotation marks is `punctuation-spacing`'s, so each span is reported once.
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';

// A space before , or . that ends a word: "Spain ." / "far , more". Not ".NET", ".5", "...", "1 . 2".
const SPACE_BEFORE_STOP = /([ \u00a0\u202f]+)([.,])(?=[\s"”’»)\]]|$)(?<=[\p{L}\p{M}\p{N})\]"”’»%][ \u00a0\u202f]+[.,])/gu;
// What every SPACE_BEFORE_STOP match holds: most texts have none, and are done with one plain scan.
const SPACE_THEN_STOP = /[ \u00a0\u202f][.,]/;
// English clitics split off: "it 's", "do n't", "we 've".
const EN_CLITIC = /( +)((?:n['’]t|['’](?:s|re|ve|ll|d|m))(?![\p{L}\p{N}]))(?<=\p{L} +(?:n['’]t|['’](?:s|re|ve|ll|d|m)))/giu;
// Romance elisions split off: "l' Irak", "qu' il", "dell' anno".
const ELISION: Record<string, RegExp> = {
  fr: /(?<![\p{L}])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’])( +)(?=\p{L})/giu,
  it: /(?<![\p{L}])((?:[l]|dell|all|nell|dall|sull|coll|quell|bell|un|c)['’])( +)(?=\p{L})/giu,
  ca: /(?<![\p{L}])((?:[ldms]|qu)['’])( +)(?=\p{L})/giu,
};
// Spaces inside brackets: "( CSU )". Both sides, or one side where the other is glued to a word.
const BRACKET_OPEN = /([([{])( +)(?=[^\s)\]}])/gu;
const BRACKET_CLOSE = /( +)([)\]}])(?<=[^\s([{] +[)\]}])/gu;
const HAS_BRACKET = /[()[\]{}]/;
const ENUMERATOR = /(?:^|\s)[\p{L}\p{N}]{1,2}$/u;

export const check: Check = {
  meta: {
    id: 'tokenized',
    category: 'fluency/punctuation',
    severity: 'minor',
    description:
      'Text that looks like tokeniser output: a space before a comma or full stop, clitics split from their word ("do n\'t", "it \'s", "l\' Irak"), spaces just inside brackets.',
    messages: {
      'space-before': 'Tokenised text: no space before "{{mark}}".',
      'clitic': 'Tokenised text: "{{clitic}}" belongs to the word before it.',
      'elision': 'Tokenised text: no space after the elided "{{clitic}}".',
      'bracket': 'Tokenised text: no space inside the bracket "{{mark}}".',
    },
    fixable: 'fix',
    examples: {
      good: [
        { from: 'es', to: 'en', source: 'Hasta ahora, 272.000 infecciones en España.', target: 'So far, 272,000 infections in Spain.' },
        { from: 'de', to: 'en', source: 'Markus Söder (CSU) sagte, er sei 3,5 m groß...', target: 'Markus Söder (CSU) said he didn’t know it’s 3.5 m... or .NET 5 . 2' },
        { from: 'en', to: 'fr', source: 'Iraq’s army', target: 'L’armée de l’Irak (voir ci-dessus) : 1) les faits ; 2) les suites.' },
        { from: 'en', to: 'ru', source: 'So far, in Spain.', target: 'Пока что, в Испании.' },
      ],
      bad: [
        { from: 'es', to: 'en', source: 'Se han registrado en España.', target: 'They have been registered in Spain .', flagged: ' .', fixed: 'They have been registered in Spain.' },
        { from: 'es', to: 'en', source: 'Hasta ahora, más.', target: 'So far , more.', flagged: ' ,', fixed: 'So far, more.' },
        { from: 'de', to: 'en', source: 'Ich musste nicht.', target: 'I did n’t have to.', flagged: ' n’t', fixed: 'I didn’t have to.', messageId: 'clitic' },
        { from: 'de', to: 'en', source: 'Im Kinderspital.', target: 'At the Children \'s Hospital.', flagged: ' \'s', fixed: 'At the Children\'s Hospital.' },
        { from: 'de', to: 'en', source: 'Markus Söder (CSU) sagte.', target: 'Markus Söder ( CSU) said.', flagged: '( ', fixed: 'Markus Söder (CSU) said.', messageId: 'bracket' },
        { from: 'en', to: 'fr', source: 'in Iraq', target: 'dans l\' Irak', flagged: 'l\' ', fixed: 'dans l\'Irak', messageId: 'elision' },
        { from: 'en', to: 'ru', source: 'In Spain.', target: 'В Испании .', flagged: ' .', fixed: 'В Испании.' },
        { from: 'en', to: 'de', source: 'In Spain, now.', target: 'In Spanien , jetzt.', flagged: ' ,', fixed: 'In Spanien, jetzt.' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (!text) return;
    const lang = baseLang(ctx.to);

    SPACE_BEFORE_STOP.lastIndex = SPACE_THEN_STOP.test(text) ? 0 : text.length;
    for (let m = SPACE_BEFORE_STOP.exec(text); m !== null; m = SPACE_BEFORE_STOP.exec(text)) {
      const mark = m[2];
      // "5 . 2" (a spaced number) and an ellipsis after a space are not tokeniser traces.
      if (/\p{N}/u.test(text[m.index - 1] ?? '') && /^\s*\p{N}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      ctx.report({ messageId: 'space-before', data: { mark }, target: { start: m.index, end: m.index + m[0].length }, suggestions: [{ text: mark }], fix: true });
    }

    if (lang === 'en' && (text.includes("'") || text.includes('’'))) {
      EN_CLITIC.lastIndex = 0;
      for (let m = EN_CLITIC.exec(text); m !== null; m = EN_CLITIC.exec(text)) {
        // "the 's-Hertogenbosch" / a quoted 'd...: only a clitic followed by a space or punctuation.
        const next = text[m.index + m[0].length] ?? '';
        if (next && !/[\s.,;:!?"”’)]/u.test(next)) continue;
        ctx.report({ messageId: 'clitic', data: { clitic: m[2] }, target: { start: m.index, end: m.index + m[0].length }, suggestions: [{ text: m[2] }], fix: true });
      }
    }
    const elision = ELISION[lang];
    if (elision && (text.includes("'") || text.includes('’'))) {
      elision.lastIndex = 0;
      for (let m = elision.exec(text); m !== null; m = elision.exec(text)) {
        ctx.report({ messageId: 'elision', data: { clitic: m[1] }, target: { start: m.index, end: m.index + m[0].length }, suggestions: [{ text: m[1] }], fix: true });
      }
    }

    BRACKET_OPEN.lastIndex = HAS_BRACKET.test(text) ? 0 : text.length;
    for (let m = BRACKET_OPEN.exec(text); m !== null; m = BRACKET_OPEN.exec(text)) {
      ctx.report({ messageId: 'bracket', data: { mark: m[1] }, target: { start: m.index, end: m.index + m[0].length }, suggestions: [{ text: m[1] }], fix: true });
    }
    BRACKET_CLOSE.lastIndex = HAS_BRACKET.test(text) ? 0 : text.length;
    for (let m = BRACKET_CLOSE.exec(text); m !== null; m = BRACKET_CLOSE.exec(text)) {
      // "1 )" / "a )" at the start of a list item is an enumerator, not a closing bracket.
      if (ENUMERATOR.test(text.slice(Math.max(0, m.index - 3), m.index))) {
        const before = text.slice(0, m.index);
        if (!before.includes(m[2] === ')' ? '(' : m[2] === ']' ? '[' : '{')) continue;
      }
      ctx.report({ messageId: 'bracket', data: { mark: m[2] }, target: { start: m.index, end: m.index + m[0].length }, suggestions: [{ text: m[2] }], fix: true });
    }
  },
};
