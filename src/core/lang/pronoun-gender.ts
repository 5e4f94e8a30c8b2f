// Gender cues of a source sentence, per language, for the pronoun-gender check: personal
// pronouns and possessives that say "he" or "she" without doubt, past-tense verb endings that do
// (Russian сказал/сказала, Polish powiedział/powiedziała, Czech řekl/řekla), and the words that
// could mean a woman or a man without saying so ("sie", "ihr", "la ministra"), which forbid a flag.
import { wordSet } from '../text/word-set';

export type Gender = 'm' | 'f';

export interface GenderCues {
  /** Unambiguous cues of each gender. */
  m: number;
  f: number;
  /** Words that might stand for a person of that gender (ambiguous pronouns, gendered nouns). */
  mayM: boolean;
  mayF: boolean;
}

interface Table {
  m: Set<string>;
  f: Set<string>;
  /** Ambiguous words that may refer to a man / a woman. */
  mayM: Set<string>;
  mayF: Set<string>;
  /** Past-tense endings (with exclusions) for languages that mark gender on the verb. */
  verbM?: RegExp;
  verbF?: RegExp;
  notVerb?: Set<string>;
}

const NOUNS_F = {
  de: 'frau frauen mutter tochter schwester ehefrau königin mädchen kanzlerin ministerin präsidentin politikerin sängerin schauspielerin autorin großmutter tante witwe nonne freundin',
  es: 'mujer madre hija hermana esposa reina niña chica presidenta ministra señora doña actriz abuela tía novia viuda',
  it: 'donna madre figlia sorella moglie regina ragazza bambina presidentessa ministra signora attrice nonna zia vedova',
  fr: 'femme mère fille sœur soeur épouse reine madame mme présidente ministre actrice grand-mère tante veuve',
  ru: 'женщина мать дочь сестра жена королева девушка девочка бабушка тётя тетя вдова',
  pl: 'kobieta matka córka siostra żona królowa dziewczyna dziewczynka babcia ciotka wdowa pani',
  cs: 'žena matka dcera sestra manželka královna dívka holka babička teta vdova paní',
};

const TABLES: Record<string, Table> = {
  de: {
    m: wordSet('er ihm ihn seine seinen seinem seiner seines'),
    f: wordSet(''),
    mayM: wordSet('er ihm ihn seine seinen seinem seiner seines'),
    mayF: wordSet(`sie ihr ihre ihren ihrem ihrer ihres ${NOUNS_F.de}`),
  },
  es: {
    m: wordSet('él'),
    f: wordSet('ella'),
    mayM: wordSet('él ellos su sus suyo'),
    mayF: wordSet(`ella ellas su sus suya ${NOUNS_F.es}`),
  },
  it: {
    m: wordSet('lui egli'),
    f: wordSet('lei'),
    mayM: wordSet('lui egli suo sua suoi sue loro'),
    mayF: wordSet(`lei ella essa suo sua suoi sue loro ${NOUNS_F.it}`),
  },
  fr: {
    m: wordSet(''),
    f: wordSet('elle'),
    mayM: wordSet('il lui le son sa ses ils leur leurs'),
    mayF: wordSet(`elle elles la lui son sa ses leur leurs ${NOUNS_F.fr}`),
  },
  ru: {
    m: wordSet('он него нему нём нем'),
    f: wordSet('она её ее ей неё нее ней нею'),
    mayM: wordSet('он его ему него нему нём нем им ним свой своего своему своим'),
    mayF: wordSet(`она её ее ей неё нее ней нею свой своя свою своей ${NOUNS_F.ru}`),
    verbM: /^[\p{L}]{2,}(?:[аяиеыу]л|ёл|шел|шёл|лся)$/u,
    verbF: /^[\p{L}]{2,}(?:[аяиеыу]ла|шла|лась)$/u,
    notVerb: wordSet(
      'финал канал журнал сериал материал персонал потенциал генерал адмирал скандал интервал сигнал идеал капитал карнавал вокал пьедестал фестиваль михаил даниил гавриил павел израил посол пел мел дел тел сел ел мил пыл тыл стул аул гул сила дела тела села жила вила мила людмила камила гила пила мала цела смела бела',
    ),
  },
  pl: {
    m: wordSet('on jemu niego'),
    f: wordSet('ona jej nią niej ją'),
    mayM: wordSet('on jego jemu niego nim go mu swój swojego swoim swoje'),
    mayF: wordSet(`ona jej nią niej ją swoja swoją swojej swoje ${NOUNS_F.pl}`),
    verbM: /^[\p{L}]{2,}(?:[aiyę]ł|ął|ógł|ekł|arł|edł|adł|ósł|ozł)$/u,
    verbF: /^[\p{L}]{2,}(?:[aiyę]ła|ęła|szła|ogła|ekła|arła|edła|adła|osła|ozła)$/u,
    notVerb: wordSet(
      'dział udział oddział podział rozdział przydział przedział wydział materiał potencjał kapitał generał kanał finał sygnał ideał upał zapał szał wał michał rafał kryształ pył tył muł cała mała biała wspaniała doskonała trwała dojrzała okazała niemała zuchwała przyszła zeszła siła skała kobyła żyła mogiła reguła fała chała',
    ),
  },
  cs: {
    m: wordSet('on jemu něj něho'),
    f: wordSet('ona její jí ní ji'),
    mayM: wordSet('on jeho jemu něj něho ním mu ho svůj svého svému svým'),
    mayF: wordSet(`ona její jí ní ji svá svou své ${NOUNS_F.cs}`),
    verbM: /^[\p{L}]{2,}(?:[aiyuěe]l|šel|jel|řel|kl|hl|dl|tl)$/u,
    verbF: /^[\p{L}]{2,}(?:[aiyuě]la|šla|jela|řela|kla|hla|tla|dla)$/u,
    notVerb: wordSet(
      'festival izrael michal pavel karel daniel gabriel rafael učitel ředitel přítel obyvatel manžel kostel anděl orel kotel sval val cíl cil styl model hotel tunel level škola síla vila pila kola vesla pravidla jídla sídla mýdla čísla',
    ),
  },
};

/** German verbs in the third person singular: after "sie" they make it "she", not "they". */
const DE_SG_VERB = /^(?:ist|war|hat|hatte|wird|wurde|kann|konnte|muss|musste|soll|sollte|will|wollte|darf|durfte|sagt|erklärt|betont|meint)$/;
const DE_NOT_VERB = new Set(['erste', 'letzte', 'beste', 'meiste', 'mitte', 'hälfte', 'gute', 'alte', 'neue']);

/** Words that "tel" ends in Czech are nearly all nouns of agent (ředitel, spisovatel). */
const CS_AGENT = /tel$/u;

export function hasGenderTable(lang: string): boolean {
  return Object.prototype.hasOwnProperty.call(TABLES, lang);
}

/** Gender cues of a source text, from its lower-cased words. */
export function genderCues(lang: string, words: string[], raw?: string[]): GenderCues {
  const t = hasGenderTable(lang) ? TABLES[lang] : undefined;
  const out: GenderCues = { m: 0, f: 0, mayM: false, mayF: false };
  if (!t) return out;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (t.m.has(w)) out.m++;
    if (t.f.has(w)) out.f++;
    if (t.mayM.has(w)) out.mayM = true;
    if (t.mayF.has(w)) out.mayF = true;
    if (t.verbM && !t.notVerb?.has(w)) {
      if (t.verbM.test(w) && !(lang === 'cs' && CS_AGENT.test(w))) {
        out.m++;
        out.mayM = true;
      } else if (t.verbF?.test(w)) {
        out.f++;
        out.mayF = true;
      }
    }
    // German "sie" with a verb in the third person singular ("sie sagte", "sie ist") is "she".
    if (lang === 'de' && w === 'sie' && i + 1 < words.length && (DE_SG_VERB.test(words[i + 1]) || (/^\p{Ll}{2,}te$/u.test(raw?.[i + 1] ?? '') && !DE_NOT_VERB.has(words[i + 1])))) {
      out.f++;
    }
    // German "sein" before a noun (capitalised) is "his"; elsewhere it is the verb "to be".
    if (lang === 'de' && w === 'sein' && /^\p{Lu}/u.test(raw?.[i + 1] ?? '')) {
      out.m++;
      out.mayM = true;
    }
    // French "il" is also impersonal ("il y a", "il faut") and "it": counted only before a verb of saying.
    if (lang === 'fr' && w === 'il' && i + 1 < words.length && /^(?:a|avait|dit|déclare|déclaré|explique|affirme|estime|ajoute|souligne)$/.test(words[i + 1]) && !/^(?:y|faut|s)$/.test(words[i + 1])) {
      out.m++;
    }
  }
  return out;
}

/**
 * English pronouns by gender, with the other gender's form to suggest. A Map, not an object
 * literal: looked up by the words of the text, where "constructor" must find nothing.
 */
export const EN_PRONOUNS: ReadonlyMap<string, { gender: Gender; other: string[] }> = new Map([
  ['he', { gender: 'm', other: ['she'] }],
  ['him', { gender: 'm', other: ['her'] }],
  ['his', { gender: 'm', other: ['her'] }],
  ['himself', { gender: 'm', other: ['herself'] }],
  ['she', { gender: 'f', other: ['he'] }],
  ['her', { gender: 'f', other: ['his', 'him'] }],
  ['hers', { gender: 'f', other: ['his'] }],
  ['herself', { gender: 'f', other: ['himself'] }],
]);
