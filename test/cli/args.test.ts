// Flags, usage errors, --help/--version, languages, profiles, and exit codes with --fail-on.
import { oneErrorLine, run, SAMPLE_SOURCE, SAMPLE_TARGET, TmpDir, worldPack } from './helpers';
import { validateLanguage } from '../../src/cli/args';

let tmp: TmpDir;
beforeAll(() => {
  tmp = new TmpDir();
});
afterAll(() => tmp.remove());

async function usage(argv: string[], pattern: RegExp): Promise<void> {
  const r = await run(argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(oneErrorLine(r.stderr)).toMatch(pattern);
}

const doc = ['check', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET];

describe('usage errors', () => {
  test('unknown flag', () => usage([...doc, '--frmo', 'fr'], /^verso: unknown option --frmo \(see verso --help\)$/));
  test('missing value', async () => {
    await usage(['check', '--source'], /^verso: --source needs a value/);
    await usage(['check', '--source', '--target', SAMPLE_TARGET], /^verso: --source needs a value/);
    await usage([...doc, '--from='], /^verso: --from needs a value/);
  });
  test('--source without --target and the reverse', async () => {
    await usage(['check', '--source', SAMPLE_SOURCE], /^verso: --source needs --target/);
    await usage(['check', '--target', SAMPLE_TARGET], /^verso: --target needs --source/);
  });
  test('document and pairs mode together', () => usage([...doc, '--pairs', 'x.tsv'], /^verso: --pairs cannot be combined with --source\/--target/));
  test('nothing to check, no command, unknown command', async () => {
    await usage(['check'], /nothing to check/);
    await usage([], /missing command/);
    await usage(['chek', '--source', 'a'], /unknown command "chek"/);
  });
  test('bad --format and --fail-on values', async () => {
    await usage([...doc, '--format', 'jsonl'], /--format "jsonl": expected json or text/);
    await usage(['check', '--pairs', 'p.tsv', '--format', 'json'], /--format "json" with --pairs: expected jsonl or text/);
    await usage([...doc, '--fail-on', 'bad'], /--fail-on "bad": expected one of critical, major, minor, neutral, none/);
  });
  test('unknown language codes', async () => {
    await usage([...doc, '--from', 'xx', '--to', 'en'], /^verso: --from "xx": unknown language "xx"/);
    await usage([...doc, '--from', 'fr', '--to', 'klingon'], /^verso: --to "klingon": unknown language/);
    await usage([...doc, '--from', 'fr_FR!', '--to', 'en'], /^verso: --from "fr_FR!" is not a BCP 47 language code/);
    await usage([...doc, '--from', 'fr', '--to', 'en-XX'], /unknown region "XX"/);
    await usage([...doc, '--from', 'und', '--to', 'en'], /unknown language "und"/);
  });
  test('unknown profile lists the known ones', () => usage([...doc, '--from', 'fr', '--to', 'en', '--profile', 'nope'], /^verso: unknown profile "nope": expected one of default/));
});

describe('languages', () => {
  test('BCP 47 codes are accepted and canonicalised', () => {
    expect(validateLanguage('from', 'fr')).toBe('fr');
    expect(validateLanguage('from', 'FR')).toBe('fr');
    expect(validateLanguage('from', 'zh-hans')).toBe('zh-Hans');
    expect(validateLanguage('from', 'pt-br')).toBe('pt-BR');
    expect(validateLanguage('to', 'tlh')).toBe('tlh');
  });
});

describe('--help and --version', () => {
  test('--help prints usage, flags, formats and exit codes on stdout, exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const word of ['--source', '--target', '--pairs', '--from', '--to', '--format', '--fail-on', '--profile', '--rules', 'Exit status', 'code points']) {
      expect(r.stdout).toContain(word);
    }
    expect((await run(['check', '-h'])).stdout).toBe(r.stdout);
  });
  test('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`verso ${require('../../package.json').version}\n`);
  });
});

describe('exit status and --fail-on', () => {
  // A document with nothing for the checks to catch, plus a user rule on one word at a known severity.
  let base: string[];
  beforeAll(() => {
    const src = tmp.file('s.txt', 'Bonjour le monde.\n');
    const tgt = tmp.file('t.txt', 'Hello world.\n');
    base = ['check', '--source', src, '--target', tgt, '--from', 'fr', '--to', 'en', '--format', 'text'];
  });

  test.each([
    ['critical', 0],
    ['major', 0],
    ['minor', 1],
    ['neutral', 1],
    ['none', 0],
  ])('a minor issue with --fail-on %s exits %i', async (failOn, code) => {
    const rules = tmp.file(`minor-${failOn}.json`, JSON.stringify(worldPack('minor')));
    const r = await run([...base, '--rules', rules, '--fail-on', failOn]);
    expect(r.stdout).toContain('[test/test-fr-en/world]');
    expect(r.code).toBe(code);
  });

  test('the default is major', async () => {
    const major = tmp.file('major.json', JSON.stringify(worldPack('major')));
    expect((await run([...base, '--rules', major])).code).toBe(1);
    const minor = tmp.file('minor.json', JSON.stringify(worldPack('minor')));
    expect((await run([...base, '--rules', minor])).code).toBe(0);
  });

  test('a known profile runs', async () => {
    const r = await run([...base, '--profile', 'default', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
