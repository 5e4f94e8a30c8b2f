// Source nouns left capitalised in an English translation, where a capital looks like a name:
// a German noun opening the sentence, standing in a list ("players and Mannschaftsärzte") or
// making a long compound English never keeps ("Verkehrsministerium"); a Polish or Czech word
// with its diacritics ("Wysiłki to reach", "considers Korespondenční voting"). Evidence that it
// is a word and not a name comes from the source dictionary: a German common noun is known
// capitalised only and has a plural or a singular; a Slavic word is known in lower case. Names
// that are words too (Müller, Koch, Kowal, Svoboda) stay quiet by table, by shape, and where the
// source sets them next to another capitalised word (a first name, a title).
import type { Speller } from './check';
import { hasForeignLetter } from '../lang/function-words';
import { type MixContext, nextToName, JOINED } from './code-mix-context';
import { KEPT_GERMAN, PLACE_HEAD, NAME_HEAD, INSTITUTION_HEAD, nameHead, closesPhrase } from './code-mix-german';

/**
 * Frequent German surnames that are nouns or other words, and clubs, firms, papers and places
 * named by a common noun: the dictionary takes them for nouns.
 */
const GERMAN_NAMES = new Set([
  'müller', 'schneider', 'fischer', 'weber', 'meyer', 'meier', 'mayer', 'maier', 'wagner', 'becker', 'schulz', 'schulze',
  'hoffmann', 'hofmann', 'schäfer', 'koch', 'bauer', 'richter', 'klein', 'wolf', 'wolff', 'schröder', 'neumann', 'schwarz',
  'zimmermann', 'braun', 'krüger', 'hartmann', 'lange', 'werner', 'krause', 'lehmann', 'köhler', 'könig', 'kaiser', 'fuchs',
  'vogel', 'keller', 'jäger', 'sommer', 'winter', 'engel', 'horn', 'busch', 'graf', 'stein', 'beck', 'roth', 'hahn', 'jung',
  'lang', 'groß', 'weiß', 'kraus', 'schuster', 'schreiber', 'pohl', 'kuhn', 'kühn', 'peters', 'frank', 'berger', 'winkler',
  'lorenz', 'baumann', 'franke', 'albrecht', 'simon', 'ludwig', 'böhm', 'schumacher', 'krämer', 'vogt', 'voigt', 'otto',
  'seidel', 'heinrich', 'brandt', 'haas', 'schulte', 'dietrich', 'ziegler', 'bergmann', 'thomas', 'sauer', 'arnold',
  'pfeiffer', 'beyer', 'herzog', 'kohl', 'kahn', 'ziege', 'meister', 'adler', 'fink', 'strauß', 'schiller', 'hirsch', 'specht',
  'storch', 'kranich', 'falk', 'bär', 'löwe', 'ochs', 'hase', 'hecht', 'karpfen', 'kern', 'brand', 'feld', 'bach', 'mann',
  'bischof', 'pabst', 'papst', 'ritter', 'junker', 'förster', 'gärtner', 'wirth', 'wirt', 'sänger', 'maurer', 'schlosser',
  'schmied', 'seiler', 'töpfer', 'wagener', 'zeller', 'dreher', 'hummel', 'kessler', 'decker', 'fleischer', 'brenner', 'horst',
  'hans', 'ernst', 'mai', 'stern', 'zeit', 'welt', 'bild', 'focus', 'allianz', 'eintracht', 'werder', 'hertha', 'union',
  'fortuna', 'hansa', 'energie', 'borussia', 'viktoria', 'arminia', 'germania', 'bayer', 'bayern', 'sachsen', 'hessen',
  'schwaben', 'franken', 'preußen', 'westfalen', 'siemens', 'henkel', 'linde', 'post', 'telekom', 'metro', 'halle', 'hof',
  'hagen', 'hamm', 'zug', 'chur', 'schalke', 'hanse',
]);

/**
 * Sources whose names inflect, so a name copied verbatim is rarer, and whose surnames that are
 * words the tables below know. A Spanish or Italian name is a word as often ("León", "Ángel").
 */
const SLAVIC = new Set(['pl', 'cs', 'sk']);

/** Polish and Czech surnames and places that are words too ("Kowal" smith, "Svoboda" freedom, "Łódź" boat). */
const SLAVIC_NAMES = new Set([
  'nowak', 'kowal', 'duda', 'mazur', 'król', 'wilk', 'lis', 'sowa', 'zając', 'wróbel', 'sikora', 'baran', 'kozioł', 'kruk',
  'dudek', 'gołąb', 'wójcik', 'krawczyk', 'wieczorek', 'walczak', 'szewczyk', 'stępień', 'bąk', 'kołodziej', 'krupa',
  'wałęsa', 'szydło', 'łódź', 'kowalczyk', 'kaczmarek', 'pawlak', 'kubiak', 'konieczny', 'mazurek', 'kwiatkowski',
  'novák', 'svoboda', 'dvořák', 'černý', 'procházka', 'kučera', 'veselý', 'horák', 'němec', 'pokorný', 'král', 'jelínek',
  'růžička', 'fiala', 'sedláček', 'doležal', 'zeman', 'kolář', 'navrátil', 'čermák', 'kříž', 'kovář', 'polák', 'malý',
  'holub', 'šťastný', 'mareš', 'sýkora', 'bláha', 'hruška', 'hrubý', 'tichý', 'kratochvíl', 'skála', 'krejčí', 'zima',
  'novotný', 'marek', 'beneš', 'vlček', 'musil', 'konečný', 'soukup', 'moravec', 'vávra', 'říha', 'bureš', 'janda', 'babiš',
  'ústí', 'králové', 'plzeň',
]);
/** Polish and Czech surnames shaped as adjectives ("Dąbrowski", "Nováková", "Černá"). */
const SLAVIC_SURNAME = /(?:ski|cki|dzki|ska|cka|dzka|ová|ský|cký|ská|cká|ý|á)$/;

/** English words before a name ("coach Koch", "striker Müller", "mayor Mazur"). */
const ROLE = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'saint', 'herr', 'frau', 'coach', 'striker', 'goalkeeper', 'keeper', 'midfielder',
  'defender', 'forward', 'captain', 'player', 'chancellor', 'minister', 'president', 'mayor', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'director', 'manager', 'boss', 'colleague', 'teammate', 'author', 'writer',
  'singer', 'actor', 'actress', 'artist', 'architect', 'professor', 'judge', 'prosecutor', 'lawyer', 'sister', 'brother',
  'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'named', 'called', 'dubbed', 'nicknamed',
]);
/** Words before a place or a person rather than before a copied noun. */
const NAME_PREP = new Set(['in', 'at', 'from', 'to', 'near', 'via', 'by', 'with', 'outside', 'around', 'toward', 'towards', 'across', 'into', 'for', 'of']);
const CONJUNCTION = new Set(['and', 'or', 'nor']);
const LIST_COMMA = /^\s*,\s*$/;
const LETTERS = /^\p{Ll}+$/u;
/** A first part ending in an abstract suffix and a linking "s" makes a common noun of a place head ("Wohnungsmarkt"). */
const ABSTRACT_LINK = /(?:ung|heit|keit|schaft|tion|tät)s$/;

const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', ä: 'a', ö: 'o', ü: 'u' };

/** The last a/o/u turned into its umlaut, or the umlaut back ("Hof" → "Höf", "Ärzt" → "Arzt"). */
function flipUmlaut(t: string, toUmlaut: boolean): string {
  for (let k = t.length - 1; k >= 0; k--) {
    const ch = t[k];
    const lower = ch.toLowerCase();
    if (toUmlaut ? 'aou'.includes(lower) : 'äöü'.includes(lower)) {
      const flipped = ch === lower ? UMLAUT[lower] : UMLAUT[lower].toUpperCase();
      return t.slice(0, k) + flipped + t.slice(k + 1);
    }
  }
  return t;
}

/** Plural for a singular, singular for a plural: forms a noun has and a name lacks. */
function numberForms(t: string): string[] {
  if (t.endsWith('en')) return [t.slice(0, -1), t.slice(0, -2), t.slice(0, -2) + 'um', t.slice(0, -2) + 'a'];
  if (t.endsWith('n')) return [t.slice(0, -1), t + 'en'];
  if (t.endsWith('er')) return [t.slice(0, -2), flipUmlaut(t.slice(0, -2), false), t + 'n'];
  if (t.endsWith('e')) return [t.slice(0, -1), flipUmlaut(t.slice(0, -1), false), t + 'n'];
  if (t.endsWith('el')) return [t + 'n'];
  if (t.endsWith('um') || t.endsWith('us')) return [t.slice(0, -2) + 'en'];
  if (t.endsWith('a')) return [t.slice(0, -1) + 'en'];
  const u = flipUmlaut(t, true);
  return [t + 'en', t + 'e', t + 'er', u + 'e', u + 'er'];
}

/** The dictionary knows the word capitalised only, and in the other number: a common noun. */
function commonNoun(de: Speller, text: string): boolean {
  if (text.length < 3 || !de.correct(text) || de.correct(text.toLowerCase())) return false;
  for (const f of numberForms(text)) if (f !== text && f.length >= 3 && de.correct(f)) return true;
  return false;
}

/**
 * The first part of a compound, with or without its linking "s", "es", "n", "en": a word or a
 * common noun; in a long compound any noun ("Teammitglieder": "Team" has only an English plural).
 */
function compoundFirst(de: Speller, first: string, long: boolean): boolean {
  const forms = [first];
  if (first.endsWith('s') || first.endsWith('n')) forms.push(first.slice(0, -1));
  if (first.endsWith('es') || first.endsWith('en')) forms.push(first.slice(0, -2));
  for (const f of forms) {
    if (f.length < 3) continue;
    if (de.correct(f.toLowerCase()) || commonNoun(de, f) || (long && de.correct(f))) return true;
  }
  return false;
}

/** The head of a compound: a common noun, or itself a word and a common noun ("Standort", "Mitglieder"). */
function nounHead(de: Speller, head: string, nested: boolean): boolean {
  if (commonNoun(de, head)) return true;
  if (!nested || head.length < 6 || de.correct(head)) return false;
  for (let k = 3; k <= head.length - 3; k++) {
    const tail = head.charAt(k).toUpperCase() + head.slice(k + 1);
    if (commonNoun(de, tail) && compoundFirst(de, head.slice(0, k), false)) return true;
  }
  return false;
}

/** A German common noun, or a compound of a word and one; no name, institution or place by its shape. */
export function germanCommonNoun(de: Speller, text: string, lower: string): boolean {
  if (GERMAN_NAMES.has(lower) || KEPT_GERMAN.has(lower) || INSTITUTION_HEAD.test(lower) || text.includes('-')) return false;
  if (nameHead(NAME_HEAD, lower)) return false;
  const placeShape = nameHead(PLACE_HEAD, lower);
  if (de.correct(text)) return !placeShape && commonNoun(de, text);
  if (text.length < 10) return false;
  for (let k = 4; k <= text.length - 4; k++) {
    const first = text.slice(0, k);
    if (placeShape && !ABSTRACT_LINK.test(first.toLowerCase())) continue;
    const head = text.charAt(k).toUpperCase() + text.slice(k + 1);
    if (nounHead(de, head, true) && compoundFirst(de, first, text.length >= 12)) return true;
  }
  return false;
}

/** In the source, the word stands next to another capitalised word: a first name, a title, a name of several words. */
function nameInSource(c: MixContext, lower: string): boolean {
  const { sw } = c;
  const text = c.view.source;
  for (let j = 0; j < sw.length; j++) {
    if (sw[j].lower !== lower) continue;
    const prev = sw[j - 1];
    const next = sw[j + 1];
    // A capital opening the sentence counts when the word is no lower-case one ("Trainer", not "Die").
    if (prev && prev.cap && JOINED.test(text.slice(prev.end, sw[j].start)) && (!prev.initial || c.sourceSpeller()?.correct(prev.lower) === false)) return true;
    // A first name or a title stands before a name; a capitalised word after a long compound is
    // an apposition ("der Wirtschaftsstandort Bundesliga"), after a short word a name of two.
    if (lower.length < 12 && next && next.cap && JOINED.test(text.slice(sw[j].end, next.start))) return true;
  }
  return false;
}

/** A lower-case English word that is not a function word: the other member of a list of common nouns. */
function plainWord(c: MixContext, k: number): boolean {
  const w = c.tw[k];
  return w !== undefined && !w.cap && !w.digit && LETTERS.test(w.lower) && !c.targetFunction.has(w.lower);
}

/** The word at `i` is coordinated with an English common noun ("players and X", "cars, X and buses"). */
function inList(c: MixContext, i: number): boolean {
  const { tw, view } = c;
  const prev = tw[i - 1];
  if (prev && CONJUNCTION.has(prev.lower) && JOINED.test(view.target.slice(prev.end, tw[i].start)) && plainWord(c, i - 2)) return true;
  if (prev && LIST_COMMA.test(view.target.slice(prev.end, tw[i].start)) && plainWord(c, i - 1)) return true;
  const next = tw[i + 1];
  return next !== undefined && CONJUNCTION.has(next.lower) && JOINED.test(view.target.slice(tw[i].end, next.start)) && plainWord(c, i + 2);
}

/** A copied source word English does not know, and no part of a name in either text. */
function copiedAlone(c: MixContext, i: number, lower: string): boolean {
  const w = c.tw[i];
  if (!c.src.any(lower) || c.targetWord(w.text, lower) || nextToName(c, i)) return false;
  const prev = c.tw[i - 1];
  if (prev && ROLE.has(prev.lower)) return false;
  return !nameInSource(c, lower);
}

/**
 * A German noun left capitalised in an English sentence where the noun rules of
 * code-mix-german.ts do not reach: opening the sentence, in a list of English nouns, or as a long
 * compound anywhere.
 */
export function germanCapitalLeft(c: MixContext, i: number, lower: string): boolean {
  const w = c.tw[i];
  if (c.to !== 'en' || lower.length < 4) return false;
  const place = w.initial ? 'opener' : inList(c, i) && closesPhrase(c, i, true) ? 'list' : w.text.length >= 12 ? 'compound' : null;
  if (place === null || !copiedAlone(c, i, lower)) return false;
  const de = c.sourceSpeller();
  if (!de || !germanCommonNoun(de, w.text, lower)) return false;
  // A long compound out of a list or a sentence start: one the dictionary has not got whole.
  return place !== 'compound' || !de.correct(w.text);
}

/**
 * A capitalised word of a Polish, Czech or Slovak source with letters English lacks ("Wysiłki",
 * "Korespondenční"): the source dictionary knows it in lower case, so it is a word, not a name,
 * unless a table or its shape says it is a surname, or the source capitalises it inside a sentence.
 */
export function foreignCapitalLeft(c: MixContext, i: number, lower: string): boolean {
  const w = c.tw[i];
  if (c.to !== 'en' || !SLAVIC.has(c.from) || lower.length < 4 || !hasForeignLetter(lower, 'en')) return false;
  if (c.src.named(lower) || !copiedAlone(c, i, lower)) return false;
  if (!c.src.lower(lower) && (SLAVIC_NAMES.has(lower) || SLAVIC_SURNAME.test(lower))) return false;
  const prev = c.tw[i - 1];
  if (!w.initial && (!prev || NAME_PREP.has(prev.lower))) return false;
  return c.sourceSpeller()?.correct(lower) === true;
}
