// English inflection, enough for rule packs: every form of a lemma (so `{watch}` matches
// watch/watches/watched/watching) and the form a word has (so a fix can say `{hold:$1}` and
// get "holding" for "watching", "held" for "watched"). Nouns use the same table: the -s form
// is the plural ({drone} matches drone/drones; {drone:$1} gives "drones" for "devices").

export type Form = 'base' | 's' | 'past' | 'participle' | 'ing';

export interface Forms {
  base: string;
  s: string;
  past: string;
  participle: string;
  ing: string;
}

// base: past participle [s-form]. Verbs whose past and participle differ list both.
const IRREGULAR_VERBS: Record<string, [string, string]> = {
  arise: ['arose', 'arisen'], awake: ['awoke', 'awoken'], be: ['was', 'been'], bear: ['bore', 'borne'],
  beat: ['beat', 'beaten'], become: ['became', 'become'], begin: ['began', 'begun'], bend: ['bent', 'bent'],
  bet: ['bet', 'bet'], bid: ['bid', 'bid'], bind: ['bound', 'bound'], bite: ['bit', 'bitten'],
  bleed: ['bled', 'bled'], blow: ['blew', 'blown'], break: ['broke', 'broken'], breed: ['bred', 'bred'],
  bring: ['brought', 'brought'], broadcast: ['broadcast', 'broadcast'], build: ['built', 'built'],
  burn: ['burnt', 'burnt'], burst: ['burst', 'burst'], buy: ['bought', 'bought'], cast: ['cast', 'cast'],
  catch: ['caught', 'caught'], choose: ['chose', 'chosen'], cling: ['clung', 'clung'], come: ['came', 'come'],
  cost: ['cost', 'cost'], creep: ['crept', 'crept'], cut: ['cut', 'cut'], deal: ['dealt', 'dealt'],
  dig: ['dug', 'dug'], do: ['did', 'done'], draw: ['drew', 'drawn'], drink: ['drank', 'drunk'],
  drive: ['drove', 'driven'], eat: ['ate', 'eaten'], fall: ['fell', 'fallen'], feed: ['fed', 'fed'],
  feel: ['felt', 'felt'], fight: ['fought', 'fought'], find: ['found', 'found'], flee: ['fled', 'fled'],
  fly: ['flew', 'flown'], forbid: ['forbade', 'forbidden'], forecast: ['forecast', 'forecast'],
  foresee: ['foresaw', 'foreseen'], forget: ['forgot', 'forgotten'], forgive: ['forgave', 'forgiven'],
  freeze: ['froze', 'frozen'], get: ['got', 'got'], give: ['gave', 'given'], go: ['went', 'gone'],
  grind: ['ground', 'ground'], grow: ['grew', 'grown'], hang: ['hung', 'hung'], have: ['had', 'had'],
  hear: ['heard', 'heard'], hide: ['hid', 'hidden'], hit: ['hit', 'hit'], hold: ['held', 'held'],
  hurt: ['hurt', 'hurt'], keep: ['kept', 'kept'], kneel: ['knelt', 'knelt'], know: ['knew', 'known'],
  lay: ['laid', 'laid'], lead: ['led', 'led'], lean: ['leant', 'leant'], leave: ['left', 'left'],
  lend: ['lent', 'lent'], let: ['let', 'let'], lie: ['lay', 'lain'], light: ['lit', 'lit'],
  lose: ['lost', 'lost'], make: ['made', 'made'], mean: ['meant', 'meant'], meet: ['met', 'met'],
  mislead: ['misled', 'misled'], overcome: ['overcame', 'overcome'], overtake: ['overtook', 'overtaken'],
  overthrow: ['overthrew', 'overthrown'], pay: ['paid', 'paid'], put: ['put', 'put'], quit: ['quit', 'quit'],
  read: ['read', 'read'], rid: ['rid', 'rid'], ride: ['rode', 'ridden'], ring: ['rang', 'rung'],
  rise: ['rose', 'risen'], run: ['ran', 'run'], say: ['said', 'said'], see: ['saw', 'seen'],
  seek: ['sought', 'sought'], sell: ['sold', 'sold'], send: ['sent', 'sent'], set: ['set', 'set'],
  shake: ['shook', 'shaken'], shed: ['shed', 'shed'], shine: ['shone', 'shone'], shoot: ['shot', 'shot'],
  show: ['showed', 'shown'], shrink: ['shrank', 'shrunk'], shut: ['shut', 'shut'], sing: ['sang', 'sung'],
  sink: ['sank', 'sunk'], sit: ['sat', 'sat'], sleep: ['slept', 'slept'], slide: ['slid', 'slid'],
  speak: ['spoke', 'spoken'], spend: ['spent', 'spent'], spin: ['spun', 'spun'], split: ['split', 'split'],
  spread: ['spread', 'spread'], stand: ['stood', 'stood'], steal: ['stole', 'stolen'], stick: ['stuck', 'stuck'],
  sting: ['stung', 'stung'], strike: ['struck', 'struck'], strive: ['strove', 'striven'], swear: ['swore', 'sworn'],
  sweep: ['swept', 'swept'], swim: ['swam', 'swum'], swing: ['swung', 'swung'], take: ['took', 'taken'],
  teach: ['taught', 'taught'], tear: ['tore', 'torn'], tell: ['told', 'told'], think: ['thought', 'thought'],
  throw: ['threw', 'thrown'], undergo: ['underwent', 'undergone'], understand: ['understood', 'understood'],
  undertake: ['undertook', 'undertaken'], upset: ['upset', 'upset'], wake: ['woke', 'woken'], wear: ['wore', 'worn'],
  win: ['won', 'won'], withdraw: ['withdrew', 'withdrawn'], withhold: ['withheld', 'withheld'], write: ['wrote', 'written'],
};

const IRREGULAR_S: Record<string, string> = {
  be: 'is', have: 'has', do: 'does', go: 'goes',
  // nouns
  man: 'men', woman: 'women', child: 'children', person: 'people', foot: 'feet', tooth: 'teeth',
  mouse: 'mice', life: 'lives', wife: 'wives', knife: 'knives', leaf: 'leaves', half: 'halves',
  thief: 'thieves', crisis: 'crises', analysis: 'analyses', thesis: 'theses', criterion: 'criteria',
  phenomenon: 'phenomena', medium: 'media', datum: 'data', chief: 'chiefs', roof: 'roofs',
  aircraft: 'aircraft', sheep: 'sheep', fish: 'fish', series: 'series', species: 'species',
  police: 'police', staff: 'staff', headquarters: 'headquarters', news: 'news', hero: 'heroes',
  potato: 'potatoes', tomato: 'tomatoes', veto: 'vetoes', embargo: 'embargoes', echo: 'echoes',
  'sit-in': 'sit-ins', 'passer-by': 'passers-by', 'mother-in-law': 'mothers-in-law',
  'commander-in-chief': 'commanders-in-chief', 'editor-in-chief': 'editors-in-chief',
};

// Verbs of more than one syllable stressed on the last: the final consonant doubles.
const DOUBLING = new Set([
  'admit', 'commit', 'compel', 'confer', 'control', 'defer', 'deter', 'emit', 'equip', 'expel',
  'incur', 'occur', 'omit', 'patrol', 'permit', 'prefer', 'propel', 'rebel', 'recur', 'refer',
  'regret', 'repel', 'acquit', 'interpel', 'abet', 'outstrip', 'submit', 'transfer', 'transmit', 'upset', 'forget', 'begin', 'outbid',
]);

const VOWEL = /[aeiou]/;

function doubles(base: string): boolean {
  if (DOUBLING.has(base)) return true;
  // one syllable, consonant-vowel-consonant, not w/x/y: stop → stopped
  const m = /^[^aeiou]*([aeiou])([b-df-hj-np-tvz])$/.exec(base);
  return m !== null && !/[aeiou]{2}/.test(base) && (base.match(/[aeiouy]+/g) ?? []).length === 1;
}

/** The tables above are object literals for reading; lemmas are looked up in Maps, so "constructor" finds nothing. */
const IRREGULAR_VERB_FORMS = new Map(Object.entries(IRREGULAR_VERBS));
const IRREGULAR_S_FORMS = new Map(Object.entries(IRREGULAR_S));

function sForm(base: string): string {
  const irregular = IRREGULAR_S_FORMS.get(base);
  if (irregular) return irregular;
  if (/(s|x|z|ch|sh)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

function edForm(base: string): string {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (/[^aeiou]c$/.test(base) && base.length > 4) return `${base}ked`; // panic → panicked
  if (doubles(base)) return `${base}${base.slice(-1)}ed`;
  return `${base}ed`;
}

function ingForm(base: string): string {
  if (base === 'be' || base === 'see' || base === 'flee' || base === 'agree') return `${base}ing`;
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(base) || /[^e]ue$/.test(base)) return `${base.slice(0, -1)}ing`;
  if (/[^aeiou]c$/.test(base) && base.length > 4) return `${base}king`;
  if (doubles(base)) return `${base}${base.slice(-1)}ing`;
  return `${base}ing`;
}

const cache = new Map<string, Forms>();

/** Every form of an English lemma (lower case). Multi-word lemmas inflect their first word: "take part". */
export function inflections(lemma: string): Forms {
  const key = lemma.toLowerCase();
  const hit = cache.get(key);
  if (hit) return hit;
  const space = key.indexOf(' ');
  let forms: Forms;
  if (space > 0) {
    const head = inflections(key.slice(0, space));
    const rest = key.slice(space);
    forms = {
      base: head.base + rest, s: head.s + rest, past: head.past + rest,
      participle: head.participle + rest, ing: head.ing + rest,
    };
  } else {
    const irr = IRREGULAR_VERB_FORMS.get(key);
    forms = {
      base: key,
      s: sForm(key),
      past: irr ? irr[0] : edForm(key),
      participle: irr ? irr[1] : edForm(key),
      ing: ingForm(key),
    };
  }
  cache.set(key, forms);
  return forms;
}

/** The distinct forms of a lemma, for matching `{lemma}`. "be" also gives am/are/were. */
export function formsOf(lemma: string): string[] {
  const f = inflections(lemma);
  const all = [f.base, f.s, f.past, f.participle, f.ing];
  if (f.base === 'be') all.push('am', 'are', 'were');
  return [...new Set(all)];
}

const PAST_OR_PARTICIPLE: Map<string, Form> = new Map();
for (const [base, [past, part]] of Object.entries(IRREGULAR_VERBS)) {
  if (past !== base) PAST_OR_PARTICIPLE.set(past, 'past');
  if (part !== base && part !== past) PAST_OR_PARTICIPLE.set(part, 'participle');
}
const IRREGULAR_PLURALS = new Set(Object.entries(IRREGULAR_S).filter(([b, s]) => b !== s).map(([, s]) => s));

const AUX_PERFECT = /^(has|have|had|having|been|be|being|is|are|was|were|am|get|got|gets|getting)$/;
const THIRD_PERSON = /^(he|she|it)$/;

function pastOrParticiple(previous: string | undefined): Form {
  return previous && AUX_PERFECT.test(previous.toLowerCase()) ? 'participle' : 'past';
}

/**
 * The form of `word` among the forms of a known lemma ('put' after 'was' is a participle;
 * 'sounding' of the noun 'sounding' is its base), or null when it is not one of them.
 */
export function formAmong(lemma: string, word: string, previous?: string): Form | null {
  const f = inflections(lemma);
  const w = word.toLowerCase();
  const prev = previous?.toLowerCase();
  if (w === f.past || w === f.participle) {
    if (w === f.base) {
      if (prev && AUX_PERFECT.test(prev)) return 'participle';
      return prev && THIRD_PERSON.test(prev) ? 'past' : 'base';
    }
    if (f.past === f.participle) return pastOrParticiple(previous);
    return w === f.past ? 'past' : 'participle';
  }
  if (w === f.base) return 'base';
  if (w === f.s) return 's';
  if (w === f.ing) return 'ing';
  if (f.base === 'be' && (w === 'am' || w === 'are')) return 'base';
  if (f.base === 'be' && w === 'were') return 'past';
  return null;
}

/**
 * Which form a word has, judged from its shape (and the word before, which tells a participle
 * from a past: "has watched" / "watched"). Unknown shapes count as base.
 */
export function formOfWord(word: string, previous?: string): Form {
  const w = word.toLowerCase();
  const irr = PAST_OR_PARTICIPLE.get(w);
  if (irr) return irr;
  if (IRREGULAR_PLURALS.has(w)) return 's';
  if (w.length > 4 && w.endsWith('ing')) return 'ing';
  if (w.length > 3 && w.endsWith('ed')) return pastOrParticiple(previous);
  if (w.length > 2 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return 's';
  return 'base';
}

/** `lemma` in the form `like` has: inflectLike('hold', 'watching') → 'holding'. */
export function inflectLike(lemma: string, like: string, previous?: string, likeLemma?: string): string {
  const form = (likeLemma !== undefined ? formAmong(likeLemma, like, previous) : null) ?? formOfWord(like, previous);
  return inflections(lemma)[form];
}
