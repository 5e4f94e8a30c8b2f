// Two-column tables: source and target, one unit a row. TSV is split on tabs exactly as the
// command line's --pairs does (one tab a line, blank lines skipped); CSV is read with csv-parse
// (quotes, embedded newlines and doubled quotes as RFC 4180 has them). A first row naming the two
// languages (`en<TAB>fr`) or the two columns (`source,target`) is a header.
import { parse } from 'csv-parse/sync';
import type { BilingualFile, BilingualUnit } from '../core/bilingual';
import { FormatError } from './errors';
import { UnitTags } from './inline';

export interface DelimitedRaw {
  kind: 'delimited';
  delimiter: string;
  /** The header row as read, written back first. */
  header: [string, string] | null;
  /** The line each unit starts on. */
  lines: number[];
  /** The file's line ending, kept when written back. */
  eol: string;
}

export interface DelimitedReadOptions {
  from?: string;
  to?: string;
  /** true: the first row is a header; false: it is not; default: a header when it names languages or columns. */
  header?: boolean;
  /** CSV only: the field delimiter; default ',' or, when the first line has no comma but a semicolon, ';'. */
  delimiter?: string;
}

const NAMES = /^(source|target|src|tgt|trg|original|translation)$/i;
const LANGUAGE = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;
let displayNames: Intl.DisplayNames | null = null;

function isLanguage(code: string): boolean {
  if (!LANGUAGE.test(code)) return false;
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return displayNames.of(code.replace(/_/g, '-')) !== undefined;
  } catch {
    return false;
  }
}

function headerLanguages(row: string[], options: DelimitedReadOptions): { from?: string; to?: string } | null {
  if (row.length !== 2) return null;
  const [a, b] = row.map((c) => c.trim());
  if (options.header === false) return null;
  if (NAMES.test(a) && NAMES.test(b)) return {};
  const same = (x: string, y?: string) => y === undefined || x.toLowerCase().split(/[-_]/)[0] === y.toLowerCase().split(/[-_]/)[0];
  if (isLanguage(a) && isLanguage(b) && a.toLowerCase() !== b.toLowerCase() && same(a, options.from) && same(b, options.to)) return { from: a, to: b };
  return options.header === true ? {} : null;
}

function languagesOf(file: string, header: { from?: string; to?: string } | null, options: DelimitedReadOptions): { from: string; to: string } {
  const from = options.from ?? header?.from;
  const to = options.to ?? header?.to;
  if (!from) throw new FormatError(file, 'does not say its source language (no language header such as "en<TAB>fr"); pass --from LANG');
  if (!to) throw new FormatError(file, 'does not say its target language (no language header such as "en<TAB>fr"); pass --to LANG');
  return { from, to };
}

function unit(id: string, source: string, target: string): BilingualUnit {
  const tags = new UnitTags('tmx', () => `line ${id}`);
  return { id, source: tags.readText(source, 'source'), target: tags.readText(target, 'target'), notes: [], tags: tags.tags };
}

export function readTsv(text: string, file: string, options: DelimitedReadOptions = {}): BilingualFile {
  const eol = /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n';
  const rows: Array<{ line: number; cells: string[] }> = [];
  text.split(/\r?\n/).forEach((line, k) => {
    if (line.trim() === '') return;
    const cells = line.split('\t');
    if (cells.length !== 2) {
      throw new FormatError(file, cells.length === 1 ? 'no tab on this line: expected source<TAB>target' : `${cells.length} tab-separated columns on this line: expected 2 (source<TAB>target)`, k + 1);
    }
    rows.push({ line: k + 1, cells });
  });
  const header = rows.length ? headerLanguages(rows[0].cells, options) : null;
  const headerRow = header ? (rows.shift()?.cells as [string, string]) : null;
  const { from, to } = languagesOf(file, header, options);
  const units = rows.map((r) => unit(String(r.line), r.cells[0], r.cells[1]));
  const raw: DelimitedRaw = { kind: 'delimited', delimiter: '\t', header: headerRow, lines: rows.map((r) => r.line), eol };
  return { format: 'tsv', name: file, from, to, units, raw };
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

export function readCsv(text: string, file: string, options: DelimitedReadOptions = {}): BilingualFile {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = options.delimiter ?? (!firstLine.includes(',') && firstLine.includes(';') ? ';' : ',');
  const eol = /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n';
  let records: CsvRecord[];
  try {
    records = parse(text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as CsvRecord[];
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    const why = (e.message ?? String(err)).replace(/ at line \d+/, '').replace(/^([A-Za-z ]+):/, (_, k: string) => `${k.toLowerCase()}:`);
    throw new FormatError(file, `malformed CSV: ${why}`, e.lines);
  }
  const rows = records.map((r) => {
    // info.lines is where the record ends; a quoted field may span lines.
    const inner = r.record.reduce((n, c) => n + (c.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
    return { line: r.info.lines - inner, cells: r.record };
  });
  for (const r of rows) {
    if (r.cells.length !== 2) {
      throw new FormatError(file, `${r.cells.length} column${r.cells.length === 1 ? '' : 's'} on this line: expected 2 (source${delimiter}target)`, r.line);
    }
  }
  const header = rows.length ? headerLanguages(rows[0].cells, options) : null;
  const headerRow = header ? (rows.shift()?.cells as [string, string]) : null;
  const { from, to } = languagesOf(file, header, options);
  const units = rows.map((r) => unit(String(r.line), r.cells[0], r.cells[1]));
  const raw: DelimitedRaw = { kind: 'delimited', delimiter, header: headerRow, lines: rows.map((r) => r.line), eol };
  return { format: 'csv', name: file, from, to, units, raw };
}

function plain(text: string, unitTags: BilingualUnit['tags']): string {
  // Placeholders go back to what they stood for (in a table, only private-use characters of the text).
  return text.replace(/[\ue000-\uf7ff]/g, (ch) => unitTags[ch]?.target ?? unitTags[ch]?.source ?? '');
}

function csvField(text: string, delimiter: string): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface DelimitedWriteOptions {
  /** Write a header row: the one the file had, or `from<TAB>to`; default: as the file had. */
  header?: boolean;
  delimiter?: string;
}

/**
 * Writes source and corrected target, one unit a row. In TSV a tab or line break inside a text
 * cannot be written and becomes a space.
 */
export function writeDelimited(file: BilingualFile, format: 'tsv' | 'csv', options: DelimitedWriteOptions = {}): string {
  const raw = file.raw as DelimitedRaw | undefined;
  const own = raw?.kind === 'delimited' && file.format === format ? raw : null;
  const delimiter = format === 'tsv' ? '\t' : (options.delimiter ?? (own?.delimiter || ','));
  const eol = own?.eol ?? '\n';
  const headerRow = options.header === false ? null : (own?.header ?? (options.header ? [file.from, file.to] : null));
  const cell = (t: string) => (format === 'tsv' ? t.replace(/[\t\r\n]+/g, ' ') : csvField(t, delimiter));
  const lines: string[] = [];
  if (headerRow) lines.push(headerRow.map(cell).join(delimiter));
  for (const u of file.units) lines.push([plain(u.source, u.tags), plain(u.target, u.tags)].map(cell).join(delimiter));
  return lines.join(eol) + eol;
}
