// A punctuation mark where neither the sentence's grammar nor the source gives it a reason to
// be: a hyphen hanging off a word ("hardest hit- by"), an apostrophe closing nothing ("progress'
// in"), a colon or semicolon inside a phrase ("the Graf: Zeppelin", "the study; of"), a comma
// cutting a phrase ("Nantes and, was"), marks piled up (",:", ",,"), a lone "_", "^" or "~".
// Left to the checks that own them: spaces around marks (punctuation-spacing, tokenized), symbols
// glued inside a word (stray-characters), unpaired double quotes (quotes-unpaired), stops and ?!
// cutting a sentence after an article, a lower-case word or into a piece with no verb
// (sentence-boundary), an article before a mark (broken-syntax). The source decides what the
// grammar cannot: a mark it has too (or a name it writes without one) settles the question.
// The word rules are English only; those that must tell a modifier, a noun and a verb apart
// read word classes off the English dictionary (stray-punctuation-classes) and stay quiet
// without one. Commas: stray-punctuation-comma; colons and semicolons: stray-punctuation-colon;
// class-based phrase rules: stray-punctuation-phrase; shared reading: stray-punctuation-text.
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';
import { charClass } from '../text/char-class';
import { EN_PAST_ONLY } from '../lang/syntax';
import { EN_AUX, EN_CONJ, EN_PREP_HARD, EN_PREP_SOFT, SUSPENSION_JOINERS } from './stray-punctuation-words';
import {
  DIGIT,
  Facts,
  LETTER,
  NO_WORD,
  STRONG,
  UPPER,
  WORD_CHAR,
  count,
  isSpace,
  isUpper,
  likely,
  sure,
  wordAfter,
  wordBefore,
  type Found,
} from './stray-punctuation-text';
import { comma } from './stray-punctuation-comma';
import { highMark } from './stray-punctuation-colon';

/** Marks followed by a space, and the symbols wherever they are. */
const CANDIDATE = /[-'’;:,.](?=[ \u00a0\u202f\u2009])|[_^~]/g;
/** Letters of the scripts that write apostrophes between words (not Hebrew geresh, not Arabic). */
const APOS_LETTER = charClass(/^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]$/u);
const URLISH = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\p{L}\p{N}_]+|`[^`]*`/giu;
const MASK_HINT = /[@#`]|:\/\/|www\./;
/** Elided articles and pronouns that end in an apostrophe (a space after them is tokenized's). */
const ROMANCE_ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|dell|all|nell|dall|sull|coll|quell|bell|un)$/i;
const SIBILANT_END = /[sxzß]$/i;
/** Words after which an added stop ends a sentence too early (sentence-boundary has the/of/and...). */
const EN_NOT_FINAL = new Set(['at', 'for', 'from', 'with', 'to', 'in', 'toward', 'towards', 'among', 'amongst', 'between', 'upon', 'onto', 'that']);
/** After a possessive plural ("the players' "): what shows the apostrophe is none. */
const EN_NOT_AFTER_POSSESSIVE = new Set(['is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'would', 'could', 'shall', 'should', 'might', 'can', 'may', 'must', 'does', 'did', 'the', 'a', 'an']);
const VOWEL_END = /[aeiouàèéìòù]$/i;
const SENTENCE_START = /(?:^|[.!?:]["'”’»)]*\s+|["“„«(]\s*)$/;
const CLOSERS = '"”’»)]\'';

function masked(text: string): boolean[] {
  const mask: boolean[] = [];
  if (!MASK_HINT.test(text)) return mask;
  URLISH.lastIndex = 0;
  for (let m = URLISH.exec(text); m !== null; m = URLISH.exec(text)) {
    for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = true;
  }
  return mask;
}

/** "hit- by": a hyphen glued to a word and followed by a space, unless it suspends a compound. */
function hyphen(f: Facts, i: number): Found | null {
  const { text } = f;
  if (!isSpace(text[i + 1]) || text[i - 1] === '-' || text[i + 2] === '-') return null;
  const next = wordAfter(text, i + 1);
  if (next === NO_WORD) return null;
  const p = text[i - 1] ?? '';
  // "5,- Euro" is a price; after a word, ",- " is a slip.
  if (p === ',' || p === ';' || p === ':') return LETTER.at(text, i - 2) ? sure('hyphen') : null;
  if (!LETTER.at(text, i - 1)) return null;
  // A suspended compound: "pre- and post-war", "Blues- und Rockgitarrist", "Ein-, Zweifamilienhaus".
  const gap = text[next.start - 1];
  if (gap === ',' || gap === '/' || gap === '&') return null;
  if (SUSPENSION_JOINERS.has(next.lower)) {
    // English suspends before a hyphenated word or a number: "two- to three-day", "10- to 15".
    if (f.lang !== 'en') return null;
    const third = wordAfter(text, next.end);
    if (third.text.includes('-') || DIGIT.test(third.text)) return null;
  }
  // A dash of the source's that the translation wrote as a hyphen.
  if (f.sourceDashes() > 0 && f.sourceDashes() > count(STRONG, text)) return null;
  return likely('hyphen');
}

/** "progress' in": an apostrophe glued to a word end that is no possessive, quote or elision. */
function apostrophe(f: Facts, i: number): Found | null {
  const { text, lang } = f;
  const after = text[i + 2] ?? '';
  if (!isSpace(text[i + 1]) || !(WORD_CHAR.at(text, i + 2) || after === '"' || after === '“' || after === '„' || after === '«')) return null;
  if (f.singleQuoted()) return null;
  const p = text[i - 1] ?? '';
  if (p === ',' || p === '.' || p === ';' || p === ':' || p === '!' || p === '?') return sure('apostrophe');
  if (!APOS_LETTER.at(text, i - 1)) return null;
  const w = wordBefore(text, i);
  if (w === NO_WORD || f.source.includes(w.text + text[i])) return null;
  // "d'un'": the elision is the last part.
  const last = w.text.slice(Math.max(w.text.lastIndexOf("'"), w.text.lastIndexOf('’')) + 1);
  if (lang === 'en') {
    // A function word has no possessive: "is' also", "was' moved".
    if (EN_AUX.has(w.lower) || EN_CONJ.has(w.lower) || EN_PREP_HARD.has(w.lower) || EN_PREP_SOFT.has(w.lower)) return sure('apostrophe');
    // "rock 'n' roll", "o'", "nothin'".
    if (w.lower === 'n' || w.lower === 'o' || (w.lower.length >= 4 && w.lower.endsWith('in') && !isUpper(w))) return null;
  }
  if (SIBILANT_END.test(w.text)) {
    // "the players' union", "Hans' Bruder": a possessive; in English a function word after it shows it is none.
    if (lang !== 'en') return null;
    const next = wordAfter(text, i + 1);
    if (!(EN_NOT_AFTER_POSSESSIVE.has(next.lower) || EN_PAST_ONLY.has(next.lower) || EN_CONJ.has(next.lower) || EN_PREP_HARD.has(next.lower) || EN_PREP_SOFT.has(next.lower))) return null;
  }
  if ((lang === 'it' || lang === 'pt' || lang === 'sc' || lang === 'nap') && VOWEL_END.test(last)) return null;
  if ((lang === 'fr' || lang === 'ca' || lang === 'oc' || lang === 'it' || lang === 'wa') && ROMANCE_ELISION.test(last)) return null;
  // German and Dutch apocope: "hab' ich", "geh' nach Hause".
  if ((lang === 'de' || lang === 'nl' || lang === 'lb' || lang === 'gsw') && w.text.length <= 5) {
    if (!isUpper(w) || SENTENCE_START.test(text.slice(Math.max(0, w.start - 3), w.start))) return null;
  }
  return likely('apostrophe');
}

/** ",:" ",," ";," and ',". ': a second mark right after a comma, colon or semicolon. */
function piled(text: string, i: number): Found | null {
  const c = text[i];
  let j = i;
  while (j > i - 3 && j > 0 && CLOSERS.includes(text[j - 1])) j--;
  const p = text[j - 1];
  if (p !== ',' && p !== ';' && p !== ':') return null;
  // "Nan::ObjectWrap" is code, not two colons.
  if (!(isSpace(text[i + 1]) || i + 1 === text.length) || (c === ':' && p === ':')) return null;
  // A stop straight after a comma is sentence-boundary's; one after a closing quote is ours.
  if (c === '.' && (j === i || p !== ',' || text[i + 1] === '.')) return null;
  if (!WORD_CHAR.at(text, j - 2) && !CLOSERS.includes(text[j - 2] ?? '')) return null;
  return sure('piled');
}

/** "_", "^", "~" standing between words, neither glued inside one nor pairing with another. */
function symbol(f: Facts, i: number): Found | null {
  const { text } = f;
  const c = text[i];
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  if (!isSpace(after) && after !== ',' && after !== '.') return null;
  if (before === c || '_^~'.includes(before) || f.source.includes(c)) return null;
  // Glued to a word of two letters or more: stray-characters reports it.
  if (LETTER.at(text, i - 1) && LETTER.at(text, i - 2)) return null;
  if (c === '~' && DIGIT.test(wordAfter(text, i + 1).text)) return null;
  // The closing half of _emphasis_, ^superscript^ or ~subscript~.
  const open = text.lastIndexOf(c, i - 1);
  if (open >= 0 && (open === 0 || !WORD_CHAR.at(text, open - 1)) && !isSpace(text[open + 1])) return null;
  return sure('symbol');
}

/** English: a stop after "in", "that"... where the source has one sentence fewer ("cartels in. Mexico"). */
function stop(f: Facts, i: number): Found | null {
  const { text } = f;
  if (f.lang !== 'en' || !isSpace(text[i + 1]) || text[i - 1] === '.' || text[i + 1] === '.') return null;
  const prev = wordBefore(text, i);
  if (!EN_NOT_FINAL.has(prev.text)) return null;
  return UPPER.test(wordAfter(text, i + 1).text) && f.moreSentences() ? likely('inside-clause') : null;
}

export const check: Check = {
  meta: {
    id: 'stray-punctuation',
    category: 'fluency/punctuation',
    severity: 'minor',
    description:
      'A punctuation mark that the sentence\'s grammar and the source give no reason for: a hyphen hanging off a word, an apostrophe that closes nothing, a colon, semicolon, comma or full stop inside a phrase, a name, a date or an amount, a semicolon or colon where the source has none and no clause stands on its side, two marks piled up, a lone "_", "^" or "~".',
    messages: {
      hyphen: 'A hyphen hangs off "{{word}}" before a space: it joins nothing.',
      apostrophe: 'The apostrophe after "{{word}}" is neither a possessive nor a closing quotation mark.',
      'inside-clause': '"{{mark}}" cuts "{{words}}", words that nothing may separate.',
      'inside-name': '"{{mark}}" splits "{{words}}", which the source writes as one name.',
      piled: '"{{mark}}" right after another mark.',
      symbol: '"{{mark}}" stands alone between words.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Er gehört zu den besten Blues- und Rockgitarristen.', target: 'He is one of the best pre- and post-war blues guitarists, the players\' favourite.' },
        { from: 'en', to: 'de', source: 'He is one of the best blues and rock guitarists.', target: 'Er ist einer der besten Blues- und Rockgitarristen, sagt Hans\' Bruder.' },
        { from: 'de', to: 'en', source: 'Sie sagte: „Das ist es.“', target: 'She said: "That is it." It is, however, done; and, in particular, done well.' },
        { from: 'en', to: 'fr', source: 'He said: yes; then no.', target: 'Il a dit\u00a0: oui\u00a0; puis l\u2019homme a dit non.' },
        { from: 'en', to: 'it', source: 'A bit of a friendship.', target: 'Un po\' d\'un\' amicizia.' },
        { from: 'ru', to: 'en', source: 'Около 15 000 человек.', target: 'About ~15,000 people, see user_name@example.com, _this_ or #tag_x.' },
      ],
      bad: [
        { from: 'de', to: 'en', source: 'Es ist eines der am stärksten von der Erderwärmung betroffenen Länder.', target: 'It is one of the countries hardest hit- by global warming.', flagged: '-', fixed: 'It is one of the countries hardest hit by global warming.', messageId: 'hyphen' },
        { from: 'de', to: 'en', source: 'Wir machen große Fortschritte bei der Fertigstellung.', target: 'We make great progress\' in finalizing our plans.', flagged: '\'', fixed: 'We make great progress in finalizing our plans.', messageId: 'apostrophe' },
        { from: 'de', to: 'en', source: 'Er startet für die Renngemeinschaft Graf Zeppelin.', target: 'He competes for the Graf: Zeppelin racing community.', flagged: ':', fixed: 'He competes for the Graf Zeppelin racing community.', messageId: 'inside-name' },
        { from: 'de', to: 'en', source: 'Verkehrsfluss ist die Untersuchung der Bewegung von Fahrzeugen.', target: 'Traffic flow is the study; of the movement of vehicles.', flagged: ';', fixed: 'Traffic flow is the study of the movement of vehicles.', messageId: 'inside-clause' },
        { from: 'de', to: 'en', source: 'Er war Bischof von Nantes und war für die Schließung verantwortlich.', target: 'He was bishop of Nantes and, was responsible for the closure.', flagged: ',', fixed: 'He was bishop of Nantes and was responsible for the closure.', messageId: 'inside-clause' },
        { from: 'pl', to: 'en', source: 'Mieli wolny dostęp do zawodów, dzięki czemu mogli odnieść sukces.', target: 'They had free access to professions,, thanks to which they succeeded.', flagged: ',', fixed: 'They had free access to professions, thanks to which they succeeded.', messageId: 'piled' },
        { from: 'cs', to: 'en', source: 'Do neděle se nakazilo 15 212 lidí.', target: 'By Sunday, 15,212~ people had been infected.', flagged: '~', fixed: 'By Sunday, 15,212 people had been infected.', messageId: 'symbol' },
        { from: 'en', to: 'de', source: 'He drove to Graf Zeppelin Street.', target: 'Er fuhr zur Graf; Zeppelin-Straße.', flagged: ';', fixed: 'Er fuhr zur Graf Zeppelin-Straße.', messageId: 'inside-name' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (!text || text.length < 4) return;
    const lang = baseLang(ctx.to);
    const f = new Facts(text, view.source, lang, () => ctx.services.speller?.(lang) ?? null);
    const mask = masked(text);
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
      const i = m.index;
      if (mask[i]) continue;
      const c = m[0];
      let found: Found | null = null;
      if (c === ',' || c === ';' || c === ':' || c === '.') found = piled(text, i);
      if (!found) {
        if (c === '-') found = hyphen(f, i);
        else if (c === "'" || c === '’') found = apostrophe(f, i);
        else if (c === ';' || c === ':') found = highMark(f, i);
        else if (c === ',') found = comma(f, i);
        else if (c === '.') found = stop(f, i);
        else found = symbol(f, i);
      }
      if (!found) continue;
      const prev = wordBefore(text, i);
      const words = `${prev.text}${c} ${wordAfter(text, i + 1).text}`.trim();
      ctx.report({
        messageId: found.messageId,
        data: { mark: c, word: prev.text, words },
        target: { start: i, end: i + 1 },
        suggestions: [{ text: '' }],
        fix: found.fix,
      });
    }
  },
};
