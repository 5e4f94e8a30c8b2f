// Word sequences no correct sentence of the target language contains: an article with nothing
// after it ("in the, as in"), an article before a conjunction, a preposition or an auxiliary
// ("the could be played", "at the of"), two conjunctions or two articles in a row ("and but",
// "the a"), a preposition that cannot be stranded left dangling ("during."), "would is", and in
// English a sentence that starts with a past-tense verb or an auxiliary and has lost its subject
// ("Wrote on Twitter that…"), or that has no verb at all (broken-syntax-verbless.ts), plus
// "a"/"an" before the wrong sound. The word classes come from
// small closed-class tables per language (src/core/lang/syntax.ts); only pairs with no correct
// reading are listed, so the check stays nearly silent on correct text. Typical of words
// dropped, inserted or shuffled by a machine translation.
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';
import { viewWords, type Word } from '../text/word-runs';
import {
  EN_AFTER_AUX,
  EN_BEFORE_BASE,
  EN_FINITE,
  EN_MODALS,
  EN_PREP_SECOND,
  EN_NOT_AFTER_OF,
  EN_PREP_NOT_BEFORE_SUBJECT,
  EN_PAST_ONLY,
  EN_ED_EXCEPTIONS,
  EN_INITIAL_AUX,
  EN_IRREGULAR_PAST,
  syntaxTable,
  type SyntaxTable,
  type WordClass,
} from '../lang/syntax';
import { verblessSentences } from './broken-syntax-verbless';

const NONE: ReadonlySet<WordClass> = new Set();
const LOWER_START = /^\p{Ll}/u;
const VOWEL_START = /^[aeio]/;
const CONSONANT_START = /^[bcdfgjklmnpqrstvwz][a-z]/;
const A_BEFORE_VOWEL = /^(one|once|eu|ewe|ouija|oaxaca)/;
const LATIN_AFTER_A = new Set(['priori', 'posteriori', 'fortiori', 'capella', 'cappella']);

type Gap = 'space' | 'punct' | 'other';

/** What separates two words: only spaces, a phrase-breaking punctuation mark, or anything else. */
function gapKind(text: string, from: number, to: number): Gap {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === ' ' || c === '\u00a0' || c === '\u202f' || c === '\t' || c === '\n') continue;
    // The first mark decides: a comma, stop, colon... ends the phrase; an ellipsis trails off.
    return ',.;:!?'.includes(c) && !(c === '.' && /[.\p{L}]/u.test(text[i + 1] ?? '')) ? 'punct' : 'other';
  }
  return 'space';
}

/** The end of the sentence after a word: plain final punctuation ends a phrase; "…", "—" do not. */
function endKind(text: string, from: number, to: number): Gap {
  const rest = text.slice(from, to).trim();
  if (rest === '') return 'punct';
  const c = rest[0];
  // "a.m.", "e.g.": a stop followed by a letter is an abbreviation; "..." trails off.
  if (c === '.' && /[.\p{L}]/u.test(rest[1] ?? '')) return 'other';
  return ',.;:!?'.includes(c) ? 'punct' : 'other';
}

function classes(t: SyntaxTable, w: Word): ReadonlySet<WordClass> {
  return t.classes.get(w.lower) ?? NONE;
}

/** A word as written in lower case, or capitalised only because it starts a sentence. */
function plain(w: Word): boolean {
  return !w.cap || w.initial;
}

function lowerWord(w: Word): boolean {
  const c = w.text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(w.text);
}

interface Found {
  start: number;
  end: number;
  messageId: string;
  data: Record<string, string>;
  suggestion?: string;
  severity?: 'minor';
}

/** The problem with two adjacent words `a b` separated by spaces only, if any. */
function pairProblem(t: SyntaxTable, a: Word, b: Word, prev: Word | undefined, next: Word | undefined): string | null {
  if (!plain(a)) return null;
  const ca = classes(t, a);
  if (ca === NONE) return null;
  // "he Twitter": a subject pronoun is followed by its verb, never by a name.
  if (t.rules.pronPair && (a.lower === 'he' || a.lower === 'she') && b.cap && b.text !== 'I' && /^\p{Lu}\p{Ll}/u.test(b.text)) return 'pair';
  if (!lowerWord(b)) return null;
  // "the as yet unnamed" is the one correct "article + as".
  if (t.rules.detPair && ca.has('det') && b.lower === 'as') return next && next.lower === 'yet' ? null : 'pair';
  const cb = classes(t, b);
  if (cb === NONE) return null;
  if (t.allowPairs.has(`${a.lower} ${b.lower}`)) return null;
  if (t.rules.detPair && ca.has('det')) {
    if (cb.has('conj') || cb.has('prep') || cb.has('aux') || cb.has('subj') || cb.has('obj') || cb.has('nonNominal')) return 'pair';
    if (cb.has('det') && a.lower !== b.lower) return 'pair';
  }
  if (t.rules.conjPair && ca.has('conj') && cb.has('conj') && a.lower !== b.lower) return 'pair';
  if (t.rules.prepDangling && ca.has('prepStrict') && (cb.has('aux') || cb.has('conj') || cb.has('prep'))) return 'pair';
  if (t.rules.prepPair && ca.has('prep') && b.lower === 'of' && a.lower !== 'of') return 'pair';
  if (t.rules.prepPair && a.lower === 'of' && EN_NOT_AFTER_OF.has(b.lower)) return 'pair';
  if (t.rules.pronPair && cb.has('subj') && EN_PREP_NOT_BEFORE_SUBJECT.has(a.lower)) return 'pair';
  if (t.rules.auxPair) {
    if (ca.has('modal') && (cb.has('aux') || cb.has('modal') || b.lower === 'of') && b.lower !== 'had' && b.lower !== 'been') return 'pair';
    if (ca.has('be') && (cb.has('modal') || cb.has('be')) && a.lower !== b.lower) {
      // "What it was is…", "What they are was…": a pseudo-cleft puts two finite verbs together.
      if (prev && (prev.lower === 'it' || prev.lower === 'they' || prev.lower === 'he' || prev.lower === 'she' || prev.lower === 'we')) return null;
      return 'pair';
    }
  }
  if (t.rules.pronPair && ca.has('subj') && (cb.has('subj') || (cb.has('det') && (b.lower === 'the' || b.lower === 'a' || b.lower === 'an')))) {
    if (a.lower !== b.lower) return 'pair';
  }
  return null;
}

const REGULAR_ED = /^[a-z]{3,}ed$/;

function regularPast(lower: string): boolean {
  return REGULAR_ED.test(lower) && !lower.endsWith('eed') && !EN_ED_EXCEPTIONS.has(lower);
}

/** English verb-form pairs: "has went", "to wrote", "the took", "may abandoned". */
function verbFormProblem(t: SyntaxTable, a: Word, b: Word): boolean {
  if (!plain(a) || !lowerWord(b)) return false;
  if (EN_PAST_ONLY.has(b.lower) && (EN_BEFORE_BASE.has(a.lower) || classes(t, a).has('det'))) return true;
  return EN_MODALS.has(a.lower) && regularPast(b.lower);
}

/**
 * English pairs that correct text has now and then ("what it's used for is", "is and", "to in
 * the report"), but seldom two in one sentence: two of them say the words are out of order.
 */
function weakPair(t: SyntaxTable, a: Word, b: Word | undefined, gap: Gap): boolean {
  const ca = classes(t, a);
  if (!b) return gap === 'punct' && (ca.has('prep') || EN_FINITE.has(a.lower) || ca.has('subj'));
  if (gap !== 'space' || !lowerWord(b)) return false;
  if (ca.has('prep')) return EN_PREP_SECOND.has(b.lower) || EN_FINITE.has(b.lower) || classes(t, b).has('conj');
  return EN_FINITE.has(a.lower) && (classes(t, b).has('conj') || (EN_FINITE.has(b.lower) && a.lower !== b.lower));
}

/** English "a"/"an" before the wrong sound: "an large", "a important". */
function articleForm(t: SyntaxTable, a: Word, b: Word): Found | null {
  if (a.lower !== 'a' && a.lower !== 'an') return null;
  if (!plain(a) || !lowerWord(b) || b.digit || b.text.length < 3 || classes(t, b) !== NONE) return null;
  const w = b.lower;
  let expected = '';
  if (a.lower === 'an' && CONSONANT_START.test(w)) expected = 'a';
  else if (a.lower === 'a' && VOWEL_START.test(w) && !A_BEFORE_VOWEL.test(w) && !LATIN_AFTER_A.has(w)) expected = 'an';
  if (!expected) return null;
  const fixed = a.text[0] === a.text[0].toUpperCase() ? expected[0].toUpperCase() + expected.slice(1) : expected;
  return {
    start: a.start,
    end: a.end,
    messageId: 'article-form',
    data: { article: a.text, word: b.text, expected: fixed },
    suggestion: fixed,
    severity: 'minor',
  };
}

/** English: a sentence opening with a past-tense verb or an auxiliary has no subject. */
function missingSubject(text: string, ws: Word[], i: number, sentEnd: number): Found | null {
  const w = ws[i];
  const next = ws[i + 1];
  if (!w.cap || !next || next.start >= sentEnd || !lowerWord(next) || w.quoted) return null;
  const sentence = text.slice(w.start, sentEnd);
  if (/[?]/.test(sentence)) return null;
  if (gapKind(text, w.end, next.start) !== 'space') return null;
  const lower = w.lower;
  if (EN_INITIAL_AUX.has(lower)) {
    const n = next.lower;
    const participle = regularPast(n);
    if (!EN_AFTER_AUX.has(n) && !participle) return null;
  } else {
    if (!regularPast(lower) && !EN_IRREGULAR_PAST.has(lower)) return null;
    // A fronted participle clause ("Founded in 1990, the company…") has a comma somewhere.
    if (/[,;:\u2013\u2014]/.test(sentence)) return null;
    if (!FOLLOWERS.has(next.lower)) return null;
  }
  return { start: w.start, end: next.end, messageId: 'no-subject', data: { words: text.slice(w.start, next.end) } };
}

/** Auxiliaries that start a question or a fronted condition, and nothing else. */
const QUESTION_START = new Set('is are was were has had does did could would'.split(' '));

/** Particle + preposition pairs that can end a sentence ("come on in.", "let in on."). */
const END_PREP_PAIRS = new Set(['on in', 'in on', 'on to', 'in to', 'by in', 'to about']);

/** What a verb that lost its subject is typically followed by. */
const FOLLOWERS = new Set(
  `that the a an his her their its him them it this these those on in to at for with by from about up out over
  into all more some several both no not also already`.split(/\s+/),
);

function findAll(text: string, t: SyntaxTable, lang: string, ws: Word[], sentences: Array<{ start: number; end: number }>): Found[] {
  const out: Found[] = [];
  let si = 0;
  // Weak evidence of scrambled words, per sentence: reported when a sentence has two or more.
  let weak: Found[] = [];
  let strong = out.length;
  const flushWeak = () => {
    if (weak.length >= 2 && out.length === strong) {
      const first = weak[0];
      out.push({ ...first, messageId: 'scrambled', data: { words: weak.map((w) => `"${text.slice(w.start, w.end)}"`).join(', ') } });
    }
    weak = [];
    strong = out.length;
  };
  for (let i = 0; i < ws.length; i++) {
    const a = ws[i];
    while (si < sentences.length - 1 && sentences[si].end <= a.start) {
      si++;
      flushWeak();
    }
    const sentEnd = sentences.length ? sentences[si].end : text.length;
    const b = ws[i + 1] && ws[i + 1].start < sentEnd ? ws[i + 1] : undefined;
    if (lang === 'en' && a.initial && (i === 0 || sentences.length === 0 || a.start >= sentences[si].start)) {
      const sentStart = sentences.length ? sentences[si].start : 0;
      // Only the first word of the sentence itself, not after a quote or colon.
      if (/^\P{L}*$/u.test(text.slice(sentStart, a.start))) {
        const f = missingSubject(text, ws, i, sentEnd);
        if (f) out.push(f);
        else if (QUESTION_START.has(a.lower) && ws[i + 1] && !/[?,;:]/.test(text.slice(a.start, sentEnd))) {
          // Starts like a question, yet is none and no fronted condition ("Had I known, …").
          weak.push({ start: a.start, end: a.end, messageId: 'scrambled', data: {} });
        }
      }
    }
    const ca = classes(t, a);
    if (ca === NONE) continue;
    const gap = b ? gapKind(text, a.end, b.start) : endKind(text, a.end, sentEnd);
    if (lang === 'en' && plain(a) && weakPair(t, a, b, gap)) {
      weak.push({ start: a.start, end: b && gap === 'space' ? b.end : a.end, messageId: 'scrambled', data: {} });
    }
    if (gap === 'punct' && plain(a)) {
      const dangling =
        (t.rules.detDangling && ca.has('det')) ||
        (t.rules.prepDangling && ca.has('prepStrict'));
      const endConj = !b && t.rules.conjPair && ca.has('conj');
      if (dangling || endConj) {
        // The span takes the punctuation mark that follows the word: "the,".
        let e = a.end;
        while (e < text.length && /\s/.test(text[e])) e++;
        const markEnd = e < text.length ? e + 1 : a.end;
        out.push({ start: a.start, end: markEnd, messageId: b ? 'dangling' : 'dangling-end', data: { word: a.text } });
        continue;
      }
    }
    // Two prepositions ending a sentence: "by from.", "in to in." (the first must be a bare preposition).
    if (!b && gap === 'punct' && ca.has('prep') && t.rules.prepPair && i > 0 && plain(a)) {
      const p = ws[i - 1];
      const pc = classes(t, p);
      if (pc.has('prep') && plain(p) && gapKind(text, p.end, a.start) === 'space' && !END_PREP_PAIRS.has(`${p.lower} ${a.lower}`)) {
        out.push({ start: p.start, end: a.end, messageId: 'pair', data: { words: text.slice(p.start, a.end) } });
        continue;
      }
    }
    if (!b || gap !== 'space') continue;
    const problem = pairProblem(t, a, b, ws[i - 1], ws[i + 2]);
    if (problem) {
      out.push({ start: a.start, end: b.end, messageId: 'pair', data: { words: text.slice(a.start, b.end) } });
      continue;
    }
    if (lang === 'en') {
      if (verbFormProblem(t, a, b)) {
        out.push({ start: a.start, end: b.end, messageId: 'pair', data: { words: text.slice(a.start, b.end) } });
        continue;
      }
      const f = articleForm(t, a, b);
      if (f) out.push(f);
    }
  }
  flushWeak();
  return out;
}

export const check: Check = {
  meta: {
    id: 'broken-syntax',
    category: 'fluency/grammar',
    severity: 'major',
    languages: { target: ['en', 'de', 'fr', 'es', 'it', 'pt'] },
    description:
      'Word sequences no correct sentence contains: an article followed by punctuation, a conjunction, a preposition or an auxiliary ("in the, as", "the could be"), two conjunctions or articles in a row, a preposition left dangling, "would is", an English sentence that starts with its verb and has lost its subject, or has no verb at all where its source is a full sentence too ("The government the new law on Tuesday."), "a"/"an" before the wrong sound. Typical of a word dropped, inserted or shuffled.',
    messages: {
      pair: '"{{words}}" is not a possible sequence: a word is probably missing or out of place.',
      dangling: '"{{word}}" is followed by punctuation: the word it introduces is missing.',
      'dangling-end': 'The sentence ends on "{{word}}": the words after it are missing.',
      'no-subject': 'The sentence starts with "{{words}}" and has no subject: it may have been lost.',
      scrambled: 'Several unlikely word sequences in one sentence ({{words}}): the words may be out of order.',
      'article-form': '"{{article}}" before "{{word}}": the article should be "{{expected}}".',
      'no-verb': 'This sentence has no verb: its main verb may have been lost.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Am Ende wurde die Saison ohne Zuschauer in den Stadien zu Ende gespielt, wie in Deutschland.', target: 'In the end, the season was played to the end without spectators in the stadiums, as in Germany.' },
        { from: 'es', to: 'en', source: 'Fundada en 1990, la empresa creció.', target: 'Founded in 1990, the company grew out of a small shop and is up to date.' },
        { from: 'it', to: 'en', source: 'Non so di cosa sia fatto.', target: 'I do not know what it is made of. It is the city he lived in.' },
        { from: 'de', to: 'en', source: 'Was er sagte, war wahr.', target: 'What it was was a mistake, and, as a result, an hour was lost by a university.' },
        { from: 'en', to: 'de', source: 'The women who saw the children.', target: 'Die Frauen, die die Kinder sahen, und der mit dem Hut.' },
        { from: 'en', to: 'fr', source: 'I take it.', target: 'Je le prends, et il la voit.' },
        { from: 'pl', to: 'en', source: 'Czy był w domu?', target: 'Was he at home? Had he known, he would have stayed.' },
      ],
      bad: [
        { from: 'de', to: 'en', source: 'Die Saison wurde ohne Zuschauer in den Stadien gespielt, wie in Deutschland.', target: 'The season was played without spectators in the, as in Germany.', flagged: 'the,', messageId: 'dangling' },
        { from: 'de', to: 'en', source: 'Am Ende konnte die Saison gespielt werden.', target: 'In the end, however, the could be played.', flagged: 'the could', messageId: 'pair' },
        { from: 'es', to: 'en', source: 'Al comienzo de la crisis, la BA tuvo que reaccionar.', target: 'At the of the crisis, the BA had to react.', flagged: 'the of', messageId: 'pair' },
        { from: 'ru', to: 'en', source: 'Трамп написал в Твиттере, что его правительство следит за штормами.', target: 'Wrote on Twitter that his government is monitoring the storms.', flagged: 'Wrote on', messageId: 'no-subject' },
        { from: 'pl', to: 'en', source: 'Werth wygrał już wszystkie cztery testy.', target: 'Had already won all four tests.', flagged: 'Had already', messageId: 'no-subject' },
        { from: 'cs', to: 'en', source: 'Když velký počet firem požádal o práci.', target: 'When an large number of companies applied for work.', flagged: 'an', fixed: 'When a large number of companies applied for work.', messageId: 'article-form' },
        { from: 'it', to: 'en', source: 'Ha detto che è vero e che arriverà.', target: 'He said it is true and but will come.', flagged: 'and but', messageId: 'pair' },
        { from: 'en', to: 'de', source: 'He stayed during the war.', target: 'Er blieb während, trotz des Krieges.', flagged: 'während,', messageId: 'dangling' },
        { from: 'en', to: 'es', source: 'He met the president.', target: 'Se reunió con el.', flagged: 'el.', messageId: 'dangling-end' },
        { from: 'en', to: 'it', source: 'The house of the mayor.', target: 'La casa del, sindaco.', flagged: 'del,', messageId: 'dangling' },
        { from: 'en', to: 'fr', source: 'He spoke to the children.', target: 'Il a parlé aux.', flagged: 'aux.', messageId: 'dangling-end' },
        { from: 'de', to: 'en', source: 'Die Regierung verabschiedete am Dienstag das neue Gesetz.', target: 'The government the new law on Tuesday.', flagged: 'The government the new law on Tuesday.', messageId: 'no-verb' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (!text) return;
    const lang = baseLang(ctx.to);
    const t = syntaxTable(lang);
    if (!t) return;
    const ws = viewWords(ctx.doc, view, 't');
    const sentences = view.targetSentences.length ? view.targetSentences : [{ start: 0, end: text.length }];
    for (const f of findAll(text, t, lang, ws, sentences)) {
      ctx.report({
        messageId: f.messageId,
        data: f.data,
        target: { start: f.start, end: f.end },
        suggestions: f.suggestion !== undefined ? [{ text: f.suggestion }] : [],
        severity: f.severity,
      });
    }
    if (lang === 'en') {
      const sourceSentences = view.sourceSentences.length ? view.sourceSentences : [{ start: 0, end: view.source.length }];
      for (const v of verblessSentences(view.source, sourceSentences, text, sentences)) {
        ctx.report({ messageId: 'no-verb', data: {}, target: { start: v.start, end: v.end }, suggestions: [] });
      }
    }
  },
};
