// The corrections memory on the command line, over a real corrections.db in a temp folder:
// export (TMX, JSON Lines, CSV; --since, --out), import (merges without duplicates), the learned
// rules (text, and JSON packs usable with --rules), and `verso check` with the memory's learned
// rules and demoted severities (--no-learned switches them off; --db and VERSO_DATA_DIR say where).
import * as fs from 'fs';
import * as path from 'path';
import { run, TmpDir } from './helpers';
import { openCorrections } from '../../src/host/corrections';
import { correctionsDbPath } from '../../src/host/corrections/paths';
import { validatePack } from '../../src/core/rules/validate';
import { documentHash } from '../../src/core/corrections/hash';
import type { CorrectionInput } from '../../src/core/corrections/types';

let tmp: TmpDir;
let db: string;
let at = Date.parse('2025-02-01T10:00:00Z');

function edit(source: string, before: string, after: string): CorrectionInput {
  return { kind: 'edit', segment: 'p1.s1', ruleId: null, source, before, after, span: null, fix: null, reason: null, reviewer: 'Ana', at: new Date((at += 1000)).toISOString() };
}

const SOURCE = 'Les vols ont repris vers midi. Les démineurs ont examiné un colis suspect dans le terminal.\n';
const TARGET = 'Flights resumed around noon. Deminers examined a suspect package in the terminal.\n';

beforeAll(() => {
  tmp = new TmpDir();
  db = path.join(tmp.path, 'memory', 'corrections.db');
  const store = openCorrections(db);
  store.record({ from: 'fr', to: 'en', title: 'gare', hash: documentHash('a', 'b') }, [
    edit('Un colis suspect a été découvert près des quais.', 'A suspect package was discovered near the platforms.', 'A suspicious package was discovered near the platforms.'),
  ]);
  store.record({ from: 'fr', to: 'en', title: 'stade', hash: documentHash('c', 'd') }, [
    edit('La police a fait exploser un colis suspect devant le stade.', 'Police blew up a suspect package in front of the stadium.', 'Police blew up a suspicious package in front of the stadium.'),
    ...Array.from({ length: 5 }, (): CorrectionInput => ({
      kind: 'reject', segment: 'p2.s1', ruleId: 'calque/fr-en/piege', source: 'Un drone piégé.', before: 'A trapped drone.', after: null,
      span: { start: 2, end: 15 }, fix: null, reason: 'house style', reviewer: 'Ben', at: new Date((at += 1000)).toISOString(),
    })),
  ]);
  store.close();
  tmp.file('source.txt', SOURCE);
  tmp.file('target.txt', TARGET);
  tmp.file('drone-fr.txt', 'Le Premier ministre a échappé à un drone piégé.\n');
  tmp.file('drone-en.txt', 'The Prime Minister escaped a trapped drone.\n');
});
afterAll(() => tmp.remove());

const check = (...extra: string[]) =>
  run(['check', '--source', path.join(tmp.path, 'source.txt'), '--target', path.join(tmp.path, 'target.txt'), '--from', 'fr', '--to', 'en', '--fail-on', 'none', ...extra]);

function ruleIds(stdout: string): string[] {
  return (JSON.parse(stdout) as { issues: Array<{ ruleId: string }> }).issues.map((i) => i.ruleId);
}

describe('verso check with the corrections memory', () => {
  it('flags what the editor corrected before, with the editor\'s fix', async () => {
    const r = await check('--db', db);
    expect(r.code).toBe(0);
    const issue = (JSON.parse(r.stdout) as { issues: Array<Record<string, unknown>> }).issues.find((i) => i.ruleId === 'learned/fr-en/suspect-package');
    expect(issue).toMatchObject({ severity: 'major', suggestions: [{ text: 'suspicious package' }] });
  });

  it('--no-learned leaves the memory out', async () => {
    const r = await check('--db', db, '--no-learned');
    expect(ruleIds(r.stdout)).not.toContain('learned/fr-en/suspect-package');
  });

  it('finds the memory in $VERSO_DATA_DIR', async () => {
    const saved = process.env.VERSO_DATA_DIR;
    process.env.VERSO_DATA_DIR = path.dirname(db);
    try {
      expect(ruleIds((await check()).stdout)).toContain('learned/fr-en/suspect-package');
      process.env.VERSO_DATA_DIR = path.join(tmp.path, 'empty');
      // No memory there: checked as usual, nothing created.
      expect(ruleIds((await check()).stdout)).not.toContain('learned/fr-en/suspect-package');
      expect(fs.existsSync(path.join(tmp.path, 'empty'))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.VERSO_DATA_DIR;
      else process.env.VERSO_DATA_DIR = saved;
    }
  });

  it('runs a rule the editor keeps rejecting one severity lower', async () => {
    const args = ['check', '--source', path.join(tmp.path, 'drone-fr.txt'), '--target', path.join(tmp.path, 'drone-en.txt'), '--from', 'fr', '--to', 'en'];
    const severity = (stdout: string) => (JSON.parse(stdout) as { issues: Array<{ ruleId: string; severity: string }> }).issues.find((i) => i.ruleId === 'calque/fr-en/piege')?.severity;
    const lowered = await run([...args, '--db', db]);
    expect(severity(lowered.stdout)).toBe('minor');
    expect(lowered.code).toBe(0); // --fail-on major: a minor issue passes
    const plain = await run([...args, '--db', db, '--no-learned']);
    expect(severity(plain.stdout)).toBe('major');
    expect(plain.code).toBe(1);
  });

  it('reports a --db that does not exist, and sets a damaged one aside with a note', async () => {
    const missing = await check('--db', path.join(tmp.path, 'nope.db'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.db: no such file/);
    const broken = tmp.file('broken.db', 'garbage '.repeat(1000));
    const r = await check('--db', broken);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^verso: note: The corrections memory .*broken\.db was damaged .* moved to .*broken\.db\.corrupt-/m);
    expect(fs.readdirSync(tmp.path).some((f) => f.startsWith('broken.db.corrupt-'))).toBe(true);
  });
});

describe('verso export with the corrections memory and the spelling dictionaries', () => {
  const report = (...extra: string[]) =>
    run(['export', '--format', 'report-json', '--source', path.join(tmp.path, 'source.txt'), '--target', path.join(tmp.path, 'target.txt'), '--from', 'fr', '--to', 'en', ...extra]);
  const reportRules = (stdout: string) => (JSON.parse(stdout) as { issues: Array<{ ruleId: string }> }).issues.map((i) => i.ruleId);

  it('lists in the QA report what verso check flags: the learned rule, unless --no-learned', async () => {
    const r = await report('--db', db);
    expect(r.code).toBe(0);
    expect(reportRules(r.stdout)).toContain('learned/fr-en/suspect-package');
    expect(reportRules((await report('--db', db, '--no-learned')).stdout)).not.toContain('learned/fr-en/suspect-package');
  });

  it('checks the spelling of the target, as verso check does', async () => {
    tmp.file('typo-en.txt', 'Flights resumed around noon. Deminers examined a suspect pakcage in the terminal.\n');
    const r = await run(['export', '--format', 'report-json', '--source', path.join(tmp.path, 'source.txt'), '--target', path.join(tmp.path, 'typo-en.txt'), '--from', 'fr', '--to', 'en', '--no-learned']);
    expect(r.code).toBe(0);
    const issues = (JSON.parse(r.stdout) as { issues: Array<{ ruleId: string; flagged: string; suggestion: string | null }> }).issues;
    expect(issues.find((i) => i.flagged === 'pakcage')).toMatchObject({ ruleId: 'spelling', suggestion: 'package' });
  });

  it('names a --db that does not exist', async () => {
    const missing = path.join(tmp.path, 'nowhere', 'corrections.db');
    const r = await report('--db', missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`verso: ${missing}: no such file\n`);
  });
});

describe('verso rules learned', () => {
  it('lists the learned rules as text', async () => {
    const r = await run(['rules', 'learned', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('learned/fr-en/suspect-package\n  suspect package → suspicious $2   when the source has: colis* suspect*\n  learned from 2 corrections in 2 documents');
  });

  it('writes rule packs as JSON that --rules takes', async () => {
    const r = await run(['rules', 'learned', '--format', 'json', '--db', db]);
    const packs = JSON.parse(r.stdout) as unknown[];
    expect(packs.map((p, i) => validatePack(p, `pack ${i}`).id)).toEqual(['fr-en']);
    const file = tmp.file('learned.json', r.stdout);
    const checked = await check('--no-learned', '--rules', file);
    expect(ruleIds(checked.stdout)).toContain('learned/fr-en/suspect-package');
  });

  it('says so when nothing was learned, and refuses a bad format', async () => {
    const empty = path.join(tmp.path, 'fresh.db');
    openCorrections(empty).close();
    expect((await run(['rules', 'learned', '--db', empty])).stdout).toMatch(/^No learned rules yet/);
    expect(JSON.parse((await run(['rules', 'learned', '--db', empty, '--format', 'json'])).stdout)).toEqual([]);
    const bad = await run(['rules', 'learned', '--format', 'yaml', '--db', db]);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringMatching(/--format "yaml": expected json or text/) });
    expect((await run(['rules', 'forgotten'])).code).toBe(2);
  });
});

describe('verso corrections export and import', () => {
  it('exports TMX, JSON Lines and CSV to standard output', async () => {
    const tmx = await run(['corrections', 'export', '--format', 'tmx', '--db', db]);
    expect(tmx.code).toBe(0);
    expect(tmx.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<tmx version="1\.4">/);
    expect(tmx.stdout.match(/<tu /g)).toHaveLength(2);
    const jsonl = await run(['corrections', 'export', '--format', 'jsonl', '--db', db]);
    expect(jsonl.stdout.trim().split('\n')).toHaveLength(7);
    const csv = await run(['corrections', 'export', '--format', 'csv', '--db', db]);
    expect(csv.stdout.startsWith('\uFEFFhash,time,kind,')).toBe(true);
  });

  it('--since keeps later decisions only; --out writes a file', async () => {
    const none = await run(['corrections', 'export', '--format', 'jsonl', '--since', '2100-01-01', '--db', db]);
    expect(none.stdout).toBe('');
    const out = path.join(tmp.path, 'all.tmx');
    const r = await run(['corrections', 'export', '--format', 'tmx', '--out', out, '--db', db]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toBe(`verso: note: wrote ${out} (2 decisions)\n`);
    expect(fs.readFileSync(out, 'utf8')).toContain('<prop type="x-verso-mt">A suspect package was discovered near the platforms.</prop>');
  });

  it('imports into another memory, and a second import adds nothing', async () => {
    const other = path.join(tmp.path, 'other.db');
    for (const format of ['jsonl', 'csv', 'tmx']) {
      const file = path.join(tmp.path, `export.${format}`);
      await run(['corrections', 'export', '--format', format, '--out', file, '--db', db]);
      const r = await run(['corrections', 'import', file, '--db', other]);
      expect(r.code).toBe(0);
      if (format === 'jsonl') expect(r.stdout).toBe(`${file}: 7 decisions added, 0 already known, 0 skipped; 1 learned rule added or updated\n`);
      else expect(r.stdout).toMatch(/: 0 decisions added, \d+ already known, 0 skipped\n$/);
    }
    expect((await run(['rules', 'learned', '--db', other])).stdout).toContain('learned/fr-en/suspect-package');
  });

  it('refuses bad usage with exit status 2 and one line', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['corrections', 'export', '--db', db], /--format is required/],
      [['corrections', 'export', '--format', 'xlsx', '--db', db], /--format "xlsx": expected one of tmx, jsonl, csv/],
      [['corrections', 'export', '--format', 'tmx', '--since', 'someday', '--db', db], /--since "someday" is not a date/],
      [['corrections', 'export', '--format', 'tmx', '--db', path.join(tmp.path, 'none.db')], /none\.db: no corrections memory here yet/],
      [['corrections', 'import', '--db', db], /verso corrections import FILE/],
      [['corrections', 'import', path.join(tmp.path, 'missing.tmx'), '--db', db], /missing\.tmx: no such file/],
      [['corrections', 'import', tmp.file('bad.tmx', '<tmx><body><tu></body>'), '--db', db], /bad\.tmx: .*malformed XML/],
      [['corrections', 'frobnicate'], /unknown command "corrections frobnicate"/],
      [['corrections', 'export', '--colour', 'red'], /unknown option --colour/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect({ argv, code: r.code, lines: r.stderr.trim().split('\n').length }).toEqual({ argv, code: 2, lines: 1 });
      expect(r.stderr).toMatch(message);
    }
  });

  it('is described in --help', async () => {
    const r = await run(['--help']);
    for (const word of ['verso corrections export', 'verso corrections import', 'verso rules learned', '--no-learned', '--db FILE', 'VERSO_DATA_DIR']) expect(r.stdout).toContain(word);
  });
});

describe('where the memory lives', () => {
  it('is corrections.db in the data folder the desktop app uses, unless told otherwise', () => {
    expect(correctionsDbPath({ env: { XDG_CONFIG_HOME: '/home/u/.config' } })).toBe(
      process.platform === 'linux' ? '/home/u/.config/Verso/corrections.db' : expect.stringMatching(/Verso[\\/]corrections\.db$/),
    );
    expect(correctionsDbPath({ env: { VERSO_DATA_DIR: '/data/v' } })).toBe(path.resolve('/data/v/corrections.db'));
    expect(correctionsDbPath({ db: 'x.db', env: { VERSO_DATA_DIR: '/data/v' } })).toBe(path.resolve('x.db'));
  });
});
