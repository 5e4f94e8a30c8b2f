// English word classes read off a spelling dictionary, for the stray-punctuation rules that must
// tell a modifier from its noun. Hunspell lists a noun with its possessive ("option's"), a verb
// with -ed and -ing ("optioned"), an adjective with -ly or -est ("popularly"): a form the speller
// accepts is one the word takes. Only correct() is asked, so any English dictionary serves, and
// a word the dictionary does not know has no class (the rules then stay quiet).
import type { Speller } from './check';
import { EN_IRREGULAR_PAST } from '../lang/syntax';
import { EN_AUX, EN_PAST, EN_SUBJECTS, isFunctionWord, straightApostrophes } from './stray-punctuation-words';

const CONSONANT_Y = /[^aeiou]y$/;
/** A word with its verb contracted: "it's", "they're", "we've", "one's" (or a possessive: generous). */
const CONTRACTED = /^\p{L}+'(?:s|re|ve|d|ll|m)$/u;
const DOUBLES = /[^aeiou][aeiou][bdgklmnprtv]$/;

export class WordClasses {
  constructor(private readonly sp: Speller) {}

  private ok(w: string): boolean {
    return this.sp.correct(w);
  }

  /** Takes a possessive: "option's"; a plural is the plural of such a noun ("sections"). */
  noun(w: string): boolean {
    if (this.ok(`${w}'s`)) return true;
    if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss')) return false;
    if (w.endsWith('ies') && this.ok(`${w.slice(0, -3)}y's`)) return true;
    return this.ok(`${w.slice(0, -1)}'s`) || (w.endsWith('es') && this.ok(`${w.slice(0, -2)}'s`));
  }

  /** A base form that takes -ed or -ing: "propose", "plan", "carry". */
  verb(w: string): boolean {
    if (w.length < 3 || !this.ok(w)) return false;
    if (w.endsWith('e')) return this.ok(`${w}d`) || this.ok(`${w.slice(0, -1)}ing`);
    if (CONSONANT_Y.test(w)) return this.ok(`${w.slice(0, -1)}ied`) || this.ok(`${w}ing`);
    if (this.ok(`${w}ed`) || this.ok(`${w}ing`)) return true;
    return DOUBLES.test(w) && this.ok(`${w}${w[w.length - 1]}ing`);
  }

  /** A base form that takes -ly or -est: "popular", "deep", "simple", "happy". */
  adjective(w: string): boolean {
    if (w.length < 3) return false;
    if (CONSONANT_Y.test(w)) return this.ok(`${w.slice(0, -1)}ily`) || this.ok(`${w.slice(0, -1)}iest`);
    if (w.endsWith('le')) return this.ok(`${w.slice(0, -1)}y`) || this.ok(`${w}st`);
    if (w.endsWith('ic')) return this.ok(`${w}ally`) || this.ok(`${w}ly`);
    if (w.endsWith('ll')) return this.ok(`${w}y`);
    if (w.endsWith('e')) return this.ok(`${w}ly`) || this.ok(`${w}st`);
    if (this.ok(`${w}ly`) || this.ok(`${w}est`)) return true;
    return DOUBLES.test(w) && this.ok(`${w}${w[w.length - 1]}est`);
  }

  /** Takes -est: an adjective for sure ("new", "deep"), where -ly also makes adverbs of nouns ("weekly"). */
  gradable(w: string): boolean {
    if (w.length < 3) return false;
    if (CONSONANT_Y.test(w)) return this.ok(`${w.slice(0, -1)}iest`);
    if (w.endsWith('e')) return this.ok(`${w}st`);
    return this.ok(`${w}est`) || (DOUBLES.test(w) && this.ok(`${w}${w[w.length - 1]}est`));
  }

  /** An -ed or -ing form of a verb: "proposed", "planned", "carried", "screaming", "making". */
  participle(w: string): boolean {
    if (!this.ok(w)) return false;
    if (w.endsWith('ed') && w.length > 3) {
      const s = w.slice(0, -2);
      if (w.endsWith('ied') && this.verb(`${w.slice(0, -3)}y`)) return true;
      return this.verb(s) || this.verb(`${s}e`) || (s[s.length - 1] === s[s.length - 2] && this.verb(s.slice(0, -1)));
    }
    if (w.endsWith('ing') && w.length > 5) {
      const s = w.slice(0, -3);
      return this.verb(s) || this.verb(`${s}e`) || (s[s.length - 1] === s[s.length - 2] && this.verb(s.slice(0, -1)));
    }
    return false;
  }

  /** A comparative of an adjective: "deeper", "larger", "happier", "bigger". */
  comparative(w: string): boolean {
    if (!w.endsWith('er') || w.length < 5 || !this.ok(w)) return false;
    const s = w.slice(0, -2);
    if (w.endsWith('ier')) return this.adjective(`${w.slice(0, -3)}y`);
    return this.adjective(s) || this.adjective(`${s}e`) || (s[s.length - 1] === s[s.length - 2] && this.adjective(s.slice(0, -1)));
  }

  /**
   * A word that only modifies: an adjective, a participle or a comparative that is no noun
   * ("popular", "proposed", "screaming", "deeper"; not "state", "following", "medical").
   */
  modifierOnly(w: string): boolean {
    if (this.noun(w)) return false;
    return this.adjective(w) || this.participle(w) || this.comparative(w);
  }

  /** A modifier, though maybe a noun too: gradable ("new"), a participle, a comparative, or an adjective in -ly and no noun. */
  modifier(w: string): boolean {
    return this.gradable(w) || this.participle(w) || this.comparative(w) || this.modifierOnly(w);
  }

  /** A 3rd-person or past form of a verb: "places", "carries", "waved". */
  finiteVerb(w: string): boolean {
    if (w.endsWith('ies') && w.length > 4) return this.verb(`${w.slice(0, -3)}y`);
    if (w.endsWith('es') && w.length > 3 && (this.verb(w.slice(0, -2)) || this.verb(w.slice(0, -1)))) return true;
    if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return this.verb(w.slice(0, -1));
    return w.endsWith('ed') && this.participle(w);
  }

  /** A subject pronoun, or a word with a contracted verb ("it's", "they're", "one's"). */
  subjectWord(lower: string): boolean {
    return EN_SUBJECTS.has(lower) || CONTRACTED.test(straightApostrophes(lower));
  }

  /**
   * The word shows a clause: a subject pronoun, an auxiliary, a past or present-tense verb
   * ("rose", "increased", "poses"), a bare verb after a noun ("the children play"); a sentence's
   * first word may be an imperative ("Add"). Generous: the rules ask it to prove a clause absent.
   */
  clauseWord(text: string, first = false, previous = ''): boolean {
    const w = straightApostrophes(text.toLowerCase());
    if (this.subjectWord(w)) return true;
    if (text !== w && !first) return false;
    if (EN_AUX.has(w) || EN_IRREGULAR_PAST.has(w) || EN_PAST.has(w) || w.endsWith("n't")) return true;
    if (isFunctionWord(w)) return false;
    if (this.finiteVerb(w)) return true;
    if (!this.verb(w)) return false;
    return first || (previous !== '' && !isFunctionWord(previous) && this.noun(previous));
  }
}
