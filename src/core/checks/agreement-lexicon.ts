// English word classes for the agreement check, from two sources that fail differently. The
// spelling dictionary knows almost every word and which endings it takes (a noun takes 's, a verb
// -ed; see stray-punctuation-classes), but not how a word is used: "exempt" takes -ed yet is
// mostly an adjective ("are exempt from"). The tagged Brown Corpus counts behind the real-word
// check know that for the frequent words: a reading it gives a fair share vetoes a report. Without
// a dictionary the Brown words alone serve, so the check still works on the words it knows.
import type { Speller } from './check';
import { WordClasses } from './stray-punctuation-classes';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PLURALS } from './agreement-irregular';
import * as enData from '../text/real-word/en-data';
import { tagSharesReader } from '../text/real-word/model';

/** A reading with this share of a word's Brown tags is a real use of the word, not noise. */
const REAL_SHARE = 0.2;
/** Enough to show a reading the corpus has seen; a tag seen once weighs about a tenth. */
const SEEN_SHARE = 0.15;
/** Half the word's uses. */
const HALF = 0.5;
/** Most of the word's uses. */
const MOSTLY = 0.6;

// The tags only, read straight from the data: building the whole real-word model would take ten
// times as long, and this check needs no frequencies.
const shares = tagSharesReader(enData);

const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT = /(?:s|x|z|ch|sh)$/;
/** One vowel then one consonant: the consonant may double before -ed ("plan", "refer"). */
const DOUBLING = /(?:^|[^aeiou])[aeiou][bdgklmnprtz]$/;
/** Nouns that may make their plural in -ves: "half", "leaf", "thief", "knife", "wharf", "hoof". */
const VES = /(?:lf|af|ief|ife|arf|oof)$/;
const F_END = /fe?$/;

export class EnglishLexicon {
  private readonly classes: WordClasses | null;
  private readonly tagMemo = new Map<string, Map<string, number> | null>();

  constructor(private readonly speller: Speller | null) {
    this.classes = speller ? new WordClasses(speller) : null;
  }

  private tags(w: string): Map<string, number> | null {
    let t = this.tagMemo.get(w);
    if (t === undefined) {
      t = shares(w);
      this.tagMemo.set(w, t);
    }
    return t;
  }

  /** The share of the word's Brown readings that carry any of these tags; 0 for a word the corpus lacks. */
  share(w: string, ...tags: string[]): number {
    const t = this.tags(w);
    if (!t) return 0;
    let s = 0;
    for (const tag of tags) s += t.get(tag) ?? 0;
    return s;
  }

  /** A word of the language: the dictionary's, or the corpus's without one. */
  known(w: string): boolean {
    return this.speller ? this.speller.correct(w) : this.tags(w) !== null;
  }

  /** Can be a singular noun: takes a possessive, or the corpus tags it so. */
  noun(w: string): boolean {
    if (this.classes?.noun(w)) return true;
    return this.share(w, 'N') >= REAL_SHARE;
  }

  /** The corpus has the word mostly as a singular noun ("building", "seed"; not "accused", "living"). */
  mostlyNoun(w: string): boolean {
    return this.share(w, 'N') >= HALF;
  }

  /** The corpus has the word as a plural noun as much as anything ("media", "police", "staff"). */
  pluralNoun(w: string): boolean {
    return this.share(w, 'NS') >= REAL_SHARE;
  }

  /** Used as an adjective: takes -ly or -est, or the corpus tags it so ("exempt", "welcome"). */
  adjective(w: string): boolean {
    if (this.classes?.adjective(w)) return true;
    return this.share(w, 'J') >= REAL_SHARE;
  }

  /**
   * An adjective for a noun: -ly alone proves nothing there ("yearly", "costly" come from nouns),
   * so it takes -est or the corpus's adjective reading ("present", "free").
   */
  nounAdjective(w: string): boolean {
    if (this.classes?.gradable(w)) return true;
    return this.share(w, 'J') >= REAL_SHARE;
  }

  /** Used as a verb base: takes -ed or -ing, or (without a dictionary) the corpus tags it so. */
  verb(w: string): boolean {
    if (this.classes) return this.classes.verb(w);
    return this.share(w, 'V') >= REAL_SHARE;
  }

  /** May be a verb base: the corpus says so when it knows the word ("principle" takes -d, yet is none). */
  maybeVerb(w: string): boolean {
    if (this.tags(w) !== null) return this.share(w, 'V') >= SEEN_SHARE;
    return this.verb(w);
  }

  /** The corpus has the word as a verb base: frequent and seen so ("advise"; not "extinct", which the dictionary lets take -ed). */
  verbReading(w: string): boolean {
    return this.share(w, 'V') >= SEEN_SHARE;
  }

  /** The corpus has the word mostly as a verb, though it is a noun too ("allow", "invite", "kill"). */
  mostlyVerb(w: string): boolean {
    return this.share(w, 'V') >= MOSTLY;
  }

  /** Used as an adverb or qualifier ("far", "home", "back"). */
  adverb(w: string): boolean {
    return this.share(w, 'R', 'RP', 'ql') >= REAL_SHARE;
  }

  /** The corpus reads the word as a past form as well ("found", "bound", "upset"). */
  pastForm(w: string): boolean {
    return this.share(w, 'VD', 'VN') >= REAL_SHARE;
  }

  /** A past form made with -ed ("dodged", "carried"), which shows a verb after a noun. */
  edPast(w: string): boolean {
    if (!w.endsWith('ed') || w.length < 5) return false;
    if (this.classes) return this.classes.participle(w);
    if (this.pastForm(w)) return true;
    const stem = w.slice(0, -2);
    return [stem, `${stem}e`, stem.slice(0, -1)].some((s) => this.share(s, 'V') >= REAL_SHARE);
  }

  /** The past participle, when it is a word: "advise" → "advised", "plan" → "planned", "see" → "seen". */
  participle(w: string): string | null {
    const irregular = IRREGULAR_PARTICIPLES.get(w);
    if (irregular) return irregular;
    const forms: string[] = [];
    if (w.endsWith('e')) forms.push(`${w}d`);
    else if (CONSONANT_Y.test(w)) forms.push(`${w.slice(0, -1)}ied`);
    else {
      if (DOUBLING.test(w)) forms.push(`${w}${w[w.length - 1]}ed`);
      forms.push(`${w}ed`);
    }
    return forms.find((f) => this.known(f)) ?? null;
  }

  /** The plural, when it is a word: "candidate" → "candidates", "city" → "cities", "leaf" → "leaves", "man" → "men". */
  plural(w: string): string | null {
    const irregular = IRREGULAR_PLURALS.get(w);
    if (irregular) return irregular;
    // "chairman" → "chairmen", though "human" → "humans".
    if (w.endsWith('man') && this.known(`${w.slice(0, -3)}men`)) return `${w.slice(0, -3)}men`;
    let p: string;
    if (CONSONANT_Y.test(w)) p = `${w.slice(0, -1)}ies`;
    else if (SIBILANT.test(w)) p = `${w}es`;
    else p = `${w}s`;
    const regular = this.known(p);
    if (VES.test(w)) {
      // "leafs" and "knifes" are verbs: -ves wins where it is a word and a plural noun. The corpus
      // tells where it knows the word; "-ieves" is a verb's ("believes", "relieves") unless it says so.
      const ves = w.replace(F_END, 'ves');
      const tagged = this.tags(ves) !== null;
      const noun = tagged ? this.share(ves, 'NS') >= REAL_SHARE : !ves.endsWith('ieves');
      if (this.known(ves) && (!regular || noun)) return ves;
    }
    if (regular) return p;
    if (w.endsWith('o') && this.known(`${w}es`)) return `${w}es`;
    // Latin and Greek plurals: "crisis" → "crises", "stimulus" → "stimuli".
    if (w.endsWith('is') && this.known(`${w.slice(0, -2)}es`)) return `${w.slice(0, -2)}es`;
    if (w.endsWith('us') && this.known(`${w.slice(0, -2)}i`)) return `${w.slice(0, -2)}i`;
    return null;
  }
}

const lexicons = new WeakMap<Speller, EnglishLexicon>();
let bare: EnglishLexicon | null = null;

/** One lexicon per dictionary, so its memo serves the whole document and the next. */
export function englishLexicon(speller: Speller | null): EnglishLexicon {
  if (!speller) return (bare ??= new EnglishLexicon(null));
  let l = lexicons.get(speller);
  if (!l) lexicons.set(speller, (l = new EnglishLexicon(speller)));
  return l;
}
