import * as fs from 'fs';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'csv-parse/sync';
import { main } from '../../src/cli/main';
import { correctedText } from '../../src/core/review/working';
import { docxToText } from '../../src/formats/docx-read';
import { parseBilingual } from '../../src/formats';
import { textParagraphs, textToDocx } from '../../src/formats/docx-write';
import { Capture, oneErrorLine, run, SAMPLE_SOURCE, SAMPLE_TARGET, TmpDir } from './helpers';
import { EN, FR, rawZip, reviewedProject, reviewedSample, zerosDeflated } from '../formats/fixtures';

const pair = ['--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, '--from', 'fr', '--to', 'en'];

describe('verso export', () => {
  const tmp = new TmpDir();
  const project = tmp.file('review.verso', JSON.stringify(reviewedProject()));
  const { state } = reviewedSample();
  const corrected = correctedText(state.document, state.targets);
  afterAll(() => tmp.remove());

  it('txt from a text pair with no decisions: the machine translation, byte for byte', async () => {
    const r = await run(['export', '--format', 'txt', ...pair]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(EN);
    expect(r.stderr).toBe('');
  });

  it('txt from a project: exactly the corrected text, as UTF-8', async () => {
    const out = `${tmp.path}/corrected.txt`;
    const r = await run(['export', '--format', 'txt', '--project', project, '--out', out]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(corrected);
    expect(r.stderr).toBe(`verso: note: wrote ${out}\n`);
  });

  it('docx-changes from a project: tracked changes by the reviewer that read as the corrected text', async () => {
    const out = `${tmp.path}/changes.docx`;
    const r = await run(['export', '--format', 'docx-changes', '--project', project, '--out', out, '--reviewer', 'Ana Reviewer']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^verso: note: wrote .*changes\.docx \(\d+ insertions?, \d+ deletions? tracked\)\n$/);
    const bytes = fs.readFileSync(out);
    expect(textParagraphs(await docxToText(bytes, out))).toEqual(textParagraphs(corrected));
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Ana Reviewer" w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">/);
    // "the crisis that is going through Iraq" → "the crisis Iraq is going through", word by word.
    expect(xml).toMatch(/crisis <\/w:t><\/w:r><w:del [^>]+><w:r><w:delText xml:space="preserve">that<\/w:delText><\/w:r><\/w:del><w:ins [^>]+><w:r><w:t xml:space="preserve">Iraq<\/w:t>/);
  });

  it('docx: the corrected text as a Word file, one paragraph a line', async () => {
    const out = `${tmp.path}/clean.docx`;
    expect((await run(['export', '--format', 'docx', '--project', project, '--out', out])).code).toBe(0);
    expect(textParagraphs(await docxToText(fs.readFileSync(out), out))).toEqual(textParagraphs(corrected));
  });

  it('report-json, report-csv and report-html from a project', async () => {
    const json = await run(['export', '--format', 'report-json', '--project', project, '--reviewer', 'Ana']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ format: 'verso-qa-report', sourceName: 'fr.source.txt', targetName: 'en.mt.txt', reviewer: 'Ana' });
    expect(report.statuses).toMatchObject({ accepted: 1, rejected: 1, resolved: 1 });

    const csv = await run(['export', '--format', 'report-csv', '--project', project]);
    const rows: string[][] = parse(csv.stdout, { bom: true });
    expect(rows).toHaveLength(report.issues.length + 1);

    const html = await run(['export', '--format', 'report-html', '--project', project]);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain(`id="score-value">${report.score.score}<`);
  });

  it('xliff and xliff12 from a project: one unit per segment with the corrected targets, read back by the XLIFF reader', async () => {
    for (const [format, family, root] of [
      ['xliff', 'xliff20', /<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"[^>]* version="2.0" srcLang="fr" trgLang="en">/],
      ['xliff12', 'xliff12', /<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/],
    ] as const) {
      const r = await run(['export', '--format', format, '--project', project]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(root);
      expect(r.stdout).toMatch(/locQualityIssueEnabled="no"/);
      expect(r.stdout).toContain('house style');
      const file = parseBilingual(r.stdout, 'review.xlf');
      expect(file.format).toBe(family);
      expect(file.units.map((u) => u.id)).toEqual(state.document.segments.map((s) => s.id));
      expect(file.units.map((u) => u.target)).toEqual(state.targets);
    }
  });

  it('report from a pair: the checks, all open, file names without their folders', async () => {
    const r = await run(['export', '--format', 'report-json', ...pair]);
    const report = JSON.parse(r.stdout);
    expect(report.sourceName).toBe('fr.source.txt');
    expect(report.statuses.open).toBe(report.issues.length);
    expect(report.statuses.accepted + report.statuses.rejected + report.statuses.resolved).toBe(0);
  });

  it('takes the score weights and the pass threshold from the command line', async () => {
    const r = await run(['export', '--format', 'report-json', ...pair, '--weights', 'major=0,minor=0', '--pass-threshold', '0']);
    expect(JSON.parse(r.stdout).score).toMatchObject({ penalty: 0, pass: true, maxPenaltyPer1000: 0, weights: { critical: 25, major: 0, minor: 0, neutral: 0 } });
  });

  it('reads Word files as --source and --target (by extension or by signature), languages detected', async () => {
    const src = tmp.file('fr.docx', textToDocx(FR));
    const tgt = tmp.file('en-no-extension', textToDocx(EN));
    const r = await run(['export', '--format', 'txt', '--source', src, '--target', tgt]);
    expect(r.code).toBe(0);
    expect(textParagraphs(r.stdout)).toEqual(textParagraphs(EN));
    expect(r.stderr).toBe('verso: note: detected --from fr, --to en\n');
    const fromText = JSON.parse((await run(['export', '--format', 'report-json', ...pair])).stdout);
    const fromDocx = JSON.parse((await run(['export', '--format', 'report-json', '--source', src, '--target', tgt, '--from', 'fr', '--to', 'en'])).stdout);
    expect(fromDocx.issues.map((x: { ruleId: string }) => x.ruleId)).toEqual(fromText.issues.map((x: { ruleId: string }) => x.ruleId));
  });

  it('refuses to write a Word file to a terminal, and writes it to a pipe', async () => {
    const stdout = new Capture();
    const stderr = new Capture();
    stdout.isTTY = true;
    expect(await main(['export', '--format', 'docx', ...pair], { stdout, stderr })).toBe(2);
    expect(oneErrorLine(stderr.text)).toMatch(/--format docx writes a Word file: give --out FILE\.docx/);
    const piped = new Capture();
    const chunks: Buffer[] = [];
    piped._write = (chunk: Buffer, _e, done) => {
      chunks.push(Buffer.from(chunk));
      done();
    };
    expect(await main(['export', '--format', 'docx', ...pair], { stdout: piped, stderr: new Capture() })).toBe(0);
    expect(Buffer.concat(chunks).subarray(0, 2).toString()).toBe('PK');
  });

  it('prints the help with --help', async () => {
    const r = await run(['export', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('verso export --format FORMAT');
    expect(r.stdout).toContain('docx-changes');
  });
});

describe('verso export refuses, with one line naming the problem', () => {
  const tmp = new TmpDir();
  afterAll(() => tmp.remove());
  jest.setTimeout(20000);

  const cases: Array<[string, () => string[], RegExp]> = [
    ['no format', () => ['export', ...pair], /^verso: export needs --format: one of docx-changes, docx, txt, xliff, xliff12, report-html, report-csv, report-json/],
    ['unknown format', () => ['export', '--format', 'pdf', ...pair], /^verso: --format "pdf": expected one of /],
    ['project and pair', () => ['export', '--format', 'txt', '--project', 'p.verso', ...pair], /cannot be combined with --source\/--target/],
    ['source only', () => ['export', '--format', 'txt', '--source', SAMPLE_SOURCE], /--source needs --target/],
    ['nothing', () => ['export', '--format', 'txt'], /nothing to export/],
    ['bad weights', () => ['export', '--format', 'report-json', ...pair, '--weights', 'huge=3'], /--weights "huge=3": expected e\.g\. critical=25/],
    ['bad threshold', () => ['export', '--format', 'report-json', ...pair, '--pass-threshold', 'ten'], /--pass-threshold "ten"/],
    ['unknown option', () => ['export', '--format', 'txt', ...pair, '--frobnicate'], /unknown option --frobnicate/],
    ['bad language', () => ['export', '--format', 'txt', '--source', SAMPLE_SOURCE, '--target', SAMPLE_TARGET, '--from', 'xx'], /--from "xx"/],
  ];
  for (const [name, argv, message] of cases) {
    it(`usage: ${name}`, async () => {
      const r = await run(argv());
      expect(r.code).toBe(2);
      expect(oneErrorLine(r.stderr)).toMatch(message);
      expect(r.stdout).toBe('');
    });
  }

  it('a file that is not a project, or a project of another version', async () => {
    const notJson = tmp.file('a.verso', 'hello');
    expect(oneErrorLine((await run(['export', '--format', 'txt', '--project', notJson])).stderr)).toMatch(/a\.verso: not a Verso project: not valid JSON/);
    const other = tmp.file('b.verso', JSON.stringify({ ...reviewedProject(), version: 7 }));
    expect(oneErrorLine((await run(['export', '--format', 'txt', '--project', other])).stderr)).toMatch(/b\.verso: a Verso project of version 7/);
    const broken = tmp.file('c.verso', JSON.stringify({ ...reviewedProject(), targets: ['only one'] }));
    expect(oneErrorLine((await run(['export', '--format', 'txt', '--project', broken])).stderr)).toMatch(/c\.verso: not a valid Verso project: segment texts do not match/);
    expect(oneErrorLine((await run(['export', '--format', 'txt', '--project', `${tmp.path}/missing.verso`])).stderr)).toMatch(/missing\.verso: no such file/);
  });

  const docxCases: Array<[string, () => Uint8Array, string]> = [
    ['not a zip', () => new TextEncoder().encode('plain words, not Word'), 'is not a Word .docx file (not a zip archive)'],
    ['truncated', () => textToDocx(EN).subarray(0, 900), 'is damaged or truncated (not a readable zip archive)'],
    ['no document.xml', () => unzipLess(), 'is a zip archive but not a Word document: it has no word/document.xml'],
    ['zip bomb', () => rawZip([{ name: 'word/document.xml', deflated: zerosDeflated(2048), size: 2048 * 1024 * 1024 }]), 'would expand to more than 1024 MiB (a zip bomb?)'],
  ];
  for (const [name, bytes, message] of docxCases) {
    it(`a bad Word file: ${name}`, async () => {
      const file = tmp.file(`${name.replace(/\W/g, '-')}.docx`, bytes());
      const t = Date.now();
      const r = await run(['export', '--format', 'txt', '--source', file, '--target', SAMPLE_TARGET, '--from', 'fr', '--to', 'en']);
      expect(r.code).toBe(2);
      expect(oneErrorLine(r.stderr)).toBe(`verso: ${file}: ${message}`);
      expect(Date.now() - t).toBeLessThan(5000);
    });
  }

  it('a 200 MB Word file is refused by its size before a byte of it is read', async () => {
    const file = `${tmp.path}/huge.docx`;
    fs.writeFileSync(file, textToDocx('x'));
    fs.truncateSync(file, 200 * 1024 * 1024); // sparse: takes no disk and no time
    const readFile = jest.spyOn(fs.promises, 'readFile');
    try {
      const t = Date.now();
      const r = await run(['export', '--format', 'txt', '--source', SAMPLE_SOURCE, '--target', file, '--from', 'fr', '--to', 'en']);
      expect(r.code).toBe(2);
      expect(oneErrorLine(r.stderr)).toBe(`verso: ${file}: is 200 MiB, over the 100 MiB limit for Word files`);
      expect(readFile.mock.calls.map((c) => String(c[0]))).not.toContain(file);
      expect(Date.now() - t).toBeLessThan(3000);
    } finally {
      readFile.mockRestore();
    }
  });
});

function unzipLess(): Uint8Array {
  const parts = unzipSync(textToDocx('x'));
  delete parts['word/document.xml'];
  delete parts['_rels/.rels'];
  // Re-zip what is left: a zip, but no Word document in it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { zipSync } = require('fflate') as typeof import('fflate');
  return zipSync(parts);
}
