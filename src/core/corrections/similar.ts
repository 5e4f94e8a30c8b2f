// "Apply to similar": after a correction, the other segments of the document where the same
// error occurs — the same source words and the same MT phrase, found with the rule-pack matcher
// on the working document (the text as the editor has it now), each with the fix the correction
// implies. The UI offers them one by one or all at once.
import type { PackEntry, RulePack } from '../rules/pack';
import type { ReviewDocument, TextSpan } from '../types';
import { rulePack } from '../checks/rule-pack';
import { createDocContext, runChecks } from '../run';
import { applySuggestion } from '../fix';
import { baseLang } from '../format';
import { phraseCorrections } from './extract';
import { LEARNED_KIND, learnedPackId, proposeEntry, type Occurrence } from './learn';
import type { CorrectionInput } from './types';

export interface SimilarSegment {
  /** Segment id and index in the document. */
  segment: string;
  index: number;
  /** The flagged text, offsets absolute into the working document's target. */
  target: TextSpan;
  source: TextSpan | null;
  /** The replacement for `target`. */
  fix: string;
  /** The segment's whole text with the fix applied: what a reviewReducer 'edit' action takes. */
  text: string;
}

export interface SimilarOptions {
  /** Segment ids to leave out (the one just corrected). */
  exclude?: string[];
}

/** Where a rule-pack entry (learned or built for one correction) fires in a document. */
export function similarSegments(document: ReviewDocument, entry: PackEntry, options: SimilarOptions = {}): SimilarSegment[] {
  const from = baseLang(document.source.lang);
  const to = baseLang(document.target.lang);
  const pack: RulePack = { id: learnedPackId(from, to), kind: LEARNED_KIND, from, to, entries: [{ ...entry, disabled: false }] };
  const exclude = new Set(options.exclude ?? []);
  const index = new Map(document.segments.map((s, i) => [s.id, i]));
  const out: SimilarSegment[] = [];
  for (const issue of runChecks(createDocContext(document), { checks: [rulePack], packs: [pack] })) {
    if (!issue.target || !issue.suggestions.length || exclude.has(issue.segment)) continue;
    const i = index.get(issue.segment);
    const seg = i === undefined ? undefined : document.segments[i];
    if (i === undefined || !seg?.target) continue;
    const segText = document.target.text.slice(seg.target.start, seg.target.end);
    const local = { ...issue, target: { ...issue.target, start: issue.target.start - seg.target.start, end: issue.target.end - seg.target.start } };
    const previous = out.find((s) => s.segment === issue.segment);
    if (previous) {
      // Two hits in one segment: the second applies on top of the first.
      const shift = previous.text.length - segText.length;
      previous.text = applySuggestion(previous.text, { ...local, target: { ...local.target, start: local.target.start + shift, end: local.target.end + shift }, suggestions: local.suggestions.map((s) => ({ text: s.text })) });
      continue;
    }
    out.push({
      segment: issue.segment,
      index: i,
      target: issue.target,
      source: issue.source,
      fix: issue.suggestions[0].text,
      text: applySuggestion(segText, { ...local, suggestions: local.suggestions.map((s) => ({ text: s.text })) }),
    });
  }
  return out;
}

/**
 * The entries one correction implies (one per phrase it changed), built as a learned rule would
 * be from this single occurrence.
 */
export function correctionEntries(correction: CorrectionInput, from: string, to: string): PackEntry[] {
  if (correction.after === null) return [];
  const out: PackEntry[] = [];
  for (const phrase of phraseCorrections(correction.before, correction.after, to)) {
    const occurrence: Occurrence = { document: '', source: correction.source, before: correction.before, after: correction.after, phrase };
    const entry = proposeEntry([occurrence], from, to);
    if (entry) out.push(entry);
  }
  return out;
}

/** The other segments where the correction just made applies too (the working document). */
export function similarToCorrection(document: ReviewDocument, correction: CorrectionInput): SimilarSegment[] {
  const entries = correctionEntries(correction, document.source.lang, document.target.lang);
  const out: SimilarSegment[] = [];
  for (const entry of entries) {
    for (const s of similarSegments(document, entry, { exclude: [correction.segment] })) {
      if (!out.some((o) => o.segment === s.segment)) out.push(s);
    }
  }
  return out;
}
