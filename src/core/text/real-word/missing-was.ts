// "as" for "was": "The rocket as developed at the institute.", "The Mosasaurus as the largest
// predator of its time, so it feared no one." Both words are everywhere and fit almost anywhere, so
// neither their frequencies nor their neighbours tell them apart; the clause around does. A clause
// that has no word that can be a finite verb lacks one, and where "as" stands right after the
// subject that opens it, before a past participle, "not" or an article, "was" is the verb it lost.
// The clause ends where "; ", ", and", ", so", "but"... open another with a verb of its own, and
// a subordinate clause (", which ...", ", because ...") holds verbs that are not its own; anything
// else that may be a verb keeps it quiet ("Sales rose as expected", "Smith as the Prince, who
// doubts, is superb").
import type { RealWordModel, TagDist } from './model';
import { isSpace } from './tokens';
import { joiner, Kind, sentenceEnd, tokenize, type Token } from './sentence-tokens';

/** Tags of finite verbs and the auxiliaries, and of the base form (present plural, imperative). */
export const FINITE = ['V', 'VD', 'VZ', 'be', 'bed', 'bedz', 'bem', 'ber', 'bez', 'do', 'dod', 'doz', 'hv', 'hvd', 'hvz', 'md'];
/** Tags a subject ends with: nouns, names, subject pronouns. */
const SUBJECT = ['N', 'NS', 'NP', 'pps', 'ppss'];
/** Tags of the words a subject noun follows: articles, determiners, possessives, adjectives, numbers, nouns. */
const BEFORE_NOUN = ['at', 'ap', 'dt', 'dti', 'dts', 'dtx', 'pp$', 'J', 'CD', 'N'];
/** Tags a subject may open with: articles, determiners, possessives, numbers, names, nouns, subject pronouns. */
const OPENER = ['at', 'ap', 'dt', 'dti', 'dts', 'dtx', 'pp$', 'CD', 'N', 'NS', 'NP', 'pps', 'ppss', 'pn', 'ex'];
/** Tags of the words inside a noun phrase (a participle after an article is an adjective there). */
const NOUNISH = ['at', 'ap', 'dt', 'dti', 'dts', 'dtx', 'pp$', 'CD', 'J', 'VN', 'N', 'NS', 'NP', 'pps', 'ppss', 'abn'];
/** Words that open a comparison "as" may close. */
const COMPARISON = new Set(['as', 'so', 'such', 'same']);
/** Words that, after a comma, open a coordinate clause; the clause before ends there. */
const COORDINATE = new Set(['and', 'but', 'or', 'nor', 'so', 'yet']);
/** Words that, after a comma, open a subordinate clause that ends at the next comma. */
const SUBORDINATE = new Set(['which', 'who', 'whom', 'whose', 'where', 'when', 'whereas', 'although', 'though', 'because', 'while']);
/** Subordinators that open their clause without a comma too ("... because the roof leaked"). */
const SUBORDINATE_BARE = new Set(['whereas', 'although', 'though', 'because', 'unless']);
/** And those that do so only at the start of a clause: inside a noun phrase "when" and "while"
 * may end before its verb ("Smith as the Prince when the play opened was a revelation"). */
const SUBORDINATE_OPENING = new Set(['whereas', 'although', 'though', 'because', 'unless', 'when', 'while', 'if']);
/** Prepositions an apposition may open with ("John Smith, 45, of Leeds,"). */
const APPOSITION_PREPOSITION = new Set(['of', 'from']);
/** A word may be a verb from this share on: low, yet above the share every noun gets for conversion ("to rocket"). */
export const MAYBE = 0.25;
/** A word is taken for the verb of a clause that opens after a comma from this share on. */
const LIKELY = 0.4;
/** The word after "as" is mostly a past participle ("developed", "classified"). */
const PARTICIPLE = 0.3;

export interface Tags {
  finite: Set<number>;
  subject: Set<number>;
  before: Set<number>;
  opener: Set<number>;
  nounish: Set<number>;
  nouns: Set<number>;
  vn: number;
  at: number;
  n: number;
  ns: number;
  determiner: Set<number>;
  pronoun: Set<number>;
  adjective: number;
}
const tagSets = new WeakMap<RealWordModel, Tags>();

export function tagsOf(m: RealWordModel): Tags {
  let t = tagSets.get(m);
  if (!t) {
    const set = (names: string[]) => new Set(names.map(m.tag));
    t = {
      finite: set(FINITE),
      subject: set(SUBJECT),
      before: set(BEFORE_NOUN),
      opener: set(OPENER),
      nounish: set(NOUNISH),
      nouns: set(['N', 'NS', 'NP']),
      vn: m.tag('VN'),
      at: m.tag('at'),
      n: m.tag('N'),
      ns: m.tag('NS'),
      determiner: set(['at', 'pp$']),
      pronoun: set(['pps', 'ppss', 'pn', 'ex']),
      adjective: m.tag('J'),
    };
    tagSets.set(m, t);
  }
  return t;
}

export function share(d: TagDist, set: Set<number> | number): number {
  let p = 0;
  for (let i = 0; i < d.tags.length; i++) if (typeof set === 'number' ? d.tags[i] === set : set.has(d.tags[i])) p += d.probs[i];
  return p;
}

/**
 * Whether toks[i] may be a finite verb: a contraction, or a word the tags give a finite share of
 * MAYBE (`likely`: LIKELY) or more. A capitalised word inside the sentence is a name, a lower-case
 * word the list lacks may be a verb unless `likely`; `firstWord`: the index of the sentence's first word.
 */
export function mayBeFinite(m: RealWordModel, toks: Token[], i: number, firstWord: number, likely: boolean): boolean {
  const w = toks[i];
  if (w.verb) return true;
  // A name; the base form after "to" is an infinitive ("the first to arrive").
  if (w.kind !== Kind.Word || (w.cap && i !== firstWord) || (i > 0 && toks[i - 1].lower === 'to')) return false;
  const t = tagsOf(m);
  // After an article or a possessive, a participle is an adjective ("a retired teacher").
  const before = i > 0 && toks[i - 1].kind === Kind.Word ? m.word(toks[i - 1].lower)?.tags : undefined;
  if (before && share(before, t.determiner) >= 0.5) return false;
  const d = m.word(w.lower)?.tags;
  if (d) return share(d, t.finite) >= (likely ? LIKELY : MAYBE);
  // A word the list lacks is a noun after an adjective ("the largest predator").
  return !likely && !w.cap && !(before && share(before, t.adjective) >= 0.5);
}

/**
 * Whether "as" at text[start, start + 2) stands for "was". `prev2`, `prev`: the words before (null
 * where a mark or nothing stands); `next`, `nextStart`: the word after and where it starts.
 */
export function missingWas(m: RealWordModel, text: string, start: number, prev2: string | null, prev: string | null, next: string | null, nextStart: number): boolean {
  if (!next) return false;
  const t = tagsOf(m);
  // "as in custody": only where the sentence has no verb at all (checked below); "as in Germany",
  // "as in 2019", "as in previous years" are comparisons.
  const asIn = next === 'in';
  if (!asIn && next !== 'not') {
    const nd = m.word(next)?.tags;
    if (!nd || (share(nd, t.vn) < PARTICIPLE && share(nd, t.at) < 0.5)) return false;
  }
  // The subject right before: a name (capitalised inside the sentence), or a noun or pronoun after
  // a determiner, an adjective, a number or another noun ("the rocket", "a space probe"): after an
  // adverb or a plural the word may be the verb ("members often function as"). Or a comma that
  // closes an apposition ("Anna Berg, the club's captain, as not"), judged below.
  let b = start;
  while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
  const apposition = !prev && b > 0 && text.charCodeAt(b - 1) === 44;
  if (prev) {
    if (prev.toLowerCase() === prev) {
      const d = m.word(prev)?.tags;
      if (!d || share(d, t.subject) < 0.5) return false;
      if (!prev2) return false;
      if (prev2.toLowerCase() === prev2) {
        const d2 = m.word(prev2)?.tags;
        if (!d2 || share(d2, t.before) < 0.5) return false;
      }
    }
  } else if (!apposition) return false;

  // The sentence: back to the previous end mark, on to the next, which must be there.
  let from = start;
  while (from > 0 && !sentenceEnd(text, from - 1)) from--;
  let to = start + 2;
  while (to < text.length && !sentenceEnd(text, to)) to++;
  // A question without a verb is a caption or a quip ("Finally, Anna Paquin as the star?").
  if (to === text.length || text.charCodeAt(to) === 63) return false;
  const toks = tokenize(text, from, to);
  const n = toks.length;
  let k = 0;
  while (k < n && toks[k].start !== start) k++;
  if (k + 1 >= n || toks[k + 1].start !== nextStart) return false;
  // "so strongly ... as", "the same ... as", "such ... as": the second half of a comparison; "Smith
  // as Hamlet, Jones as Ophelia": a cast list, not a dropped letter.
  for (let i = 0; i < n; i++) if (i !== k && COMPARISON.has(toks[i].lower) && (i < k || toks[i].lower === 'as')) return false;

  let firstWord = 0;
  while (firstWord < n && toks[firstWord].kind !== Kind.Word) firstWord++;
  const word = (i: number) => (i < n && toks[i].kind === Kind.Word ? toks[i] : null);
  const tagsAt = (i: number) => m.word(toks[i].lower)?.tags;
  // A word that may be a finite verb; a capitalised word inside the sentence is a name, a
  // lower-case word the list lacks may be a verb (`likely`: only a word that is probably one).
  const verbAt = (i: number, likely: boolean): boolean => mayBeFinite(m, toks, i, firstWord, likely);
  // "as", the word after it, and the participle after "as not" ("as not informed") are the predicate.
  const notParticiple = next === 'not' && !!word(k + 2) && share(tagsAt(k + 2) ?? m.unknown, t.vn) >= PARTICIPLE;
  const skip = (i: number) => i === k || i === k + 1 || (notParticiple && i === k + 2);

  // Where the clause of "as" ends and starts: at a semicolon, or before ", and", ", so", "but"...
  // when the words up to the next comma hold a verb ("and its first flights began", not "and the
  // cast, were superb"). Returns the index the next clause starts at, or -1.
  const coordinate = (i: number): number => {
    const w = toks[i];
    if (w.kind === Kind.Semicolon) return i + 1;
    let open: number;
    let bare = false;
    if (w.kind === Kind.Comma && word(i + 1) && COORDINATE.has(toks[i + 1].lower) && !toks[i + 1].cap) open = i + 2;
    else if (w.kind === Kind.Word && w.lower === 'but' && !w.cap) {
      open = i + 1;
      bare = true;
    } else return -1;
    // The clause opens with its verb ("but sent a letter") or its subject ("and its first flights
    // began"); a bare "but" joins noun phrases too ("the film but especially the ending"), so only
    // a verb or a pronoun opens a clause after it.
    const o = word(open);
    if (!o || skip(open)) return -1;
    const d = tagsAt(open);
    const subject = o.cap || (!!d && share(d, bare ? t.pronoun : t.opener) >= 0.5);
    if (!subject && !verbAt(open, true)) return -1;
    for (let j = open; j < n && toks[j].kind !== Kind.Comma && toks[j].kind !== Kind.Semicolon; j++) if (!skip(j) && verbAt(j, true)) return open;
    return -1;
  };
  let clauseStart = 0;
  let clauseEnd = n;
  for (let i = 0; i < n; i++) {
    if (i === k) continue;
    const open = coordinate(i);
    if (open < 0) continue;
    if (i < k) clauseStart = open;
    else {
      clauseEnd = i;
      break;
    }
  }
  // Subordinate clauses inside: from ", which", "because", a sentence-opening "Although" to the next
  // comma. The one "as" stands in is its clause; the others' verbs are not its own.
  const subordinate: [number, number][] = [];
  for (let i = clauseStart; i < clauseEnd; i++) {
    const w = toks[i];
    let open = -1;
    if (w.kind === Kind.Comma && word(i + 1) && SUBORDINATE.has(toks[i + 1].lower)) open = i + 2;
    else if (w.kind === Kind.Word && (i === clauseStart ? SUBORDINATE_OPENING : SUBORDINATE_BARE).has(w.lower) && toks[i + 1]?.lower !== 'of') open = i + 1;
    if (open < 0) continue;
    let j = open;
    while (j < clauseEnd && toks[j].kind !== Kind.Comma) j++;
    if (k >= open && k < j) {
      clauseStart = open;
      clauseEnd = j;
      subordinate.length = 0;
      i = open - 1;
      continue;
    }
    subordinate.push([i, j]);
    i = j - 1;
  }
  const inSubordinate = (i: number) => subordinate.some(([a, z]) => i >= a && i < z);
  let verbless = true;
  for (let i = 0; i < n; i++) {
    if (skip(i) || !verbAt(i, false)) continue;
    if (i >= clauseStart && i < clauseEnd && !inSubordinate(i)) return false;
    verbless = false;
  }

  // "as in custody", "as in prison": a bare singular noun after "in", in a sentence without a verb.
  if (asIn) {
    const w = word(k + 2);
    const d = w && !w.cap ? tagsAt(k + 2) : undefined;
    if (!verbless || !d || share(d, t.n) < 0.5) return false;
  }
  // The words before "as" must be its subject, opening the clause: after an introduction set off
  // by a comma ("Between 1965 and 1968, the rocket as"), or with appositions ("John Smith, 45, of
  // Leeds, as").
  const nounish = (i: number, opener: boolean): boolean => {
    const w = toks[i];
    if (w.kind === Kind.Number) return true;
    if (w.kind !== Kind.Word || w.verb) return false;
    const d = tagsAt(i);
    if (w.cap && (i !== firstWord || !d || share(d, t.subject) >= 0.5)) return true;
    return !!d && share(d, opener ? t.opener : t.nounish) >= 0.5;
  };
  const nounEnd = (i: number): boolean => {
    const w = toks[i];
    if (w.kind === Kind.Number || (w.kind === Kind.Word && w.cap)) return true;
    const d = w.kind === Kind.Word ? tagsAt(i) : undefined;
    return !!d && share(d, t.nouns) >= 0.5;
  };
  // Groups between commas, from the clause start to "as".
  const groups: [number, number][] = [];
  let g = clauseStart;
  for (let i = clauseStart; i <= k; i++) {
    if (i === k || toks[i].kind === Kind.Comma) {
      groups.push([g, i]);
      g = i + 1;
    }
  }
  const phrase = ([a, z]: [number, number], opener: boolean): boolean => {
    if (z <= a || !nounEnd(z - 1)) return false;
    for (let i = a; i < z; i++) {
      if (i === a && !opener && toks[i].kind === Kind.Word && APPOSITION_PREPOSITION.has(toks[i].lower)) continue;
      // "of" inside ("the head of the team"); hyphens, apostrophes, the point of "Mr." or "J.".
      const c = text.charCodeAt(toks[i].start);
      if ((toks[i].lower === 'of' && i > a) || (toks[i].kind === Kind.Mark && (joiner(c) || (c === 46 && i > a && toks[i - 1].cap)))) continue;
      if (!nounish(i, opener && i === a)) return false;
      // An article right after a noun or a name opens another phrase: "Picture the bridge as".
      if (i > a && toks[i - 1].kind === Kind.Word && toks[i - 1].lower !== 'of' && share(tagsAt(i) ?? m.unknown, t.at) >= 0.5) {
        const d = tagsAt(i - 1);
        if (toks[i - 1].cap || (d && share(d, t.nouns) >= 0.5)) return false;
      }
      // A plural inside the phrase may be its verb: "The film stars Tom Hanks as a lawyer".
      const d = i < z - 1 && !toks[i].cap ? tagsAt(i) : undefined;
      if (d && share(d, t.ns) >= 0.5) return false;
    }
    return true;
  };
  if (apposition) {
    // "Anna Berg, the club's captain, as": a subject opening the clause and at least one apposition.
    groups.pop();
    if (groups.length < 2 || !phrase(groups[0], true)) return false;
    for (let i = 1; i < groups.length; i++) if (!phrase(groups[i], false)) return false;
    return true;
  }
  // A bare common noun alone is a title's topic rather than a subject: "Marriage as a Fine Art".
  const [a, z] = groups[groups.length - 1];
  if (z - a === 1) {
    if (asIn) return false;
    const d = toks[a].kind === Kind.Word && !(toks[a].cap && a !== firstWord) ? tagsAt(a) : undefined;
    if (d && share(d, t.n) >= 0.5) return false;
  }
  return phrase([a, z], true);
}
