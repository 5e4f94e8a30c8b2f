// Quotation marks and brackets left unpaired inside a segment: “ without ”, « without »,
// ( without ), 「without」. Apostrophes (’ in I’m, l’Irak) are never counted, and a segment whose
// source also leaves a mark open (a quotation running over several paragraphs) is left alone.
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';

interface Mark {
  at: number;
  char: string;
}

/** Closing bracket → its opener. Brackets pair the same way in every language. */
const BRACKETS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '）': '（', '」': '「', '』': '『', '】': '【', '》': '《', '〉': '〈', '］': '［' };
const OPENERS = new Set(Object.values(BRACKETS));
const BRACKET_RE = /[()[\]{}（）「」『』【】《》〈〉［］]/g;
const ANY_MARK = /["“”„«»()[\]{}（）「」『』【】《》〈〉［］]/;
const QUOTE_RE = /["“”„«»]/g;
/** Locales where » opens and « closes. */
const REVERSED_GUILLEMETS = new Set(['de', 'da']);
// "1)" "a)" "iv)" at the start of a list item; ":)" ";-)" emoticons.
const ENUMERATOR_BEFORE = /(?:^|[\s(])(?:[\p{L}]|\p{N}{1,3}|[ivxIVX]{1,4})$/u;
const EMOTICON_BEFORE = /[:;=8][-o^']?$/;

function unpairedBrackets(text: string): Mark[] {
  const stack: Mark[] = [];
  const out: Mark[] = [];
  BRACKET_RE.lastIndex = 0;
  for (let m = BRACKET_RE.exec(text); m !== null; m = BRACKET_RE.exec(text)) {
    const c = m[0];
    if (OPENERS.has(c)) {
      stack.push({ at: m.index, char: c });
      continue;
    }
    const opener = BRACKETS[c];
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    let k = stack.length - 1;
    while (k >= 0 && stack[k].char !== opener) k--;
    if (k >= 0) {
      out.push(...stack.splice(k).slice(1));
    } else if (!(c === ')' && (ENUMERATOR_BEFORE.test(before) || EMOTICON_BEFORE.test(before)))) {
      out.push({ at: m.index, char: c });
    }
  }
  return out.concat(stack);
}

/** Feet and inches in the text itself (5'9"), or a digit with a mark after it in the source (30", 30″). */
function measureMark(text: string, source: string | null): boolean {
  return source === null || /\p{N}['’′]\p{N}/u.test(text) || /\p{N}\s?["″”]/u.test(source);
}

/** Double quotation marks that find no partner, by locale and by position. */
function unpairedQuotes(text: string, lang: string, source: string | null = null): Mark[] {
  const lowHigh = text.includes('„');
  const stack: Mark[] = [];
  const out: Mark[] = [];
  const straight: Mark[] = [];
  let guillemetsOpen = 0;
  let guillemetsClose = 0;
  const guillemets: Mark[] = [];
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m !== null; m = QUOTE_RE.exec(text)) {
    const c = m[0];
    const mark = { at: m.index, char: c };
    if (c === '"') straight.push(mark);
    else if (c === '«' || c === '»') {
      guillemets.push(mark);
      const opens = REVERSED_GUILLEMETS.has(lang) ? c === '»' : c === '«';
      if (opens) guillemetsOpen++;
      else guillemetsClose++;
    } else {
      // By position first: glued to a word on the left and free on the right, a mark closes
      // ("loss“ for"); free on the left and glued on the right, it opens; else by locale.
      const prev = text[m.index - 1] ?? ' ';
      const next = text[m.index + 1] ?? ' ';
      const leftGlued = /[\p{L}\p{N}.,!?…]/u.test(prev);
      const rightGlued = /[\p{L}\p{N}]/u.test(next);
      const opens = c === '„' || (leftGlued !== rightGlued ? rightGlued : c === '“' && !lowHigh);
      // Swedish/Finnish ” opens and closes: pair by alternation.
      const symmetric = c === '”' && (lang === 'sv' || lang === 'fi');
      if (opens || (symmetric && stack.length === 0)) stack.push(mark);
      else if (stack.length) stack.pop();
      else out.push(mark);
    }
  }
  out.push(...stack);
  // Mixed styles that still pair up: "Yes,” he said / “Yes," he said.
  if (straight.length % 2 === 1 && out.length === 1) out.length = 0;
  else if (straight.length % 2 === 1) {
    // The odd one out: a mark glued to a word on its left and not closing a quotation on its right.
    const odd = straight.find((q) => /[\p{L}\p{N}]/u.test(text[q.at - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[q.at + 1] ?? ''))
      ?? straight.find((q, i) => i % 2 === 0 && /[\p{L}\p{N}]/u.test(text[q.at - 1] ?? '') && /\s/.test(text[q.at + 1] ?? ' '))
      ?? straight[straight.length - 1];
    // A trailing inch/second mark after a digit (5'9", 30") is not a quotation, when the source
    // measures so too: a stray mark after a date ("December 21" expiration") is.
    if (!/\p{N}['’]?$/u.test(text.slice(Math.max(0, odd.at - 2), odd.at)) || !measureMark(text, source)) out.push(odd);
  }
  if (guillemetsOpen !== guillemetsClose) {
    // Report the first guillemet that breaks alternation.
    let depth = 0;
    let bad: Mark | undefined;
    for (const g of guillemets) {
      const opens = REVERSED_GUILLEMETS.has(lang) ? g.char === '»' : g.char === '«';
      if (opens) depth++;
      else if (depth > 0) depth--;
      else {
        bad = g;
        break;
      }
    }
    out.push(bad ?? guillemets[guillemets.length - 1]);
  }
  return out.sort((a, b) => a.at - b.at);
}

export const check: Check = {
  meta: {
    id: 'quotes-unpaired',
    category: 'fluency/punctuation',
    severity: 'minor',
    description:
      'A quotation mark or bracket opened without being closed (or closed without being opened) within the segment, unless the source leaves one open too.',
    messages: {
      'unpaired-quote': 'Quotation mark "{{mark}}" has no partner in this segment.',
      'unpaired-bracket': 'Bracket "{{mark}}" has no partner in this segment.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'fr', to: 'en', source: '« Dieu merci, je vais bien », a-t-il dit.', target: '“Praise be to God, I’m fine,” he said.' },
        { from: 'en', to: 'fr', source: 'Iraq’s (and Iran’s) “plot”', target: 'Le « complot » de l’Irak (et de l’Iran)' },
        { from: 'en', to: 'de', source: 'He said "yes".', target: 'Er sagte „ja“ und »nein«.' },
        { from: 'en', to: 'ja', source: 'He said "yes" (twice).', target: '彼は「はい」と（二度）言った。' },
        { from: 'fr', to: 'en', source: '« Ma résidence a été la cible d’une lâche agression.', target: '“My residence was the target of a cowardly assault.', note: 'the quotation runs on into the next paragraph, in the source too' },
        { from: 'en', to: 'en', source: 'Steps: 1) open, 2) close :)', target: 'Steps: 1) open, 2) close :)' },
        { from: 'de', to: 'en', source: 'Ein 65"-Fernseher.', target: 'A 65" television.' },
        { from: 'de', to: 'en', source: 'Er ist 1,80 m groß.', target: 'He is 5\'11" tall.' },
      ],
      bad: [
        { from: 'de', to: 'en', source: 'Die neuen Forderungen könnten nicht erfüllt werden.', target: 'The new demands" could not be met.', flagged: '"', fixed: 'The new demands could not be met.' },
        { from: 'es', to: 'en', source: 'Creían en la fecha del 21 de diciembre.', target: 'They believed in the December 21" date.', flagged: '"', fixed: 'They believed in the December 21 date.' },
        { from: 'fr', to: 'en', source: 'un « complot » visant', target: 'a “plot aimed at', flagged: '“' },
        { from: 'en', to: 'fr', source: 'a “plot” against', target: 'un « complot contre', flagged: '«' },
        { from: 'de', to: 'en', source: 'Markus Söder (CSU) sagte', target: 'Markus Söder (CSU said', flagged: '(' },
        { from: 'en', to: 'ja', source: 'He said "yes".', target: '彼は「はいと言った。', flagged: '「' },
        { from: 'en', to: 'ru', source: 'He said "yes".', target: 'Он сказал «да.', flagged: '«' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (!text) return;
    if (!ANY_MARK.test(text)) return;
    const to = baseLang(ctx.to);
    const from = baseLang(ctx.from);
    // The source is looked at only when the target has something to report.
    const quotes = unpairedQuotes(text, to, view.source);
    const brackets = unpairedBrackets(text);
    const sourceQuotesOpen = quotes.length > 0 && view.source ? unpairedQuotes(view.source, from).length > 0 : false;
    const sourceBracketsOpen = brackets.length > 0 && view.source ? unpairedBrackets(view.source).length > 0 : false;
    if (!sourceQuotesOpen) {
      for (const q of quotes) {
        ctx.report({ messageId: 'unpaired-quote', data: { mark: q.char }, target: { start: q.at, end: q.at + 1 }, suggestions: q.char === '"' ? [{ text: '' }] : [] });
      }
    }
    if (!sourceBracketsOpen) {
      for (const b of brackets) {
        ctx.report({ messageId: 'unpaired-bracket', data: { mark: b.char }, target: { start: b.at, end: b.at + 1 } });
      }
    }
  },
};
