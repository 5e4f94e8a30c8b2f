// Fixing the alignment by hand: merge a segment with the next one, or split one in two (merge and
// split together re-pair sentences). Pure functions over the ReviewDocument and the review state;
// the changed segments are checked again, the others keep their issues (their text and offsets do
// not move). The undo stack holds snapshots of one alignment, so either starts a new history.
import type { RunOptions } from '../../core/run';
import { createDocContext, runChecks } from '../../core/run';
import { issueKey, type ReviewState } from '../../core/review/state';
import { workingDocument } from '../../core/review/working';
import type { ReviewDocument, Segment, Span } from '../../core/types';

export function canMergeNext(doc: ReviewDocument, index: number): boolean {
  return index >= 0 && index + 1 < doc.segments.length;
}

function cover(a: Span | null, b: Span | null): Span | null {
  if (a && b) return { start: a.start, end: b.end };
  return a ?? b;
}

/** The document with segments `index` and `index + 1` made one; later segments are renumbered. */
export function mergeDocument(doc: ReviewDocument, index: number): ReviewDocument {
  if (!canMergeNext(doc, index)) throw new RangeError(`no segment after ${index} to merge with`);
  const a = doc.segments[index];
  const b = doc.segments[index + 1];
  const sourceSentences = [...a.sourceSentences, ...b.sourceSentences];
  const targetSentences = [...a.targetSentences, ...b.targetSentences];
  const merged: Segment = {
    id: a.id,
    index,
    kind: `${sourceSentences.length}-${targetSentences.length}`,
    source: cover(a.source, b.source),
    target: cover(a.target, b.target),
    sourceSentences,
    targetSentences,
    // The editor paired these by hand: the aligner's doubt no longer applies.
    confidence: 1,
  };
  const segments = [
    ...doc.segments.slice(0, index),
    merged,
    ...doc.segments.slice(index + 2).map((s) => ({ ...s, index: s.index - 1 })),
  ];
  return { ...doc, segments };
}

/** The current text of the merged segment: both texts with what separated them in the original. */
export function mergedTarget(doc: ReviewDocument, targets: string[], index: number): string {
  const a = doc.segments[index];
  const b = doc.segments[index + 1];
  const ta = targets[index] ?? '';
  const tb = targets[index + 1] ?? '';
  if (a.target && b.target) return ta + doc.target.text.slice(a.target.end, b.target.start) + tb;
  if (!ta) return tb;
  if (!tb) return ta;
  return `${ta} ${tb}`;
}

export function mergeNext(state: ReviewState, index: number, run: RunOptions): ReviewState {
  const document = mergeDocument(state.document, index);
  const text = mergedTarget(state.document, state.targets, index);
  const targets = [...state.targets.slice(0, index), text, ...state.targets.slice(index + 2)];
  const reviewed = [...state.reviewed.slice(0, index), Boolean(state.reviewed[index] && state.reviewed[index + 1]), ...state.reviewed.slice(index + 2)];
  const ctx = createDocContext(workingDocument(document, targets));
  const found = runChecks(ctx, run, [ctx.views[index]]).filter((x) => state.rejected[issueKey(x)] === undefined);
  const issues = [...state.issues.slice(0, index), found, ...state.issues.slice(index + 2)];
  return { ...state, document, targets, issues, reviewed, past: [], future: [] };
}

function span(list: Segment['sourceSentences']): Span | null {
  return list.length ? { start: list[0].start, end: list[list.length - 1].end } : null;
}

/**
 * A segment splits after its first sentence on each side ("1-2" gives "1-1" and "0-1"), so a
 * sentence the aligner put in the wrong segment can be split off and merged where it belongs.
 * Only before the segment is edited: an edit no longer has the original's sentence boundaries.
 */
export function canSplit(state: ReviewState, index: number): boolean {
  const seg = state.document.segments[index];
  if (!seg || (seg.sourceSentences.length < 2 && seg.targetSentences.length < 2)) return false;
  const original = seg.target ? state.document.target.text.slice(seg.target.start, seg.target.end) : '';
  return state.targets[index] === original;
}

export function splitDocument(doc: ReviewDocument, index: number): ReviewDocument {
  const seg = doc.segments[index];
  const cut = (n: number) => (n > 1 ? 1 : n);
  const s1 = seg.sourceSentences.slice(0, cut(seg.sourceSentences.length));
  const t1 = seg.targetSentences.slice(0, cut(seg.targetSentences.length));
  const s2 = seg.sourceSentences.slice(s1.length);
  const t2 = seg.targetSentences.slice(t1.length);
  const part = (id: string, at: number, ss: typeof s1, ts: typeof t1): Segment => ({
    id, index: at, kind: `${ss.length}-${ts.length}`, source: span(ss), target: span(ts), sourceSentences: ss, targetSentences: ts, confidence: 1,
  });
  const segments = [
    ...doc.segments.slice(0, index),
    part(seg.id, index, s1, t1),
    part(`${seg.id}b`, index + 1, s2, t2),
    ...doc.segments.slice(index + 1).map((s) => ({ ...s, index: s.index + 1 })),
  ];
  return { ...doc, segments };
}

export function splitSegment(state: ReviewState, index: number, run: RunOptions): ReviewState {
  if (!canSplit(state, index)) return state;
  const document = splitDocument(state.document, index);
  const text = (seg: Segment) => (seg.target ? document.target.text.slice(seg.target.start, seg.target.end) : '');
  const parts = [document.segments[index], document.segments[index + 1]];
  const targets = [...state.targets.slice(0, index), ...parts.map(text), ...state.targets.slice(index + 1)];
  const reviewed = [...state.reviewed.slice(0, index), false, false, ...state.reviewed.slice(index + 1)];
  const ctx = createDocContext(workingDocument(document, targets));
  const found = runChecks(ctx, run, [ctx.views[index], ctx.views[index + 1]]).filter((x) => state.rejected[issueKey(x)] === undefined);
  const issues = [...state.issues.slice(0, index), ...parts.map((p) => found.filter((x) => x.segment === p.id)), ...state.issues.slice(index + 1)];
  return { ...state, document, targets, issues, reviewed, past: [], future: [] };
}
