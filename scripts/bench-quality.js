#!/usr/bin/env node
'use strict';
// Quality benchmark: runs `verso check --pairs` over the shared DEMETR and MQM data and prints
// recall per perturbation kind and false alarms. `--write` also writes docs/quality.md beside
// the peer's figures read from ../shared/bench/peers.md (the data itself is never copied in).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const bench = process.env.VERSO_BENCH_DIR || path.join(root, '..', 'shared', 'bench');
const LANGS = { german: 'de', spanish: 'es', italian: 'it', polish: 'pl', czech: 'cs', russian: 'ru' };
const WEIGHT = { critical: 10, major: 5, minor: 1, neutral: 0 };
const MECHANICAL = [
  'numbers_replaced', 'codemix', 'repeat2', 'repeat4', 'final_punc_removed', 'punc_addition', 'tokenized',
  'full_lower', 'first_lower', 'empty', 'misspelled', 'char_removed', 'ne_replaced', 'ne_removed',
];

function readTsv(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
  const header = lines[0].split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

const clean = (s) => s.replace(/[\t\r\n]+/g, ' ');

/** Runs the CLI in pairs mode over [source, target] rows; returns one issue list per row. */
function checkPairs(rows, from, to, tmp, name) {
  const input = path.join(tmp, `${name}.tsv`);
  fs.writeFileSync(input, rows.map(([s, t]) => `${clean(s)}\t${clean(t)}`).join('\n') + '\n');
  const out = spawnSync(process.execPath, [path.join(root, 'bin', 'verso.js'), 'check', '--pairs', input,
    '--from', from, '--to', to, '--format', 'jsonl', '--fail-on', 'none'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`verso check failed on ${name}: ${out.stderr}`);
  const results = out.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  if (results.length !== rows.length) throw new Error(`${name}: ${results.length} results for ${rows.length} rows`);
  return results.map((r) => r.issues);
}

const weight = (issues) => issues.reduce((a, i) => a + WEIGHT[i.severity], 0);
const pct = (n, d) => (d ? (100 * n) / d : 0);
const fmt = (x) => `${x.toFixed(1)}%`;

function demetr(tmp) {
  const dir = path.join(bench, 'demetr-dev');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
  const byLang = {};
  const items = [];
  for (const file of files) {
    const kind = file.replace(/\.tsv$/, '');
    for (const row of readTsv(path.join(dir, file))) {
      const from = LANGS[row.lang];
      if (!from) continue;
      const q = (byLang[from] ??= []);
      const item = { kind, from, ref: kind === 'base_id35_reference' };
      item.mt = q.push([row.source, row.mt]) - 1;
      item.perturbed = q.push([row.source, row.perturbed]) - 1;
      item.reference = q.push([row.source, row.reference]) - 1;
      items.push(item);
    }
  }
  const results = {};
  for (const [from, rows] of Object.entries(byLang)) results[from] = checkPairs(rows, from, 'en', tmp, `demetr-${from}`);
  const kinds = {};
  const seenMt = new Map();
  const seenRef = new Map();
  const ruleHits = {};
  for (const it of items) {
    const r = results[it.from];
    const mt = r[it.mt];
    const pert = r[it.perturbed];
    const k = (kinds[it.kind] ??= { n: 0, detected: 0 });
    k.n++;
    if (pert.length > mt.length || weight(pert) > weight(mt)) k.detected++;
    seenMt.set(`${it.from}|${byLang[it.from][it.mt].join('\t')}`, mt.length > 0);
    seenRef.set(`${it.from}|${byLang[it.from][it.reference].join('\t')}`, r[it.reference].length > 0);
    for (const i of mt) ruleHits[i.ruleId] = (ruleHits[i.ruleId] ?? 0) + 1;
  }
  const flaggedMt = [...seenMt.values()].filter(Boolean).length;
  const flaggedRef = [...seenRef.values()].filter(Boolean).length;
  return { kinds, mt: { n: seenMt.size, flagged: flaggedMt }, ref: { n: seenRef.size, flagged: flaggedRef }, ruleHits };
}

function mqm(tmp) {
  const rows = readTsv(path.join(bench, 'wmt-mqm-ted-ende', 'mqm_ted_ende.tsv'));
  const segs = new Map();
  for (const r of rows) {
    const key = `${r.system}|${r.doc_id}|${r.seg_id}`;
    const s = segs.get(key) ?? { source: r.source, target: r.target.replace(/<\/?v>/g, ''), categories: new Set() };
    if (r.category !== 'No-error') s.categories.add(r.category);
    segs.set(key, s);
  }
  const list = [...segs.values()];
  const issues = checkPairs(list.map((s) => [s.source, s.target]), 'en', 'de', tmp, 'mqm');
  const clean = { n: 0, flagged: 0 };
  const perCat = {};
  const ruleHits = {};
  list.forEach((s, i) => {
    const flagged = issues[i].length > 0;
    if (s.categories.size === 0) {
      clean.n++;
      if (flagged) clean.flagged++;
      for (const x of issues[i]) ruleHits[x.ruleId] = (ruleHits[x.ruleId] ?? 0) + 1;
    }
    for (const c of s.categories) {
      const pc = (perCat[c] ??= { n: 0, flagged: 0 });
      pc.n++;
      if (flagged) pc.flagged++;
    }
  });
  const withErrors = list.filter((s) => s.categories.size > 0);
  const errFlagged = withErrors.filter((s) => issues[list.indexOf(s)].length > 0).length;
  return { clean, perCat, errors: { n: withErrors.length, flagged: errFlagged }, ruleHits };
}

/** The peer's per-kind figures, parsed from peers.md's "Per kind, detected:" sentence. */
function peerKinds() {
  const file = path.join(bench, 'peers.md');
  if (!fs.existsSync(file)) return {};
  const text = fs.readFileSync(file, 'utf8');
  const line = (text.match(/Per kind, detected:([^\n]*)/) || [])[1] || '';
  const out = {};
  for (const m of line.matchAll(/([A-Za-z][A-Za-z0-9 -]*?) (\d+(?:\.\d+)?)(?=,|;|$)/g)) out[m[1].trim().toLowerCase()] = `${m[2]}%`;
  return out;
}

const PEER_NAMES = {
  final_punc_removed: 'final punctuation removed', full_lower: 'full lower-case', first_lower: 'first letter lower-cased',
  numbers_replaced: 'numbers replaced', char_removed: 'character removed', ne_replaced: 'name replaced',
  punc_addition: 'punctuation added', ne_removed: 'name removed', codemix: 'code-mix', pp_removed: 'pp removed',
};

function main() {
  const write = process.argv.includes('--write');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-quality-'));
  const started = Date.now();
  const d = demetr(tmp);
  const m = mqm(tmp);
  const peers = peerKinds();
  const lines = [];
  lines.push('| perturbation | severity | items | detected | pofilter |', '|---|---|---|---|---|');
  let all = 0;
  let allN = 0;
  const mech = { n: 0, d: 0 };
  for (const [kind, k] of Object.entries(d.kinds).sort()) {
    const [severity, , ...rest] = kind.split('_');
    const name = rest.join('_');
    const peer = peers[PEER_NAMES[name] ?? name.replace(/_/g, ' ')] ?? '';
    if (kind !== 'base_id35_reference') {
      all += k.detected;
      allN += k.n;
    }
    if (MECHANICAL.includes(name)) {
      mech.n += k.n;
      mech.d += k.detected;
    }
    lines.push(`| ${name} | ${severity} | ${k.n} | ${fmt(pct(k.detected, k.n))} | ${peer} |`);
  }
  const summary = [
    '| measure | Verso | pofilter |', '|---|---|---|',
    `| all perturbation kinds, detected (reference baseline excluded) | ${fmt(pct(all, allN))} | 29.3% |`,
    `| mechanical kinds, detected | ${fmt(pct(mech.d, mech.n))} | |`,
    `| good MT flagged | ${fmt(pct(d.mt.flagged, d.mt.n))} (${d.mt.flagged}/${d.mt.n}) | 54.7% |`,
    `| human references flagged | ${fmt(pct(d.ref.flagged, d.ref.n))} (${d.ref.flagged}/${d.ref.n}) | 57.9% |`,
    `| MQM en-de expert-clean segments flagged | ${fmt(pct(m.clean.flagged, m.clean.n))} (${m.clean.flagged}/${m.clean.n}) | 19.4% |`,
    `| MQM en-de segments with errors flagged | ${fmt(pct(m.errors.flagged, m.errors.n))} (${m.errors.flagged}/${m.errors.n}) | 29.1% |`,
  ];
  const cats = ['| MQM category | segments | flagged |', '|---|---|---|'];
  for (const [c, v] of Object.entries(m.perCat).sort((a, b) => b[1].n - a[1].n)) cats.push(`| ${c} | ${v.n} | ${fmt(pct(v.flagged, v.n))} |`);
  const noisy = Object.entries({ ...d.ruleHits }).sort((a, b) => b[1] - a[1]).slice(0, 10);
  const noisyMqm = Object.entries(m.ruleHits).sort((a, b) => b[1] - a[1]).slice(0, 10);
  const report = [
    '## Summary', '', ...summary, '', '## DEMETR dev, per perturbation kind', '',
    'Detected: the perturbed translation gets more issues, or a heavier weighted severity, than the good one.', '', ...lines, '',
    '## MQM TED en-de, per expert category', '', ...cats, '',
    '## Where the false alarms come from', '',
    `DEMETR good MT, issues by rule: ${noisy.map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`, '',
    `MQM clean segments, issues by rule: ${noisyMqm.map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`, '',
  ].join('\n');
  process.stdout.write(report);
  process.stdout.write(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (write) {
    let commit = 'unknown';
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    } catch { /* not a git checkout */ }
    const head = [
      '# Verso quality on the shared benchmark', '',
      `Measured ${new Date().toISOString().slice(0, 10)} at commit ${commit} with \`npm run bench:quality\` ` +
        '(`verso check --pairs` over ../shared/bench/demetr-dev, six source languages into English, and ../shared/bench/wmt-mqm-ted-ende). ' +
        'The pofilter column is the open-source peer as measured in ../shared/bench/peers.md (on all ten DEMETR languages).', '', '',
    ].join('\n');
    fs.writeFileSync(path.join(root, 'docs', 'quality.md'), head + report);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

main();
