// The dictionary forms an English word may be an inflection of: a word list gives "lose", "show",
// "wheel", "large", a translation has "lost", "shown", "wheels", "largest". Suffix rules and the
// irregular forms news text uses; a rule may propose a base that is no word ("thing" → "th"): the
// caller only looks bases up.

const IRREGULAR: Record<string, string> = {
  lost: 'lose', shown: 'show', showed: 'show', mice: 'mouse', men: 'man', women: 'woman', done: 'do', did: 'do', made: 'make',
  went: 'go', gone: 'go', took: 'take', taken: 'take', gave: 'give', given: 'give', saw: 'see', seen: 'see', came: 'come',
  found: 'find', told: 'tell', said: 'say', held: 'hold', brought: 'bring', bought: 'buy', thought: 'think', left: 'leave',
  felt: 'feel', kept: 'keep', began: 'begin', begun: 'begin', ran: 'run', wore: 'wear', worn: 'wear', sold: 'sell', sent: 'send',
  spent: 'spend', built: 'build', led: 'lead', met: 'meet', paid: 'pay', won: 'win', lay: 'lie', lain: 'lie', rose: 'rise',
  risen: 'rise', fell: 'fall', fallen: 'fall', drove: 'drive', driven: 'drive', chose: 'choose', chosen: 'choose', children: 'child',
  people: 'person', feet: 'foot', teeth: 'tooth', better: 'good', best: 'good', worse: 'bad', worst: 'bad', flew: 'fly', flown: 'fly',
  grew: 'grow', grown: 'grow', knew: 'know', known: 'know', wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak',
  stood: 'stand', understood: 'understand', caught: 'catch', taught: 'teach', fought: 'fight', sought: 'seek', heard: 'hear',
  meant: 'mean', broke: 'break', broken: 'break', fed: 'feed', hid: 'hide', hidden: 'hide', sang: 'sing', sung: 'sing',
  sank: 'sink', sunk: 'sink', swam: 'swim', threw: 'throw', thrown: 'throw', wives: 'wife', lives: 'life', leaves: 'leaf',
  halves: 'half', knives: 'knife', got: 'get', gotten: 'get', sat: 'sit', struck: 'strike', hung: 'hang', shot: 'shoot',
  lit: 'light', dug: 'dig', stole: 'steal', stolen: 'steal', froze: 'freeze', frozen: 'freeze', rode: 'ride', ridden: 'ride',
};

/** Suffix, and what replaces it for the base: "ies" → "y", "ed" → "" or "e"... */
const RULES: [string, string][] = [
  ['ies', 'y'], ['es', ''], ['s', ''], ['ied', 'y'], ['ed', ''], ['ed', 'e'], ['d', ''], ['ing', ''], ['ing', 'e'],
  ['ier', 'y'], ['iest', 'y'], ['er', ''], ['er', 'e'], ['est', ''], ['est', 'e'], ['ly', ''],
];
/** Suffixes after which a doubled consonant is undoubled: "stopped" → "stop", "biggest" → "big". */
const DOUBLING = new Set(['ed', 'ing', 'er', 'est']);

/** British spellings of American endings, as the word lists mix them: center / centre, color / colour. */
const BRITISH: [RegExp, string][] = [[/er$/, 're'], [/or$/, 'our'], [/iz(e|ed|es|ing|ation)$/, 'is$1'], [/yz(e|ed|es|ing)$/, 'ys$1'], [/ense$/, 'ence'], [/og$/, 'ogue']];

const memo = new Map<string, readonly string[]>();

/** The word itself, its British spelling, and the bases it may be a form of. Memoised. */
export function englishBases(word: string): readonly string[] {
  let bases = memo.get(word);
  if (!bases) {
    if (memo.size >= 50000) memo.clear();
    memo.set(word, (bases = basesOf(word)));
  }
  return bases;
}

function basesOf(word: string): string[] {
  const out = [word];
  for (const [re, to] of BRITISH) if (re.test(word)) out.push(word.replace(re, to));
  const irregular = IRREGULAR[word];
  if (irregular) out.push(irregular);
  for (const [suffix, base] of RULES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    // A past -d follows an e ("cared" → "care"); "card" is no form of "car".
    if (suffix === 'd' && word[word.length - 2] !== 'e') continue;
    const b = word.slice(0, -suffix.length) + base;
    out.push(b);
    if (DOUBLING.has(suffix) && base === '' && b.length >= 3 && b[b.length - 1] === b[b.length - 2]) out.push(b.slice(0, -1));
  }
  return out;
}

function american(w: string): string {
  return w.replace(/our/g, 'or').replace(/ae/g, 'e').replace(/oe/g, 'e');
}

/**
 * The two words may be forms of one word ("wheel" / "wheels", "large" / "larges"), a verb made
 * of the other with -en ("awake" / "awaken", "wide" / "widen"), or one word's two spellings.
 */
export function sameBase(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if ((long === `${short}n` && short.endsWith('e')) || long === `${short}en`) return true;
  // British and American spellings: "neighbouring" / "neighboring", "leukaemia" / "leukemia".
  if (american(short) === american(long)) return true;
  const bases = englishBases(a);
  return englishBases(b).some((x) => bases.includes(x));
}
