// Reading a bilingual file from disk: size checked before a byte is read (a 200 MB file is
// refused at once), then decoded — the byte-order mark, UTF-16, the XML declaration's encoding,
// else the command line's detection (UTF-8, or a legacy encoding with a note) — then parsed.
import { promises as fsp } from 'node:fs';
import * as iconv from 'iconv-lite';
import type { BilingualFile, BilingualFormat } from '../core/bilingual';
import { describeFsError } from '../cli/errors';
import { decodeBuffer, sniffEncoding, type DecodedText, type Encoding } from '../cli/read-input';
import { FormatError } from './errors';
import { detectFormat, formatName, isXmlFormat, parseBilingual, type BilingualReadOptions } from './index';

/** Largest XML file read by default (XLIFF, TMX): the whole tree is held in memory. */
export const DEFAULT_MAX_XML_BYTES = 50 * 1024 * 1024;
/** Largest TSV or CSV file read by default. */
export const DEFAULT_MAX_TABLE_BYTES = 100 * 1024 * 1024;

export interface ReadBilingualOptions extends BilingualReadOptions {
  /** Largest file accepted, in bytes (default 50 MB for XML, 100 MB for TSV/CSV). */
  maxBytes?: number;
}

export interface ReadBilingualResult {
  file: BilingualFile;
  encoding: Encoding;
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** The encoding an XML declaration names, read from the first bytes as ASCII. */
function declaredEncoding(head: Uint8Array): string | null {
  const start = Buffer.from(head.subarray(0, 200)).toString('latin1');
  const m = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(start);
  return m ? m[1].toLowerCase() : null;
}

/** XML bytes to text: byte-order mark, then UTF-16 by its zero bytes, then the declaration, then detection. */
export function decodeXml(file: string, buf: Uint8Array): DecodedText {
  const hasBom = (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) || (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff);
  const utf16 = !hasBom && buf.length >= 4 && ((buf[0] === 0x3c && buf[1] === 0) || (buf[0] === 0 && buf[1] === 0x3c));
  const declared = hasBom || utf16 ? null : declaredEncoding(buf);
  if (declared && !/^utf-?8$/.test(declared)) {
    if (!iconv.encodingExists(declared)) throw new FormatError(file, `declares encoding="${declared}", which is not supported; save it as UTF-8`, 1);
    const encoding: Encoding = { name: declared, bomLength: 0, note: `decoded as ${declared} (XML declaration)` };
    return { text: iconv.decode(Buffer.from(buf), declared), encoding };
  }
  return decodeBuffer(file, buf);
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const fh = await fsp.open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Reads a bilingual file (XLIFF 1.2 or 2.0, TMX 1.4, TSV, CSV). Throws an InputError (for the
 * file system) or a FormatError naming the file and, where known, line and column.
 */
export async function readBilingualFile(path: string, options: ReadBilingualOptions = {}): Promise<ReadBilingualResult> {
  let size: number;
  let head: Buffer;
  try {
    const stat = await fsp.stat(path);
    if (stat.isDirectory()) throw new FormatError(path, 'is a directory, not a file');
    if (!stat.isFile()) throw new FormatError(path, 'is not a regular file');
    size = stat.size;
    head = await readHead(path, 4096);
  } catch (err) {
    if (err instanceof FormatError) throw err;
    throw describeFsError(path, err);
  }
  let format = options.format ?? null;
  if (!format) {
    const enc = head.length ? sniffHead(path, head) : 'utf-8';
    format = detectFormat(path, enc === 'utf-8' ? head.toString('utf8') : iconv.decode(head, enc));
    if (!format) throw new FormatError(path, 'is not a bilingual file Verso reads (XLIFF 1.2 or 2.0, TMX, TSV, CSV); name it .xlf, .tmx, .tsv or .csv');
  }
  const xml = isXmlFormat(format);
  const limit = options.maxBytes ?? (xml ? DEFAULT_MAX_XML_BYTES : DEFAULT_MAX_TABLE_BYTES);
  if (size > limit) {
    throw new FormatError(path, `is ${megabytes(size)}, over the ${megabytes(limit)} limit for ${formatName(format)} files; split it, or raise the limit`);
  }
  let buf: Buffer;
  try {
    buf = await fsp.readFile(path);
  } catch (err) {
    throw describeFsError(path, err);
  }
  // The file may have grown since it was measured.
  if (buf.length > limit) throw new FormatError(path, `is over the ${megabytes(limit)} limit for ${formatName(format)} files`);
  const decoded = xml ? decodeXml(path, buf) : decodeBuffer(path, buf);
  // A guess of XLIFF from the extension alone is settled by the root's version.
  const guessed = format === 'xliff12' || format === 'xliff20' ? undefined : format;
  const file = parseBilingual(decoded.text, path, { ...options, format: options.format ?? guessed });
  return { file, encoding: decoded.encoding };
}

function sniffHead(path: string, head: Buffer): string {
  try {
    return sniffEncoding(path, head, head.length < 4096).name;
  } catch {
    return 'utf-8';
  }
}

export type { BilingualFormat };
