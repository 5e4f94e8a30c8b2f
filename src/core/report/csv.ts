// The QA report as CSV: one issue a row, RFC 4180 (comma, CRLF, every text field in double quotes
// with inner quotes doubled, so line breaks inside a segment stay inside their cell). It starts
// with a UTF-8 byte-order mark so spreadsheet programs read accents and non-Latin scripts right.
// A cell that starts with = + - @ (or a tab/CR) gets a leading apostrophe, so a spreadsheet shows
// the text instead of running it as a formula (machine-translated text is untrusted input).
import type { QaIssue, QaReport } from './model';

export const CSV_COLUMNS = [
  'n',
  'segment',
  'status',
  'origin',
  'counted',
  'severity',
  'category',
  'rule',
  'message',
  'flagged',
  'suggestion',
  'fix',
  'reason',
  'decided_at',
  'source_segment',
  'mt_segment',
  'corrected_segment',
] as const;

const FORMULA = /^[=+\-@\t\r]/;

/** One CSV field: numbers as they are, text quoted (and defused when it could be read as a formula). */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

function cells(x: QaIssue): Array<string | number | boolean | null> {
  return [
    x.n,
    x.segment,
    x.status,
    x.origin,
    x.counted,
    x.severity,
    x.category,
    x.ruleId,
    x.message,
    x.flagged,
    x.suggestion,
    x.fix,
    x.reason,
    x.decidedAt,
    x.context.source,
    x.context.machine,
    x.context.corrected,
  ];
}

export function reportCsv(report: QaReport): string {
  const lines = [CSV_COLUMNS.join(','), ...report.issues.map((x) => cells(x).map(csvField).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function reportJson(report: QaReport): string {
  // -Infinity (a penalty on an empty text) is not JSON: it is written as null.
  return `${JSON.stringify(report, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}
