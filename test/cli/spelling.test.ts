// The command line lends the engine the host's spelling dictionaries, in both modes: a misspelling
// is reported with the dictionary's suggestion, words the small built-in list does not know too.
import { run, TmpDir } from './helpers';

let tmp: TmpDir;
beforeAll(() => {
  tmp = new TmpDir();
});
afterAll(() => tmp.remove());

interface JsonIssue {
  ruleId: string;
  target: { start: number; end: number; text: string } | null;
  suggestions: { text: string }[];
}

function spellingIssues(stdout: string): JsonIssue[][] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((l) => (JSON.parse(l) as { issues: JsonIssue[] }).issues.filter((i) => i.ruleId === 'spelling'));
}

describe('verso check and the spelling dictionaries', () => {
  test('--pairs flags "goverment" with the suggestion "government"', async () => {
    const file = tmp.file('p.tsv', 'Die Regierung beobachtet die Stürme genau.\tThe goverment is monitoring the storms closely.\n');
    const r = await run(['check', '--pairs', file, '--from', 'de', '--to', 'en', '--format', 'jsonl', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const [issues] = spellingIssues(r.stdout);
    expect(issues).toHaveLength(1);
    expect(issues[0].target).toEqual({ start: 4, end: 13, text: 'goverment' });
    expect(issues[0].suggestions[0].text).toBe('government');
  });

  test('--pairs uses the dictionary, not only the built-in list of common misspellings', async () => {
    const file = tmp.file('q.tsv', [
      'Er hat den internationalen Bericht gelesen.\tHe has read the internatonal report.',
      'Die Regierung hat den Bericht gelesen.\tThe government has read the report.',
    ].join('\n'));
    const r = await run(['check', '--pairs', file, '--from', 'de', '--to', 'en', '--format', 'jsonl', '--fail-on', 'none']);
    const [first, second] = spellingIssues(r.stdout);
    expect(first.map((i) => [i.target?.text, i.suggestions[0]?.text])).toEqual([['internatonal', 'international']]);
    expect(second).toEqual([]);
  });

  test('a document pair is checked with the dictionary too', async () => {
    const source = tmp.file('s.txt', 'Die Regierung hat den internationalen Bericht gelesen.\n');
    const target = tmp.file('t.txt', 'The government has read the internatonal report.\n');
    const r = await run(['check', '--source', source, '--target', target, '--from', 'de', '--to', 'en', '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { issues: JsonIssue[] };
    const spelling = report.issues.filter((i) => i.ruleId === 'spelling');
    expect(spelling.map((i) => i.target?.text)).toEqual(['internatonal']);
    expect(spelling[0].suggestions[0].text).toBe('international');
  });
});
