// Files that are already segmented and bilingual (XLIFF, TMX, TSV, CSV): one unit per segment,
// with its id, notes and inline tags. The engine reviews them as a document with one segment per
// unit; inline tags stand in the text as single private-use characters (U+E000..U+F7FF), which
// the segmenter and the checks treat as neither letters, spaces nor punctuation, and which the
// writers turn back into the exact markup they stood for.
import type { Issue, ReviewDocument, Segment, Severity } from './types';
import type { ReviewState } from './review/state';
import type { RunOptions } from './run';
import { buildSide } from './document';
import { createDocContext, runChecks } from './run';
import { issueKey } from './review/state';
import { workingDocument } from './review/working';

export type BilingualFormat = 'xliff12' | 'xliff20' | 'tmx' | 'tsv' | 'csv';

export type TagKind = 'open' | 'close' | 'standalone';

/** What one placeholder character stands for. */
export interface InlineTag {
  kind: TagKind;
  /**
   * Element name as written ('g', 'pc', 'bpt', 'ph', 'hi', ...); '#literal' for a private-use
   * character that was in the text itself, '#comment' or '#pi' for a comment or processing
   * instruction inside the text.
   */
  name: string;
  /** The markup as it stood in the source (absent when only the target has the tag). */
  source?: string;
  /** The markup as it stood in the target, where the target had this tag. */
  target?: string;
  /** An element with content (g, pc, mrk, hi): its open and close must nest in the output. */
  content?: boolean;
}

/** Placeholder character -> what it stands for; one map per unit, shared by source and target. */
export type TagMap = Record<string, InlineTag>;

export interface BilingualUnit {
  /** The unit's id in the file (XLIFF id, TMX tuid or position, TSV/CSV line); unique in the file. */
  id: string;
  /** Texts with inline tags as placeholder characters. */
  source: string;
  target: string;
  notes: string[];
  /** State as the file says it ('translated', 'needs-review-translation', 'final', ...). */
  state?: string;
  tags: TagMap;
  /** After a review: whether the reviewer marked the unit done. */
  reviewed?: boolean;
  /** After a review: issues to annotate in the export (ITS), offsets into `target`. */
  issues?: UnitIssue[];
}

export interface BilingualFile {
  format: BilingualFormat;
  /** File name as given, for messages. */
  name: string;
  from: string;
  to: string;
  units: BilingualUnit[];
  /**
   * What the writer of the same format needs to write the file back (the parsed XML tree, the CSV
   * delimiter...). Plain data; treat as opaque.
   */
  raw: unknown;
}

/** An issue as the export writes it: offsets into the unit's target text (placeholders included). */
export interface UnitIssue {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  /** Null when the issue has no target span (an omission): it then covers the whole target. */
  start: number | null;
  end: number | null;
  /** False for an issue the reviewer rejected (ITS locQualityIssueEnabled="no"). */
  enabled: boolean;
  /** The reviewer's reason for a rejection. */
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// Placeholders

export const TAG_OPEN_BASE = 0xe000;
export const TAG_CLOSE_BASE = 0xe800;
export const TAG_STANDALONE_BASE = 0xf000;
/** Placeholders of each kind a unit can hold. */
export const MAX_TAGS = 0x800;

/** The placeholder for tag number `n` (from 0) of a kind; an open and its close share `n`. */
export function tagChar(kind: TagKind, n: number): string {
  if (n < 0 || n >= MAX_TAGS) throw new RangeError(`inline tag number ${n} out of range`);
  const base = kind === 'open' ? TAG_OPEN_BASE : kind === 'close' ? TAG_CLOSE_BASE : TAG_STANDALONE_BASE;
  return String.fromCharCode(base + n);
}

/** True for a UTF-16 code unit that is a placeholder. */
export function isTagCode(code: number): boolean {
  return code >= TAG_OPEN_BASE && code < TAG_STANDALONE_BASE + MAX_TAGS;
}

/** Kind and number of a placeholder character, null for any other character. */
export function tagInfo(ch: string | number): { kind: TagKind; n: number } | null {
  const c = typeof ch === 'number' ? ch : ch.charCodeAt(0);
  if (c >= TAG_OPEN_BASE && c < TAG_CLOSE_BASE) return { kind: 'open', n: c - TAG_OPEN_BASE };
  if (c >= TAG_CLOSE_BASE && c < TAG_STANDALONE_BASE) return { kind: 'close', n: c - TAG_CLOSE_BASE };
  if (c >= TAG_STANDALONE_BASE && c < TAG_STANDALONE_BASE + MAX_TAGS) return { kind: 'standalone', n: c - TAG_STANDALONE_BASE };
  return null;
}

/** The counterpart of an open or close placeholder ('' for a standalone one or any other character). */
export function partnerOf(ch: string): string {
  const t = tagInfo(ch);
  if (!t || t.kind === 'standalone') return '';
  return tagChar(t.kind === 'open' ? 'close' : 'open', t.n);
}

/** The placeholders of a text, in order, with their offsets. */
export function tagsIn(text: string): Array<{ ch: string; index: number; kind: TagKind; n: number }> {
  const out: Array<{ ch: string; index: number; kind: TagKind; n: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const t = tagInfo(text.charCodeAt(i));
    if (t) out.push({ ch: text[i], index: i, ...t });
  }
  return out;
}

/** The visible token for a placeholder: ⟦1⟧ opens, ⟦/1⟧ closes, ⟦1/⟧ stands alone (numbers from 1). */
export function tagToken(ch: string): string {
  const t = tagInfo(ch);
  if (!t) return ch;
  const n = t.n + 1;
  return t.kind === 'open' ? `⟦${n}⟧` : t.kind === 'close' ? `⟦/${n}⟧` : `⟦${n}/⟧`;
}

/** A text with every placeholder shown as its visible token (for plain-text reports and editing). */
export function showTags(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += isTagCode(text.charCodeAt(i)) ? tagToken(text[i]) : text[i];
  return out;
}

const TOKEN = /⟦(\/?)(\d{1,4})(\/?)⟧/g;

/** The reverse of showTags: visible tokens back to placeholder characters (malformed tokens stay text). */
export function hideTags(text: string): string {
  return text.replace(TOKEN, (all, close: string, num: string, self: string) => {
    const n = Number(num) - 1;
    if ((close && self) || n < 0 || n >= MAX_TAGS) return all;
    return tagChar(close ? 'close' : self ? 'standalone' : 'open', n);
  });
}

/** Short description of a tag for people: "<g id=\"1\">", "</g>", "<ph id=\"2\"/>". */
export function describeTag(tags: TagMap, ch: string): string {
  const tag = tags[ch];
  if (!tag) return tagToken(ch);
  const markup = tag.source ?? tag.target ?? '';
  if (tag.name === '#literal') return `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const first = /^<[^>]*>/.exec(markup);
  return first ? first[0] : markup.slice(0, 40);
}

// ---------------------------------------------------------------------------------------------
// As a review document

/** Between two units: a blank line, which the segmenter always treats as a paragraph break. */
export const UNIT_SEPARATOR = '\n\n';

function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x85 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
  );
}

/** [start, end) of the text without the white space around it. */
function trimmed(text: string): { start: number; end: number } {
  let a = 0;
  let b = text.length;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return { start: a, end: b };
}

/** The id of the review segment for unit `index` (one paragraph per unit). */
export function segmentIdOf(index: number): string {
  return `p${index + 1}.s1`;
}

/**
 * The file as a review document: the units' sources and targets joined with blank lines, one
 * segment per unit (segment i is unit i, id "p{i+1}.s1"), never re-aligned. Each segment covers
 * its unit's text without the white space around it; an empty target is an empty span in place.
 */
export function bilingualDocument(file: BilingualFile): ReviewDocument {
  const sourceText = file.units.map((u) => u.source).join(UNIT_SEPARATOR);
  const targetText = file.units.map((u) => u.target).join(UNIT_SEPARATOR);
  const source = buildSide(sourceText, file.from);
  const target = buildSide(targetText, file.to);
  const segments: Segment[] = [];
  let s0 = 0;
  let t0 = 0;
  let si = 0;
  let ti = 0;
  file.units.forEach((u, index) => {
    const s = trimmed(u.source);
    const t = trimmed(u.target);
    // A blank line ends every paragraph, so no sentence runs from one unit into the next.
    const sourceSentences = [];
    while (si < source.sentences.length && source.sentences[si].start < s0 + u.source.length) sourceSentences.push(source.sentences[si++]);
    const targetSentences = [];
    while (ti < target.sentences.length && target.sentences[ti].start < t0 + u.target.length) targetSentences.push(target.sentences[ti++]);
    segments.push({
      id: segmentIdOf(index),
      index,
      kind: `${sourceSentences.length}-${targetSentences.length}`,
      source: { start: s0 + s.start, end: s0 + s.end },
      target: { start: t0 + t.start, end: t0 + t.end },
      sourceSentences,
      targetSentences,
      confidence: 1,
    });
    s0 += u.source.length + UNIT_SEPARATOR.length;
    t0 += u.target.length + UNIT_SEPARATOR.length;
  });
  return { source, target, segments };
}

/**
 * A unit's target as written back: the reviewed text, with the white space the original had
 * around it (pretty-printed XML keeps its layout), and where the reviewed text starts in it.
 */
export function unitTarget(original: string, current: string): { text: string; lead: number } {
  const t = trimmed(original);
  if (current === original.slice(t.start, t.end)) return { text: original, lead: t.start };
  if (t.start === t.end) return { text: current, lead: 0 };
  return { text: original.slice(0, t.start) + current + original.slice(t.end), lead: t.start };
}

function unitIssue(issue: Issue, base: number, lead: number, enabled: boolean, note?: string): UnitIssue {
  const span = issue.target && issue.target.end > issue.target.start ? issue.target : null;
  return {
    ruleId: issue.ruleId,
    category: issue.category,
    severity: issue.severity,
    message: issue.message,
    start: span ? span.start - base + lead : null,
    end: span ? span.end - base + lead : null,
    enabled,
    ...(note ? { note } : {}),
  };
}

/**
 * The issues a reviewer rejected, found again on the current texts (a rejection is kept by rule,
 * segment and flagged text, not by position), so the export can record them as disabled.
 */
export function rejectedIssues(state: ReviewState, run: RunOptions): Issue[] {
  if (Object.keys(state.rejected).length === 0) return [];
  const working = workingDocument(state.document, state.targets);
  return runChecks(createDocContext(working), run).filter((x) => state.rejected[issueKey(x)] !== undefined);
}

export interface ApplyReviewOptions {
  /** Given, rejected issues are re-found and written as disabled ITS issues. */
  run?: RunOptions;
  /** Leave out the open issues (no ITS annotations for them). */
  withoutOpenIssues?: boolean;
}

/**
 * The file with the review applied: each unit's target is the reviewed text (white space around
 * it as the original had), `reviewed` as marked, and `issues` the open issues (and, with `run`,
 * the rejected ones) with offsets into the new target. `state` must have been made from
 * bilingualDocument(file).
 */
export function applyReview(file: BilingualFile, state: ReviewState, options: ApplyReviewOptions = {}): BilingualFile {
  if (state.targets.length !== file.units.length) throw new Error('the review does not belong to this file: segment counts differ');
  const working = workingDocument(state.document, state.targets);
  const rejected = options.run ? rejectedIssues(state, options.run) : [];
  const rejectedBySegment = new Map<string, Issue[]>();
  for (const x of rejected) rejectedBySegment.set(x.segment, [...(rejectedBySegment.get(x.segment) ?? []), x]);
  const units = file.units.map((u, i) => {
    const current = state.targets[i];
    const { text: target, lead } = unitTarget(u.target, current);
    const base = working.segments[i].target?.start ?? 0;
    const issues: UnitIssue[] = [];
    if (!options.withoutOpenIssues) for (const x of state.issues[i] ?? []) issues.push(unitIssue(x, base, lead, true));
    for (const x of rejectedBySegment.get(segmentIdOf(i)) ?? []) {
      issues.push(unitIssue(x, base, lead, false, state.rejected[issueKey(x)] || undefined));
    }
    return { ...u, target, reviewed: Boolean(state.reviewed[i]), issues };
  });
  return { ...file, units };
}

/** The file with new target texts (placeholders included), e.g. from a corrections memory. */
export function withTargets(file: BilingualFile, targets: string[]): BilingualFile {
  return { ...file, units: file.units.map((u, i) => (targets[i] === undefined ? u : { ...u, target: targets[i] })) };
}

/**
 * Where a text's inline tags cannot be written back as XML: an element with content (g, pc, mrk,
 * hi) opened and not closed, closed and not opened, or crossing another. Empty when fine.
 */
export function contentProblems(text: string, tags: TagMap): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  for (const t of tagsIn(text)) {
    if (!tags[t.ch]?.content) continue;
    if (t.kind === 'open') stack.push(t.ch);
    else if (t.kind === 'close') {
      const open = partnerOf(t.ch);
      if (stack[stack.length - 1] === open) stack.pop();
      else if (stack.includes(open)) problems.push(`${tagToken(t.ch)} closes across ${tagToken(stack[stack.length - 1])}`);
      else problems.push(`${tagToken(t.ch)} closes a tag that is not open`);
    }
  }
  for (const ch of stack) problems.push(`${tagToken(ch)} is opened and never closed`);
  return problems;
}

/** contentProblems of a unit's target: what would stop its export as XML. */
export function tagProblems(unit: BilingualUnit): string[] {
  return contentProblems(unit.target, unit.tags);
}
