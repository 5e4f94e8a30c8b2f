// The real command: `node bin/verso.js` over dist/ (built here first when dist/ is older than src/).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_SOURCE, SAMPLE_TARGET, TmpDir } from './helpers';

const ROOT = join(__dirname, '../..');
const BUILT = join(ROOT, 'dist/src/cli/main.js');

function newest(dir: string): number {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function verso(args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/verso.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

let tmp: TmpDir;
beforeAll(() => {
  tmp = new TmpDir();
  const stale = !existsSync(BUILT) || statSync(BUILT).mtimeMs < Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'assets/rules')));
  if (stale) {
    // tsc still writes its output on type errors elsewhere in the tree; what matters is that the CLI runs.
    spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
  }
  expect(existsSync(BUILT)).toBe(true);
}, 180_000);
afterAll(() => tmp.remove());

test('check --format json on the sample: a report on stdout, exit 0 or 1', () => {
  const r = verso(['check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, '--from', 'fr', '--to', 'en', '--format', 'json']);
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.status);
  expect(JSON.parse(r.stdout)).toMatchObject({ version: 1, tool: 'verso', from: 'fr', to: 'en' });
});

test('--pairs streams jsonl through a pipe', () => {
  const rows = Array.from({ length: 500 }, (_, k) => `Phrase ${k + 1} du monde.\tSentence ${k + 1} of the world.`);
  const file = tmp.file('p.tsv', rows.join('\n'));
  const r = verso(['check', '--pairs', file, '--from', 'fr', '--to', 'en', '--fail-on', 'none']);
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  const lines = r.stdout.trimEnd().split('\n');
  expect(lines.map((l) => JSON.parse(l).line)).toEqual(rows.map((_, k) => k + 1));
});

test('bad input: one stderr line, exit 2, no stack trace', () => {
  const r = verso(['check', '--source', join(tmp.path, 'missing.txt'), '--target', SAMPLE_TARGET]);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`verso: ${join(tmp.path, 'missing.txt')}: no such file\n`);
});

test('--version and --help', () => {
  expect(verso(['--version']).stdout).toMatch(/^verso \d+\.\d+\.\d+\n$/);
  const help = verso(['--help']);
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('Exit status');
});
