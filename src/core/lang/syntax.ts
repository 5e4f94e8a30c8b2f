// Closed-class words per target language, for the broken-syntax check: which word classes a
// word belongs to, and which neighbours no correct sentence gives it ("the could", "in the,",
// "of in", "and but"). Only classes whose members have no common homograph of another class are
// listed ("will", "can", "might", "must" are nouns too; German articles are also pronouns), so
// the tables stay small and the check stays quiet on correct text.

export type WordClass =
  /** Article or determiner that needs a noun phrase after it. */
  | 'det'
  /** Coordinating conjunction. */
  | 'conj'
  /** Preposition (in the narrow sense: takes a noun phrase). */
  | 'prep'
  /** Preposition that cannot be stranded at the end of a clause. */
  | 'prepStrict'
  /** Finite auxiliary or modal with no noun homograph. */
  | 'aux'
  /** Modal with no noun homograph (would, could, should, shall). */
  | 'modal'
  /** Forms of "be" used as a finite verb. */
  | 'be'
  /** Subject personal pronoun. */
  | 'subj'
  /** Object personal pronoun with no other use. */
  | 'obj'
  /** Any other word that can never follow an article (relatives, connectives, "be", "it"). */
  | 'nonNominal';

export interface SyntaxTable {
  classes: Map<string, Set<WordClass>>;
  /** Pairs "a b" allowed although their classes clash ("out of", "because of"). */
  allowPairs: Set<string>;
  /** Which rules apply in this language. */
  rules: {
    /** det + punctuation / end of sentence. */
    detDangling: boolean;
    /** det + conj/prep/aux/subj/obj/det/nonNominal. */
    detPair: boolean;
    /** conj + conj, and conj at the very end of a sentence. */
    conjPair: boolean;
    /** prepStrict + punctuation/end/aux/conj. */
    prepDangling: boolean;
    /** prep + "of"-like pairs (English). */
    prepPair: boolean;
    /** modal + finite verb, be + modal. */
    auxPair: boolean;
    /** subject pronoun + subject pronoun / article / capitalised word; preposition + subject pronoun. */
    pronPair: boolean;
  };
}

function build(groups: Partial<Record<WordClass, string>>): Map<string, Set<WordClass>> {
  const map = new Map<string, Set<WordClass>>();
  for (const [cls, list] of Object.entries(groups) as Array<[WordClass, string]>) {
    for (const w of list.split(/\s+/)) {
      if (!w) continue;
      let set = map.get(w);
      if (!set) map.set(w, (set = new Set()));
      set.add(cls);
    }
  }
  return map;
}

const EN: SyntaxTable = {
  classes: build({
    det: 'the a an its their our every',
    conj: 'and or but nor',
    prep: 'of in on at by for from to with into onto upon during among amongst between through against without within toward towards despite via amid amidst about throughout',
    prepStrict: 'during despite via amid amidst',
    aux: `is are was were am has had would could should shall did been isn't aren't wasn't weren't hasn't haven't hadn't
      don't doesn't didn't won't wouldn't couldn't shouldn't can't`,
    modal: 'would could should shall',
    be: 'is are was were',
    subj: 'he she they we',
    obj: 'him them',
    nonNominal: `which whom whose than that although though because unless whereas whether however therefore moreover
      nevertheless furthermore thus hence also be it`,
  }),
  allowPairs: new Set(),
  rules: { detDangling: true, detPair: true, conjPair: true, prepDangling: true, prepPair: true, auxPair: true, pronPair: true },
};

// German articles double as demonstrative and relative pronouns ("die, die", "der mit dem Hut"),
// so only contracted prepositions, strict prepositions and conjunction pairs are used.
const DE: SyntaxTable = {
  classes: build({
    det: 'im ins am zum zur vom beim',
    conj: 'und oder aber sondern',
    prep: 'von für seit während wegen trotz ohne zwischen im ins zum zur vom beim',
    prepStrict: 'von für seit während trotz ohne im ins zum zur vom beim',
    aux: 'ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte konnten muss müssen musste mussten soll sollen sollte sollten',
  }),
  allowPairs: new Set(),
  rules: { detDangling: true, detPair: false, conjPair: true, prepDangling: true, prepPair: false, auxPair: false, pronPair: false },
};

// Romance articles that are not also pronouns or clitics that could end a phrase.
const FR: SyntaxTable = {
  classes: build({
    det: 'le la les du des au aux',
    conj: 'et ou mais',
    prepStrict: 'pendant malgré via',
  }),
  allowPairs: new Set(),
  rules: { detDangling: true, detPair: false, conjPair: true, prepDangling: true, prepPair: false, auxPair: false, pronPair: false },
};

const ES: SyntaxTable = {
  classes: build({
    det: 'el los las un del al',
    conj: 'y o pero',
    prepStrict: 'durante mediante',
  }),
  allowPairs: new Set(),
  rules: { detDangling: true, detPair: false, conjPair: true, prepDangling: true, prepPair: false, auxPair: false, pronPair: false },
};

const IT: SyntaxTable = {
  classes: build({
    det: 'il i un del dello della dei degli delle al allo alla ai agli alle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle dal dallo dalla dai dagli dalle',
    conj: 'e o ma',
    prepStrict: 'durante mediante',
  }),
  allowPairs: new Set(),
  rules: { detDangling: true, detPair: false, conjPair: true, prepDangling: true, prepPair: false, auxPair: false, pronPair: false },
};

const PT: SyntaxTable = {
  classes: build({
    det: 'os um do dos no nos pelo pelos',
    conj: 'e ou mas',
    prepStrict: 'durante mediante',
  }),
  allowPairs: new Set(),
  rules: { detDangling: true, detPair: false, conjPair: true, prepDangling: true, prepPair: false, auxPair: false, pronPair: false },
};

const TABLES: Record<string, SyntaxTable> = { en: EN, de: DE, fr: FR, es: ES, it: IT, pt: PT };

export function syntaxTable(lang: string): SyntaxTable | undefined {
  return TABLES[lang];
}

/** English simple-past forms of common irregular verbs (not also present or participle-only uses). */
export const EN_IRREGULAR_PAST = new Set(
  `wrote said told went came took gave became began brought bought caught chose drew drove ate fell felt fought
  found flew forgot got grew heard held kept knew led left lost met paid ran rose saw sent spent spoke stood stole
  struck swore taught thought threw understood won wore sold sat sang sought meant made built sank shook slept
  spread stuck swam woke`.split(/\s+/),
);

/** Capitalised words ending in -ed that start correct sentences (names, adverbs, fronted participles). */
export const EN_ED_EXCEPTIONS = new Set(
  `ahmed mohamed mohammed mehmed hamed javed alfred manfred fred ted ned jared red bed shed hundred united limited
  indeed based compared used included attached enclosed related provided supposed concerned interested tired
  excited embed naked sacred wicked beloved kindred rugged wretched crooked jagged aged learned need speed seed
  feed greed creed reed freed breed bred fled led sled wed zed shred`.split(/\s+/),
);

/** Finite auxiliaries that, starting a sentence that is no question, have lost their subject. */
export const EN_INITIAL_AUX = new Set('has had have is was were are will would could should can did does'.split(' '));

/** Words after a sentence-initial auxiliary that show it is not an inverted question or condition. */
export const EN_AFTER_AUX = new Set(
  'been already also never just still recently previously to not always once since since'.split(' '),
);

/**
 * English simple-past forms that are never past participles, nouns or adjectives: after "have",
 * a modal, "did", "to" or an article they are always wrong ("has went", "to wrote", "the took").
 */
export const EN_PAST_ONLY = new Set(
  `wrote went came took gave became began drew drove ate flew forgot grew knew spoke stole swore threw woke wore
  withdrew swam sang sank shook chose froze rode arose forbade undertook overtook mistook forgave`.split(/\s+/),
);

/** What cannot be followed by a simple past: perfect auxiliaries, modals, "did", "to". */
export const EN_BEFORE_BASE = new Set(
  `have has had having would could should shall may might must did didn't doesn't don't to`.split(/\s+/),
);

/** Modals with no noun homograph in lower case, which never take an -ed form after them. */
export const EN_MODALS = new Set('would could should shall may might must'.split(' '));

/** Prepositions that are never conjunctions or fronted adverbs, so never precede "he", "she", "they", "we". */
export const EN_PREP_NOT_BEFORE_SUBJECT = new Set(
  'of to with from by at into onto among against without toward towards despite via amid about during upon within throughout'.split(' '),
);

/** Prepositions after "of" that make no sentence ("of in", "of to"); "of as", "of by", "of at" do. */
export const EN_NOT_AFTER_OF = new Set('in to for from with on into'.split(' '));

/** Finite auxiliaries: weak evidence after a preposition or before a conjunction ("to is", "is and"). */
export const EN_FINITE = new Set('is are was were am has had does did would could should shall'.split(' '));

/** Prepositions that, after another preposition, start no phrase in ordinary text ("to in", "by of"). */
export const EN_PREP_SECOND = new Set('of in on at by for from to with into during among through against without despite via'.split(' '));
