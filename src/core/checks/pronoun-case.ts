// A pronoun in the wrong form where the words around leave no doubt about the form it needs: a
// reflexive owning a noun ("on himself social media" for "his"), a reflexive, object or possessive
// form as the subject of a verb ("Herself announced", "Them are", "your are" for "you"), a subject
// pronoun owning a noun ("In he personal best" for "his"). What a careless engine or a wrong-case
// substitution leaves; every word is spelled right, so the spelling check cannot see it.
// Precision first: each rule reads only the slots where the other reading is impossible. Emphatic
// reflexives ("the firm itself has", "which itself was", ", himself a minister"), predicates after
// a verb ("declared himself president", "gave themselves time"), appositions ("we Europeans",
// "we students"), independent possessives ("his was the best", "mine didn't") and "her" as an
// object ("made her cry") are left alone; word classes come from the agreement lexicon.
import type { Check, CheckContext, Report, SegmentView } from './check';
import type { Word } from '../text/word-runs';
import { viewWords } from '../text/word-runs';
import { EN_IRREGULAR_PAST } from '../lang/syntax';
import { englishLexicon, type EnglishLexicon } from './agreement-lexicon';
import { adjacent, closedClass } from './agreement-context';
import {
  REFLEXIVE_POSSESSIVE,
  REFLEXIVE_SUBJECT,
  OBJECT_POSSESSIVE,
  OWNING_PREPOSITIONS,
  SUBJECT_POSSESSIVE,
  OBJECT_SUBJECT,
  DETERMINER_SUBJECT,
  FINITE_AUX,
  NOUN_AUX,
  SINGULAR_VERBS,
  THERE_VERBS,
  BARE_AFTER_MODAL,
  SPEECH,
  PAST_ONLY,
  SUBORDINATORS,
  PREPOSITIONS,
  REFLEXIVE_IDIOM,
  QUALIFIERS,
  TIMES,
} from './pronoun-case-words';

const APOSTROPHE = /’/g;
const LOWER_LETTERS = /^[a-z]+$/;

function key(w: Word): string {
  return w.lower.replace(APOSTROPHE, "'");
}

/** The word as a pronoun, not an acronym ("US", "IT", "ME"): lower case, or a capital at a sentence start. */
function pronounForm(w: Word): boolean {
  if (!w.cap) return w.text === w.lower;
  return w.initial && w.text.length > 1 && w.text.slice(1) === w.lower.slice(1);
}

function capitalise(s: string, like: Word): string {
  return like.cap ? s[0].toUpperCase() + s.slice(1) : s;
}

// Any verb or noun reading at all the corpus has seen: the lexicon's yes/no questions answer
// "mostly", this rule needs "never" ("thought", "wants", "spoke" are nouns too, and follow a
// subject as verbs).
/** A reading this large was seen in the corpus; a tag seen once weighs about a tenth. */
const SOME_SHARE = 0.15;

function verbTagged(w: string, lex: EnglishLexicon): boolean {
  return lex.share(w, 'V', 'VD', 'VG', 'VN', 'VZ') >= SOME_SHARE;
}

function nounTagged(w: string, lex: EnglishLexicon): boolean {
  return lex.share(w, 'N', 'NS') >= SOME_SHARE;
}

function anyVerb(w: string, lex: EnglishLexicon): boolean {
  return verbTagged(w, lex) || lex.verb(w) || lex.maybeVerb(w);
}

/** A noun and nothing else: no verb ("house", "wants", "thought"), adverb or adjective reading ("home", "own"). */
function nounOnly(w: string, lex: EnglishLexicon): boolean {
  if (!LOWER_LETTERS.test(w) || w.length < 3 || closedClass(w) || TIMES.has(w) || QUALIFIERS.has(w)) return false;
  if (w.endsWith('ed') || w.endsWith('ing') || !lex.known(w) || anyVerb(w, lex)) return false;
  if (lex.adverb(w) || lex.adjective(w)) return false;
  if (w.endsWith('s')) {
    // A plural or a verb's -s form: every singular it may come from must be a noun only ("minds", not "wants").
    const bases = [w.slice(0, -1)];
    if (w.endsWith('es')) bases.push(w.slice(0, -2));
    if (w.endsWith('ies')) bases.push(`${w.slice(0, -3)}y`);
    let noun = lex.noun(w);
    for (const b of bases) {
      if (!lex.known(b)) continue;
      if (anyVerb(b, lex) || TIMES.has(b) || lex.adverb(b) || lex.adjective(b)) return false;
      if (lex.noun(b)) noun = true;
    }
    return noun;
  }
  return lex.noun(w);
}

/** An adjective that only goes before a noun here: no verb, adverb or noun reading. */
function adjectiveOnly(w: string, lex: EnglishLexicon): boolean {
  if (!LOWER_LETTERS.test(w) || w.length < 3 || closedClass(w)) return false;
  if (!lex.known(w) || !lex.adjective(w)) return false;
  return !anyVerb(w, lex) && !lex.adverb(w) && !lex.mostlyNoun(w);
}

/** The noun the pronoun at `i` would own: the next word, or the one after an adjective; its index or -1. */
function ownedNoun(text: string, words: Word[], i: number, lex: EnglishLexicon): number {
  const a = words[i + 1];
  if (!a || a.cap || !adjacent(text, words[i], a)) return -1;
  if (nounOnly(a.lower, lex)) return i + 1;
  const b = words[i + 2];
  if (!b || b.cap || !adjacent(text, a, b) || !adjectiveOnly(a.lower, lex)) return -1;
  return nounOnly(b.lower, lex) ? i + 2 : -1;
}

type Slot = 'start' | 'comma' | 'sub' | 'that' | 'prep' | 'and' | 'other';

const QUOTES = /["“”'’]/g;

/**
 * What precedes the word at `i`: the start of a sentence, a comma (a quote beside it: '," he'), a
 * subordinator, "that" or "which" as a conjunction or relative, a preposition, "and", or else.
 */
function slot(text: string, words: Word[], i: number): Slot {
  const w = words[i];
  if (w.initial) return 'start';
  const prev = words[i - 1];
  if (!prev) return 'other';
  const gap = text.slice(prev.end, w.start);
  if (gap.replace(QUOTES, '').trim() === ',') return 'comma';
  if (!adjacent(text, prev, w) || (prev.cap && !prev.initial)) return 'other';
  const p = prev.lower;
  if (SUBORDINATORS.has(p)) return 'sub';
  if (p === 'that' || p === 'which') return 'that';
  if (PREPOSITIONS.has(p)) return 'prep';
  if (p === 'and') return 'and';
  return 'other';
}

/** A verb form that can only be finite: an auxiliary or modal, or a past with no participle reading. */
function finite(words: Word[], n: number, nounAux: boolean, lex: EnglishLexicon): boolean {
  const w = words[n];
  if (!w || w.cap) return false;
  const k = key(w);
  if (FINITE_AUX.has(k)) {
    if (!NOUN_AUX.has(k) || nounAux) return true;
    // "Our will strive", "Its may be": a bare verb after it makes the noun a modal.
    const after = words[n + 1];
    return !!after && (BARE_AFTER_MODAL.has(after.lower) || verbOnly(after, lex, false));
  }
  return PAST_ONLY.has(k);
}

/** A past form, made with -ed or irregular: finite where no participle can stand ("Him advised Carter"). */
function past(w: Word, lex: EnglishLexicon): boolean {
  if (w.cap) return false;
  return EN_IRREGULAR_PAST.has(w.lower) || (w.lower.endsWith('ed') && lex.edPast(w.lower));
}

/** A base or -s form that is a verb and nothing else ("tend", "expects"): finite after a determiner. */
function verbOnly(w: Word, lex: EnglishLexicon, allowS = true): boolean {
  const k = w.lower;
  if (w.cap || !LOWER_LETTERS.test(k) || k.length < 3 || closedClass(k)) return false;
  let base = k;
  if (allowS && k.endsWith('s') && !lex.mostlyVerb(k)) base = k.endsWith('es') && lex.mostlyVerb(k.slice(0, -2)) ? k.slice(0, -2) : k.slice(0, -1);
  if (base !== k && (lex.noun(k) || lex.pluralNoun(k) || nounTagged(k, lex))) return false;
  if (!lex.known(base) || !lex.mostlyVerb(base) || lex.noun(base) || nounTagged(base, lex) || lex.adjective(base) || lex.adverb(base)) return false;
  return !lex.pastForm(base);
}

/** A verb of saying after a comma and a quote: '," himself concluded', ', him said that'. */
function speech(w: Word): boolean {
  return !w.cap && SPEECH.has(w.lower);
}

function plural(w: string, lex: EnglishLexicon): boolean {
  return w.endsWith('s') || lex.pluralNoun(w);
}

function report(messageId: 'possessive' | 'subject', w: Word, next: Word, suggestions: string[]): Report {
  const s = suggestions.map((x) => (x === 'I' ? x : capitalise(x, w)));
  return {
    messageId,
    data: { word: w.text, next: next.text, suggestion: s[0] },
    target: { start: w.start, end: w.end },
    suggestions: s.map((text) => ({ text })),
  };
}

function slip(text: string, words: Word[], i: number, lex: EnglishLexicon): Report | null {
  const w = words[i];
  if (!pronounForm(w)) return null;
  const k = w.lower;
  const next = words[i + 1];
  if (!next || !adjacent(text, w, next)) return null;
  const at = slot(text, words, i);
  const clauseStart = at === 'start' || at === 'comma' || at === 'sub';

  const reflexivePossessive = REFLEXIVE_POSSESSIVE.get(k);
  if (reflexivePossessive) {
    // "and himself cabinet", "on himself social media": after a verb a reflexive may be an object with
    // a predicate ("declared himself president"), after a comma an apposition (", himself chairman of").
    if ((at === 'prep' && !REFLEXIVE_IDIOM.has(words[i - 1].lower)) || at === 'and' || at === 'sub' || at === 'start' || at === 'that') {
      const n = ownedNoun(text, words, i, lex);
      if (n > 0) return report('possessive', w, words[n], [reflexivePossessive]);
    }
    // "Herself announced", "According to the firm, itself is": a reflexive cannot be a subject. After
    // "that" or "which" it may be emphatic ("a firm that itself was sold"), unless "that" follows a verb.
    const opens = clauseStart || at === 'and' || butClause(text, words, i) || (at === 'that' && words[i - 1].lower === 'that' && verbBefore(words, i - 1, lex));
    if (opens && (finite(words, i + 1, true, lex) || (at === 'start' && past(next, lex)) || (at === 'comma' && speech(next)))) {
      return report('subject', w, next, [REFLEXIVE_SUBJECT.get(k) as string]);
    }
    return null;
  }

  const subjectPossessive = SUBJECT_POSSESSIVE.get(k);
  if (subjectPossessive) {
    // A lower-case "he" opening a sentence is more likely a "the" that lost its letter.
    if (w.initial && !w.cap) return null;
    const n = ownedNoun(text, words, i, lex);
    if (n < 0) return null;
    const noun = words[n].lower;
    // "we Europeans", "we men": a plural after "we" or "they" may stand beside it, except after a preposition.
    const many = plural(noun, lex);
    if ((k === 'we' || k === 'they') && at !== 'prep' && many) return null;
    // "Are we grocery shopping": the noun is the first half of a verb.
    const after = words[n + 1];
    if (after && adjacent(text, words[n], after) && after.lower.endsWith('ing')) return null;
    const object = k === 'we' ? 'us' : k === 'they' ? 'them' : k === 'he' ? 'the' : null;
    return report('possessive', w, words[n], object && (k === 'he' || (at === 'prep' && many)) ? [subjectPossessive, object] : [subjectPossessive]);
  }

  const objectSubject = OBJECT_SUBJECT.get(k);
  if (objectSubject) {
    const opens = clauseStart || at === 'that';
    if (opens) {
      // "her" is a determiner too: "Her will was read", "Her married name", "made her cry".
      let verb: boolean;
      if (k === 'her') verb = finite(words, i + 1, false, lex);
      else {
        verb = finite(words, i + 1, true, lex) || (at !== 'comma' && past(next, lex)) || (at === 'comma' && speech(next));
        // "Them give", "that them want": a bare verb wants a plural subject; "him" would need its -s.
        if (!verb && at !== 'comma' && k !== 'him') verb = verbOnly(next, lex, false);
      }
      if (verb) return report('subject', w, next, [objectSubject]);
    }
    // "in them area", "because him doorbell". Not after "of", "for", "to", "with", which may front a
    // clause without its comma ("for him security is supreme", "with him captain"); no plural, which
    // may stand beside "us" or "them" ("against us Americans").
    const owner = OBJECT_POSSESSIVE.get(k);
    if (owner && (at === 'sub' || (at === 'prep' && OWNING_PREPOSITIONS.has(words[i - 1].lower)))) {
      const n = ownedNoun(text, words, i, lex);
      if (n > 0 && !plural(words[n].lower, lex)) return report('possessive', w, words[n], [owner]);
    }
    if (k !== 'her') return null;
  }

  const determinerSubject = DETERMINER_SUBJECT.get(k);
  // "Oh my, don't": an exclamation.
  if (determinerSubject && words[i - 1]?.lower !== 'oh' && (finite(words, i + 1, false, lex) || verbOnly(next, lex))) {
    if (!SINGULAR_VERBS.has(key(next))) return report('subject', w, next, k === 'their' && THERE_VERBS.has(key(next)) ? [determinerSubject, 'there'] : [determinerSubject]);
    // "their is" was "there is"; "its is" was "it is"; "my is" is no case slip that one word mends.
    if (k === 'its') return report('subject', w, next, ['it']);
    if (k === 'their') return report('subject', w, next, ['there']);
  }
  return null;
}

/** ", but itself was": "but" opening a clause after its comma, not "no one but yourself could" (except). */
function butClause(text: string, words: Word[], i: number): boolean {
  const but = words[i - 1];
  const before = words[i - 2];
  return !!before && but.lower === 'but' && adjacent(text, but, words[i]) && text.slice(before.end, but.start).trim() === ',';
}

/** A verb right before "that", so "that" opens its object clause ("commented that", "suggesting that"). */
function verbBefore(words: Word[], t: number, lex: EnglishLexicon): boolean {
  const v = words[t - 1];
  if (!v || v.cap) return false;
  const p = v.lower;
  return SPEECH.has(p) || (p.endsWith('ed') && lex.edPast(p)) || (p.endsWith('ing') && lex.verbReading(p.slice(0, -3)));
}

/** Every form a rule starts from. */
const STARTS: ReadonlySet<string> = new Set([
  ...REFLEXIVE_POSSESSIVE.keys(),
  ...SUBJECT_POSSESSIVE.keys(),
  ...OBJECT_SUBJECT.keys(),
  ...DETERMINER_SUBJECT.keys(),
]);

export const check: Check = {
  meta: {
    id: 'pronoun-case',
    category: 'fluency/grammar',
    severity: 'minor',
    languages: { target: ['en'] },
    description:
      'English targets: a pronoun in the wrong form where the words around show the grammar — a reflexive owning a noun ("and himself cabinet" for "his"), a reflexive, object or possessive form as the subject of a verb ("Herself announced" for "She", "Them are" for "They", "your are" for "you"), a subject pronoun owning a noun ("In he personal best" for "his"). Emphatic reflexives ("the firm itself has"), predicates ("declared himself president"), appositions ("we Europeans"), independent possessives ("his was the best") and "her" as an object ("made her cry") are left alone.',
    messages: {
      possessive: '“{{word}} … {{next}}”: the pronoun owns the noun here, so it takes the possessive form, “{{suggestion}}”.',
      subject: '“{{word}} {{next}}”: the pronoun is the subject of the verb here, so it takes the subject form, “{{suggestion}}”.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Söder und sein Kabinett.', target: 'The opposition accused Söder and his cabinet; he declared himself president.' },
        { from: 'de', to: 'en', source: 'Ich selbst denke, dass die Firma selbst wächst.', target: 'Myself, I think the firm itself is growing, which itself was a surprise.' },
        { from: 'de', to: 'en', source: 'Wir Europäer sehen sie gehen.', target: 'We Europeans saw her leave; his was the best, and mine didn’t work.' },
        { from: 'de', to: 'en', source: 'Das ist an sich ein Problem.', target: 'That is in itself a problem, the minister, himself a former judge, said.' },
      ],
      bad: [
        {
          from: 'de',
          to: 'en',
          source: 'Die Opposition warf Söder und seinem Kabinett vor, zu versagen.',
          target: 'The opposition accused Söder and himself cabinet of failing.',
          flagged: 'himself',
          fixed: 'The opposition accused Söder and his cabinet of failing.',
          messageId: 'possessive',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Sie kündigte an, dass das Turnier stattfindet.',
          target: 'Herself announced that the tournament will take place.',
          flagged: 'Herself',
          fixed: 'She announced that the tournament will take place.',
          messageId: 'subject',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Sie zogen in die Nähe seines Amtssitzes.',
          target: 'They moved near he official residence.',
          flagged: 'he',
          fixed: 'They moved near his official residence.',
          messageId: 'possessive',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Wenn Sie besorgt sind, rufen Sie an.',
          target: 'If your are concerned, call us.',
          flagged: 'your',
          fixed: 'If you are concerned, call us.',
          messageId: 'subject',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Er beriet Carter in der Außenpolitik.',
          target: 'Him advised Carter on foreign policy.',
          flagged: 'Him',
          fixed: 'He advised Carter on foreign policy.',
          messageId: 'subject',
        },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (text.length < 6) return;
    const words = viewWords(ctx.doc, view, 't');
    let lex: EnglishLexicon | null = null;
    for (let i = 0; i + 1 < words.length; i++) {
      if (!STARTS.has(words[i].lower)) continue;
      lex ??= englishLexicon(ctx.services.speller?.(ctx.to) ?? null);
      const r = slip(text, words, i, lex);
      if (r) ctx.report(r);
    }
  },
};
