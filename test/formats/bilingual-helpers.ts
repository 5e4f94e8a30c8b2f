// Shared by the bilingual format tests: a fixture read and reviewed the way the editor does it
// (one accepted fix, one edit, marks), then exported and read back.
import * as path from 'path';
import type { BilingualFile } from '../../src/core/bilingual';
import { applyReview, bilingualDocument } from '../../src/core/bilingual';
import { runOptions } from '../../src/core';
import { createReview, issueKey, reviewReducer, type ReviewAction, type ReviewState } from '../../src/core/review/state';
import { parseXml, type XmlElement } from '../../src/formats/xml';

export const FIXTURES = path.join(__dirname, '../fixtures/formats');
export const run = runOptions();

export function review(file: BilingualFile): ReviewState {
  return createReview(bilingualDocument(file), run);
}

export const act = (s: ReviewState, a: ReviewAction): ReviewState => reviewReducer(s, a, run);

export function unitIndex(file: BilingualFile, id: string): number {
  const i = file.units.findIndex((u) => u.id === id);
  if (i < 0) throw new Error(`no unit ${id}`);
  return i;
}

/** Accepts the first suggestion of the open issue of `ruleId` in unit `index`. */
export function acceptFix(state: ReviewState, index: number, ruleId: string): ReviewState {
  const issue = state.issues[index].find((x) => x.ruleId === ruleId);
  if (!issue) throw new Error(`no ${ruleId} issue in segment ${index}: ${state.issues[index].map((x) => x.ruleId).join(', ')}`);
  return act(state, { type: 'accept', segment: index, key: issueKey(issue) });
}

export function rejectIssue(state: ReviewState, index: number, ruleId: string, reason: string): ReviewState {
  const issue = state.issues[index].find((x) => x.ruleId === ruleId);
  if (!issue) throw new Error(`no ${ruleId} issue in segment ${index}`);
  return act(state, { type: 'reject', segment: index, key: issueKey(issue), reason });
}

export function exported(file: BilingualFile, state: ReviewState): BilingualFile {
  return applyReview(file, state, { run });
}

/** Every element of a tree, depth first. */
export function elements(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  out.push(el);
  for (const c of el.children) if (c.type === 'element') elements(c, out);
  return out;
}

export function tree(xml: string): XmlElement {
  return parseXml(xml, 'out.xml').root;
}

/** The ITS 2.0 local attributes for Localization Quality Issue. */
export const ITS_LQI_ATTRIBUTES = new Set([
  'locQualityIssueType', 'locQualityIssueComment', 'locQualityIssueSeverity', 'locQualityIssueProfileRef', 'locQualityIssueEnabled', 'locQualityIssuesRef',
]);
export const ITS_NS = 'http://www.w3.org/2005/11/its';

/** Units as comparable data: id, texts, notes and the markup behind every placeholder. */
export function shape(file: BilingualFile) {
  return file.units.map((u) => ({
    id: u.id,
    source: u.source,
    target: u.target,
    notes: u.notes,
    tags: Object.fromEntries(Object.entries(u.tags).map(([ch, t]) => [ch, t.target ?? t.source])),
  }));
}
