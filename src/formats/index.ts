// Bilingual files, string in and string out (no file system here, so the renderer can use it too):
// which format a file is, reading it into units, writing a reviewed file back. Reading from disk,
// with the size limit and encoding detection, is in ./read.
import type { BilingualFile, BilingualFormat } from '../core/bilingual';
import { FormatError } from './errors';
import { parseXml } from './xml';
import { readXliff, writeXliff, type XliffWriteOptions } from './xliff';
import { readTmx, writeTmx, type TmxWriteOptions } from './tmx';
import { readCsv, readTsv, writeDelimited, type DelimitedWriteOptions } from './delimited';

export interface BilingualReadOptions {
  /** The format; default: from the name's extension, else from the content. */
  format?: BilingualFormat;
  /** Source and target languages where the file does not say them (TMX: which two to review). */
  from?: string;
  to?: string;
  /** TSV/CSV: whether the first row is a header (default: when it names languages or columns). */
  header?: boolean;
  /** CSV: field delimiter (default ',' or ';' by the first line). */
  delimiter?: string;
  /** XML: deepest element nesting accepted (default 256). */
  maxDepth?: number;
}

const EXTENSIONS: Array<[RegExp, BilingualFormat]> = [
  [/\.(xlf|xliff|sdlxliff|mxliff|mqxliff|xlf2)$/i, 'xliff20'],
  [/\.tmx$/i, 'tmx'],
  [/\.(tsv|tab)$/i, 'tsv'],
  [/\.csv$/i, 'csv'],
];

/** XML formats. */
export function isXmlFormat(format: BilingualFormat): boolean {
  return format === 'xliff12' || format === 'xliff20' || format === 'tmx';
}

/**
 * The format of a file from its name and, when the name does not tell, its first characters.
 * An XLIFF file is reported as 'xliff12' or 'xliff20' by the version its root declares (when the
 * head holds the root), 'xliff20' otherwise. Null when nothing fits.
 */
export function detectFormat(name: string, head = ''): BilingualFormat | null {
  const start = head.replace(/^\ufeff/, '').trimStart();
  const xliffVersion = (): BilingualFormat => (/<(?:\w+:)?xliff\b[^>]*\bversion\s*=\s*["']1\./.test(start) ? 'xliff12' : 'xliff20');
  for (const [re, format] of EXTENSIONS) if (re.test(name)) return format === 'xliff20' ? xliffVersion() : format;
  if (start.startsWith('<')) {
    if (/<(?:\w+:)?xliff\b/.test(start)) return xliffVersion();
    if (/<tmx\b/.test(start)) return 'tmx';
    return null;
  }
  const firstLine = start.split(/\r?\n/)[0] ?? '';
  if (firstLine.includes('\t')) return 'tsv';
  if (/[,;]/.test(firstLine)) return 'csv';
  return null;
}

const FORMAT_NAMES: Record<BilingualFormat, string> = { xliff12: 'XLIFF 1.2', xliff20: 'XLIFF 2.0', tmx: 'TMX', tsv: 'TSV', csv: 'CSV' };

export function formatName(format: BilingualFormat): string {
  return FORMAT_NAMES[format];
}

/**
 * Reads a bilingual file's text (already decoded). `name` is used for messages and, without
 * `format`, to tell the format. Throws a FormatError naming the file and place.
 */
export function parseBilingual(text: string, name: string, options: BilingualReadOptions = {}): BilingualFile {
  const format = options.format ?? detectFormat(name, text.slice(0, 4096));
  if (!format) throw new FormatError(name, 'is not a bilingual file Verso reads (XLIFF 1.2 or 2.0, TMX, TSV, CSV)');
  if (text.trim() === '') throw new FormatError(name, text === '' ? 'the file is empty' : 'the file holds only white space');
  let file: BilingualFile;
  if (isXmlFormat(format)) {
    const doc = parseXml(text, name, { maxDepth: options.maxDepth });
    if (format === 'tmx') file = readTmx(doc, name, options);
    else {
      // An explicit format is an expectation; one found from the extension is only a guess.
      const expect = options.format === 'xliff12' || options.format === 'xliff20' ? options.format : undefined;
      file = readXliff(doc, name, { from: options.from, to: options.to, expect });
    }
  } else {
    file = format === 'tsv' ? readTsv(text, name, options) : readCsv(text, name, options);
  }
  if (file.units.length === 0) throw new FormatError(name, `holds no segments to review (${formatName(file.format)})`);
  return file;
}

export interface BilingualWriteOptions extends XliffWriteOptions, TmxWriteOptions, DelimitedWriteOptions {}

/**
 * Writes a (reviewed) bilingual file in a format, by default its own. XLIFF of the version the
 * file came in and TMX from TMX are written from the original tree (everything kept); any other
 * combination writes a new file, inline tags as that format's native codes.
 */
export function writeBilingual(file: BilingualFile, format: BilingualFormat = file.format, options: BilingualWriteOptions = {}): string {
  switch (format) {
    case 'xliff12':
      return writeXliff(file, { ...options, version: '1.2' });
    case 'xliff20':
      return writeXliff(file, { ...options, version: '2.0' });
    case 'tmx':
      return writeTmx(file, options);
    case 'tsv':
    case 'csv':
      return writeDelimited(file, format, options);
  }
}

export { FormatError, ExportError } from './errors';
export { writeXliff, type XliffWriteOptions } from './xliff';
export { writeTmx, newTmx, type TmxWriteOptions } from './tmx';
export { writeDelimited } from './delimited';
export { ITS_SEVERITY, ITS_ISSUE_TYPES, itsIssueType } from './its';
