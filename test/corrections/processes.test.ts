// Real processes on one database file: two writers at once lose nothing, and a writer killed
// (SIGKILL) in the middle of a long write loop loses no decision it had committed. The children
// run the store's own code, bundled here with esbuild (better-sqlite3 left external).
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildSync } from 'esbuild';
import { openCorrections } from '../../src/host/corrections';
import { tempDir } from './helpers';

const ROOT = path.join(__dirname, '..', '..');
let dir: string;
let bundle: string;

beforeAll(() => {
  dir = tempDir();
  bundle = path.join(dir, 'store.js');
  buildSync({
    entryPoints: [path.join(ROOT, 'src/host/corrections/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile: bundle,
    logLevel: 'silent',
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A child that records `count` decisions (Infinity: until killed), `batch` per transaction, and
 * prints "committed <segment ids>" after each commit.
 */
const WRITER = `
const { openCorrections } = require(process.env.STORE_BUNDLE);
const [file, tag, countArg, batchArg] = process.argv.slice(2);
const count = countArg === 'forever' ? Infinity : Number(countArg);
const batch = Number(batchArg);
const store = openCorrections(file);
const doc = { from: 'fr', to: 'en', title: 'writer ' + tag, hash: tag.padEnd(32, '0').slice(0, 32) };
let at = Date.parse('2025-01-01T00:00:00Z');
for (let i = 0; i < count; i += batch) {
  const decisions = [];
  for (let k = i; k < Math.min(count, i + batch); k++) {
    decisions.push({ kind: 'edit', segment: tag + '-' + k, ruleId: null, source: 'Une phrase numéro ' + k + ' avec un peu de texte.',
      before: 'A sentence number ' + k + ' with some text.', after: 'Sentence number ' + k + ', with some text.', span: null, fix: null,
      reason: null, reviewer: tag, at: new Date(at += 1).toISOString() });
  }
  store.record(doc, decisions);
  process.stdout.write('committed ' + decisions.map((d) => d.segment).join(' ') + '\\n');
}
store.close();
`;

function writer(file: string, tag: string, count: number | 'forever', batch: number): ChildProcess {
  const script = path.join(dir, 'writer.js');
  if (!fs.existsSync(script)) fs.writeFileSync(script, WRITER);
  return spawn(process.execPath, [script, file, tag, String(count), String(batch)], {
    env: { ...process.env, STORE_BUNDLE: bundle, NODE_PATH: path.join(ROOT, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

function segments(file: string): Set<string> {
  const store = openCorrections(file);
  const ids = new Set(store.all().map((r) => r.segment));
  store.close();
  return ids;
}

describe('several processes on one corrections file', () => {
  it('two processes writing 200 decisions each at once: all 400 are there', async () => {
    const file = path.join(dir, 'concurrent.db');
    const runs = await Promise.all([finished(writer(file, 'a', 200, 1)), finished(writer(file, 'b', 200, 1))]);
    for (const r of runs) expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const ids = segments(file);
    expect(ids.size).toBe(400);
    for (const tag of ['a', 'b']) for (let k = 0; k < 200; k++) expect(ids.has(`${tag}-${k}`)).toBe(true);
  }, 60_000);

  it('a process killed in the middle of a long write loop loses no committed decision', async () => {
    const file = path.join(dir, 'killed.db');
    const child = writer(file, 'k', 'forever', 25);
    const done = finished(child);
    let reported: string[] = [];
    await new Promise<void>((resolve) => {
      let buffer = '';
      child.stdout?.on('data', (b: Buffer) => {
        buffer += b.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) if (line.startsWith('committed ')) reported = reported.concat(line.slice('committed '.length).split(' '));
        // Killed while it keeps writing: a transaction is usually open at this moment.
        if (reported.length >= 500) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    const r = await done;
    expect(r.signal).toBe('SIGKILL');
    const ids = segments(file);
    const lost = reported.filter((id) => !ids.has(id));
    expect(lost).toEqual([]);
    expect(ids.size).toBeGreaterThanOrEqual(reported.length);
  }, 60_000);
});
