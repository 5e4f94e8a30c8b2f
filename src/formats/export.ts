// Everything a finished review can be exported as, from one ReviewState: the corrected text, Word
// files (clean, or with the corrections as tracked changes) and the QA report (HTML, CSV, JSON).
// Pure: bytes out, no file system, so the CLI and the app's main process share it.
import type { RunOptions } from '../core/run';
import type { ReviewState } from '../core/review/state';
import { correctedText } from '../core/review/working';
import { buildQaReport, reportCsv, reportHtml, reportJson, type QaReport, type ScoreOptions } from '../core/report';
import { textToDocx, trackedChangesDocx } from './docx-write';

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

/** The export in one of the formats this module writes (XLIFF is written by the XLIFF module). */
export function exportReview(format: Exclude<ExportFormat, 'xliff' | 'xliff12'>, input: ExportInput): ExportOutput {
  const { document: doc, targets } = input.state;
  const corrected = correctedText(doc, targets);
  switch (format) {
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
