// Reading text files as a reviser hands them over: UTF-8 (with or without a byte-order mark),
// UTF-16 either way round, or a legacy 8-bit encoding, which is detected, decoded and noted.
// Binary files are refused. Offsets in the report count from after a byte-order mark.
import { createReadStream, promises as fsp } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import * as readline from 'node:readline';
import * as chardet from 'chardet';
import * as iconv from 'iconv-lite';
import { InputError, describeFsError } from './errors';

export interface Encoding {
  /** An iconv-lite / WHATWG name: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', ... */
  name: string;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
  /** Set when the encoding is worth telling the user about (anything but UTF-8). */
  note?: string;
}

/** How much of a file to look at to decide its encoding. */
const SNIFF_BYTES = 64 * 1024;

function countZeros(buf: Uint8Array, parity: number, limit: number): number {
  let n = 0;
  for (let i = parity; i < limit; i += 2) if (buf[i] === 0) n++;
  return n;
}

/** UTF-16 without a byte-order mark shows as a zero byte in every other position (for Latin text). */
function utf16WithoutBom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const limit = Math.min(buf.length, 4096) & ~1;
  if (limit < 4) return null;
  const pairs = limit / 2;
  const evenZeros = countZeros(buf, 0, limit);
  const oddZeros = countZeros(buf, 1, limit);
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.02) return 'utf-16be';
  return null;
}

/** Control bytes that no text file has (tab, line feed, form feed, carriage return, escape are fine). */
function looksBinary(buf: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) controls++;
  }
  return controls > 8 && controls > buf.length * 0.02;
}

function isUtf8(buf: Uint8Array, complete: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

function hasC1Bytes(buf: Uint8Array): boolean {
  for (let i = 0; i < buf.length; i++) if (buf[i] >= 0x80 && buf[i] <= 0x9f) return true;
  return false;
}

/** Which legacy encoding a non-UTF-8 text is in, by chardet's statistics. */
function legacyEncoding(file: string, buf: Uint8Array): string {
  const candidates = chardet.analyse(buf);
  for (const c of candidates) {
    let name = c.name.toLowerCase();
    if (/^utf-?(8|16|32)/.test(name)) continue;
    // ISO-8859-1 has control codes where Windows-1252 has ’ “ ” … – —: a file that uses them is 1252.
    if (name === 'iso-8859-1' && hasC1Bytes(buf)) name = 'windows-1252';
    if (iconv.encodingExists(name)) return name;
  }
  throw new InputError(file, 'not UTF-8, and its encoding could not be recognised; save it as UTF-8');
}

/**
 * Decides how to decode a file from its first bytes (the whole file when `complete`).
 * Throws an InputError for a binary file.
 */
export function sniffEncoding(file: string, head: Uint8Array, complete: boolean): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { name: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) {
    if (head[2] === 0 && head[3] === 0) throw new InputError(file, 'is UTF-32, which is not supported; save it as UTF-8');
    return { name: 'utf-16le', bomLength: 2, note: 'decoded as UTF-16LE (byte-order mark)' };
  }
  if (head[0] === 0xfe && head[1] === 0xff) return { name: 'utf-16be', bomLength: 2, note: 'decoded as UTF-16BE (byte-order mark)' };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { name: utf16, bomLength: 0, note: `decoded as ${utf16.toUpperCase()} (no byte-order mark)` };
  if (looksBinary(head)) throw new InputError(file, 'looks like a binary file, not text');
  if (isUtf8(head, complete)) return { name: 'utf-8', bomLength: 0 };
  const name = legacyEncoding(file, head);
  return { name, bomLength: 0, note: `not UTF-8: decoded as ${name}` };
}

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

export function decodeBuffer(file: string, buf: Uint8Array): DecodedText {
  const encoding = sniffEncoding(file, buf, true);
  const body = buf.subarray(encoding.bomLength);
  const text = encoding.name === 'utf-8' ? new TextDecoder('utf-8').decode(body) : iconv.decode(Buffer.from(body), encoding.name);
  if (encoding.name !== 'utf-8' && /[\0-\x08\x0e-\x1a\x1c-\x1f]/.test(text.slice(0, SNIFF_BYTES))) {
    throw new InputError(file, `looks like a binary file, not text (tried ${encoding.name})`);
  }
  return { text, encoding };
}

export async function statFile(file: string): Promise<number> {
  let stat;
  try {
    stat = await fsp.stat(file);
  } catch (err) {
    throw describeFsError(file, err);
  }
  if (stat.isDirectory()) throw new InputError(file, 'is a directory, not a file');
  if (!stat.isFile() && !stat.isFIFO() && !stat.isCharacterDevice()) throw new InputError(file, 'is not a regular file');
  return stat.size;
}

/** A whole document, decoded. */
export async function readDocument(file: string): Promise<DecodedText> {
  await statFile(file);
  let buf: Buffer;
  try {
    buf = await fsp.readFile(file);
  } catch (err) {
    throw describeFsError(file, err);
  }
  return decodeBuffer(file, buf);
}

export interface LineSource {
  lines: AsyncIterable<string>;
  encoding: Encoding;
  /** File size in bytes (0 when unknown, e.g. a pipe). */
  size: number;
  /** Bytes read from the file so far. */
  bytesRead(): number;
  close(): void;
}

/** Strict UTF-8 decoding as a stream: invalid bytes are an error, not a silent U+FFFD. */
function utf8Decoder(file: string): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const fail = () => new InputError(file, 'is not valid UTF-8 past its start; save it as UTF-8');
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      try {
        const s = decoder.decode(chunk, { stream: true });
        done(null, s.length ? s : undefined);
      } catch {
        done(fail());
      }
    },
    flush(done) {
      try {
        const s = decoder.decode();
        done(null, s.length ? s : undefined);
      } catch {
        done(fail());
      }
    },
  });
}

/** Opens a file as a stream of decoded lines (readline: \n or \r\n, no line terminator in the line). */
export async function openLines(file: string): Promise<LineSource> {
  const size = await statFile(file);
  let head: Buffer;
  try {
    const fh = await fsp.open(file, 'r');
    try {
      const buf = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
      head = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw describeFsError(file, err);
  }
  const encoding = sniffEncoding(file, head, head.length < SNIFF_BYTES);
  const raw = createReadStream(file, { start: encoding.bomLength, highWaterMark: 64 * 1024 });
  const decoder: Transform = encoding.name === 'utf-8' ? utf8Decoder(file) : (iconv.decodeStream(encoding.name) as unknown as Transform);
  const decoded: Readable = raw.pipe(decoder);
  raw.on('error', (err) => decoder.destroy(describeFsError(file, err)));
  const rl = readline.createInterface({ input: decoded, crlfDelay: Infinity });
  return {
    lines: rl,
    encoding,
    size,
    bytesRead: () => raw.bytesRead,
    close: () => {
      rl.close();
      raw.destroy();
    },
  };
}
