// A sentence boundary in the translation that the source does not have: "according to the
// results. preliminary." Signals, strongest first, each checked against the source so a text
// written that way on both sides stays quiet:
//  1. a full stop, question or exclamation mark followed by a lower-case word (cased scripts),
//     the word before it being no abbreviation ("etc.", "Mr.", "г.") and no number ("3. října");
//  2. a last "sentence" of one or two words (CJK: up to four characters) after a long one, where
//     the translation has more sentences than the source (also catches "results. Preliminary.");
//  3. a full stop straight after a comma, or after a word no sentence ends with ("the.");
//  4. a question or exclamation mark inside the translation where the source has none at all;
//  5. English, where the translation has more sentences than the source: a full stop leaving a
//     piece with no verb ("Allan made it. 2-0 for Napoli and a bitter evening.", "Though the
//     travel agency. Thomas Cook went bankrupt") or one whose first verb follows "and" with no
//     verb before it ("The Simpsons and was responsible"). Verbs are told by the dictionary.
// A long source sentence translated as two long capitalised sentences matches none of these.
// The flag covers the word before the stray mark through the fragment when the fragment is short
// and ends the segment ("results. preliminary."), else through the next word ("end. without"):
// the reviser sees the mark and what it cuts apart without a whole clause lit up.
import type { Check, ReportSuggestion } from './check';
import type { Span } from '../types';
import { baseOf as baseLang } from '../lang/base-lang';
import { isAbbreviation } from '../text/abbreviations';
import { charClass, type CharClass } from '../text/char-class';
import { WordClasses } from './stray-punctuation-classes';

/** Languages whose adjectives go before the noun: a lone stray modifier moves back before it. */
const PRENOMINAL = new Set(['en', 'de', 'nl', 'sv', 'da', 'nb', 'no', 'pl', 'cs', 'sk', 'ru', 'uk', 'bg', 'hu', 'fi', 'et', 'lv', 'lt', 'el', 'tr']);

/** Determiners after which a noun phrase starts (where the modifier goes back in). */
const DETERMINERS: Record<string, string[]> = {
  en: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'all', 'any', 'no', 'each', 'every'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'diese', 'dieser', 'diesen', 'diesem', 'dieses', 'seine', 'ihre', 'unsere'],
  nl: ['de', 'het', 'een', 'deze', 'dit', 'die', 'dat', 'zijn', 'haar', 'hun', 'onze'],
};

/** English adjective shapes, for choosing the reordering over the plain rejoin. */
const EN_ADJECTIVE = /(?:al|ary|ory|ive|ous|ful|less|ic|ible|able|ent|ant|ish|ian|ese|ern|ed|est|ior|ile|ar)$/;
const EN_ADJECTIVES = new Set(['new', 'old', 'big', 'small', 'large', 'great', 'high', 'low', 'long', 'short', 'last', 'first', 'final', 'next', 'main', 'own', 'same', 'other', 'young', 'good', 'bad', 'full', 'whole', 'early', 'late', 'recent', 'current', 'major', 'minor', 'key', 'top', 'real', 'total']);

/** Words a sentence does not end with: a full stop after them cuts a phrase. Lower case only. */
const NEVER_FINAL: Record<string, Set<string>> = {
  en: new Set(['the', 'a', 'an', 'of', 'and', 'or', 'but', 'nor', 'its', 'their', 'our', 'my', 'your', 'whose', 'than', 'into']),
  // German and French articles double as pronouns that can end a sentence ("hat sie das."): only joiners.
  de: new Set(['des', 'und', 'oder']),
  fr: new Set(['du', 'et', 'ou']),
};

const CASED = /[\p{Lu}\p{Ll}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Letters and digits; letters alone. */
const LN = charClass(/^[\p{L}\p{N}]$/u);
const L = charClass(/^\p{L}$/u);

/** UTF-16 length of the code point ending at `end` when it is in the class, else 0. */
function classBefore(cls: CharClass, text: string, end: number): number {
  if (end <= 0) return 0;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const h = text.charCodeAt(end - 2);
    if (h >= 0xd800 && h <= 0xdbff) return cls.at(text, end - 2);
  }
  return cls.at(text, end - 1) === 1 ? 1 : 0;
}

/** Start of the run of `cls` characters ending at `end` (`end` itself when there is none). */
function runStart(cls: CharClass, text: string, end: number): number {
  let s = end;
  for (let w = classBefore(cls, text, s); w > 0; w = classBefore(cls, text, s)) s -= w;
  return s;
}

/**
 * The word ending at `end`, as /([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)$/u finds it in
 * text.slice(0, end) (with `hyphens`, /([\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*)$/u), without the
 * regular expression's try at every earlier offset.
 */
function wordBefore(text: string, end: number, hyphens = false): string {
  let s = runStart(LN, text, end);
  if (s === end) return '';
  for (;;) {
    const a = text.charCodeAt(s - 1);
    if (s < 2 || (a !== 0x27 && a !== 0x2019 && !(hyphens && a === 0x2d))) break;
    const t = runStart(LN, text, s - 1);
    if (t === s - 1) break;
    s = t;
  }
  return text.slice(s, end);
}

const AFTER_STOP = /["'”’»)\]」』]*\s*/uy;
const HAS_SPACE = /\s/;
const FULL_WIDTH_STOP = /[。！？]/;
const PAUSE = /[,;:]/;
const ASCII_DIGIT = /\d/;
/** What may start the piece after a stop for the stop to be a boundary. */
const NEXT_OPENS = /[\p{L}\p{N}"'“‘«„(]/u;
const LOWER_AT = /\p{Ll}/uy;
const CONJ = new Set(['and', 'or', 'but']);
const QUESTION_END = /[?!]["'”’»)]*\s*$/;
const ASIDE = /^\s*\([^)]*\)/;
/** Marks where a translation may well start a sentence the source does not: ; : and dashes. */
const STRONG = /[;；]|[:：](?!\d)|[–—]| - /;

/** Sentence-ending marks inside a text: each with the piece of text that follows it. */
function boundaries(text: string): { stop: number; next: number }[] {
  const out: { stop: number; next: number }[] = [];
  const re = /[.!?。！？।؟]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const stop = m.index;
    if (text[stop - 1] === '.' || text[stop + 1] === '.') continue; // an ellipsis trails off, it does not end
    AFTER_STOP.lastIndex = stop + 1;
    const rest = AFTER_STOP.exec(text)![0];
    // Full-width marks end a sentence with no space after them; the others need one.
    if (!HAS_SPACE.test(rest) && !FULL_WIDTH_STOP.test(text[stop])) continue;
    const next = stop + 1 + rest.length;
    if (next >= text.length) continue;
    if (text[stop] === '.' && !PAUSE.test(text[stop - 1])) {
      const word = wordBefore(text, stop);
      const before = text[stop - word.length - 1];
      if (!word || ASCII_DIGIT.test(word) || isAbbreviation(word) || before === '.' || (word.length === 1 && CASED.test(word) && word !== 'a')) continue;
    }
    if (!NEXT_OPENS.test(text[next])) continue;
    out.push({ stop, next });
  }
  return out;
}

const lowerStart = (text: string, at: number): boolean => {
  LOWER_AT.lastIndex = at;
  return LOWER_AT.test(text);
};

/**
 * The piece has a verb or a subject, the first verb not straight after "and", "or", "but" with
 * no verb before it ("The Simpsons and was responsible"). A question, or a piece of three words
 * or fewer (rule 2's), passes.
 */
function clause(classes: WordClasses, piece: string): boolean {
  if (QUESTION_END.test(piece) || words(piece) <= 3) return true;
  let previous = '';
  let first = true;
  // "(Laughter) Want to get away": the sentence starts after a bracketed aside.
  for (const m of piece.replace(ASIDE, '').matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (classes.subjectWord(w)) return true;
    if (classes.clauseWord(m[0], first, previous)) return first || !CONJ.has(previous);
    // "But look at the scale": the word after an opening conjunction may be an imperative.
    first = first && CONJ.has(w);
    previous = w;
  }
  return false;
}

function words(text: string): number {
  return (text.match(WORD) ?? []).length;
}

function fragmentLength(text: string): number {
  const core = text.replace(/[\s\p{P}]/gu, '');
  return CJK.test(core) ? Math.ceil(core.length / 2) : words(text);
}

export const check: Check = {
  meta: {
    id: 'sentence-boundary',
    category: 'fluency/grammar',
    severity: 'major',
    description:
      'A sentence boundary in the translation that the source does not have: a full stop or question mark cutting a sentence, leaving a fragment ("according to the results. preliminary.").',
    messages: {
      split: 'The sentence is cut by “{{mark}}” before “{{fragment}}”, which the source does not do.',
      fragment: '“{{fragment}}” stands alone as a sentence, but the source has one sentence here.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'fr', to: 'en', source: 'Ils ont perdu des sièges, selon les résultats préliminaires.', target: 'They lost seats, according to the preliminary results.' },
        {
          from: 'de', to: 'en',
          source: 'Die Regierung kündigte am Samstag an, dass die Grenzen geöffnet werden, wobei für Reisende aus Risikogebieten weiterhin strenge Regeln gelten.',
          target: 'The government announced on Saturday that the borders will be opened. Strict rules will continue to apply to travellers from risk areas.',
          note: 'a long sentence legitimately split in two',
        },
        { from: 'ru', to: 'en', source: 'Путин прибыл в Санкт-Петербург в 10 ч. утра.', target: 'Putin arrived in St. Petersburg at 10 a.m. on Sunday, Mr. al-Kazimi said, etc. and so on.' },
        { from: 'cs', to: 'de', source: 'Volby se konaly 3. října.', target: 'Die Wahl fand am 3. Oktober statt, vgl. die Angaben.' },
        { from: 'es', to: 'en', source: '¿Qué pasó? nadie lo sabe.', target: 'What happened? nobody knows.', note: 'the source breaks the same way' },
        { from: 'zh', to: 'en', source: '他说：“我很好。”然后离开了。', target: 'He said: "I am fine." Then he left.' },
        { from: 'en', to: 'zh', source: 'He left. Then she came back home.', target: '他走了。然后她回家了。' },
      ],
      bad: [
        {
          from: 'fr', to: 'en',
          source: 'Ils ont perdu des sièges, selon les résultats préliminaires.',
          target: 'They lost seats, according to the results. preliminary.',
          flagged: 'results. preliminary.',
          fixed: 'They lost seats, according to the preliminary results.',
        },
        {
          from: 'de', to: 'en',
          source: 'Die Saison konnte ohne besondere Vorkommnisse zu Ende gespielt werden.',
          target: 'The season could be played to the end. without any special incidents.',
          flagged: 'end. without',
          fixed: 'The season could be played to the end without any special incidents.',
        },
        {
          from: 'fr', to: 'de',
          source: 'Ils ont perdu des sièges, selon les résultats préliminaires.',
          target: 'Sie verloren Sitze, laut den Ergebnissen. vorläufigen.',
          flagged: 'Ergebnissen. vorläufigen.',
          fixed: 'Sie verloren Sitze, laut den vorläufigen Ergebnissen.',
        },
        {
          from: 'de', to: 'fr',
          source: 'Sie verloren Sitze, laut den vorläufigen Ergebnissen.',
          target: 'Ils ont perdu des sièges, selon les résultats. préliminaires.',
          flagged: 'résultats. préliminaires.',
          fixed: 'Ils ont perdu des sièges, selon les résultats préliminaires.',
          note: 'French adjectives follow the noun: rejoin only',
        },
        {
          from: 'ru', to: 'en',
          source: 'Президент России Владимир Путин прибыл в Санкт-Петербург на парад.',
          target: 'Russian President? Vladimir Putin arrived in St. Petersburg for the parade.',
          flagged: 'President? Vladimir',
          fixed: 'Russian President Vladimir Putin arrived in St. Petersburg for the parade.',
        },
        {
          from: 'en', to: 'zh',
          source: 'They lost seats according to the preliminary results.',
          target: '根据选举结果，他们失去了许多席位。初步。',
          flagged: '。初步。',
          fixed: '根据选举结果，他们失去了许多席位初步。',
        },
      ],
    },
  },

  run(view, ctx) {
    const { source, target } = view;
    if (!source.trim() || !target.trim()) return;
    const lang = baseLang(view.to);
    const srcStops = boundaries(source);
    const tgtStops = boundaries(target);
    const srcLower = srcStops.filter((b) => lowerStart(source, b.next)).length;
    const tgtLower = tgtStops.filter((b) => lowerStart(target, b.next));
    const srcQuestion = /[?!¿¡？！]/.test(source);
    const reported = new Set<number>();

    const report = (stop: number, next: number, messageId: 'split' | 'fragment'): void => {
      reported.add(stop);
      const fragEnd = sentenceEnd(target, next);
      const fragment = target.slice(next, fragEnd).replace(/[\s.!?。！？।؟]+$/u, '');
      const tail = /^[\s.!?。！？।؟"'”’»)\]]*$/u.test(target.slice(fragEnd)) && fragmentLength(fragment) <= 3;
      const cjk = CJK.test(target[stop - 1] ?? '') || !/[\p{L}\p{N}]/u.test(target[stop - 1] ?? '');
      const prevWord = cjk ? '' : wordBefore(target, stop, true);
      const start = stop - prevWord.length;
      const end = tail ? fragEnd : messageId === 'split' && !cjk ? next + (/^[\p{L}\p{N}'’-]+/u.exec(target.slice(next))?.[0].length ?? 0) : stop + 1;
      const suggestions: ReportSuggestion[] = [];
      const moved = tail ? moveModifier(target, lang, stop, next, fragment, prevWord) : null;
      if (moved) suggestions.push(moved);
      suggestions.push({ text: '', start: stop, end: stop + 1 });
      ctx.report({
        messageId,
        data: { mark: target[stop], fragment },
        target: { start, end },
        source: counterpart(source, [prevWord, fragment.split(/\s+/)[0] ?? '']),
        suggestions,
      });
    };

    // 1. Lower-case after a stop, beyond what the source itself does.
    if (tgtLower.length > srcLower) for (const b of tgtLower) report(b.stop, b.next, 'split');

    // 2. A short last fragment where the translation has more sentences than the source.
    const last = tgtStops[tgtStops.length - 1];
    if (last && !reported.has(last.stop) && tgtStops.length > srcStops.length) {
      const fragment = target.slice(last.next);
      const before = target.slice(tgtStops.length > 1 ? tgtStops[tgtStops.length - 2].next : 0, last.stop);
      const srcLast = source.slice(srcStops.length ? srcStops[srcStops.length - 1].next : 0);
      if (sentenceEnd(target, last.next) >= target.trimEnd().length - 1 && fragmentLength(fragment) <= 2 && fragmentLength(before) >= 4 && fragmentLength(srcLast) > 4) {
        report(last.stop, last.next, 'fragment');
      }
    }

    // 3. A stop straight after a comma (",."), or after a word no sentence ends with ("the.").
    for (const b of tgtStops) {
      if (reported.has(b.stop) || target[b.stop] !== '.') continue;
      const prev = target.slice(runStart(L, target, b.stop), b.stop);
      if (/[,;:]/.test(target[b.stop - 1]) || (NEVER_FINAL[lang]?.has(prev) ?? false)) report(b.stop, b.next, 'split');
    }

    // 4. A question or exclamation mark cutting the sentence, where the source asks and exclaims nothing.
    if (!srcQuestion) {
      for (const b of tgtStops) if (!reported.has(b.stop) && /[?!？！]/.test(target[b.stop])) report(b.stop, b.next, 'split');
    }

    // 5. English: a stop that leaves a piece with no clause of its own.
    if (lang === 'en' && tgtStops.length > srcStops.length && !STRONG.test(source)) {
      const speller = ctx.services.speller?.('en') ?? null;
      const classes = speller ? new WordClasses(speller) : null;
      for (let k = 0; classes && k < tgtStops.length; k++) {
        const b = tgtStops[k];
        if (reported.has(b.stop) || target[b.stop] !== '.') continue;
        const before = target.slice(k > 0 ? tgtStops[k - 1].next : 0, b.stop);
        const after = target.slice(b.next, k + 1 < tgtStops.length ? tgtStops[k + 1].stop : target.length);
        if (!clause(classes, before) || !clause(classes, after)) report(b.stop, b.next, 'split');
      }
    }
  },
};

/** Letters folded for comparing words across languages: lower case, no accents. */
function fold(word: string): string {
  let f = FOLDED.get(word);
  if (f === undefined) {
    f = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (FOLDED.size >= 10000) FOLDED.clear();
    FOLDED.set(word, f);
  }
  return f;
}

/** Folded words: three string passes each, and a document's words repeat. */
const FOLDED = new Map<string, string>();

/**
 * Where the source says what the cut-off words say, so the reviser sees both sides: the source
 * words sharing a four-letter start with them ("résultats préliminaires" for "results. preliminary").
 */
function counterpart(source: string, words: string[]): Span | null {
  const stems = words.map(fold).filter((w) => w.length >= 4).map((w) => w.slice(0, 4));
  if (stems.length === 0) return null;
  let first = -1;
  let last = -1;
  for (const m of source.matchAll(WORD)) {
    const w = fold(m[0]);
    if (w.length >= 4 && stems.includes(w.slice(0, 4))) {
      if (first < 0) first = m.index;
      last = m.index + m[0].length;
    }
  }
  // Matches far apart are chance resemblances, not one phrase.
  return first >= 0 && last - first <= 60 ? { start: first, end: last } : null;
}

/** End of the sentence starting at `from`: its closing mark included, or the end of the text. */
function sentenceEnd(text: string, from: number): number {
  const m = /[.!?。！？।؟]+["'”’»)\]]*/u.exec(text.slice(from));
  return m ? from + m.index + m[0].length : text.trimEnd().length;
}

/**
 * "the results. preliminary." → "the preliminary results.": a lone adjective-like fragment goes
 * back after the determiner of the noun it follows, in languages with adjectives before nouns.
 */
function moveModifier(target: string, lang: string, stop: number, next: number, fragment: string, prevWord: string): ReportSuggestion | null {
  if (!PRENOMINAL.has(lang) || !prevWord || words(fragment) !== 1 || !/^\p{Ll}/u.test(fragment)) return null;
  if (lang === 'en' && !EN_ADJECTIVE.test(fragment) && !EN_ADJECTIVES.has(fragment)) return null;
  const dets = DETERMINERS[lang];
  const head = target.slice(0, stop);
  const ws = [...head.matchAll(WORD)].slice(-4);
  let npStart = -1;
  if (dets) {
    for (let i = ws.length - 2; i >= 0; i--) {
      if (dets.includes(ws[i][0].toLowerCase())) {
        npStart = ws[i + 1].index!;
        break;
      }
    }
  } else if (ws.length) npStart = ws[ws.length - 1].index!; // languages without articles: before the noun itself
  if (npStart < 0) return null;
  const fragEnd = next + fragment.length;
  return { text: `${fragment} ${target.slice(npStart, stop)}`, start: npStart, end: fragEnd };
}
