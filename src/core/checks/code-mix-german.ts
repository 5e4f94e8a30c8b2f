// German nouns left in an English translation. German capitalises every noun, so a capital says
// nothing about a name there; what does: a suffix names do not take ("Krankheit"), a title
// ("Präsident"), a German spelling of a place English spells otherwise ("Argentinien"), or the
// place the word takes in the English sentence, where a noun goes and a name rarely does ("the
// Saison could", "a Gruppe of", "the Fleisch industry").
import type { Speller } from './check';
import type { Word } from '../text/word-runs';
import { type MixContext, nextToName, joined, POSSESSIVE } from './code-mix-context';

/** German abstract-noun suffixes, which names almost never have. */
export const GERMAN_NOUN = /\p{L}{3,}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|nisse|tät|täten|ismus|chen)$/u;

/** German titles, which stand before names ("Präsident Trump", "Bundeskanzlerin Merkel"). */
const GERMAN_TITLE = /(?:präsident|präsidentin|kanzler|kanzlerin|minister|ministerin|bürgermeister|bürgermeisterin|sprecher|sprecherin|vorsitzende|vorsitzender|direktor|direktorin)$/;

/** German names of countries and regions: "-ien" (Kalifornien; "-ien" plurals too), or a compass point before a name (Nordkorea). */
const GERMAN_EXONYM = /ien$|^(?:nord|süd|ost|west)(?:ost|west)?\p{L}{4,}$/u;

/** German words English writing keeps (institutions, history, economics), unknown to English dictionaries. */
export const KEPT_GERMAN = new Set([
  'stasi', 'länder', 'land', 'führer', 'reich', 'heimat', 'bild', 'spiegel', 'zeit', 'welt', 'mittelstand', 'energiewende',
  'kurzarbeit', 'bundesliga', 'bundestag', 'bundesrat', 'bundeswehr', 'bundesbank', 'landtag', 'reichstag', 'wehrmacht',
  'realpolitik', 'ostpolitik', 'gastarbeiter', 'wirtschaftswunder', 'lebensraum', 'weltanschauung', 'autobahn',
]);

/** Heads of German place names ("Talstraße", "Lausitzring", "Bodensee"): such a compound is more likely a name. */
export const PLACE_HEAD = /(?:straße|strasse|platz|ring|see|berg|burg|dorf|stadt|stadion|bahnhof|park|tor|garten|wald|brücke|kirche|dom|hof|halle|arena|tal|weg|allee|damm|markt|insel|gasse|ufer|feld|heim|hausen|bach|brunn)$/;
/**
 * Heads of German surnames made of two words ("Neumann", "Goldstein"), and of the names of
 * newspapers, banks and firms ("Handelsblatt", "Tagesspiegel", "Volksbank", "Stadtwerke").
 */
export const NAME_HEAD = /(?:mann|stein|meier|meyer|maier|schmidt|schmitt|müller|bauer|huber|hofer|egger|inger|blatt|spiegel|schau|kurier|anzeiger|presse|post|bote|echo|bank|kasse|werk|werke|bahn)$/;
/** Compounds on these are institutions English keeps ("Bundesliga", "Landtag", "Reichstag"). */
export const INSTITUTION_HEAD = /^(?:bund|bundes|land|landes|reich|reichs)/;

/**
 * English words that open a noun phrase. A German noun right after one, closing the phrase, is
 * used as an English noun; a name used as a modifier ("the Bayern coach") does not close it.
 */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their',
  'both', 'each', 'every', 'some', 'any', 'no', 'all', 'many', 'several', 'few', 'such', 'another', 'other',
  'whose', 'much', 'more', 'most', 'entire', 'whole', 'same',
]);
/** Typical endings of English adjectives ("emotional", "enormous", "highest"), and common short ones. */
const ADJECTIVE = /(?:al|ous|ive|ic|ful|less|est|ent|ant|ary|ible|able|ish)$|^(?:last|next|first|new|old|big|small|large|great|high|low|long|short|young|own|main|good|bad|real|whole)$/;
/** Words that may follow a noun (and not a name used as a modifier), beyond the function words. */
const FOLLOWERS = new Set(['around', 'across', 'along', 'among', 'near', 'since', 'until', 'within', 'beyond', 'behind', 'toward', 'towards', 'despite', 'while', 'because', 'whose']);
const PAST = new Set(['held', 'made', 'took', 'went', 'came', 'left', 'found', 'gave', 'got', 'said', 'saw', 'kept', 'brought', 'began', 'became']);
const PHRASE_END = /[.,;:!?)]/;
const YEAR = /^\d{4}$/;
const HAS_LETTER = /\p{L}/u;
const SUPERLATIVE = /[sß]ten?$/;

/**
 * A German noun by the dictionary, or a compound of two ("Geschäftsführer" = Geschäft + s +
 * Führer: the dictionary lists few compounds); not a compound naming a place, a person, a paper
 * or a firm, nor a word English keeps.
 */
export function isGermanNoun(de: Speller | null, text: string, lower: string): boolean {
  if (!de || KEPT_GERMAN.has(lower) || nameHead(PLACE_HEAD, lower) || nameHead(NAME_HEAD, lower)) return false;
  if (de.correct(text)) return true;
  if (text.length < 8 || INSTITUTION_HEAD.test(lower) || text.includes('-')) return false;
  for (let k = 3; k <= text.length - 4; k++) {
    // The head is a noun: the dictionary knows it capitalised only ("Führer", not "leiten").
    const rest = text.slice(k + 1);
    if (!de.correct(text.charAt(k).toUpperCase() + rest) || de.correct(text.charAt(k).toLowerCase() + rest)) continue;
    // The first part as it stands, or without a linking "s", "es", "n", "en".
    const first = text.slice(0, k);
    if (de.correct(first)) return true;
    if ((first.endsWith('s') || first.endsWith('n')) && de.correct(first.slice(0, -1))) return true;
    if ((first.endsWith('es') || first.endsWith('en')) && de.correct(first.slice(0, -2))) return true;
  }
  return false;
}

/** A compound on one of these heads ("Alexanderplatz", "Volksbank"); the head alone is a plain noun. */
export function nameHead(heads: RegExp, lower: string): boolean {
  const m = heads.exec(lower);
  return m !== null && m.index >= 3;
}

/** The word at `i` closes a noun phrase an English determiner, adjective or count opened. */
function nounSlot(c: MixContext, i: number): boolean {
  const { tw, view } = c;
  const prev = tw[i - 1];
  if (!prev || !joined(view, prev, tw[i])) return false;
  if (prev.digit) {
    // "19 Prozent of": a count, not a year ("in 2017 Merkel").
    if (YEAR.test(prev.text) || HAS_LETTER.test(prev.text)) return false;
  } else {
    if (prev.script !== 'latin' || (prev.cap && !prev.initial)) return false;
    // A hyphenated word before a noun is an adjective ("waist-deep", "long-term"); "so-called"
    // announces a term kept on purpose.
    const hyphenated = prev.lower.includes('-') && prev.lower !== 'so-called';
    if (!DETERMINERS.has(prev.lower) && !ADJECTIVE.test(prev.lower) && !hyphenated) return false;
  }
  return closesPhrase(c, i, prev.lower !== 'the');
}

/**
 * The word at `i` ends its noun phrase: punctuation, a function word or a preposition follows,
 * not an English noun it would modify ("the Bayern coach"). A verb in the past may follow a noun
 * too, except after "the", where an institution or a newspaper stands ("the Süddeutsche reported").
 */
export function closesPhrase(c: MixContext, i: number, pastOk: boolean): boolean {
  const { tw, view } = c;
  const next = tw[i + 1];
  if (!next || PHRASE_END.test(view.target.slice(tw[i].end, next.start))) return true;
  if (next.cap) return false;
  if (c.targetFunction.has(next.lower) || FOLLOWERS.has(next.lower)) return true;
  return pastOk && (PAST.has(next.lower) || (next.lower.length > 4 && next.lower.endsWith('ed')));
}

/** The word at `i` and the capitalised one before it stand side by side in the source: one name ("Süddeutsche Zeitung"). */
function nameFromSource(c: MixContext, i: number): boolean {
  const prev = c.tw[i - 1];
  const w = c.tw[i];
  if (!prev || !prev.cap || !joined(c.view, prev, w)) return false;
  for (let j = 1; j < c.sw.length; j++) if (c.sw[j].lower === w.lower && c.sw[j - 1].lower === prev.lower) return true;
  return false;
}

/** The first part of a source compound as an English modifier ("the Fleisch industry" for "Fleischbranche"). */
function compoundModifier(c: MixContext, i: number, lower: string): boolean {
  const { tw, view } = c;
  const w = tw[i];
  const prev = tw[i - 1];
  const next = tw[i + 1];
  if (lower.length < 4 || !next || next.cap || next.script !== 'latin' || c.targetFunction.has(next.lower)) return false;
  if (!joined(view, w, next) || !c.targetWord(next.text, next.lower)) return false;
  if (prev && prev.cap && !prev.initial && !POSSESSIVE.test(prev.lower) && joined(view, prev, w)) return false;
  if (!c.sw.some((s: Word) => s.lower.length >= lower.length + 4 && s.lower.startsWith(lower) && !s.lower.includes('-'))) return false;
  if (c.targetWord(w.text, lower)) return false;
  const de = c.sourceSpeller();
  return de !== null && de.correct(w.text) && !de.correct(lower);
}

/** A capitalised word inside an English sentence translated from German: a German noun left? */
export function germanNounLeft(c: MixContext, i: number, lower: string): boolean {
  const w = c.tw[i];
  if (!c.src.any(lower)) return c.to === 'en' && compoundModifier(c, i, lower);
  // The noun of a name copied whole stays ("Süddeutsche Zeitung", "Deutsche Bahn").
  // English has taken a few of them in ("Fahrenheit").
  if (GERMAN_NOUN.test(lower)) return !nameFromSource(c, i) && !c.targetWord(w.text, lower);
  if (GERMAN_TITLE.test(lower)) return !c.targetWord(w.text, lower);
  if (c.to !== 'en' || KEPT_GERMAN.has(lower)) return false;
  const slot = nounSlot(c, i);
  if (!slot && !(GERMAN_EXONYM.test(lower) && !nextToName(c, i))) return false;
  if (c.targetWord(w.text, lower)) return false;
  const de = c.sourceSpeller();
  // In a noun's place, a noun or a superlative ("the Größte"): another adjective capitalised
  // there names something ("the Süddeutsche").
  return isGermanNoun(de, w.text, lower) && !(slot && de !== null && de.correct(lower) && !SUPERLATIVE.test(lower));
}
