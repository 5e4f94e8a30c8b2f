// --pairs: one report line per input line, in order, with line numbers; text lines; progress; detection.
import { Writable } from 'node:stream';
import { run, TmpDir, worldPack } from './helpers';
import { main } from '../../src/cli/main';

let tmp: TmpDir;
beforeAll(() => {
  tmp = new TmpDir();
});
afterAll(() => tmp.remove());

const FR_EN = [
  'Le Premier ministre a échappé à une tentative d’assassinat.\tThe Prime Minister escaped an assassination attempt.',
  'Bonjour le monde.\tHello world.',
  '',
  'Plusieurs pays ont condamné l’attaque.\tSeveral countries condemned the attack.',
  'Le monde entier regarde.\tThe whole world is watching.',
];

describe('verso check --pairs --format jsonl', () => {
  test('one object a line, in input order, numbered from 1, blank lines skipped', async () => {
    const file = tmp.file('p.tsv', `${FR_EN.join('\n')}\n`);
    const r = await run(['check', '--pairs', file, '--from', 'fr', '--to', 'en', '--format', 'jsonl', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const objects = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(objects.map((o) => o.line)).toEqual([1, 2, 4, 5]);
    for (const o of objects) expect(Object.keys(o)).toEqual(['line', 'issues']);
  });

  test('offsets index into that line’s target and source', async () => {
    const file = tmp.file('p2.tsv', FR_EN.join('\r\n'));
    const rules = tmp.file('r.json', JSON.stringify(worldPack('major')));
    const r = await run(['check', '--pairs', file, '--from', 'fr', '--to', 'en', '--rules', rules]);
    expect(r.code).toBe(1);
    const objects = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const lines = FR_EN.map((l) => l.split('\t'));
    let mine = 0;
    for (const o of objects) {
      const [source, target] = lines[o.line - 1];
      for (const i of o.issues) {
        if (i.target) expect(target.slice(i.target.start, i.target.end)).toBe(i.target.text);
        if (i.source) expect(source.slice(i.source.start, i.source.end)).toBe(i.source.text);
        if (i.ruleId === 'test/test-fr-en/world') mine++;
      }
    }
    expect(mine).toBe(2);
    expect(objects.find((o) => o.line === 2).issues.find((i: { ruleId: string }) => i.ruleId === 'test/test-fr-en/world').target).toEqual({ start: 6, end: 11, text: 'world' });
  });

  test('stays in order and complete over thousands of lines, with a slow reader', async () => {
    const n = 3000;
    const rows = Array.from({ length: n }, (_, k) => `Phrase numéro ${k + 1} du monde.\tSentence number ${k + 1} of the world.`);
    const file = tmp.file('many.tsv', rows.join('\n'));
    const chunks: string[] = [];
    // A reader that takes its time: a small buffer and a deferred callback force backpressure.
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk, _enc, done) {
        chunks.push(chunk.toString());
        setImmediate(done);
      },
    });
    const stderr = new Writable({ write: (_c, _e, done) => done() });
    const code = await main(['check', '--pairs', file, '--from', 'fr', '--to', 'en', '--fail-on', 'none'], { stdout: slow, stderr });
    expect(code).toBe(0);
    await new Promise((resolve) => slow.end(resolve));
    const lines = chunks.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(n);
    lines.forEach((l, k) => expect(JSON.parse(l).line).toBe(k + 1));
  });

  test('languages are detected from the first lines, reported on stderr', async () => {
    const file = tmp.file('p3.tsv', FR_EN.join('\n'));
    const r = await run(['check', '--pairs', file, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`verso: note: ${file}: detected --from fr, --to en\n`);
    const onlyTo = await run(['check', '--pairs', file, '--from', 'fr', '--fail-on', 'none']);
    expect(onlyTo.stderr).toBe(`verso: note: ${file}: detected --to en\n`);
  });

  test('an empty translation is a pair to check, not an input error', async () => {
    const file = tmp.file('empty-mt.tsv', 'Bonjour le monde.\t\n');
    const r = await run(['check', '--pairs', file, '--from', 'fr', '--to', 'en', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).line).toBe(1);
  });
});

describe('verso check --pairs --format text', () => {
  test('FILE:LINE:COLUMN with the column counted from the start of the TSV line', async () => {
    const file = tmp.file('p4.tsv', FR_EN.join('\n'));
    const rules = tmp.file('r4.json', JSON.stringify(worldPack('minor')));
    const r = await run(['check', '--pairs', file, '--from', 'fr', '--to', 'en', '--rules', rules, '--format', 'text']);
    expect(r.code).toBe(0);
    const mine = r.stdout.split('\n').filter((l) => l.includes('[test/test-fr-en/world]'));
    const col2 = [...FR_EN[1].slice(0, FR_EN[1].indexOf('world'))].length + 1;
    const col5 = [...FR_EN[4].slice(0, FR_EN[4].indexOf('world'))].length + 1;
    expect(mine).toEqual([
      `${file}:2:${col2} minor world → Earth  Test entry: "world" for "monde". [test/test-fr-en/world]`,
      `${file}:5:${col5} minor world → Earth  Test entry: "world" for "monde". [test/test-fr-en/world]`,
    ]);
  });
});

describe('progress', () => {
  test('a bar on stderr when it is a terminal, erased at the end; nothing otherwise', async () => {
    const file = tmp.file('p5.tsv', FR_EN.join('\n'));
    const tty = await run(['check', '--pairs', file, '--from', 'fr', '--to', 'en', '--fail-on', 'none'], { stderrTTY: true });
    expect(tty.stderr).toMatch(/\r\[[#.]+\] +\d+% \d+ lines/);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    const pipe = await run(['check', '--pairs', file, '--from', 'fr', '--to', 'en', '--fail-on', 'none']);
    expect(pipe.stderr).toBe('');
    expect(tty.stdout).toBe(pipe.stdout);
  });
});
