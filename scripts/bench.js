#!/usr/bin/env node
'use strict';
// Speed benchmark over the compiled engine and CLI (dist/; `npm run bench` builds first):
//  (a) one document: the drone-attack sample repeated to ~150,000 source words, decoded from disk,
//      segmented, aligned and checked: median of 5 runs after a warm-up;
//  (b) --pairs: every `mt` and every `perturbed` line of ../shared/bench/demetr-dev/*.tsv with its
//      source, in-process (runPairs) and end to end (`node bin/verso.js check --pairs ...`);
//  (c) peak memory (maxRSS) of both.
// The benchmark data is read where it lies and never copied into the repository.
// Times are wall clock and, beside them, this process's CPU time (process.cpuUsage: user + system,
// garbage-collector threads included): on a shared machine the wall clock counts other people's
// work too, the CPU time much less so.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { Writable } = require('stream');
const { performance } = require('perf_hooks');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist', 'src');
const bench = process.env.VERSO_BENCH_DIR || path.join(root, '..', 'shared', 'bench');
const { checkTexts } = require(path.join(dist, 'core', 'index.js'));
const { buildDocument } = require(path.join(dist, 'core', 'document.js'));
const { checkDocument } = require(path.join(dist, 'core', 'index.js'));
const { readDocument } = require(path.join(dist, 'cli', 'read-input.js'));
const { runPairs } = require(path.join(dist, 'cli', 'pairs.js'));
const { Output } = require(path.join(dist, 'cli', 'output.js'));

const TARGET_WORDS = 150000;
const RUNS = 5;
const LANGS = { german: 'de', spanish: 'es', italian: 'it', polish: 'pl', czech: 'cs', russian: 'ru' };

const words = (s) => (s.match(/\S+/g) || []).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = (kb) => `${(kb / 1024).toFixed(0)} MiB`;
const num = (n) => Math.round(n).toLocaleString('en-US');
const ms = (t) => `${t.toFixed(0)} ms`;
/** CPU time of this process so far, in milliseconds. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}

/** (a) One large document. */
async function documentBench(tmp) {
  const sample = path.join(root, 'assets', 'samples', 'drone-attack');
  const fr = fs.readFileSync(path.join(sample, 'fr.source.txt'), 'utf8').trim();
  const en = fs.readFileSync(path.join(sample, 'en.mt.txt'), 'utf8').trim();
  const times = Math.ceil(TARGET_WORDS / words(fr));
  const source = Array(times).fill(fr).join('\n\n') + '\n';
  const target = Array(times).fill(en).join('\n\n') + '\n';
  const srcFile = path.join(tmp, 'big.fr.txt');
  const tgtFile = path.join(tmp, 'big.en.txt');
  fs.writeFileSync(srcFile, source);
  fs.writeFileSync(tgtFile, target);

  const once = async () => {
    const c0 = cpu();
    const t0 = performance.now();
    const [s, t] = await Promise.all([readDocument(srcFile), readDocument(tgtFile)]);
    const t1 = performance.now();
    const c1 = cpu();
    const doc = buildDocument(s.text, t.text, 'fr', 'en');
    const t2 = performance.now();
    const c2 = cpu();
    const issues = checkDocument(doc);
    const t3 = performance.now();
    const c3 = cpu();
    return {
      load: t1 - t0, build: t2 - t1, check: t3 - t2, total: t3 - t0,
      cpuLoad: c1 - c0, cpuBuild: c2 - c1, cpuCheck: c3 - c2, cpuTotal: c3 - c0,
      segments: doc.segments.length, issues: issues.length,
    };
  };
  await once(); // warm-up
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  // The facade in one call, as the CLI uses it, to make sure the split above adds up.
  const f0 = performance.now();
  checkTexts(source, target, 'fr', 'en');
  const facade = performance.now() - f0;
  return {
    copies: times,
    sourceWords: words(source),
    targetWords: words(target),
    load: median(runs.map((r) => r.load)),
    build: median(runs.map((r) => r.build)),
    check: median(runs.map((r) => r.check)),
    total: median(runs.map((r) => r.total)),
    cpuLoad: median(runs.map((r) => r.cpuLoad)),
    cpuBuild: median(runs.map((r) => r.cpuBuild)),
    cpuCheck: median(runs.map((r) => r.cpuCheck)),
    cpuTotal: median(runs.map((r) => r.cpuTotal)),
    facade,
    segments: runs[0].segments,
    issues: runs[0].issues,
  };
}

/** The DEMETR pairs: one TSV per source language (the CLI takes one --from per run). */
function demetrFiles(tmp) {
  const dir = path.join(bench, 'demetr-dev');
  const byLang = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean);
    const header = lines[0].split('\t');
    const col = (name) => header.indexOf(name);
    for (const line of lines.slice(1)) {
      const cells = line.split('\t');
      const from = LANGS[cells[col('lang')]];
      if (!from) continue;
      const clean = (s) => (s || '').replace(/[\t\r\n]+/g, ' ');
      const src = clean(cells[col('source')]);
      (byLang[from] ??= []).push(`${src}\t${clean(cells[col('mt')])}`, `${src}\t${clean(cells[col('perturbed')])}`);
    }
  }
  return Object.entries(byLang).map(([from, rows]) => {
    const file = path.join(tmp, `demetr-${from}.tsv`);
    fs.writeFileSync(file, rows.join('\n') + '\n');
    return { from, file, pairs: rows.length, bytes: fs.statSync(file).size };
  });
}

const devNull = () => new Writable({ write: (_c, _e, done) => done() });

async function pairsInProcess(files) {
  const once = async () => {
    const t0 = performance.now();
    let pairs = 0;
    for (const f of files) {
      const s = await runPairs({
        file: f.file, from: f.from, to: 'en', format: 'jsonl', engine: {},
        out: new Output(devNull()), note: () => undefined, detect: () => null,
      });
      pairs += s.pairs;
    }
    return { time: performance.now() - t0, pairs };
  };
  await once(); // warm-up
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await once());
  return { time: median(runs.map((r) => r.time)), pairs: runs[0].pairs };
}

function pairsEndToEnd(files, tmp) {
  const preload = path.join(tmp, 'maxrss.js');
  const rssFile = path.join(tmp, 'maxrss.txt');
  fs.writeFileSync(preload, `process.on('exit', () => require('fs').appendFileSync(${JSON.stringify(rssFile)}, process.resourceUsage().maxRSS + '\\n'));\n`);
  fs.rmSync(rssFile, { force: true });
  const nul = fs.openSync(os.devNull, 'w');
  const t0 = performance.now();
  for (const f of files) {
    const r = spawnSync(process.execPath, ['-r', preload, path.join(root, 'bin', 'verso.js'), 'check', '--pairs', f.file,
      '--from', f.from, '--to', 'en', '--format', 'jsonl', '--fail-on', 'none'], { stdio: ['ignore', nul, 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`verso check --pairs ${f.file} failed (${r.status}): ${r.stderr}`);
  }
  const time = performance.now() - t0;
  fs.closeSync(nul);
  const rss = fs.readFileSync(rssFile, 'utf8').split('\n').filter(Boolean).map(Number);
  return { time, maxRSS: Math.max(...rss) };
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-bench-'));
  try {
    console.log(`verso speed benchmark — node ${process.version}, ${os.cpus()[0].model.trim()}, one thread\n`);
    const d = await documentBench(tmp);
    const rssAfterDoc = process.resourceUsage().maxRSS;
    console.log(`(a) one document: drone-attack sample × ${d.copies} = ${num(d.sourceWords)} source words + ${num(d.targetWords)} target words,`);
    console.log(`    ${num(d.segments)} segments, ${num(d.issues)} issues; median of ${RUNS} runs after a warm-up\n`);
    table([
      ['step', 'time', 'CPU time', 'source words/s'],
      ['load (read + decode both files)', ms(d.load), ms(d.cpuLoad), num(d.sourceWords / (d.load / 1000))],
      ['segment + align', ms(d.build), ms(d.cpuBuild), num(d.sourceWords / (d.build / 1000))],
      ['check', ms(d.check), ms(d.cpuCheck), num(d.sourceWords / (d.check / 1000))],
      ['total', ms(d.total), ms(d.cpuTotal), num(d.sourceWords / (d.total / 1000))],
      ['(checkTexts in one call, 1 run)', ms(d.facade), '', num(d.sourceWords / (d.facade / 1000))],
    ]);
    console.log(`    target ≤ 1000 ms for 150,000 words: ${d.total <= 1000 ? 'met' : 'NOT met'} (wall clock), ${d.cpuTotal <= 1000 ? 'met' : 'NOT met'} (CPU time)\n`);

    if (!fs.existsSync(path.join(bench, 'demetr-dev'))) {
      console.log(`(b) skipped: no ${path.join(bench, 'demetr-dev')}`);
    } else {
      const files = demetrFiles(tmp);
      const pairs = files.reduce((a, f) => a + f.pairs, 0);
      const bytes = files.reduce((a, f) => a + f.bytes, 0);
      const inproc = await pairsInProcess(files);
      const e2e = pairsEndToEnd(files, tmp);
      console.log(`(b) --pairs: every mt and perturbed line of demetr-dev with its source: ${num(pairs)} pairs,`);
      console.log(`    ${(bytes / 1048576).toFixed(1)} MiB in ${files.length} TSVs (one per source language), jsonl to /dev/null\n`);
      table([
        ['mode', 'time', 'pairs/s'],
        ['in-process runPairs (median of 3)', ms(inproc.time), num(pairs / (inproc.time / 1000))],
        [`node bin/verso.js, ${files.length} runs end to end`, ms(e2e.time), num(pairs / (e2e.time / 1000))],
      ]);
      console.log('');
      console.log('(c) peak memory (maxRSS)\n');
      table([
        ['process', 'maxRSS'],
        ['this process after (a)', mib(rssAfterDoc)],
        ['this process after (a) + (b)', mib(process.resourceUsage().maxRSS)],
        ['largest verso --pairs child', mib(e2e.maxRSS)],
      ]);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exitCode = 1;
});
