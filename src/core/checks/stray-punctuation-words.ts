// Word tables for stray-punctuation: closed English classes whose members no punctuation mark
// may follow or precede inside a clause, and the joiners a suspended compound's hyphen stands
// before in many languages ("pre- and post-war", "Blues- und Rock", "dvou- až tří").
// Lower case; built once at module load.

import { wordSet } from '../text/word-set';

/** Joiners after a suspended hyphen ("pre- and post-war"), any language. */
export const SUSPENSION_JOINERS = wordSet(`
  and or nor to through versus vs und oder bis sowie bzw wie als noch beziehungsweise respektive
  et ou y o e u i ed od lub albo oraz czy do a až nebo či ani и или да до ни й і та чи або
  en of og eller och samt ja tai sekä és vagy ve veya και ή`);

/**
 * English prepositions that are seldom stranded: a mark after them cuts the phrase they open
 * ("of: the", "between, the"). Articles and "during"/"despite"/"via" belong to broken-syntax.
 */
export const EN_PREP_HARD = wordSet('of into onto upon than among amongst between toward towards per unto');

/** English prepositions that double as particles ("it falls in, but"), so need more evidence. */
export const EN_PREP_SOFT = wordSet(`
  in on at by for from to with about over under after before since until across along around through
  against within without behind beyond inside outside near throughout`);

/** The soft prepositions that are also verb particles ("turns on; the rest", "so on:"). */
export const EN_PARTICLES = wordSet('in on by over about around through along across behind within without inside outside near after before since until under throughout beyond');

/** Words that open a subordinate clause, which may end on a particle or an auxiliary. */
export const EN_SUBORDINATORS = wordSet('when if as once after before while because since although though until unless whenever wherever where whether whereas');

/** Words before "of:" that introduce a list ("one of:", "consists of:"). */
export const EN_LIST_HEADS = wordSet('one any all each both either none some consists consist consisting composed made list set number combination following');

/** Coordinating conjunctions, never cut from what they join ("Nantes and, was"). */
export const EN_CONJ = wordSet('and or nor but');

/** Relative words that open a clause and cannot close one. */
export const EN_RELATIVE = wordSet('which whom whose');

/** Finite and non-finite auxiliaries and copulas. */
export const EN_AUX = wordSet('is are was were am be been being has have had will would can could shall should may might must does do did');

/** Auxiliaries with no noun homograph (a lower-case "will", "can", "may", "must" may be a noun). */
export const EN_AUX_STRICT = wordSet('is are was were am been being has have had would could shall should does did');

/** Words after which a clause may end elliptically ("as the Earth is, or", "if they are, I"). */
export const EN_CLAUSE_OPENERS = wordSet(`
  i you he she it we they there this that these those what who which how why when where whether
  and or but so yet if as because although though while unless since once then now here`);

/**
 * Words that can open the clause or list item after a semicolon: pronouns, determiners,
 * connectives, adverbs of time and degree, prepositions. A lower-case word outside this set
 * right after an added semicolon (a noun, a verb, an adjective) continues the clause instead.
 */
export const EN_AFTER_SEMICOLON = wordSet(`
  i you he she it we they one this that these those there here who what which where when why how whose
  the a an some many most all each every both either neither no none few several any such another other others
  its his her their our my your much more less only even just also too still yet so then now today tomorrow
  yesterday later earlier again instead otherwise meanwhile however therefore thus hence moreover furthermore
  nevertheless nonetheless besides rather indeed accordingly consequently likewise similarly conversely
  finally first second third last next perhaps maybe not never always often sometimes usually
  and but or nor for while whereas although though because if unless until once since as after before
  in on at by from with without to of into about during under over between among through against within
  according given including unlike despite like
  i'm it's he's she's that's there's they're we're you're i've we've they've you've i'd he'd she'd they'd we'd
  let's don't doesn't didn't can't won't isn't aren't wasn't weren't`);

/** English participles that do not end in -ed or -ing, to tell "was, born" from "was, however,". */
export const EN_PARTICIPLES = wordSet(`
  be been born done made taken given known seen shown written driven grown thrown chosen spoken broken eaten
  fallen forgotten gotten hidden ridden risen stolen sworn torn worn beaten bitten begun sung drunk become gone
  held kept left lost met paid said sent spent stood told thought brought bought caught taught found heard built
  sold put set cut hit hurt let read led fed felt fled won shot struck stuck hung laid sought understood
  withdrawn overtaken undertaken mistaken forgiven`);

/** Unit symbols that stick to their number ("70 km", never "70, km"). */
export const UNITS = wordSet('km m cm mm µm nm kg g mg t l ml dl cl ha ft mi yd mph kph kW MW GW kWh MWh lb lbs oz °C °F');

/** Participles that work as prepositions and open parentheses ("is, according to X,"). */
export const EN_PREP_PARTICIPLES = wordSet('according including regarding concerning considering given compared based excluding following assuming notwithstanding');

/** Quantifiers that need their noun: "a few: days". */
export const EN_QUANTIFIER = wordSet('few several various numerous');

/** Reflexive pronouns, which never open a clause. */
export const EN_REFLEXIVE = wordSet('myself yourself himself herself itself ourselves yourselves themselves oneself');

/** Determiners and quantifiers that open a noun phrase whose noun must follow its modifiers. */
export const EN_DETERMINERS = wordSet('the a an this these those his its their our my your several many some each every no any various numerous both');

/**
 * Modifiers that stand for a noun after a determiner ("the following:", "the former,", "the
 * same;"): a mark after them may well end the phrase.
 */
export const EN_NOMINAL_MODIFIERS = wordSet(`
  following former latter same above below next last first second third other others rest remaining whole entire
  opposite reverse contrary converse said aforementioned accused deceased injured wounded elderly unemployed
  homeless disabled poor rich young old dead living sick needy`);

/** Finite auxiliaries that no noun spells the same: a subject is never cut from them. */
export const EN_FINITE_AUX = wordSet('is are was were has have had does did would could should shall');

/** Modals that are nouns too ("the will", "a can"): a verb must follow to read them as modals. */
export const EN_NOUN_MODALS = wordSet('will can may must might');

/** Words that open an object after a verb: "places the envelope", "waved: the head". */
export const EN_OBJECT_START = wordSet('the a an his her its their our my your this these those some no every each');

/** Words after which a colon introduces what follows: speech, a list, an example. */
export const EN_INTRODUCERS = wordSet(`
  said say says told tell tells wrote write writes added add adds explained explain explains noted note notes
  asked ask asks answered replied stated states announced declared warned concluded read reads include includes
  included including follows followed following namely example instance e.g i.e as are were is was be been
  stressed emphasized emphasised insisted argued claimed recalled admitted promised tweeted posted replied
  commented continued revealed reported shouted cried thought believes believed`);

/** Object pronouns, after which a bare verb follows ("let me take"). */
export const EN_OBJECT_PRONOUNS = wordSet('me him her us them you it');

/** Past forms beyond EN_IRREGULAR_PAST's, some also bare forms or nouns: each shows a clause. */
export const EN_PAST = wordSet(`
  arose bade beat bent bet bit bled blew bore bound bred broke burst cast clung cost crept cut dealt dug drank
  fed fled flung forbade forgave froze ground hid hit hung hurt knelt laid lay leapt lent let lit overcame put
  quit rang rode sang shed shone shot shrank shut slid slung sped spat split spun sprang stank stole strode
  strove stung swept swung tore trod underwent undertook upset wept withdrew wound wrung`);

/** Subject pronouns: with one, a tail after a semicolon is a clause. */
export const EN_SUBJECTS = wordSet('i you he she it we they there');

/** Function words: none of them is the noun, the modifier or the verb of a phrase. */
export function isFunctionWord(w: string): boolean {
  return EN_AFTER_SEMICOLON.has(w) || EN_AUX.has(w) || EN_PREP_SOFT.has(w) || EN_PREP_HARD.has(w) || EN_CONJ.has(w);
}

/** Currency codes, which stand before their amount ("PLN 10bn", never "PLN, 10bn"). */
export const CURRENCY_CODES = new Set('USD EUR GBP CHF JPY CNY RUB UAH PLN CZK HUF SEK NOK DKK RON BGN HRK TRY INR CAD AUD NZD BRL MXN ZAR KRW'.split(' '));

/** Verbs after "not" that nothing cuts from it ("will not, be"). */
export const EN_BARE_AUX = wordSet('be been being have');

/** Words that open a clause as the object of a verb: "explained how he", "asked whether". */
export const EN_WH_OBJECT = wordSet('how whether what why');

/**
 * Prepositions that never end a clause right after "as", "than", "and" or a focusing adverb: "as
 * well as on, bare rock" is cut from its object. Those that are also adverbs of time or place
 * ("as before,", "than ever since,", "and over,") are left out.
 */
export const EN_PREP_BOUND = wordSet('in on at by for from to with under across along through against');

/** Words after which such a preposition opens its phrase, never ends a clause. */
export const EN_BEFORE_BOUND_PREP = wordSet('as than and or but nor even also especially particularly mainly mostly largely');

/** Particles that pair with another ("off and on", "by and by"): then a preposition is no preposition. */
export const EN_PAIRED_PARTICLES = wordSet('in on off out up down back over through by around about away forth');

/**
 * Focusing adverbs, which mid-clause lean on the phrase they focus ("not just, to the town",
 * "mainly, in winter"): a comma never separates them from it. "only" is left out: it also
 * follows its noun ("for members only, the club").
 */
export const EN_FOCUS_ADVERBS = wordSet('just merely solely especially particularly mainly mostly largely chiefly primarily exclusively');

/** Particles that make phrasal verbs ("open up", "watch out"). */
export const EN_VERB_PARTICLES = wordSet('up out off down');

const CURLY = /’/g;

/** A curly apostrophe written straight, so the word tables hold one spelling. */
export function straightApostrophes(s: string): string {
  return s.includes('’') ? s.replace(CURLY, "'") : s;
}
