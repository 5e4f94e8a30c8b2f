// A review saved as one file: both texts, the alignment as the editor left it, every segment's
// current text, rejections, reviewed marks and the decision log. Reopening re-checks the text,
// so a project stays valid when the checks improve.
import type { ReviewDocument, Segment, Sentence } from '../types';
import type { RunOptions } from '../run';
import { buildSide } from '../document';
import { createDocContext, runChecks } from '../run';
import { type Decision, type ReviewState, issueKey } from './state';
import { workingDocument } from './working';

export interface ProjectFile {
  format: 'verso-project';
  version: 1;
  savedAt: string;
  from: string;
  to: string;
  sourceName: string;
  targetName: string;
  sourceText: string;
  targetText: string;
  /** Each segment as [id, first source sentence, source count, first target sentence, target count, confidence]. */
  alignment: Array<[string, number, number, number, number, number]>;
  targets: string[];
  rejected: Record<string, string>;
  reviewed: boolean[];
  decisions: Decision[];
}

export function toProject(state: ReviewState, names: { source: string; target: string }, now = new Date()): ProjectFile {
  const doc = state.document;
  return {
    format: 'verso-project',
    version: 1,
    savedAt: now.toISOString(),
    from: doc.source.lang,
    to: doc.target.lang,
    sourceName: names.source,
    targetName: names.target,
    sourceText: doc.source.text,
    targetText: doc.target.text,
    alignment: doc.segments.map((s) => [
      s.id,
      s.sourceSentences[0]?.index ?? -1,
      s.sourceSentences.length,
      s.targetSentences[0]?.index ?? -1,
      s.targetSentences.length,
      s.confidence,
    ]),
    targets: state.targets,
    rejected: state.rejected,
    reviewed: state.reviewed,
    decisions: state.decisions,
  };
}

export class ProjectError extends Error {}

function span(list: Sentence[]) {
  return list.length ? { start: list[0].start, end: list[list.length - 1].end } : null;
}

export function projectDocument(p: ProjectFile): ReviewDocument {
  if (p?.format !== 'verso-project' || p.version !== 1) throw new ProjectError('not a Verso project (version 1)');
  const source = buildSide(p.sourceText, p.from);
  const target = buildSide(p.targetText, p.to);
  const segments: Segment[] = p.alignment.map(([id, s0, ns, t0, nt, confidence], index) => {
    const sourceSentences = ns ? source.sentences.slice(s0, s0 + ns) : [];
    const targetSentences = nt ? target.sentences.slice(t0, t0 + nt) : [];
    if (sourceSentences.length !== ns || targetSentences.length !== nt) throw new ProjectError(`segment ${id} points past the end of the text`);
    return { id, index, kind: `${ns}-${nt}`, source: span(sourceSentences), target: span(targetSentences), sourceSentences, targetSentences, confidence };
  });
  if (p.targets.length !== segments.length) throw new ProjectError('segment texts do not match the alignment');
  return { source, target, segments };
}

/** Reopens a project: decisions, edits and rejections as saved, issues checked afresh. */
export function fromProject(p: ProjectFile, run: RunOptions): ReviewState {
  const document = projectDocument(p);
  const working = workingDocument(document, p.targets);
  const found = runChecks(createDocContext(working), run);
  const index = new Map(document.segments.map((s, i) => [s.id, i]));
  const issues = document.segments.map(() => [] as ReviewState['issues'][number]);
  for (const issue of found) if (p.rejected[issueKey(issue)] === undefined) issues[index.get(issue.segment) ?? 0].push(issue);
  return {
    document, targets: p.targets, issues, rejected: p.rejected, reviewed: p.reviewed, decisions: p.decisions, past: [], future: [],
  };
}
