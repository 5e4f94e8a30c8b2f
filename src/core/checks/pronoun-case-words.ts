// The words the pronoun-case check reads: which form stands for which, and the closed classes
// (auxiliaries, prepositions, subordinators, verbs of saying) that show a slot's grammar.
import { wordSet } from '../text/word-set';

export const REFLEXIVE_POSSESSIVE: ReadonlyMap<string, string> = new Map([
  ['myself', 'my'],
  ['yourself', 'your'],
  ['himself', 'his'],
  ['herself', 'her'],
  ['itself', 'its'],
  ['ourselves', 'our'],
  ['yourselves', 'your'],
  ['themselves', 'their'],
]);

export const REFLEXIVE_SUBJECT: ReadonlyMap<string, string> = new Map([
  ['myself', 'I'],
  ['yourself', 'you'],
  ['himself', 'he'],
  ['herself', 'she'],
  ['itself', 'it'],
  ['ourselves', 'we'],
  ['yourselves', 'you'],
  ['themselves', 'they'],
]);

/** Object pronouns before a noun they should own ("in them area"); "me" for "my" is dialect ("me mum"). */
export const OBJECT_POSSESSIVE: ReadonlyMap<string, string> = new Map([
  ['him', 'his'],
  ['them', 'their'],
  ['us', 'our'],
]);

/** Prepositions that cannot front a clause of their own: what follows is their object. */
export const OWNING_PREPOSITIONS = wordSet('in on at from into onto upon against since near about under over through during without within behind beside toward towards across around');

/** Subject pronouns that may stand where their possessive belongs. "I" is left out: "World War I veterans". */
export const SUBJECT_POSSESSIVE: ReadonlyMap<string, string> = new Map([
  ['he', 'his'],
  ['she', 'her'],
  ['we', 'our'],
  ['they', 'their'],
]);

/** Object pronouns that may open a clause in place of the subject ("Him advised Carter"). */
export const OBJECT_SUBJECT: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['them', 'they'],
  ['me', 'I'],
  ['us', 'we'],
  ['her', 'she'],
]);

/**
 * Possessive determiners that are never a pronoun of their own: a verb right after one has no
 * subject. "his" and "her" are left out ("his was the best", "saw her leave").
 */
export const DETERMINER_SUBJECT: ReadonlyMap<string, string> = new Map([
  ['my', 'I'],
  ['your', 'you'],
  ['our', 'we'],
  ['their', 'they'],
  ['its', 'it'],
]);

/** Finite auxiliaries and modals: only a subject stands right before them at a clause start. */
export const FINITE_AUX = wordSet(`
  is are was were am has have had do does did will would can could shall should may might must cannot
  isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't couldn't
  shouldn't mustn't`);

/** Auxiliaries that are nouns as well ("their will", "our might", "a must", "its can"). */
export const NOUN_AUX = wordSet('will might must can may');

/** Verbs that agree with a singular subject only. */
export const SINGULAR_VERBS = wordSet("is was has does isn't wasn't hasn't doesn't");

/** Verbs after which a lost "there" is as likely as a lost "they" ("their are", "their were"). */
export const THERE_VERBS = wordSet("are were aren't weren't");

/** Bare verbs that show a modal before them ("Its may be", "Our will have"). */
export const BARE_AFTER_MODAL = wordSet('be have not never also still');

/** Verbs of saying, past and present, that a subject after a comma or quote takes ("," he said'). */
export const SPEECH = wordSet(`
  said told added stated explained announced concluded noted predicted commented replied insisted argued wrote
  says tells adds states explains announces concludes notes predicts comments replies insists argues writes`);

/** Simple past forms that are neither a participle nor an adjective nor a noun: always finite. */
export const PAST_ONLY = wordSet(`
  wrote went came took gave became began drew drove ate flew forgot grew knew ran spoke stole swore threw wore
  sang sank shook swam woke chose drank withdrew overcame overtook undertook forgave mistook arose`);

/** Words after which a new clause starts, so the next word is its subject. Relatives and "as"/"than" are left out. */
export const SUBORDINATORS = wordSet('because when whenever while although though whereas if unless until once whether so since');

/** Prepositions after which a pronoun is an object or owns a noun, never a subject. */
export const PREPOSITIONS = wordSet(`
  in on at of with from into onto upon near to for about over under through during without within against among
  amongst between toward towards across behind beside around via`);

/** Prepositions whose reflexive stands alone ("in itself a problem", "by itself sufficient"). */
export const REFLEXIVE_IDIOM = wordSet('in by');

/** Words of degree and number that qualify the verb after a subject ("he half remembered", "we two fought"). */
export const QUALIFIERS = wordSet('half least most two three four five six seven eight nine ten hundred thousand dozen');

/** Time words that follow a subject as adverbs ("they last week announced", "he today said"). */
export const TIMES = wordSet(`
  today tonight tomorrow yesterday overnight time day week month year decade century hour minute moment morning
  afternoon evening night weekend season summer winter spring autumn era period`);
