// Everything a finished review can be exported as, from one ReviewState: the corrected text, Word
// files (clean, or with the corrections as tracked changes) and the QA report (HTML, CSV, JSON).
// Pure: bytes out, no file system, so the CLI and the app's main process share it.
import type { RunOptions } from '../core/run';
import type { ReviewState } from '../core/review/state';
import { correctedText } from '../core/review/working';
import { buildQaReport, reportCsv, reportHtml, reportJson, type QaReport, type ScoreOptions } from '../core/report';
import type { BilingualFile, BilingualUnit, TagMap, UnitIssue } from '../core/bilingual';
import type { Issue } from '../core/types';
import { rejectedIssues, tagInfo } from '../core/bilingual';
import { issueKey } from '../core/review/state';
import { workingDocument } from '../core/review/working';
import { textToDocx, trackedChangesDocx } from './docx-write';
import { writeBilingual } from './index';

export const EXPORT_FORMATS = ['docx-changes', 'docx', 'txt', 'xliff', 'xliff12', 'report-html', 'report-csv', 'report-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats whose output is a binary file (never written to a terminal). */
export const BINARY_FORMATS: readonly ExportFormat[] = ['docx-changes', 'docx'];

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportInput {
  state: ReviewState;
  run: RunOptions;
  sourceName: string;
  targetName: string;
  /** Name on tracked changes and in the report. */
  reviewer?: string;
  now?: Date;
  score?: ScoreOptions;
}

export interface ExportOutput {
  data: Uint8Array;
  /** File extension without the dot. */
  extension: string;
  mime: string;
  /** One line about what was written, for a note ("12 insertions, 9 deletions"). */
  summary?: string;
}

/** Name on tracked changes when no reviewer is given. */
export const DEFAULT_AUTHOR = 'Verso';

const utf8 = (s: string) => new TextEncoder().encode(s);

function title(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]+$/, '');
}

export function qaReport(input: ExportInput): QaReport {
  return buildQaReport({
    state: input.state,
    run: input.run,
    sourceName: input.sourceName,
    targetName: input.targetName,
    reviewer: input.reviewer,
    now: input.now,
    score: input.score,
  });
}

/** Private-use characters in a plain text stand for themselves: the XLIFF writer needs them declared as literals. */
function literalTags(...texts: string[]): TagMap {
  const tags: TagMap = {};
  for (const text of texts) {
    for (const ch of text) {
      const info = tagInfo(ch);
      if (info && !tags[ch]) tags[ch] = { kind: info.kind, name: '#literal', source: ch, target: ch };
    }
  }
  return tags;
}

/**
 * A document review as a bilingual file, one unit per aligned segment (id = segment id): the source
 * sentences, the current target, the reviewed mark, and the open and rejected issues as ITS
 * annotations (rejected ones disabled, with the reason), for the XLIFF writer.
 */
export function reviewToBilingual(input: ExportInput, format: 'xliff12' | 'xliff20'): BilingualFile {
  const { state, run } = input;
  const doc = state.document;
  const working = workingDocument(doc, state.targets);
  const rejected = new Map<string, Issue[]>();
  for (const x of rejectedIssues(state, run)) rejected.set(x.segment, [...(rejected.get(x.segment) ?? []), x]);
  const units: BilingualUnit[] = doc.segments.map((seg, i) => {
    const source = seg.source ? doc.source.text.slice(seg.source.start, seg.source.end) : '';
    const target = state.targets[i] ?? '';
    const base = working.segments[i].target?.start ?? 0;
    const unitIssue = (x: Issue, enabled: boolean): UnitIssue => {
      const span = x.target && x.target.end > x.target.start ? x.target : null;
      const reason = enabled ? '' : state.rejected[issueKey(x)] ?? '';
      return {
        ruleId: x.ruleId,
        category: x.category,
        severity: x.severity,
        message: x.message,
        start: span ? span.start - base : null,
        end: span ? span.end - base : null,
        enabled,
        ...(reason ? { note: reason } : {}),
      };
    };
    return {
      id: seg.id,
      source,
      target,
      notes: [],
      tags: literalTags(source, target),
      reviewed: Boolean(state.reviewed[i]),
      issues: [...(state.issues[i] ?? []).map((x) => unitIssue(x, true)), ...(rejected.get(seg.id) ?? []).map((x) => unitIssue(x, false))],
    };
  });
  return { format, name: input.targetName, from: doc.source.lang, to: doc.target.lang, units, raw: undefined };
}

/** Every export format from one review. */
export function exportReview(format: ExportFormat, input: ExportInput): ExportOutput {
  const { document: doc, targets } = input.state;
  const corrected = correctedText(doc, targets);
  switch (format) {
    case 'xliff':
    case 'xliff12': {
      const family = format === 'xliff' ? 'xliff20' : 'xliff12';
      const xml = writeBilingual(reviewToBilingual(input, family), family);
      return { data: utf8(xml), extension: 'xlf', mime: 'application/xliff+xml', summary: `${doc.segments.length} units, XLIFF ${format === 'xliff' ? '2.0' : '1.2'}` };
    }
    case 'txt':
      return { data: utf8(corrected), extension: 'txt', mime: 'text/plain; charset=utf-8' };
    case 'docx':
      return {
        data: textToDocx(corrected, { lang: doc.target.lang, title: title(input.targetName), creator: input.reviewer, date: input.now }),
        extension: 'docx',
        mime: DOCX_MIME,
      };
    case 'docx-changes': {
      const { docx, changes } = trackedChangesDocx(doc.target.text, corrected, {
        author: input.reviewer || DEFAULT_AUTHOR,
        lang: doc.target.lang,
        title: title(input.targetName),
        date: input.now,
      });
      return {
        data: docx,
        extension: 'docx',
        mime: DOCX_MIME,
        summary: `${changes.insertions} insertion${changes.insertions === 1 ? '' : 's'}, ${changes.deletions} deletion${changes.deletions === 1 ? '' : 's'} tracked`,
      };
    }
    case 'report-html':
      return { data: utf8(reportHtml(qaReport(input))), extension: 'html', mime: 'text/html; charset=utf-8' };
    case 'report-csv':
      return { data: utf8(reportCsv(qaReport(input))), extension: 'csv', mime: 'text/csv; charset=utf-8' };
    case 'report-json':
      return { data: utf8(reportJson(qaReport(input))), extension: 'json', mime: 'application/json' };
  }
}
