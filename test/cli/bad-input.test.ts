// Bad input: one clear stderr line naming the file (and line), exit 2, never a stack trace.
// Other encodings are decoded, with a note (not an error).
import { readFileSync } from 'node:fs';
import { oneErrorLine, run, SAMPLE_SOURCE, SAMPLE_TARGET, TmpDir } from './helpers';

let tmp: TmpDir;
beforeAll(() => {
  tmp = new TmpDir();
});
afterAll(() => tmp.remove());

const FR = 'Le Premier ministre a échappé à une tentative d’assassinat. Plusieurs pays ont condamné l’attaque.\n';
const EN = 'The Prime Minister escaped an “assassination attempt”. Several countries condemned the attack.\n';
const langs = ['--from', 'fr', '--to', 'en'];

async function refused(argv: string[], pattern: RegExp): Promise<void> {
  const r = await run(argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(oneErrorLine(r.stderr)).toMatch(pattern);
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('unreadable files', () => {
  test('a missing file', async () => {
    const missing = `${tmp.path}/nope.txt`;
    await refused(['check', '--source', missing, '--target', SAMPLE_TARGET, ...langs], new RegExp(`^verso: ${esc(missing)}: no such file$`));
  });

  test('a directory', async () => {
    await refused(['check', '--source', SAMPLE_SOURCE, '--target', tmp.path, ...langs], new RegExp(`^verso: ${esc(tmp.path)}: is a directory`));
    await refused(['check', '--pairs', tmp.path, ...langs], new RegExp(`^verso: ${esc(tmp.path)}: is a directory`));
  });

  test('a binary file: NUL bytes, or many control bytes', async () => {
    const bin = tmp.file('a.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0, 0x40, 0x10]));
    await refused(['check', '--source', SAMPLE_SOURCE, '--target', bin, ...langs], new RegExp(`^verso: ${esc(bin)}: looks like a binary file`));
    const ctl = tmp.file('ctl.bin', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 1 + (i % 7) : 0x41 + (i % 26)))));
    await refused(['check', '--source', ctl, '--target', SAMPLE_TARGET, ...langs], new RegExp(`^verso: ${esc(ctl)}: looks like a binary file`));
    await refused(['check', '--pairs', bin, ...langs], new RegExp(`^verso: ${esc(bin)}: looks like a binary file`));
  });

  test('an empty or white-space-only document', async () => {
    const empty = tmp.file('empty.txt', '');
    const blank = tmp.file('blank.txt', ' \n\t\n  \n');
    await refused(['check', '--source', SAMPLE_SOURCE, '--target', empty, ...langs], new RegExp(`^verso: ${esc(empty)}: the file is empty$`));
    await refused(['check', '--source', blank, '--target', SAMPLE_TARGET, ...langs], new RegExp(`^verso: ${esc(blank)}: the file holds only white space$`));
    await refused(['check', '--pairs', empty, ...langs], new RegExp(`^verso: ${esc(empty)}: no pairs`));
  });

  test('a TSV line without a tab, or with too many, names file:line', async () => {
    const noTab = tmp.file('notab.tsv', 'Bonjour.\tHello.\nSalut.\tHi.\nno tab here\nMerci.\tThanks.\n');
    await refused(['check', '--pairs', noTab, ...langs], new RegExp(`^verso: ${esc(noTab)}:3: no tab on this line`));
    const three = tmp.file('three.tsv', 'Bonjour.\tHello.\tSalut.\n');
    await refused(['check', '--pairs', three, ...langs], new RegExp(`^verso: ${esc(three)}:1: 3 tab-separated columns`));
  });

  test('a TSV that turns to invalid UTF-8 past its start names the line', async () => {
    const head = 'Bonjour le monde.\tHello world.\n'.repeat(4000); // > 64 KiB sniffed as UTF-8
    const bad = tmp.file('late.tsv', Buffer.concat([Buffer.from(head), Buffer.from('Caf\xe9.\tCoffee.\n', 'latin1')]));
    await refused(['check', '--pairs', bad, ...langs, '--fail-on', 'none'], new RegExp(`^verso: ${esc(bad)}:\\d+: is not valid UTF-8`));
  });

  test('an unreadable rule pack, or one with mistakes', async () => {
    const notJson = tmp.file('bad.json', '{ "id": ');
    await refused(['check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, ...langs, '--rules', notJson], new RegExp(`^verso: ${esc(notJson)}: not valid JSON`));
    const wrong = tmp.file('wrong.json', JSON.stringify({ id: 'x', kind: 'calque', from: 'fr', to: 'en', entries: [{ id: 'a' }] }));
    await refused(['check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, ...langs, '--rules', wrong], new RegExp(`^verso: ${esc(wrong)}: invalid rule pack: entry "a": missing "kind"`));
  });
});

describe('other encodings are decoded, with a note', () => {
  async function decodes(file: string, note: RegExp, expected: string): Promise<void> {
    const r = await run(['check', '--source', file, '--target', tmp.file(`en-${Math.random()}.txt`, EN), ...langs, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(note)]);
    const report = JSON.parse(r.stdout);
    // Offsets index the decoded text: the segments run from its first character to its last.
    const spans = report.segments.map((s: { source: { start: number; end: number } | null }) => s.source).filter(Boolean);
    expect(spans[0].start).toBe(0);
    expect(spans[spans.length - 1].end).toBe(expected.trimEnd().length);
    expect(expected.slice(spans[0].start, spans[0].end)).toMatch(/^Le Premier ministre a échappé à une tentative d’assassinat/);
  }

  test('UTF-16 LE with a byte-order mark', async () => {
    const f = tmp.file('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FR, 'utf16le')]));
    await decodes(f, new RegExp(`^verso: note: ${esc(f)}: decoded as UTF-16LE \\(byte-order mark\\)$`), FR);
  });

  test('UTF-16 BE without a byte-order mark', async () => {
    const le = Buffer.from(FR, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1];
      be[i + 1] = le[i];
    }
    const f = tmp.file('be.txt', be);
    await decodes(f, new RegExp(`^verso: note: ${esc(f)}: decoded as UTF-16BE \\(no byte-order mark\\)$`), FR);
  });

  test('UTF-16 BE with a byte-order mark, in pairs mode', async () => {
    const text = 'Bonjour le monde.\tHello world.\n';
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1];
      be[i + 1] = le[i];
    }
    const f = tmp.file('be.tsv', be);
    const r = await run(['check', '--pairs', f, ...langs, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`verso: note: ${f}: decoded as UTF-16BE (byte-order mark)\n`);
    expect(JSON.parse(r.stdout).line).toBe(1);
  });

  test('Windows-1252 with é and ’', async () => {
    const f = tmp.file('cp1252.txt', Buffer.from(FR.replace(/’/g, '\x92'), 'latin1'));
    expect(readFileSync(f).includes(0x92)).toBe(true);
    await decodes(f, new RegExp(`^verso: note: ${esc(f)}: not UTF-8: decoded as windows-1252$`), FR);
  });

  test('ISO-8859-1 (no Windows-only characters) in pairs mode', async () => {
    const f = tmp.file('latin1.tsv', Buffer.from('Le président a été réélu à Paris.\tThe president was re-elected in Paris.\nÇa a été très difficile.\tIt was very difficult.\n', 'latin1'));
    const r = await run(['check', '--pairs', f, ...langs, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^verso: note: ${esc(f)}: not UTF-8: decoded as (iso-8859-1|windows-1252)\\n$`));
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });
});
