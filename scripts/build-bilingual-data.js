#!/usr/bin/env node
// Generates the bilingual word lists the real-word check reads (src/core/text/bilingual/<xx>-en.ts):
// for English words, the words of another language that translate to them. Only the English words
// the check can use are kept: the words of its English model (a word one letter longer than a
// word written) and the words one letter shorter than them (the word written). Words the model
// lacks were tried as longer words too ("cocoa" for "coca") and dropped: they brought spelling
// variants ("leukaemia") and derivations ("monarchy") the model's frequencies would have kept out.
//
// Sources: the FreeDict dictionaries packaged by Debian (dictd format), none a dependency of the
// project. Fetch and unpack them in one folder, then pass its usr/share/dictd:
//   mkdir -p /tmp/fd && cd /tmp/fd && apt-get download dict-freedict-deu-eng dict-freedict-eng-deu \
//     dict-freedict-pol-eng dict-freedict-eng-pol dict-freedict-ces-eng dict-freedict-eng-ces \
//     dict-freedict-spa-eng dict-freedict-eng-spa dict-freedict-ita-eng dict-freedict-eng-ita \
//     dict-freedict-eng-rus dict-freedict-fra-eng dict-freedict-eng-fra && for f in *.deb; do dpkg -x $f x; done
//   node scripts/build-bilingual-data.js /tmp/fd/x/usr/share/dictd
// Spanish and Italian have small FreeDict lists; Apertium's bilingual dictionaries add to them,
// read with lttoolbox's lt-proc (Debian lttoolbox): every word of the language's Hunspell
// dictionary (dictionary-es, dictionary-it) is looked up as a noun, verb, adjective and adverb,
// Spanish in English-Spanish (apertium-eng-spa), Italian through Catalan (apertium-cat-ita, then
// apertium-eng-cat; all GPL-3+). Pass the folder the unpacked packages share in APERTIUM:
//   cd /tmp/fd && apt-get download apertium-eng-spa apertium-cat-ita apertium-eng-cat && for f in apertium-*.deb; do dpkg -x $f x; done
//   APERTIUM=/tmp/fd/x/usr/share/apertium node scripts/build-bilingual-data.js ...
// The build is deterministic. Each generated file names its dictionaries and their licences.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const dictd = process.argv[2];
const outDir = process.env.BILINGUAL_OUT || path.join(root, 'src', 'core', 'text', 'bilingual');

/** Per language: its dictionaries, and whether each is to English (headword in the language). */
const LANGUAGES = {
  de: [['deu-eng', true]], // eng-deu is the same Ding data the other way round
  fr: [['fra-eng', true], ['eng-fra', false]],
  es: [['spa-eng', true], ['eng-spa', false]],
  it: [['ita-eng', true], ['eng-ita', false]],
  pl: [['pol-eng', true], ['eng-pol', false]],
  cs: [['ces-eng', true], ['eng-ces', false]],
  ru: [['eng-rus', false]],
};
/**
 * Languages whose own list to English is small, read through a larger list into German too:
 * Russian → German (FreeDict+WikDict deu-rus) → English (deu-eng).
 */
const THROUGH_GERMAN = { ru: 'deu-rus' };
const THROUGH_GERMAN_SENSES = 4;
/** Source words longer than this are compounds the check never meets inflected: left out. */
const MAX_SOURCE = 14;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s) => [...s].reduce((v, ch) => v * 64 + B64.indexOf(ch), 0);
const WORD = /^\p{L}+(?:[-']\p{L}+)*$/u;

const unpacked = new Map();

/** A dictd dictionary's text (dictzip is gzip), unpacked once: its licence and entries both read it. */
function dictData(name) {
  let data = unpacked.get(name);
  if (!data) unpacked.set(name, (data = zlib.gunzipSync(fs.readFileSync(path.join(dictd, `freedict-${name}.dict.dz`)))));
  return data;
}

/** Entries of a dictd dictionary: [headword line's word, body lines after it]. */
function* entries(name) {
  const data = dictData(name);
  for (const line of fs.readFileSync(path.join(dictd, `freedict-${name}.index`), 'utf8').split('\n')) {
    const p = line.split('\t');
    if (p.length < 3 || p[0].startsWith('00')) continue;
    const body = data.subarray(b64(p[1]), b64(p[1]) + b64(p[2])).toString('utf8');
    const lines = body.split('\n').filter((l) => l.trim());
    if (!lines.length) continue;
    const head = lines[0].replace(/\s*\/[^/]*\/.*$/, '').replace(/<[^>]*>/g, '').trim();
    yield [head, lines.slice(1)];
  }
}

/** The single-word translations on a body line, without notes, labels and articles. */
function translations(line) {
  const t = line.trim();
  if (/^(Note|Synonym|See also|Antonym)/i.test(t)) return [];
  const clean = t
    .replace(/^\d+\.\s*/, '')
    .replace(/^=.*?→/, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split('Note:')[0];
  const out = [];
  for (let part of clean.split(/[;,/]/)) {
    part = part.trim().replace(/^"|"$/g, '').trim().replace(/^(to|a|an|the)\s+/, '');
    if (part && WORD.test(part)) out.push(part.toLowerCase());
  }
  return out;
}

/** The English model's words (src/core/text/real-word/en-data.ts), read through its own module. */
function modelWords() {
  const tmp = path.join(os.tmpdir(), `verso-en-data-${process.pid}.js`);
  esbuild.buildSync({ entryPoints: [path.join(root, 'src/core/text/real-word/en-data.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: tmp, logLevel: 'warning' });
  const data = require(tmp);
  fs.unlinkSync(tmp);
  const words = new Set();
  for (const line of data.CLASSES) for (const e of line.split(' ')) if (e) words.add(e.replace(/^\+/, '').split(':')[0]);
  return words;
}

function licence(name) {
  const data = dictData(name).toString('utf8', 0, 6000);
  const title = (data.split('\n').find((l, i) => i > 0 && l.trim() && !l.startsWith('00')) || name).trim();
  const m = /(GNU (?:Affero )?General Public License[^.]*?(?:version|ver\.)\s*[\d.]+(?: and any later version| or later)?|Creative Commons [A-Za-z-]+ [\d.]+(?: Unported)?)/i.exec(data.replace(/\s+/g, ' '));
  return `${title} (freedict-${name}, ${m ? m[1] : 'licence: see the dictionary'})`;
}

/** The lower-case words of a Hunspell dictionary package, sorted. */
function hunspellWords(pkg, letters) {
  const lines = fs.readFileSync(path.join(root, 'node_modules', pkg, 'index.dic'), 'utf8').split('\n').slice(1);
  return [...new Set(lines.map((l) => l.split('/')[0]))].filter((w) => letters.test(w)).sort();
}

/** Looks every `^word<tags>$` up in a bilingual transducer: [word, tags, translation lemma, its tags]. */
function lookUp(bin, queries) {
  const out = execFileSync('lt-proc', ['-b', bin], { input: queries.join('\n'), maxBuffer: 1 << 28 }).toString('utf8');
  const found = [];
  for (const m of out.matchAll(/\^([^<$/]+)((?:<[^>]+>)*)((?:\/[^$]*)?)\$/g)) {
    for (const t of m[3].split('/').slice(1)) {
      if (t.startsWith('@')) continue;
      const lemma = t.replace(/<.*$/, '');
      found.push([m[1], m[2], lemma, t.slice(lemma.length)]);
    }
  }
  return found;
}

const TAGS = ['<n><m>', '<n><f>', '<n><mf>', '<vblex>', '<adj>', '<adv>'];

/** Source lemma → English lemma pairs from Apertium, for Spanish and Italian; none without APERTIUM. */
function apertium(lang) {
  const dir = process.env.APERTIUM;
  if (!dir || (lang !== 'es' && lang !== 'it')) return { pairs: [], sources: [] };
  const ask = (words) => words.flatMap((w) => TAGS.map((t) => `^${w}${t}$`));
  const english = (rows) => rows.map(([s, , e]) => [s, e.toLowerCase()]).filter(([, e]) => WORD.test(e));
  if (lang === 'es') {
    const rows = lookUp(path.join(dir, 'apertium-eng-spa', 'spa-eng.autobil.bin'), ask(hunspellWords('dictionary-es', /^[a-záéíóúüñ]+$/)));
    return { pairs: english(rows), sources: ['Apertium English-Spanish bilingual dictionary (apertium-eng-spa 0.8.1, GNU General Public License, version 3 or later)'] };
  }
  // Italian → Catalan → English: each Catalan lemma asked with the tags it came with.
  const toCatalan = lookUp(path.join(dir, 'apertium-cat-ita', 'ita-cat.autobil.bin'), ask(hunspellWords('dictionary-it', /^[a-zàèéìíòóùú]+$/)));
  const catalan = [...new Set(toCatalan.map(([, , c, t]) => `^${c}${t}$`))].sort();
  const toEnglish = new Map();
  for (const [c, t, e] of lookUp(path.join(dir, 'apertium-eng-cat', 'cat-eng.autobil.bin'), catalan)) {
    const key = c + t;
    if (!toEnglish.has(key)) toEnglish.set(key, []);
    toEnglish.get(key).push(e);
  }
  const pairs = [];
  for (const [i, , c, t] of toCatalan) for (const e of toEnglish.get(c + t) ?? []) pairs.push([i, e.toLowerCase()]);
  return {
    pairs: pairs.filter(([, e]) => WORD.test(e)),
    sources: ['Apertium Catalan-Italian and English-Catalan bilingual dictionaries, chained (apertium-cat-ita 0.2.2, apertium-eng-cat 1.0.1, GNU General Public License, version 3 or later)'],
  };
}

/** Pairs of a language's word and English, through a German list of that language: [word, English]. */
function throughGerman(name, germanEnglish) {
  const pairs = [];
  for (const [head, body] of entries(name)) {
    const english = germanEnglish.get(head.toLowerCase());
    if (!english) continue;
    for (const s of body.flatMap(translations)) for (const e of english) pairs.push([s, e]);
  }
  return pairs;
}

function main() {
  if (!dictd) throw new Error('usage: node scripts/build-bilingual-data.js <folder with freedict-*.index and .dict.dz>');
  const model = modelWords();
  // The English words worth keeping: the model's, and every word one letter shorter.
  const english = new Set(model);
  for (const w of model) for (let i = 0; i < w.length; i++) english.add(w.slice(0, i) + w.slice(i + 1));
  fs.mkdirSync(outDir, { recursive: true });
  // German headword → its first English words (the main senses come first), for the languages
  // read through German: every sense of a German word would widen the net twice.
  const germanEnglish = new Map();
  for (const [head, body] of entries('deu-eng')) {
    if (!WORD.test(head)) continue;
    const key = head.toLowerCase();
    if (!germanEnglish.has(key)) germanEnglish.set(key, new Set());
    const set = germanEnglish.get(key);
    for (const e of body.flatMap(translations)) if (set.size < THROUGH_GERMAN_SENSES) set.add(e);
  }
  for (const [lang, dicts] of Object.entries(LANGUAGES)) {
    const byEnglish = new Map();
    const sources = [];
    const add = (s, e) => {
      if (!english.has(e) || s.length > MAX_SOURCE || !WORD.test(s)) return;
      let set = byEnglish.get(e);
      if (!set) byEnglish.set(e, (set = new Set()));
      set.add(s);
    };
    const extra = apertium(lang);
    sources.push(...extra.sources);
    for (const [s, e] of extra.pairs) add(s, e);
    if (THROUGH_GERMAN[lang]) {
      sources.push(`${licence(THROUGH_GERMAN[lang])}, read through freedict-deu-eng`);
      for (const [s, e] of throughGerman(THROUGH_GERMAN[lang], germanEnglish)) add(s, e);
    }
    for (const [name, toEnglish] of dicts) {
      if (!fs.existsSync(path.join(dictd, `freedict-${name}.index`))) throw new Error(`missing freedict-${name} in ${dictd}`);
      sources.push(licence(name));
      for (const [head, body] of entries(name)) {
        if (!WORD.test(head)) continue;
        const words = body.flatMap(translations);
        const pairs = toEnglish ? words.map((e) => [head.toLowerCase(), e]) : words.map((s) => [s, head.toLowerCase()]);
        for (const [s, e] of pairs) add(s, e);
      }
    }
    const lines = [...byEnglish].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([e, s]) => `${e}\t${[...s].sort().join(' ')}`);
    const file = path.join(outDir, `${lang}-en.ts`);
    fs.writeFileSync(
      file,
      [
        '// Generated by scripts/build-bilingual-data.js: do not edit by hand.',
        `// English words and the ${lang} words that translate to them, from:`,
        ...sources.map((s) => `//   ${s}`),
        '// Only the English words of the real-word model and the words one letter shorter than them are kept.',
        '// A line: the English word, a tab, its source words separated by spaces.',
        `export const LINES = ${JSON.stringify(lines.join('\n'))};`,
        '',
      ].join('\n'),
    );
    console.log(`${path.relative(root, file)}: ${lines.length} English words, ${(fs.statSync(file).size / 1024).toFixed(0)} KiB`);
  }
}

main();
