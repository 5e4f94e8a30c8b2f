// Word tables for stray-punctuation: closed English classes whose members no punctuation mark
// may follow or precede inside a clause, and the joiners a suspended compound's hyphen stands
// before in many languages ("pre- and post-war", "Blues- und Rock", "dvou- až tří").
// Lower case; built once at module load.

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Joiners after a suspended hyphen ("pre- and post-war"), any language. */
export const SUSPENSION_JOINERS = set(`
  and or nor to through versus vs und oder bis sowie bzw wie als noch beziehungsweise respektive
  et ou y o e u i ed od lub albo oraz czy do a až nebo či ani и или да до ни й і та чи або
  en of og eller och samt ja tai sekä és vagy ve veya και ή`);

/**
 * English prepositions that are seldom stranded: a mark after them cuts the phrase they open
 * ("of: the", "between, the"). Articles and "during"/"despite"/"via" belong to broken-syntax.
 */
export const EN_PREP_HARD = set('of into onto upon than among amongst between toward towards per unto');

/** English prepositions that double as particles ("it falls in, but"), so need more evidence. */
export const EN_PREP_SOFT = set(`
  in on at by for from to with about over under after before since until across along around through
  against within without behind beyond inside outside near throughout`);

/** The soft prepositions that are also verb particles ("turns on; the rest", "so on:"). */
export const EN_PARTICLES = set('in on by over about around through along across behind within without inside outside near after before since until under throughout beyond');

/** Words that open a subordinate clause, which may end on a particle or an auxiliary. */
export const EN_SUBORDINATORS = set('when if as once after before while because since although though until unless whenever wherever where whether whereas');

/** Words before "of:" that introduce a list ("one of:", "consists of:"). */
export const EN_LIST_HEADS = set('one any all each both either none some consists consist consisting composed made list set number combination following');

/** Coordinating conjunctions, never cut from what they join ("Nantes and, was"). */
export const EN_CONJ = set('and or nor but');

/** Relative words that open a clause and cannot close one. */
export const EN_RELATIVE = set('which whom whose');

/** Finite and non-finite auxiliaries and copulas. */
export const EN_AUX = set('is are was were am be been being has have had will would can could shall should may might must does do did');

/** Auxiliaries with no noun homograph (a lower-case "will", "can", "may", "must" may be a noun). */
export const EN_AUX_STRICT = set('is are was were am been being has have had would could shall should does did');

/** Words after which a clause may end elliptically ("as the Earth is, or", "if they are, I"). */
export const EN_CLAUSE_OPENERS = set(`
  i you he she it we they there this that these those what who which how why when where whether
  and or but so yet if as because although though while unless since once then now here`);

/**
 * Words that can open the clause or list item after a semicolon: pronouns, determiners,
 * connectives, adverbs of time and degree, prepositions. A lower-case word outside this set
 * right after an added semicolon (a noun, a verb, an adjective) continues the clause instead.
 */
export const EN_AFTER_SEMICOLON = set(`
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
export const EN_PARTICIPLES = set(`
  be been born done made taken given known seen shown written driven grown thrown chosen spoken broken eaten
  fallen forgotten gotten hidden ridden risen stolen sworn torn worn beaten bitten begun sung drunk become gone
  held kept left lost met paid said sent spent stood told thought brought bought caught taught found heard built
  sold put set cut hit hurt let read led fed felt fled won shot struck stuck hung laid sought understood
  withdrawn overtaken undertaken mistaken forgiven`);

/** Unit symbols that stick to their number ("70 km", never "70, km"). */
export const UNITS = set('km m cm mm µm nm kg g mg t l ml dl cl ha ft mi yd mph kph kW MW GW kWh MWh lb lbs oz °C °F');

/** Participles that work as prepositions and open parentheses ("is, according to X,"). */
export const EN_PREP_PARTICIPLES = set('according including regarding concerning considering given compared based excluding following assuming notwithstanding');

/** Quantifiers that need their noun: "a few: days". */
export const EN_QUANTIFIER = set('few several various numerous');

/** Reflexive pronouns, which never open a clause. */
export const EN_REFLEXIVE = set('myself yourself himself herself itself ourselves yourselves themselves oneself');
