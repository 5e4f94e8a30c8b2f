import { parse } from 'csv-parse/sync';
import { runOptions } from '../../../src/core';
import { buildDocument } from '../../../src/core/document';
import { createReview } from '../../../src/core/review/state';
import {
  buildQaReport,
  categoryChart,
  countWords,
  csvField,
  CSV_COLUMNS,
  qualityScore,
  reportCsv,
  reportHtml,
  reportJson,
  type QaReport,
} from '../../../src/core/report';
import { EN, FR, reviewedSample } from '../../formats/fixtures';

const now = new Date('2024-05-01T10:00:00Z');
const names = { sourceName: 'fr.source.txt', targetName: 'en.mt.txt' };

function freshReport(): QaReport {
  const run = runOptions();
  const state = createReview(buildDocument(FR, EN, 'fr', 'en'), run);
  return buildQaReport({ state, run, ...names, now });
}

function reviewedReport(score = {}): QaReport {
  const { state, run } = reviewedSample();
  return buildQaReport({ state, run, ...names, reviewer: 'Ana Reviewer', now, score });
}

describe('MQM-style score', () => {
  it('is 100 × (1 − penalty / words), with the penalty per 1,000 words against the threshold', () => {
    const s = qualityScore(['major', 'minor', 'critical', 'neutral'], 1000);
    expect(s).toMatchObject({ penalty: 31, penaltyPer1000: 31, score: 96.9, pass: false, counted: 4, words: 1000 });
    expect(qualityScore(['major', 'major'], 1000).pass).toBe(true); // exactly 10 per 1,000 passes
    expect(qualityScore(['major', 'major', 'minor'], 1000).pass).toBe(false);
    expect(qualityScore([], 500)).toMatchObject({ penalty: 0, score: 100, pass: true });
  });

  it('takes its weights and threshold from the options', () => {
    const s = qualityScore(['major', 'minor'], 200, { weights: { major: 10, minor: 0 }, maxPenaltyPer1000: 50 });
    expect(s).toMatchObject({ penalty: 10, penaltyPer1000: 50, score: 95, pass: true });
    expect(s.weights).toEqual({ critical: 25, major: 10, minor: 0, neutral: 0 });
    expect(() => qualityScore([], 10, { weights: { major: -1 } })).toThrow(RangeError);
  });

  it('treats any penalty on a text with no words as a fail', () => {
    expect(qualityScore(['minor'], 0)).toMatchObject({ pass: false, score: -Infinity });
    expect(qualityScore([], 0)).toMatchObject({ pass: true, score: 100 });
  });

  it('counts words per language, Chinese included', () => {
    expect(countWords('The booby-trapped drone, 3 times.', 'en')).toBe(6);
    expect(countWords('伊拉克总理逃过无人机袭击', 'zh')).toBeGreaterThan(3);
  });
});

describe('QA report model', () => {
  it('before any decision: every issue open and counted, as many as the checks found', () => {
    const r = freshReport();
    expect(r.issues.length).toBeGreaterThan(10);
    expect(r.statuses).toEqual({ open: r.issues.length, accepted: 0, rejected: 0, resolved: 0 });
    expect(r.issues.every((x) => x.status === 'open' && x.counted && x.origin === 'machine')).toBe(true);
    expect(r.issues.map((x) => x.n)).toEqual(r.issues.map((_, i) => i + 1));
    expect(r.segments).toMatchObject({ edited: 0, reviewed: 0 });
    expect(r.words.source).toBe(countWords(FR, 'fr'));
    const penalty = r.issues.reduce((sum, x) => sum + r.score.weights[x.severity], 0);
    expect(r.score.penalty).toBe(penalty);
    expect(r.score.score).toBeCloseTo(100 * (1 - penalty / r.words.source), 2);
  });

  it('after review: the accepted fix, the rejection with its reason, the hand edit, the rest open', () => {
    const r = reviewedReport();
    const accepted = r.issues.filter((x) => x.status === 'accepted');
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ flagged: 'trapped drone', fix: 'booby-trapped drone', counted: true });
    expect(accepted[0].decidedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const rejected = r.issues.filter((x) => x.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ flagged: 'watching sit-ins', reason: 'house style', counted: false });
    const resolved = r.issues.filter((x) => x.status === 'resolved');
    expect(resolved.map((x) => x.flagged)).toEqual(['crisis that is going through Iraq']);
    expect(resolved[0].context.corrected).toContain('the crisis Iraq is going through');
    expect(resolved[0].context.machine).toContain('the crisis that is going through Iraq');
    expect(r.segments).toMatchObject({ edited: 1, reviewed: 1 });
    expect(r.score.counted).toBe(r.issues.filter((x) => x.status !== 'rejected' && x.origin === 'machine').length);
  });

  it('counts by category and severity add up to the counted issues; rejected ones apart', () => {
    const r = reviewedReport();
    const total = r.categories.reduce((s, c) => s + c.total, 0);
    expect(total).toBe(r.score.counted);
    expect(r.categories.reduce((s, c) => s + c.rejected, 0)).toBe(1);
    expect(r.categories.reduce((s, c) => s + c.penalty, 0)).toBe(r.score.penalty);
    for (const c of r.categories) expect(c.critical + c.major + c.minor + c.neutral).toBe(c.total);
    const penalties = r.categories.map((c) => c.penalty);
    expect(penalties).toEqual([...penalties].sort((a, b) => b - a));
  });

  it('applies the configured weights and pass threshold', () => {
    const strict = reviewedReport();
    expect(strict.score.pass).toBe(false);
    const lenient = reviewedReport({ weights: { major: 0, minor: 0 }, maxPenaltyPer1000: 0 });
    expect(lenient.score).toMatchObject({ penalty: 0, score: 100, pass: true });
  });
});

describe('CSV, JSON and HTML', () => {
  const r = reviewedReport();

  it('CSV: one issue a row, RFC 4180, read back by a CSV parser field for field', () => {
    const csv = reportCsv(r);
    expect(csv.startsWith('\ufeffn,segment,status')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows: string[][] = parse(csv, { bom: true, relax_column_count: false });
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(r.issues.length + 1);
    const rejected = rows.find((row) => row[2] === 'rejected') as string[];
    expect(rejected[CSV_COLUMNS.indexOf('reason')]).toBe('house style');
    expect(rejected[CSV_COLUMNS.indexOf('counted')]).toBe('false');
    const accepted = rows.find((row) => row[2] === 'accepted') as string[];
    expect(accepted[CSV_COLUMNS.indexOf('fix')]).toBe('booby-trapped drone');
    rows.slice(1).forEach((row, i) => expect(row[CSV_COLUMNS.indexOf('message')]).toBe(r.issues[i].message));
  });

  it('CSV quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-5')).toBe('"\'-5"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('JSON: the report itself', () => {
    expect(JSON.parse(reportJson(r))).toEqual(JSON.parse(JSON.stringify(r)));
    expect(JSON.parse(reportJson(r))).toMatchObject({ format: 'verso-qa-report', version: 1, reviewer: 'Ana Reviewer' });
  });

  it('HTML: standalone, no script, no external resource, everything escaped', () => {
    const evil: QaReport = JSON.parse(JSON.stringify(r));
    evil.targetName = '<img src=x onerror=alert(1)>.txt';
    evil.issues[0].message = '</td><script>alert(1)</script>';
    evil.issues[0].flagged = '<b>bold</b> & co';
    evil.categories[0].category = 'accuracy/<svg onload=alert(1)>';
    const html = reportHtml(evil);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg onload/i);
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; co');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/(src|href)=["']?(https?:|\/\/)/i);
    expect(html).toContain('@media print');
  });

  it('HTML: the chart has a bar for each severity present in each category, and says so in words', () => {
    const svg = categoryChart(r);
    const bars = r.categories.reduce((n, c) => n + ['critical', 'major', 'minor', 'neutral'].filter((s) => c[s as 'major'] > 0).length, 0);
    expect(svg.match(/<rect /g)).toHaveLength(bars);
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<desc id="chart-desc">Accuracy › Mistranslation: \d+/);
    const empty = categoryChart({ ...r, categories: [] });
    expect(empty).toContain('No issue counts toward the score.');
  });
});
