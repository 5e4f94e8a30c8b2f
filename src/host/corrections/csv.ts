// The corrections memory as CSV (RFC 4180): a header row, comma-separated, CRLF, every text in
// double quotes with inner quotes doubled; a UTF-8 byte-order mark so spreadsheets read accents.
// An empty quoted field is an empty text, an empty unquoted field is "none" (null), so a file
// read back gives the same decisions. Read with csv-parse.
// A text that a spreadsheet would run as a formula (= + - @ tab CR first) gets a leading
// apostrophe, and one more apostrophe is added to a text that already starts with apostrophes
// before such a character, so reading strips exactly one and the text comes back as it was.
import { parse } from 'csv-parse/sync';
import type { CorrectionRecord } from '../../core/corrections/types';
import { EXCHANGE_FIELDS, fromExchange, toExchange, type ExchangeRecord, type ParsedExchange } from './exchange';

const FORMULA = /^'*[=+\-@\t\r]/;

function field(v: ExchangeRecord[keyof ExchangeRecord]): string {
  if (v === null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const text = FORMULA.test(v) ? `'${v}` : v;
  return `"${text.replace(/"/g, '""')}"`;
}

export function writeCsv(records: CorrectionRecord[]): string {
  const rows = [EXCHANGE_FIELDS.join(',')];
  for (const r of records) {
    const x = toExchange(r);
    rows.push(EXCHANGE_FIELDS.map((k) => field(x[k])).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

export function readCsv(text: string): ParsedExchange {
  const out: ParsedExchange = { items: [], skipped: 0, problems: [] };
  let rows: Array<Record<string, string | null>>;
  try {
    rows = parse(text, {
      bom: true,
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
      cast: (value, context) => {
        if (context.header) return value;
        if (!context.quoting) return value === '' ? null : value;
        return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
      },
    }) as Array<Record<string, string | null>>;
  } catch (err) {
    throw new Error(`not a readable CSV file: ${(err as Error).message.split('\n')[0]}`);
  }
  const missing = ['kind', 'time', 'source', 'before', 'documentHash'].filter((k) => rows.length && !(k in rows[0]));
  if (missing.length) throw new Error(`not a Verso corrections CSV: no column ${missing.map((m) => `"${m}"`).join(', ')}`);
  rows.forEach((row, i) => {
    try {
      out.items.push(fromExchange(row));
    } catch (err) {
      out.skipped++;
      if (out.problems.length < 5) out.problems.push(`row ${i + 2}: ${(err as Error).message}`);
    }
  });
  return out;
}
