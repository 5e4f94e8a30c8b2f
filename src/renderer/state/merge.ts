// Fixing the alignment by hand: merge a segment with the next one. A pure function over the
// ReviewDocument and the review state; the merged segment is checked again, the others keep their
// issues (their text and offsets do not move). The undo stack holds snapshots of one alignment, so
// a merge starts a new history.
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
