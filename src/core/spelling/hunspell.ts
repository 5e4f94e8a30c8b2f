// A Hunspell dictionary read the way Hunspell itself reads it: the .dic stems go into one map, the
// .aff rules are indexed by their affix, and a word is checked by stripping affixes at lookup time.
// nspell instead expands every affixed form when it loads, which costs 12 s and 1.3 GB for Czech
// and over 100 s for Italian; here loading is a parse of the two files (well under a second for
// every dictionary we ship) and memory stays near the size of the files.
// Suggestions are edits of the word (the REP table, transposition, doubled letters, one letter
// added, dropped, changed or moved, a split into two words; then two cheap edits) checked against the
// same lookup, closest first. No node: imports, so a browser worker can use this file too.

/** A condition on the stem next to an affix: one item per character, a set or a negated set. */
interface CondItem {
  chars: string;
  negate: boolean;
}

interface Affix {
  /** The rule's flag (interned, one UTF-16 unit). */
  flag: string;
  prefix: boolean;
  /** Both a prefix and a suffix may apply to one stem (the rule's Y). */
  cross: boolean;
  strip: string;
  add: string;
  cond: CondItem[] | null;
  /** Continuation flags of the affixed form (interned). */
  cont: string;
}

interface AffixGroup {
  strip: string;
  /** Hash of `strip` and the hash multiplier for its length, to hash head + strip in O(1). */
  stripHash: number;
  stripPower: number;
  affixes: Affix[];
  /** Some affix of the group has a flag another suffix continues with. */
  continued: boolean;
}

function addToIndex(index: Map<string, AffixGroup[]>, a: Affix): void {
  let groups = index.get(a.add);
  if (!groups) index.set(a.add, (groups = []));
  const g = groups.find((x) => x.strip === a.strip);
  if (g) g.affixes.push(a);
  else groups.push({ strip: a.strip, stripHash: hashOf(a.strip), stripPower: powerOf(a.strip.length), affixes: [a], continued: false });
}

export interface HunspellOptions {
  /** Most suggestions returned (5 by default). */
  maxSuggestions?: number;
}

export interface SuggestOptions {
  /** 1: one edit; 2 (the default): two cheap edits too when one finds nothing (lower-case words only). */
  maxDistance?: 1 | 2;
}

/** One candidate with its cost: lower is closer. */
interface Candidate {
  word: string;
  cost: number;
}

const HOMONYM = '\u0000';
const VOWELS = 'aeiouyàáâäåæèéêëìíîïòóôöøùúûüýÿąęěőűůœ';

/** Parses one condition ("[^aeo]k", ".", "ar") into items; null for "." (matches anything). */
function parseCondition(source: string | undefined): CondItem[] | null {
  if (!source || source === '.') return null;
  const items: CondItem[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '[') {
      const close = source.indexOf(']', i + 1);
      if (close < 0) return null;
      let body = source.slice(i + 1, close);
      const negate = body.startsWith('^');
      if (negate) body = body.slice(1);
      items.push({ chars: body, negate });
      i = close;
    } else if (ch === '.') {
      items.push({ chars: '', negate: true });
    } else {
      items.push({ chars: ch, negate: false });
    }
  }
  return items;
}

function itemMatches(item: CondItem, ch: string): boolean {
  return item.chars.includes(ch) !== item.negate;
}

function condAtEnd(cond: CondItem[], word: string): boolean {
  const n = cond.length;
  if (word.length < n) return false;
  const at = word.length - n;
  for (let i = 0; i < n; i++) if (!itemMatches(cond[i], word[at + i])) return false;
  return true;
}

function condAtStart(cond: CondItem[], word: string): boolean {
  const n = cond.length;
  if (word.length < n) return false;
  for (let i = 0; i < n; i++) if (!itemMatches(cond[i], word[i])) return false;
  return true;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// Stems are looked up often (every affix that matches the end of a word names a possible stem,
// and suggesting checks thousands of candidate words), almost always to find nothing. A Bloom
// filter over a polynomial hash of each stem answers most of those without building the stem
// string: the hash of head + strip comes from the word's prefix hashes and the strip's own.
const HASH_BASE = 0x01000193;

function hashOf(s: string, h = 0): number {
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
  return h;
}

function powerOf(n: number): number {
  let p = 1;
  for (let i = 0; i < n; i++) p = Math.imul(p, HASH_BASE);
  return p;
}

/** Hashes of every prefix of `word`: out[i] is the hash of word.slice(0, i). */
function prefixHashes(word: string): Int32Array {
  const out = new Int32Array(word.length + 1);
  let h = 0;
  for (let i = 0; i < word.length; i++) out[i + 1] = h = (Math.imul(h, HASH_BASE) + word.charCodeAt(i)) | 0;
  return out;
}

class StemFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(count: number) {
    let size = 1 << 16;
    while (size < count * 12) size *= 2;
    this.bits = new Uint32Array(size >>> 5);
    this.mask = size - 1;
  }

  private static mix(h: number): number {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  add(hash: number): void {
    const m = StemFilter.mix(hash);
    const a = m & this.mask;
    const b = (Math.imul(m, 0x9e3779b1) >>> 7) & this.mask;
    this.bits[a >>> 5] |= 1 << (a & 31);
    this.bits[b >>> 5] |= 1 << (b & 31);
  }

  /** False: certainly not a stem. True: probably one (about 2% false positives). */
  has(hash: number): boolean {
    const m = StemFilter.mix(hash);
    const a = m & this.mask;
    if ((this.bits[a >>> 5] & (1 << (a & 31))) === 0) return false;
    const b = (Math.imul(m, 0x9e3779b1) >>> 7) & this.mask;
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}

/** A spelling dictionary with Hunspell's .aff/.dic semantics, for checking words and suggesting. */
export class Hunspell {
  private readonly words = new Map<string, string>();
  private filter: StemFilter = new StemFilter(0);
  /** Affixes by the text they add, then grouped by what they strip (one stem lookup per group). */
  private readonly prefixes = new Map<string, AffixGroup[]>();
  private readonly suffixes = new Map<string, AffixGroup[]>();
  /** Suffixes whose continuation allows a second suffix, indexed the same way. */
  private readonly continuing = new Map<string, AffixGroup[]>();
  private maxPrefix = 0;
  private maxSuffix = 0;
  private maxContinuing = 0;
  /** Flags that some suffix lists as a continuation: a second suffix may follow those. */
  private readonly continued = new Set<string>();
  private readonly flagIds = new Map<string, string>();
  /** Flag fields as written in the files → interned, since most repeat. */
  private readonly flagStrings = new Map<string, string>();
  private flagMode: 'short' | 'long' | 'num' | 'utf8' = 'short';
  private needAffix = '';
  private onlyInCompound = '';
  private forbidden = '';
  private keepCase = '';
  private noSuggest = '';
  private circumfix = '';
  /** Flags that make a stem unusable on its own (or change how it is used). */
  private specials = '';
  private iconv: [string, string][] = [];
  /** BREAK: where a word not found may be split and its parts checked (Hunspell's default: hyphens). */
  private breaks: string[] | null = null;
  private readonly rep: [string, string][] = [];
  private readonly related = new Map<string, string>();
  private alphabet = '';
  private readonly maxSuggestions: number;

  constructor(aff: string, dic: string, options: HunspellOptions = {}) {
    this.maxSuggestions = options.maxSuggestions ?? 5;
    this.parseAff(aff);
    this.parseDic(dic);
  }

  /** Number of stems read from the .dic file. */
  get size(): number {
    return this.words.size;
  }

  // ---- reading the files ----

  private flag(raw: string): string {
    let id = this.flagIds.get(raw);
    if (id === undefined) {
      // Private-use code points: never a letter of a word, one UTF-16 unit each.
      id = String.fromCharCode(0xe000 + this.flagIds.size);
      this.flagIds.set(raw, id);
    }
    return id;
  }

  private flags(raw: string | undefined): string {
    if (!raw) return '';
    const known = this.flagStrings.get(raw);
    if (known !== undefined) return known;
    let out = '';
    if (this.flagMode === 'long') {
      for (let i = 0; i < raw.length; i += 2) out += this.flag(raw.slice(i, i + 2));
    } else if (this.flagMode === 'num') {
      for (const n of raw.split(',')) if (n) out += this.flag(n);
    } else {
      for (const ch of raw) out += this.flag(ch);
    }
    this.flagStrings.set(raw, out);
    return out;
  }

  private parseAff(aff: string): void {
    const lines = aff.split(/\r?\n/);
    const mode = /^FLAG\s+(\S+)/m.exec(aff)?.[1];
    if (mode === 'long') this.flagMode = 'long';
    else if (mode === 'num') this.flagMode = 'num';
    else if (mode === 'UTF-8') this.flagMode = 'utf8';
    const headers = new Map<string, boolean>();
    let tryChars = '';
    for (const line of lines) {
      if (line === '' || line.startsWith('#')) continue;
      const parts = line.trim().split(/\s+/);
      const [kind] = parts;
      switch (kind) {
        case 'NEEDAFFIX':
          this.needAffix = this.flags(parts[1]);
          break;
        case 'ONLYINCOMPOUND':
          this.onlyInCompound = this.flags(parts[1]);
          break;
        case 'FORBIDDENWORD':
          this.forbidden = this.flags(parts[1]);
          break;
        case 'KEEPCASE':
          this.keepCase = this.flags(parts[1]);
          break;
        case 'NOSUGGEST':
          this.noSuggest = this.flags(parts[1]);
          break;
        case 'CIRCUMFIX':
          this.circumfix = this.flags(parts[1]);
          break;
        case 'TRY':
          tryChars = parts[1] ?? '';
          break;
        case 'BREAK':
          if (parts.length === 2 && !/^\d+$/.test(parts[1])) (this.breaks ??= []).push(parts[1]);
          else this.breaks ??= [];
          break;
        case 'ICONV':
          if (parts.length === 3) this.iconv.push([parts[1], parts[2]]);
          break;
        case 'REP':
          if (parts.length === 3) this.rep.push([parts[1], parts[2].replace(/_/g, ' ')]);
          break;
        case 'MAP':
          if (parts.length === 2 && !/^\d+$/.test(parts[1])) {
            const group = [...parts[1]].filter((c) => c !== '(' && c !== ')');
            for (const c of group) this.related.set(c, (this.related.get(c) ?? '') + group.join(''));
          }
          break;
        case 'PFX':
        case 'SFX': {
          if (parts.length === 4 && (parts[2] === 'Y' || parts[2] === 'N') && /^\d+$/.test(parts[3])) {
            headers.set(`${kind} ${parts[1]}`, parts[2] === 'Y');
            break;
          }
          if (parts.length < 4) break;
          const prefix = kind === 'PFX';
          const slash = parts[3].indexOf('/');
          const addRaw = slash < 0 ? parts[3] : parts[3].slice(0, slash);
          const affix: Affix = {
            flag: this.flag(parts[1]),
            prefix,
            cross: headers.get(`${kind} ${parts[1]}`) ?? false,
            strip: parts[2] === '0' ? '' : parts[2],
            add: addRaw === '0' ? '' : addRaw,
            cond: parseCondition(parts[4]),
            cont: slash < 0 ? '' : this.flags(parts[3].slice(slash + 1)),
          };
          addToIndex(prefix ? this.prefixes : this.suffixes, affix);
          if (prefix) this.maxPrefix = Math.max(this.maxPrefix, affix.add.length);
          else this.maxSuffix = Math.max(this.maxSuffix, affix.add.length);
          break;
        }
        default:
          break;
      }
    }
    // Compound-only affixes never apply to a word of its own: leave them out of the index.
    for (const index of [this.prefixes, this.suffixes]) {
      for (const [key, groups] of index) {
        for (const g of groups) g.affixes = g.affixes.filter((a) => !this.compoundOnly(a));
        const kept = groups.filter((g) => g.affixes.length > 0);
        if (kept.length) index.set(key, kept);
        else index.delete(key);
      }
    }
    for (const groups of this.suffixes.values()) {
      for (const g of groups) {
        for (const a of g.affixes) {
          if (!a.cont) continue;
          addToIndex(this.continuing, a);
          this.maxContinuing = Math.max(this.maxContinuing, a.add.length);
          for (const f of a.cont) this.continued.add(f);
        }
      }
    }
    for (const groups of this.suffixes.values()) for (const g of groups) g.continued = g.affixes.some((a) => this.continued.has(a.flag));
    this.breaks ??= ['-', '^-', '-$'];
    this.specials = this.needAffix + this.onlyInCompound + this.forbidden;
    // Lower-case letters of TRY (the letters the language uses, most frequent first), then any
    // of a-z the dictionary forgot; keyboard noise some TRY lines carry (|, §, digits) is dropped.
    const letters = [...tryChars].filter((c) => /\p{L}/u.test(c) && c === c.toLowerCase());
    const latin = 'etaoinshrdlcumwfgypbvkjxqz';
    const script = letters.some((c) => c >= 'a' && c <= 'z') || letters.length === 0 ? latin : '';
    this.alphabet = [...new Set([...letters, ...script])].join('');
    if (this.iconv.length === 0) this.iconv = [];
  }

  private parseDic(dic: string): void {
    let start = dic.indexOf('\n') + 1;
    const n = dic.length;
    while (start < n) {
      let end = dic.indexOf('\n', start);
      if (end < 0) end = n;
      let line = dic.slice(start, end);
      start = end + 1;
      if (line.length === 0 || line.charCodeAt(0) === 9 || line.charCodeAt(0) === 35) continue;
      if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
      const tab = line.indexOf('\t');
      if (tab >= 0) line = line.slice(0, tab);
      // The word ends at the first unescaped slash; morphological fields follow a space.
      let slash = line.indexOf('/');
      while (slash > 0 && line.charCodeAt(slash - 1) === 92) {
        line = line.slice(0, slash - 1) + line.slice(slash);
        slash = line.indexOf('/', slash);
      }
      let word: string;
      let raw = '';
      if (slash > 0) {
        word = line.slice(0, slash);
        raw = line.slice(slash + 1);
        const space = raw.indexOf(' ');
        if (space >= 0) raw = raw.slice(0, space);
      } else {
        word = line;
        if (word.includes(' ')) {
          const morph = word.search(/\s+\S+:/);
          if (morph >= 0) word = word.slice(0, morph);
        }
      }
      if (word.charCodeAt(word.length - 1) === 32 || word.charCodeAt(0) === 32) word = word.trim();
      if (!word) continue;
      const flags = this.flags(raw);
      const prev = this.words.get(word);
      this.words.set(word, prev === undefined ? flags : prev + HOMONYM + flags);
    }
    this.filter = new StemFilter(this.words.size);
    for (const word of this.words.keys()) this.filter.add(hashOf(word));
  }

  /** The stem's entry, through the filter first; `hash` is hashOf(stem). */
  private entry(stem: string, hash: number): string | undefined {
    return this.filter.has(hash) ? this.words.get(stem) : undefined;
  }

  // ---- checking ----

  /** Input conversion (ICONV): typographic apostrophes and the like, as the dictionary spells them. */
  private convert(word: string): string {
    for (const [from, to] of this.iconv) if (word.includes(from)) word = word.split(from).join(to);
    return word;
  }

  /** The stem is listed with `flag` on one entry that may take affixes. */
  private stemHas(entry: string, flag: string, other = ''): boolean {
    if (!entry.includes(flag)) return false;
    if (!entry.includes(HOMONYM) && !this.hasSpecial(entry) && (!other || entry.includes(other))) return true;
    for (const h of entry.split(HOMONYM)) {
      if (!h.includes(flag) || (other && !h.includes(other))) continue;
      if ((this.onlyInCompound && h.includes(this.onlyInCompound)) || (this.forbidden && h.includes(this.forbidden))) continue;
      return true;
    }
    return false;
  }

  private hasSpecial(flags: string): boolean {
    for (const f of this.specials) if (flags.includes(f)) return true;
    return false;
  }

  /** An affix that cannot end a word by itself (needs another affix, only in compounds, half a circumfix). */
  private inner(a: Affix): boolean {
    if (!a.cont) return false;
    return (
      (this.needAffix !== '' && a.cont.includes(this.needAffix)) ||
      (this.onlyInCompound !== '' && a.cont.includes(this.onlyInCompound)) ||
      (this.circumfix !== '' && a.cont.includes(this.circumfix))
    );
  }

  private compoundOnly(a: Affix): boolean {
    return this.onlyInCompound !== '' && a.cont.includes(this.onlyInCompound);
  }

  private isCircumfix(a: Affix): boolean {
    return this.circumfix !== '' && a.cont.includes(this.circumfix);
  }

  /** 1: a listed word; -1: listed as forbidden; 0: not listed as a word of its own. */
  private listed(word: string): number {
    const entry = this.entry(word, hashOf(word));
    if (entry === undefined) return 0;
    if (!this.hasSpecial(entry)) return 1;
    let ok = 0;
    for (const h of entry.split(HOMONYM)) {
      if (this.forbidden && h.includes(this.forbidden)) return -1;
      if (!this.hasSpecial(h)) ok = 1;
    }
    return ok;
  }

  /** The word is a stem plus suffix (or two suffixes); with `pfx`, the stem also takes that prefix. */
  private suffixed(word: string, pfx: Affix | null): boolean {
    const n = word.length;
    const max = Math.min(this.maxSuffix, n);
    const ph = prefixHashes(word);
    let inner: Map<string, string> | null = null;
    for (let len = 0; len <= max; len++) {
      const groups = this.suffixes.get(len === 0 ? '' : word.slice(n - len));
      if (!groups) continue;
      const headHash = ph[n - len];
      for (const g of groups) {
        if (n - len + g.strip.length === 0) continue;
        const hash = (Math.imul(headHash, g.stripPower) + g.stripHash) | 0;
        // Two suffixes: the stem here is itself a derived form, so it need not be listed.
        const two = pfx === null && g.continued;
        const maybe = this.filter.has(hash);
        if (!maybe && !two) continue;
        const stem = word.slice(0, n - len) + g.strip;
        const entry = maybe ? this.words.get(stem) : undefined;
        if (entry === undefined && !two) continue;
        for (const a of g.affixes) {
          if (a.cond && !condAtEnd(a.cond, stem)) continue;
          if (entry !== undefined) {
            if (pfx === null) {
              if (!this.inner(a) && this.stemHas(entry, a.flag)) return true;
            } else if (this.isCircumfix(a) === this.isCircumfix(pfx)) {
              if (a.cross && pfx.cross && this.stemHas(entry, a.flag, pfx.flag)) return true;
              if (a.cont.includes(pfx.flag) && this.stemHas(entry, a.flag)) return true;
              if (pfx.cont.includes(a.flag) && this.stemHas(entry, pfx.flag)) return true;
            }
          }
          if (two && this.continued.has(a.flag)) {
            inner ??= new Map();
            let conts = inner.get(stem);
            if (conts === undefined) {
              conts = this.innerContinuations(stem);
              inner.set(stem, conts);
            }
            if (conts.includes(a.flag)) return true;
          }
        }
      }
    }
    return false;
  }

  /** Continuation flags of every suffixed reading of `word` (a stem plus one suffix that allows more). */
  private innerContinuations(word: string): string {
    let out = '';
    const n = word.length;
    const max = Math.min(this.maxContinuing, n);
    let ph: Int32Array | null = null;
    for (let len = 0; len <= max; len++) {
      const groups = this.continuing.get(len === 0 ? '' : word.slice(n - len));
      if (!groups) continue;
      ph ??= prefixHashes(word);
      const headHash = ph[n - len];
      for (const g of groups) {
        if (n - len + g.strip.length === 0) continue;
        if (!this.filter.has((Math.imul(headHash, g.stripPower) + g.stripHash) | 0)) continue;
        const stem = word.slice(0, n - len) + g.strip;
        const entry = this.words.get(stem);
        if (entry === undefined) continue;
        for (const a of g.affixes) {
          if (a.cond && !condAtEnd(a.cond, stem)) continue;
          if (this.stemHas(entry, a.flag)) out += a.cont;
        }
      }
    }
    return out;
  }

  private prefixed(word: string): boolean {
    const n = word.length;
    const max = Math.min(this.maxPrefix, n);
    for (let len = 0; len <= max; len++) {
      const groups = this.prefixes.get(word.slice(0, len));
      if (!groups) continue;
      const tail = word.slice(len);
      // hash(strip + tail) = hash(strip) * BASE^|tail| + hash(tail)
      const tailHash = hashOf(tail);
      const power = powerOf(tail.length);
      for (const g of groups) {
        const stem = g.strip ? g.strip + tail : tail;
        if (stem.length === 0) continue;
        const entry = this.entry(stem, (Math.imul(g.stripHash, power) + tailHash) | 0);
        for (const a of g.affixes) {
          if (a.cond && !condAtStart(a.cond, stem)) continue;
          if (entry !== undefined && !this.inner(a) && this.stemHas(entry, a.flag)) return true;
          if (this.suffixed(stem, a)) return true;
        }
      }
    }
    return false;
  }

  /** 1 correct as written, -1 forbidden, 0 unknown. */
  private check(word: string): number {
    const l = this.listed(word);
    if (l !== 0) return l;
    return this.suffixed(word, null) || this.prefixed(word) ? 1 : 0;
  }

  private keepsCase(word: string): boolean {
    if (!this.keepCase) return false;
    const entry = this.entry(word, hashOf(word));
    return entry !== undefined && entry.includes(this.keepCase);
  }

  /**
   * Whether the dictionary accepts the word, as Hunspell does: as written; an all-capitals word
   * also capitalised or in lower case; a capitalised word also in lower case (sentence starts);
   * else split at a BREAK string (a hyphen), each part on its own.
   */
  correct(input: string): boolean {
    const word = this.iconv.length ? this.convert(input) : input;
    if (!word) return false;
    if (this.correctWord(word) || this.broken(word, 0)) return true;
    // A typographic apostrophe is the same letter to a reader: try the one the dictionary uses.
    return word.includes('’') && this.correct(word.replace(/’/g, "'"));
  }

  /** BREAK: a word not found is right when its parts around a break string are ("pro-Iran"). */
  private broken(word: string, depth: number): boolean {
    if (!this.breaks || depth > 4) return false;
    for (const b of this.breaks) {
      if (b.startsWith('^')) {
        const x = b.slice(1);
        if (x && word.startsWith(x) && word.length > x.length && this.correctPart(word.slice(x.length), depth)) return true;
      } else if (b.endsWith('$')) {
        const x = b.slice(0, -1);
        if (x && word.endsWith(x) && word.length > x.length && this.correctPart(word.slice(0, -x.length), depth)) return true;
      } else {
        const at = word.indexOf(b);
        if (at > 0 && at + b.length < word.length) {
          if (this.correctPart(word.slice(0, at), depth) && this.correctPart(word.slice(at + b.length), depth)) return true;
        }
      }
    }
    return false;
  }

  private correctPart(part: string, depth: number): boolean {
    return this.correctWord(part) || this.broken(part, depth + 1);
  }

  private correctWord(word: string): boolean {
    const r = this.check(word);
    if (r !== 0) return r > 0;
    const lower = word.toLowerCase();
    if (lower === word) return false;
    const first = word.charAt(0);
    if (!isUpper(first)) return false;
    const rest = word.slice(1);
    if (rest === rest.toUpperCase() && rest !== rest.toLowerCase()) {
      // ALL CAPS: Capitalised, then lower case.
      const cap = first + rest.toLowerCase();
      const c = this.check(cap);
      if (c !== 0) return c > 0 && !this.keepsCase(cap);
    } else if (rest !== rest.toLowerCase()) {
      return false; // mixed case (McDonald, iPhone) only as listed
    }
    const c = this.check(lower);
    return c > 0 && !this.keepsCase(lower);
  }

  // ---- suggesting ----

  private suggestible(word: string): boolean {
    if (!this.correct(word)) return false;
    if (!this.noSuggest) return true;
    const entry = this.entry(word, hashOf(word)) ?? this.entry(word.toLowerCase(), hashOf(word.toLowerCase()));
    return entry === undefined || !entry.includes(this.noSuggest);
  }

  /** Words one edit away, each with a cost: REP table, swaps, doubled letters, accents, then the rest. */
  private edits1(word: string, emit: (w: string, cost: number) => void): void {
    const n = word.length;
    for (const [from, to] of this.rep) {
      let at = word.indexOf(from);
      while (at >= 0) {
        emit(word.slice(0, at) + to + word.slice(at + from.length), 1);
        at = word.indexOf(from, at + 1);
      }
    }
    for (let i = 0; i + 1 < n; i++) {
      if (word[i] !== word[i + 1]) emit(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), 2);
    }
    // Letters swapped or moved across one or two others ("vyre" → "very", "yersa" → "years").
    for (let i = 0; i < n; i++) {
      for (let k = 2; k <= 3 && i + k < n; k++) {
        const a = word[i];
        const b = word[i + k];
        if (a !== b) emit(word.slice(0, i) + b + word.slice(i + 1, i + k) + a + word.slice(i + k + 1), 3);
        emit(word.slice(0, i) + word.slice(i + 1, i + k + 1) + a + word.slice(i + k + 1), 3);
        emit(word.slice(0, i) + b + word.slice(i, i + k) + word.slice(i + k + 1), 3);
      }
    }
    for (let i = 0; i < n; i++) {
      const ch = word[i];
      // Drop a letter: a doubled one first.
      emit(word.slice(0, i) + word.slice(i + 1), i > 0 && word[i - 1] === ch ? 3 : 4);
      // Double a letter.
      emit(word.slice(0, i + 1) + ch + word.slice(i + 1), 3);
      const lowerCh = ch.toLowerCase();
      const upper = lowerCh !== ch;
      const related = this.related.get(lowerCh) ?? '';
      for (const c of this.alphabet) {
        if (c === lowerCh) continue;
        const sub = upper ? c.toUpperCase() : c;
        emit(word.slice(0, i) + sub + word.slice(i + 1), related.includes(c) ? 2.5 : 4);
      }
    }
    for (let i = 0; i <= n; i++) {
      for (const c of this.alphabet) {
        const ins = i === 0 && n > 0 && isUpper(word[0]) ? c.toUpperCase() : c;
        emit(word.slice(0, i) + ins + word.slice(i), 4);
      }
    }
  }

  /** The first of two edits: a letter dropped, doubled or swapped, a vowel changed or added. */
  private cheapEdits(word: string, emit: (w: string) => void): void {
    const n = word.length;
    for (let i = 0; i < n; i++) {
      const ch = word[i];
      emit(word.slice(0, i) + word.slice(i + 1));
      emit(word.slice(0, i + 1) + ch + word.slice(i + 1));
      if (i + 1 < n && word[i] !== word[i + 1]) emit(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      if (VOWELS.includes(ch)) {
        for (const v of 'aeiouy') if (v !== ch && this.alphabet.includes(v)) emit(word.slice(0, i) + v + word.slice(i + 1));
      }
    }
    for (let i = 0; i <= n; i++) for (const v of 'aeiou') if (this.alphabet.includes(v)) emit(word.slice(0, i) + v + word.slice(i));
  }

  /** The second of two edits: a letter dropped, doubled or swapped with the next. */
  private lightEdits(word: string, emit: (w: string) => void): void {
    const n = word.length;
    for (let i = 0; i < n; i++) {
      emit(word.slice(0, i) + word.slice(i + 1));
      emit(word.slice(0, i + 1) + word[i] + word.slice(i + 1));
      if (i + 1 < n && word[i] !== word[i + 1]) emit(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
  }

  /**
   * Dictionary words close to `input`, closest first: one edit, or (maxDistance 2, when one edit
   * finds nothing) two cheap edits. A word that is correct gets none.
   */
  suggest(input: string, options: SuggestOptions = {}): string[] {
    const word = this.iconv.length ? this.convert(input) : input;
    if (!word || this.correct(word)) return [];
    const found = new Map<string, Candidate>();
    const seen = new Set<string>();
    const consider = (w: string, cost: number) => {
      if (w === word || w.length === 0) return;
      const prev = found.get(w);
      if (prev) {
        if (cost < prev.cost) prev.cost = cost;
        return;
      }
      if (seen.has(w)) return;
      seen.add(w);
      if (w.includes(' ')) {
        const parts = w.split(' ');
        if (parts.every((p) => p.length > 0 && this.suggestible(p))) found.set(w, { word: w, cost: cost + 0.5 });
        return;
      }
      if (this.suggestible(w)) found.set(w, { word: w, cost });
    };
    this.edits1(word, consider);
    // Two words run together ("pushedand").
    for (let i = 2; i <= word.length - 2; i++) consider(`${word.slice(0, i)} ${word.slice(i)}`, 5);
    // Two edits only for a lower-case word: a capitalised one that is not one edit from a word
    // is more likely a name, and the search costs milliseconds.
    const lowerCase = word === word.toLowerCase();
    if (found.size === 0 && (options.maxDistance ?? 2) >= 2 && lowerCase && word.length >= 4 && word.length <= 16) {
      const firsts = new Set<string>();
      this.cheapEdits(word, (w) => firsts.add(w));
      for (const f of firsts) {
        if (f === word) continue;
        this.lightEdits(f, (w) => consider(w, 10));
      }
    }
    const list = [...found.values()];
    // Keep the first letter where possible; then by cost; Map order (generation order) breaks ties.
    const lowerFirst = word.charAt(0).toLowerCase();
    const rank = (c: Candidate) => c.cost + (c.word.charAt(0).toLowerCase() === lowerFirst ? 0 : 0.75);
    list.sort((a, b) => rank(a) - rank(b));
    const curly = input.includes('’');
    return list.slice(0, this.maxSuggestions).map((c) => {
      const w = isUpper(word.charAt(0)) && !isUpper(c.word.charAt(0)) ? capitalise(c.word) : c.word;
      // In the writer's apostrophes, not the dictionary's.
      return curly ? w.replace(/'/g, '’') : w;
    });
  }
}
