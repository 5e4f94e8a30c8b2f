// Derived data, memoised on the identity of its inputs so the store can hand the same array to a
// component until something it depends on really changed (zustand re-renders on !==).
import { issueKey } from '../../core/review/state';
import { workingDocument } from '../../core/review/working';
import type { Issue, ReviewDocument, Severity } from '../../core/types';
import type { AppState, Filters, ReviewState } from './types';
import { SEVERITIES } from './types';

export interface IssueRef {
  segment: number;
  key: string;
  issue: Issue;
}

/** Caches the result of the last call; recomputes when any argument is a different object. */
export function lastCall<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let prevArgs: A | null = null;
  let prev: R;
  return (...args: A) => {
    if (prevArgs && prevArgs.length === args.length && prevArgs.every((a, i) => Object.is(a, args[i]))) return prev;
    prevArgs = args;
    prev = fn(...args);
    return prev;
  };
}

const EMPTY: IssueRef[] = [];

/** Rule-pack entries ('calque/fr-en/piege') belong to their pack ('calque/fr-en'); a check's own id is its family. */
export function checkFamily(ruleId: string): string {
  const parts = ruleId.split('/');
  return parts.length >= 3 ? parts.slice(0, 2).join('/') : ruleId;
}

export function categoryMatches(category: string, filter: string): boolean {
  return !filter || category === filter || category.startsWith(`${filter}/`);
}

export function checkMatches(ruleId: string, filter: string): boolean {
  return !filter || ruleId === filter || ruleId.startsWith(`${filter}/`);
}

export const allIssueRefs = lastCall((issues: Issue[][]): IssueRef[] => {
  const out: IssueRef[] = [];
  issues.forEach((list, segment) => {
    for (const issue of list) out.push({ segment, key: issueKey(issue), issue });
  });
  return out;
});

export function refVisible(ref: IssueRef, filters: Filters, reviewed: boolean[]): boolean {
  if (filters.hideReviewed && reviewed[ref.segment]) return false;
  if (!filters.severities[ref.issue.severity]) return false;
  return categoryMatches(ref.issue.category, filters.category) && checkMatches(ref.issue.ruleId, filters.check);
}

export const filteredIssues = lastCall((issues: Issue[][], filters: Filters, reviewed: boolean[]): IssueRef[] =>
  allIssueRefs(issues).filter((r) => refVisible(r, filters, reviewed)),
);

export function selectIssueList(s: AppState): IssueRef[] {
  return s.review ? filteredIssues(s.review.issues, s.filters, s.review.reviewed) : EMPTY;
}

export interface Counts {
  total: number;
  severity: Record<Severity, number>;
  /** Full categories and their top levels ('accuracy', 'accuracy/mistranslation'). */
  category: Map<string, number>;
  /** Check families. */
  check: Map<string, number>;
  /** Exact rule ids, for "accept all of this check". */
  rule: Map<string, number>;
}

function bump(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Open issues counted per facet (severity, category, check), over the segments the list shows. */
export const issueCounts = lastCall((issues: Issue[][], reviewed: boolean[], hideReviewed: boolean): Counts => {
  const severity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const category = new Map<string, number>();
  const check = new Map<string, number>();
  const rule = new Map<string, number>();
  let total = 0;
  issues.forEach((list, i) => {
    if (hideReviewed && reviewed[i]) return;
    for (const issue of list) {
      total++;
      severity[issue.severity]++;
      const top = issue.category.split('/')[0];
      bump(category, top);
      if (issue.category !== top) bump(category, issue.category);
      bump(check, checkFamily(issue.ruleId));
      bump(rule, issue.ruleId);
    }
  });
  return { total, severity, category, check, rule };
});

export function selectCounts(s: AppState): Counts | null {
  return s.review ? issueCounts(s.review.issues, s.review.reviewed, s.filters.hideReviewed) : null;
}

export interface Progress {
  decided: number;
  open: number;
  /** decided + open: the issues there were to decide. */
  issues: number;
  reviewed: number;
  segments: number;
}

export const reviewProgress = lastCall((review: ReviewState): Progress => {
  const decided = review.decisions.filter((d) => d.kind === 'accept' || d.kind === 'reject').length;
  const open = review.issues.reduce((n, l) => n + l.length, 0);
  const reviewed = review.reviewed.filter(Boolean).length;
  return { decided, open, issues: decided + open, reviewed, segments: review.document.segments.length };
});

/** Where each segment's current target text starts in the working (corrected) text: issue offsets are relative to it. */
export const targetStarts = lastCall((document: ReviewDocument, targets: string[]): number[] =>
  workingDocument(document, targets).segments.map((s) => s.target?.start ?? 0),
);

export function segmentSource(document: ReviewDocument, index: number): string {
  const s = document.segments[index]?.source;
  return s ? document.source.text.slice(s.start, s.end) : '';
}

/** The machine translation of a segment as it came in. */
export function originalTarget(document: ReviewDocument, index: number): string {
  const t = document.segments[index]?.target;
  return t ? document.target.text.slice(t.start, t.end) : '';
}

function normalise(text: string): string {
  return text.toLocaleLowerCase().normalize('NFC');
}

/** Segment indices the grid shows: all, less reviewed ones when hidden, less those not matching the search. */
export const visibleSegments = lastCall(
  (document: ReviewDocument, targets: string[], reviewed: boolean[], hideReviewed: boolean, search: string): number[] => {
    const q = normalise(search.trim());
    const out: number[] = [];
    for (let i = 0; i < document.segments.length; i++) {
      if (hideReviewed && reviewed[i]) continue;
      if (q && !normalise(segmentSource(document, i)).includes(q) && !normalise(targets[i] ?? '').includes(q)) continue;
      out.push(i);
    }
    return out;
  },
);

const NO_ROWS: number[] = [];
export function selectVisibleSegments(s: AppState): number[] {
  const r = s.review;
  return r ? visibleSegments(r.document, r.targets, r.reviewed, s.filters.hideReviewed, s.search) : NO_ROWS;
}

export function findIssue(review: ReviewState, segment: number, key: string | null): Issue | null {
  if (key === null) return null;
  return review.issues[segment]?.find((x) => issueKey(x) === key) ?? null;
}

const currentIssue = lastCall((issues: Issue[][], segment: number, key: string | null): IssueRef | null => {
  if (key === null) return null;
  const issue = issues[segment]?.find((x) => issueKey(x) === key);
  return issue ? { segment, key, issue } : null;
});

export function selectCurrentIssue(s: AppState): IssueRef | null {
  return s.review ? currentIssue(s.review.issues, s.cursor.segment, s.cursor.issue) : null;
}

/** Right-to-left scripts among content languages. */
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr']);

export function langDir(lang: string): 'rtl' | 'ltr' {
  const base = lang.split(/[-_]/)[0].toLowerCase();
  if (/-(Arab|Hebr|Thaa|Syrc)\b/i.test(lang)) return 'rtl';
  if (/-(Latn|Cyrl)\b/i.test(lang)) return 'ltr';
  return RTL.has(base) ? 'rtl' : 'ltr';
}

/** An issue key as it can appear in the DOM (data-issue): issueKey's NUL separators as "|". */
export function domKey(key: string): string {
  return key.replace(/\u0000/g, '|');
}
