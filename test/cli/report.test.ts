// The JSON report on the sample: the contract's shape, a golden file, offsets that hit the text.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, SAMPLE_SOURCE, SAMPLE_TARGET, TmpDir, worldPack } from './helpers';

const GOLDEN = join(__dirname, 'golden/drone-attack.json');
const sourceText = readFileSync(SAMPLE_SOURCE, 'utf8');
const targetText = readFileSync(SAMPLE_TARGET, 'utf8');

let tmp: TmpDir;
beforeAll(() => {
  tmp = new TmpDir();
});
afterAll(() => tmp.remove());

const span = { start: expect.any(Number), end: expect.any(Number) };

describe('verso check --format json (one document)', () => {
  test('matches the golden report in full (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const r = await run(['check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, '--from', 'fr', '--to', 'en', '--format', 'json', '--fail-on', 'none']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(report, null, 2)}\n`);
    expect(report).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  test('has the contract shape: version, tool, languages, segments, issues', async () => {
    const r = await run(['check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, '--from', 'fr', '--to', 'en']);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report).slice(0, 6)).toEqual(['version', 'tool', 'from', 'to', 'segments', 'issues']);
    expect(report).toMatchObject({ version: 1, tool: 'verso', from: 'fr', to: 'en', detected: { from: false, to: false } });
    expect(report.segments.length).toBeGreaterThan(10);
    for (const s of report.segments) {
      expect(Object.keys(s).slice(0, 4)).toEqual(['id', 'source', 'target', 'kind']);
      expect(s.id).toMatch(/^p\d+\.s\d+$/);
      expect(s.kind).toMatch(/^\d+-\d+$/);
      if (s.source) expect(s.source).toEqual(span);
      if (s.target) expect(s.target).toEqual(span);
    }
    for (const i of report.issues) {
      expect(Object.keys(i).slice(0, 8)).toEqual(['ruleId', 'category', 'severity', 'message', 'segment', 'target', 'source', 'suggestions']);
      expect(['critical', 'major', 'minor', 'neutral']).toContain(i.severity);
      expect(Array.isArray(i.suggestions)).toBe(true);
    }
  });

  test('every offset points at exactly the characters it names', async () => {
    const r = await run(['check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, '--from', 'fr', '--to', 'en']);
    const report = JSON.parse(r.stdout);
    for (const s of report.segments) {
      if (s.source) expect(sourceText.slice(s.source.start, s.source.end).trim()).not.toBe('');
      if (s.target) expect(targetText.slice(s.target.start, s.target.end).trim()).not.toBe('');
    }
    for (const i of report.issues) {
      if (i.target) expect(targetText.slice(i.target.start, i.target.end)).toBe(i.target.text);
      if (i.source) expect(sourceText.slice(i.source.start, i.source.end)).toBe(i.source.text);
    }
  });

  test('a user rule pack adds issues whose spans and suggestions are exact', async () => {
    const src = tmp.file('s.txt', 'Titre\n\nBonjour le monde. Le monde est grand.\n');
    const tgt = tmp.file('t.txt', 'Title\n\nHello world. The world is big.\n');
    const rules = tmp.file('rules.json', JSON.stringify(worldPack('minor')));
    const r = await run(['check', '--source', src, '--target', tgt, '--from', 'fr', '--to', 'en', '--rules', rules]);
    const report = JSON.parse(r.stdout);
    const mine = report.issues.filter((i: { ruleId: string }) => i.ruleId.includes('test-fr-en'));
    expect(mine).toHaveLength(2);
    const text = readFileSync(tgt, 'utf8');
    expect(mine[0]).toMatchObject({ severity: 'minor', target: { start: text.indexOf('world'), end: text.indexOf('world') + 5, text: 'world' } });
    expect(mine[0].suggestions[0]).toEqual({ text: 'Earth' });
    expect(mine[1].target.start).toBe(text.lastIndexOf('world'));
  });

  test('languages left out are detected, and the report says which', async () => {
    const r = await run(['check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, '--to', 'en']);
    expect(r.code).not.toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ from: 'fr', to: 'en', detected: { from: true, to: false } });
    expect(r.stderr).toMatch(/note: detected --from fr/);
    const both = await run(['check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET]);
    expect(JSON.parse(both.stdout)).toMatchObject({ from: 'fr', to: 'en', detected: { from: true, to: true } });
  });

  test('a UTF-8 byte-order mark is removed: offsets count from after it', async () => {
    const plain = await run(['check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, '--from', 'fr', '--to', 'en']);
    const withBom = tmp.file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(SAMPLE_TARGET)]));
    const bom = await run(['check', '--source', SAMPLE_SOURCE, '--target', withBom, '--from', 'fr', '--to', 'en']);
    expect(bom.stderr).toBe('');
    expect(JSON.parse(bom.stdout)).toEqual(JSON.parse(plain.stdout));
  });
});

describe('verso check --format text', () => {
  test('one issue a line: FILE:LINE:COLUMN severity found → fix  message [rule]', async () => {
    const src = tmp.file('s2.txt', 'Intro.\n\nÉté 😀 : bonjour le monde.\n');
    const tgt = tmp.file('t2.txt', 'Intro.\n\nÉté 😀 : hello world.\n');
    const rules = tmp.file('rules2.json', JSON.stringify(worldPack('minor')));
    const r = await run(['check', '--source', src, '--target', tgt, '--from', 'fr', '--to', 'en', '--rules', rules, '--format', 'text']);
    const lines = r.stdout.split('\n').filter(Boolean);
    const mine = lines.filter((l) => l.includes('[test/test-fr-en/world]'));
    // Line 3; "Été 😀 : hello " is 14 code points (the emoji is one), so the word starts at column 15.
    expect(mine).toEqual([`${tgt}:3:15 minor world → Earth  Test entry: "world" for "monde". [test/test-fr-en/world]`]);
    for (const l of lines) expect(l).toMatch(/^.+:\d+:\d+ (critical|major|minor|neutral) /);
  });

  test('the text lines match the JSON issues one to one on the sample', async () => {
    const base = ['check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, '--from', 'fr', '--to', 'en'];
    const json = JSON.parse((await run(base)).stdout);
    const text = (await run([...base, '--format', 'text'])).stdout;
    expect(text.split('\n').filter(Boolean)).toHaveLength(json.issues.length);
  });
});
