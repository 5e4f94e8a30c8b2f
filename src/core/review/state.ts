// Review logic as one pure reducer: every editor action (accept, reject, edit, mark reviewed)
// gives a new state, so undo and redo are a stack of states and the UI, the CLI and tests share it.
import type { Issue, ReviewDocument } from '../types';
import type { RunOptions } from '../run';
import { createDocContext, runChecks } from '../run';
import { applyEdits, suggestionEdit } from '../fix';
import { originalTargets, workingDocument } from './working';

export type IssueStatus = 'open' | 'accepted' | 'rejected';

export interface Decision {
  kind: 'accept' | 'reject' | 'edit';
  segment: string;
  ruleId?: string;
  /** What the decision was about: the flagged text (accept/reject), or the segment text before (edit). */
  before: string;
  /** The text after: the chosen fix, or the edited segment. */
  after?: string;
  suggestion?: number;
  reason?: string;
  at: string;
}

export interface ReviewState {
  document: ReviewDocument;
  /** Current target text per segment, by segment index. */
  targets: string[];
  /** Open issues per segment index, offsets absolute into the working document. */
  issues: Issue[][];
  /** Rejections survive re-checks: keyed by rule, segment and flagged text, never by position. */
  rejected: Record<string, string>;
  reviewed: boolean[];
  decisions: Decision[];
  past: Snapshot[];
  future: Snapshot[];
}

type Snapshot = Pick<ReviewState, 'targets' | 'issues' | 'rejected' | 'reviewed' | 'decisions'>;

export type ReviewAction =
  | { type: 'accept'; segment: number; key: string; suggestion?: number }
  | { type: 'reject'; segment: number; key: string; reason?: string }
  | { type: 'acceptAll' | 'rejectAll'; ruleId: string; reason?: string }
  | { type: 'edit'; segment: number; text: string }
  | { type: 'markReviewed'; segment: number; reviewed: boolean }
  | { type: 'undo' }
  | { type: 'redo' };

export function issueKey(issue: Issue): string {
  return `${issue.ruleId}\u0000${issue.segment}\u0000${issue.target?.text ?? issue.source?.text ?? issue.messageId}`;
}

function segmentIndex(document: ReviewDocument, issue: Issue): number {
  return document.segments.findIndex((s) => s.id === issue.segment);
}

/** Checks the given segments of the working document, leaving out rejected issues. */
function checkSegments(document: ReviewDocument, targets: string[], run: RunOptions, which: number[] | null, rejected: Record<string, string>): Issue[][] {
  const working = workingDocument(document, targets);
  const ctx = createDocContext(working);
  const views = which ? which.map((i) => ctx.views[i]) : ctx.views;
  const found = runChecks(ctx, run, views);
  const out: Issue[][] = (which ? which : working.segments.map((_, i) => i)).map(() => []);
  const slot = new Map((which ?? working.segments.map((_, i) => i)).map((seg, k) => [seg, k]));
  for (const issue of found) {
    if (rejected[issueKey(issue)] !== undefined) continue;
    const k = slot.get(segmentIndex(working, issue));
    if (k !== undefined) out[k].push(issue);
  }
  return out;
}

export function createReview(document: ReviewDocument, run: RunOptions): ReviewState {
  const targets = originalTargets(document);
  return {
    document,
    targets,
    issues: checkSegments(document, targets, run, null, {}),
    rejected: {},
    reviewed: document.segments.map(() => false),
    decisions: [],
    past: [],
    future: [],
  };
}

function snapshot(s: ReviewState): Snapshot {
  return { targets: s.targets, issues: s.issues, rejected: s.rejected, reviewed: s.reviewed, decisions: s.decisions };
}

/** Moves the offsets of issues after an edited segment by the change in its length. */
function shifted(issues: Issue[][], from: number, delta: number): Issue[][] {
  if (delta === 0) return issues;
  return issues.map((list, i) =>
    i <= from
      ? list
      : list.map((x) => ({
          ...x,
          target: x.target ? { ...x.target, start: x.target.start + delta, end: x.target.end + delta } : null,
          suggestions: x.suggestions.map((s) => (s.start === undefined || s.end === undefined ? s : { ...s, start: s.start + delta, end: s.end + delta })),
        })),
  );
}

function withSegmentText(state: ReviewState, run: RunOptions, index: number, text: string, decision: Decision, rejected = state.rejected): ReviewState {
  const targets = state.targets.slice();
  const delta = text.length - targets[index].length;
  targets[index] = text;
  const issues = shifted(state.issues, index, delta).slice();
  issues[index] = checkSegments(state.document, targets, run, [index], rejected)[0];
  return { ...state, targets, issues, rejected, decisions: [...state.decisions, decision] };
}

function segmentStart(state: ReviewState, index: number): number {
  return workingDocument(state.document, state.targets).segments[index].target?.start ?? 0;
}

function accept(state: ReviewState, run: RunOptions, index: number, key: string, choice = 0): ReviewState {
  const issue = state.issues[index]?.find((x) => issueKey(x) === key);
  const edit = issue && suggestionEdit(issue, choice);
  if (!issue || !edit) return state;
  const base = segmentStart(state, index);
  const local = { start: edit.start - base, end: edit.end - base, text: edit.text };
  const text = applyEdits(state.targets[index], [local]).text;
  return withSegmentText(state, run, index, text, {
    kind: 'accept', segment: issue.segment, ruleId: issue.ruleId, before: issue.target?.text ?? '', after: edit.text, suggestion: choice, at: new Date().toISOString(),
  });
}

function reject(state: ReviewState, index: number, key: string, reason?: string): ReviewState {
  const issue = state.issues[index]?.find((x) => issueKey(x) === key);
  if (!issue) return state;
  const issues = state.issues.slice();
  issues[index] = issues[index].filter((x) => issueKey(x) !== key);
  return {
    ...state,
    issues,
    rejected: { ...state.rejected, [key]: reason ?? '' },
    decisions: [...state.decisions, { kind: 'reject', segment: issue.segment, ruleId: issue.ruleId, before: issue.target?.text ?? '', reason, at: new Date().toISOString() }],
  };
}

function applyAction(state: ReviewState, action: Exclude<ReviewAction, { type: 'undo' | 'redo' }>, run: RunOptions): ReviewState {
  switch (action.type) {
    case 'accept':
      return accept(state, run, action.segment, action.key, action.suggestion);
    case 'reject':
      return reject(state, action.segment, action.key, action.reason);
    case 'acceptAll':
    case 'rejectAll': {
      let next = state;
      state.issues.forEach((list, index) => {
        for (const issue of list.filter((x) => x.ruleId === action.ruleId)) {
          const key = issueKey(issue);
          next = action.type === 'acceptAll' ? accept(next, run, index, key) : reject(next, index, key, action.reason);
        }
      });
      return next;
    }
    case 'edit': {
      if (action.text === state.targets[action.segment]) return state;
      return withSegmentText(state, run, action.segment, action.text, {
        kind: 'edit', segment: state.document.segments[action.segment].id, before: state.targets[action.segment], after: action.text, at: new Date().toISOString(),
      });
    }
    case 'markReviewed': {
      const reviewed = state.reviewed.slice();
      reviewed[action.segment] = action.reviewed;
      return { ...state, reviewed };
    }
  }
}

export function reviewReducer(state: ReviewState, action: ReviewAction, run: RunOptions): ReviewState {
  if (action.type === 'undo') {
    const prev = state.past[state.past.length - 1];
    if (!prev) return state;
    return { ...state, ...prev, past: state.past.slice(0, -1), future: [snapshot(state), ...state.future] };
  }
  if (action.type === 'redo') {
    const next = state.future[0];
    if (!next) return state;
    return { ...state, ...next, past: [...state.past, snapshot(state)], future: state.future.slice(1) };
  }
  const next = applyAction(state, action, run);
  if (next === state) return state;
  return { ...next, past: [...state.past, snapshot(state)], future: [] };
}
