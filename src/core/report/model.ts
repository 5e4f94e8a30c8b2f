// The QA report of one review: every issue the checks found in the machine translation, what the
// reviewer decided about it, counts by MQM category and severity, and the quality score. Pure data
// from a ReviewState, so the CLI, the app and tests build the same report; the CSV, JSON and HTML
// writers only lay it out.
//
// Status of an issue found in the machine translation:
//   accepted  the reviewer applied its fix (the fix is the text written)
//   rejected  the reviewer dismissed it (with the reason given, if any): a false alarm, not counted
//   resolved  no longer flagged because the reviewer edited the text by hand
//   open      still flagged, no decision
// Issues that appear only in the corrected text (introduced by an edit) are listed as open with
// origin 'edit'. The score rates the machine translation: every issue found in it that was not
// rejected counts (accepted, resolved and open alike).
import type { Issue, Severity } from '../types';
import type { RunOptions } from '../run';
import type { Decision, ReviewState } from '../review/state';
import { SEVERITY_RANK } from '../types';
import { createDocContext, runChecks } from '../run';
import { issueKey } from '../review/state';
import { correctedText, originalTargets } from '../review/working';
import { countWords, qualityScore, type QualityScore, type ScoreOptions } from './score';

export const QA_REPORT_VERSION = 1;

export type QaStatus = 'open' | 'accepted' | 'rejected' | 'resolved';
export const QA_STATUSES: readonly QaStatus[] = ['open', 'accepted', 'rejected', 'resolved'];
export const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor', 'neutral'];

export interface QaIssue {
  /** 1-based, in document order. */
  n: number;
  status: QaStatus;
  /** 'machine': found in the machine translation; 'edit': appeared after the reviewer's edits. */
  origin: 'machine' | 'edit';
  /** Counts toward the quality score. */
  counted: boolean;
  segment: string;
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  /** The flagged target text ('' for an issue with no target span, such as an omission). */
  flagged: string;
  /** The source text the issue points at, where it points at one. */
  sourceText: string | null;
  /** The check's first suggestion. */
  suggestion: string | null;
  /** The text the reviewer wrote in its place (accepted). */
  fix: string | null;
  /** Why the reviewer rejected it ('' when no reason was given). */
  reason: string | null;
  /** When the decision was made (ISO 8601). */
  decidedAt: string | null;
  /** The segment's source, machine translation and corrected text, for context. */
  context: { source: string; machine: string; corrected: string };
}

export interface CategoryCount {
  /** MQM path, e.g. 'accuracy/mistranslation'. */
  category: string;
  /** Counted issues by severity. */
  critical: number;
  major: number;
  minor: number;
  neutral: number;
  /** Counted issues in this category. */
  total: number;
  /** Penalty points of the counted issues. */
  penalty: number;
  /** Rejected (not counted) issues in this category. */
  rejected: number;
}

export interface QaReport {
  format: 'verso-qa-report';
  version: number;
  tool: 'verso';
  generatedAt: string;
  from: string;
  to: string;
  sourceName: string;
  targetName: string;
  reviewer: string | null;
  words: { source: number; machine: number; corrected: number };
  segments: { total: number; reviewed: number; edited: number };
  /** All issues by status. */
  statuses: Record<QaStatus, number>;
  /** Counted issues by severity. */
  severities: Record<Severity, number>;
  /** By category, most penalty first (then most issues, then name). */
  categories: CategoryCount[];
  score: QualityScore;
  issues: QaIssue[];
}

export interface QaReportInput {
  state: ReviewState;
  run: RunOptions;
  sourceName: string;
  targetName: string;
  reviewer?: string;
  now?: Date;
  score?: ScoreOptions;
}

/** An accept decision answers an issue when rule, segment and flagged text match; each answers one. */
function takeDecision(list: Decision[], kind: Decision['kind'], issue: Issue): Decision | undefined {
  const i = list.findIndex((d) => d.kind === kind && d.segment === issue.segment && d.ruleId === issue.ruleId && d.before === (issue.target?.text ?? ''));
  return i < 0 ? undefined : list.splice(i, 1)[0];
}

function byPosition(a: Issue, b: Issue, order: Map<string, number>): number {
  return (
    (order.get(a.segment) ?? 0) - (order.get(b.segment) ?? 0) ||
    (a.target?.start ?? a.source?.start ?? 0) - (b.target?.start ?? b.source?.start ?? 0) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export function buildQaReport(input: QaReportInput): QaReport {
  const { state, run } = input;
  const doc = state.document;
  const original = originalTargets(doc);
  const segmentIndex = new Map(doc.segments.map((s, i) => [s.id, i]));
  const found = runChecks(createDocContext(doc), run);
  const open = new Map<string, Issue>();
  for (const list of state.issues) for (const x of list) open.set(issueKey(x), x);
  const accepts = state.decisions.filter((d) => d.kind === 'accept');
  const rejects = state.decisions.filter((d) => d.kind === 'reject');

  const context = (segment: string) => {
    const i = segmentIndex.get(segment) ?? -1;
    const seg = doc.segments[i];
    return {
      source: seg?.source ? doc.source.text.slice(seg.source.start, seg.source.end) : '',
      machine: original[i] ?? '',
      corrected: state.targets[i] ?? '',
    };
  };
  const row = (x: Issue, status: QaStatus, origin: QaIssue['origin'], d?: Decision): Omit<QaIssue, 'n'> => ({
    status,
    origin,
    counted: origin === 'machine' && status !== 'rejected',
    segment: x.segment,
    ruleId: x.ruleId,
    category: x.category,
    severity: x.severity,
    message: x.message,
    flagged: x.target?.text ?? '',
    sourceText: x.source?.text ?? null,
    suggestion: x.suggestions[0]?.text ?? null,
    fix: status === 'accepted' ? (d?.after ?? null) : null,
    reason: status === 'rejected' ? (state.rejected[issueKey(x)] ?? '') : null,
    decidedAt: d?.at ?? null,
    context: context(x.segment),
  });

  const rows: Array<{ issue: Issue; row: Omit<QaIssue, 'n'> }> = [];
  const seen = new Set<string>();
  for (const x of found) {
    const key = issueKey(x);
    seen.add(key);
    let r: Omit<QaIssue, 'n'>;
    if (state.rejected[key] !== undefined) r = row(x, 'rejected', 'machine', takeDecision(rejects, 'reject', x));
    else if (open.has(key)) r = row(x, 'open', 'machine');
    else {
      const d = takeDecision(accepts, 'accept', x);
      r = d ? row(x, 'accepted', 'machine', d) : row(x, 'resolved', 'machine');
    }
    rows.push({ issue: x, row: r });
  }
  for (const [key, x] of open) if (!seen.has(key)) rows.push({ issue: x, row: row(x, 'open', 'edit') });
  rows.sort((a, b) => byPosition(a.issue, b.issue, segmentIndex));
  const issues: QaIssue[] = rows.map((r, i) => ({ n: i + 1, ...r.row }));

  const statuses = Object.fromEntries(QA_STATUSES.map((s) => [s, 0])) as Record<QaStatus, number>;
  const severities = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const counted = issues.filter((x) => x.counted);
  for (const x of issues) statuses[x.status]++;
  for (const x of counted) severities[x.severity]++;

  const sourceWords = countWords(doc.source.text, doc.source.lang);
  const corrected = correctedText(doc, state.targets);
  const machineWords = countWords(doc.target.text, doc.target.lang);
  const score = qualityScore(counted.map((x) => x.severity), sourceWords > 0 ? sourceWords : machineWords, input.score);

  const categories = new Map<string, CategoryCount>();
  for (const x of issues) {
    if (x.origin !== 'machine') continue;
    const c = categories.get(x.category) ?? { category: x.category, critical: 0, major: 0, minor: 0, neutral: 0, total: 0, penalty: 0, rejected: 0 };
    if (x.counted) {
      c[x.severity]++;
      c.total++;
      c.penalty += score.weights[x.severity];
    } else c.rejected++;
    categories.set(x.category, c);
  }

  return {
    format: 'verso-qa-report',
    version: QA_REPORT_VERSION,
    tool: 'verso',
    generatedAt: (input.now ?? new Date()).toISOString(),
    from: doc.source.lang,
    to: doc.target.lang,
    sourceName: input.sourceName,
    targetName: input.targetName,
    reviewer: input.reviewer ?? null,
    words: { source: sourceWords, machine: machineWords, corrected: countWords(corrected, doc.target.lang) },
    segments: {
      total: doc.segments.length,
      reviewed: state.reviewed.filter(Boolean).length,
      edited: state.targets.filter((t, i) => t !== original[i]).length,
    },
    statuses,
    severities,
    categories: [...categories.values()].sort((a, b) => b.penalty - a.penalty || b.total - a.total || a.category.localeCompare(b.category)),
    score,
    issues,
  };
}

/** 'accuracy/mistranslation' → 'Accuracy › Mistranslation'. */
export function categoryLabel(category: string): string {
  return category
    .split('/')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1).replace(/-/g, ' '))
    .join(' › ');
}
