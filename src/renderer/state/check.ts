// Checking a whole document in slices, so a long one can report progress (and, on the UI thread,
// let the page breathe between slices). The result is exactly createReview's: the same working
// document, the same checks, issues bucketed per segment (a unit test holds the two together).
import { buildDocument } from '../../core/document';
import { createDocContext, runChecks, type RunOptions } from '../../core/run';
import type { ReviewState } from '../../core/review/state';
import { originalTargets, workingDocument } from '../../core/review/working';
import type { Issue, ReviewDocument } from '../../core/types';
import type { CheckingProgress } from './types';

export interface CheckInput {
  source: string;
  target: string;
  from: string;
  to: string;
}

/** Segments per slice: small enough for a smooth progress bar, big enough to cost nothing. */
const SLICE = 40;

export async function checkInSlices(
  input: CheckInput,
  run: RunOptions,
  onProgress: (p: CheckingProgress) => void = () => undefined,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<ReviewState> {
  onProgress({ stage: 'aligning', done: 0, total: 1 });
  await pause();
  const document = buildDocument(input.source, input.target, input.from, input.to);
  return reviewInSlices(document, run, onProgress, pause);
}

/** The same for a document already segmented (a bilingual file: one segment per unit, never re-aligned). */
export async function reviewInSlices(
  document: ReviewDocument,
  run: RunOptions,
  onProgress: (p: CheckingProgress) => void = () => undefined,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<ReviewState> {
  const targets = originalTargets(document);
  const ctx = createDocContext(workingDocument(document, targets));
  const total = ctx.views.length;
  const found: Issue[] = [];
  for (let i = 0; i < total; i += SLICE) {
    onProgress({ stage: 'checking', done: i, total });
    await pause();
    found.push(...runChecks(ctx, run, ctx.views.slice(i, i + SLICE)));
  }
  onProgress({ stage: 'checking', done: total, total });
  const index = new Map(document.segments.map((s, i) => [s.id, i]));
  const issues: Issue[][] = document.segments.map(() => []);
  for (const issue of found) issues[index.get(issue.segment) ?? 0].push(issue);
  return { document, targets, issues, rejected: {}, reviewed: document.segments.map(() => false), decisions: [], past: [], future: [] };
}
