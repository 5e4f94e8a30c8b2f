// Reading a Word file as the plain text the engine aligns: the body's paragraphs in document order
// (table cells and text boxes included), one paragraph a line with a blank line between paragraphs,
// as the sample texts are laid out. Tracked changes are read as if accepted (insertions kept,
// deletions dropped); headers, footers, footnotes and comments are left out.
//
// A DOCX is a zip archive from outside, so it is read defensively: the size is capped before any
// byte is read (the caller stats the file), the zip's directory is checked before anything is
// inflated (entry count, declared sizes, compression ratio), only the main document part is ever
// inflated, and it is inflated as a stream that stops at a byte cap (yauzl also refuses any entry
// whose real size differs from the declared one). XML goes through saxes, which expands no DTD
// entities; a DOCTYPE is refused outright (Word never writes one).
import * as yauzl from 'yauzl';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FormatError } from './errors';

export interface DocxLimits {
  /** Largest DOCX file accepted, in bytes (checked from the file's size, before reading it). */
  maxFileBytes: number;
  /** Most entries in the archive. */
  maxEntries: number;
  /** Most bytes all entries may declare uncompressed, added up. */
  maxTotalUncompressed: number;
  /** Largest main document part (word/document.xml), uncompressed. */
  maxDocumentBytes: number;
  /** Highest uncompressed/compressed ratio of an entry (checked on entries past 1 MiB uncompressed). */
  maxRatio: number;
}

export const DOCX_LIMITS: DocxLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxEntries: 5000,
  maxTotalUncompressed: 1024 * 1024 * 1024,
  maxDocumentBytes: 64 * 1024 * 1024,
  maxRatio: 200,
};

const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT = /\/officeDocument$/;

const MiB = 1024 * 1024;
const mib = (n: number) => `${Math.round((n / MiB) * 10) / 10} MiB`;

/** What the first bytes say the file is. */
export function sniffZip(bytes: Uint8Array): 'zip' | 'ole' | 'other' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'other';
}

/** True when a file looks like a DOCX by its name or its first bytes (a zip archive). */
export function looksLikeDocx(name: string, head: Uint8Array): boolean {
  return /\.(docx|docm|dotx|dotm)$/i.test(name) || sniffZip(head) === 'zip';
}

/** The refusal for a file over the size cap, before anything is read. */
export function checkDocxSize(file: string, size: number, limits: DocxLimits = DOCX_LIMITS): void {
  if (size > limits.maxFileBytes) {
    throw new FormatError(file, `is ${mib(size)}, over the ${mib(limits.maxFileBytes)} limit for Word files`);
  }
}

function openZip(file: string, bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (err, zip) => {
      if (err || !zip) {
        const detail = !err || /end of central directory/i.test(err.message) ? '' : `: ${err.message}`;
        reject(new FormatError(file, `is damaged or truncated (not a readable zip archive)${detail}`));
      }
      else resolve(zip);
    });
  });
}

/** Every entry of the archive, with the directory-level bomb checks applied as they are read. */
function listEntries(file: string, zip: yauzl.ZipFile, limits: DocxLimits): Promise<Map<string, yauzl.Entry>> {
  if (zip.entryCount > limits.maxEntries) {
    return Promise.reject(new FormatError(file, `has ${zip.entryCount} entries in its zip archive, more than the ${limits.maxEntries} a Word file would (a zip bomb?)`));
  }
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    let total = 0;
    const fail = (e: Error) => {
      zip.removeAllListeners();
      zip.on('error', () => undefined);
      reject(e);
    };
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      if (total > limits.maxTotalUncompressed) {
        fail(new FormatError(file, `would expand to more than ${mib(limits.maxTotalUncompressed)} (a zip bomb?)`));
        return;
      }
      if (entry.uncompressedSize > MiB && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
        fail(new FormatError(file, `has an entry (${entry.fileName}) compressed more than ${limits.maxRatio}:1 (a zip bomb?)`));
        return;
      }
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (err: Error) => fail(new FormatError(file, `is damaged or truncated: ${err.message}`)));
    zip.readEntry();
  });
}

/**
 * Streams one entry through `sink` (decoded text chunks), stopping at `cap` bytes. yauzl checks the
 * real size against the declared one, so a lying header is an error, not a flood.
 */
function streamEntry(file: string, zip: yauzl.ZipFile, entry: yauzl.Entry, cap: number, sink: (chunk: string) => void): Promise<void> {
  if (entry.uncompressedSize > cap) {
    return Promise.reject(new FormatError(file, `${entry.fileName} is ${mib(entry.uncompressedSize)}, over the ${mib(cap)} limit`));
  }
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        reject(new FormatError(file, `is damaged: cannot read ${entry.fileName} (${err?.message ?? 'no data'})`));
        return;
      }
      let seen = 0;
      let decoder: TextDecoder | null = null;
      let settled = false;
      const done = (e?: Error) => {
        if (settled) return;
        settled = true;
        if (e) {
          stream.destroy();
          reject(e);
        } else resolve();
      };
      stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        seen += chunk.length;
        if (seen > cap) {
          done(new FormatError(file, `${entry.fileName} expands past ${mib(cap)} (a zip bomb?)`));
          return;
        }
        if (!decoder) {
          // XML parts are UTF-8 or, with a byte-order mark, UTF-16.
          const le = chunk[0] === 0xff && chunk[1] === 0xfe;
          const be = chunk[0] === 0xfe && chunk[1] === 0xff;
          decoder = new TextDecoder(le ? 'utf-16le' : be ? 'utf-16be' : 'utf-8');
        }
        try {
          sink(decoder.decode(chunk, { stream: true }));
        } catch (e) {
          done(e instanceof FormatError ? e : new FormatError(file, `${entry.fileName} is not well-formed XML: ${(e as Error).message}`));
        }
      });
      stream.on('error', (e: Error) =>
        done(
          /too (many|few) bytes/.test(e.message)
            ? new FormatError(file, `is damaged or a zip bomb: ${entry.fileName} does not inflate to the size its zip header declares`)
            : new FormatError(file, `is damaged: ${entry.fileName}: ${e.message}`),
        ),
      );
      stream.on('end', () => {
        if (settled) return;
        try {
          if (decoder) sink(decoder.decode());
          done();
        } catch (e) {
          done(e instanceof FormatError ? e : new FormatError(file, `${entry.fileName} is not well-formed XML: ${(e as Error).message}`));
        }
      });
    });
  });
}

function xmlParser(file: string, part: string): SaxesParser<{ xmlns: true }> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', (e) => {
    throw new FormatError(file, `${part} is not well-formed XML: ${e.message}`);
  });
  parser.on('doctype', () => {
    throw new FormatError(file, `${part} has a DOCTYPE, which Word files never have; refused`);
  });
  return parser;
}

/** Where the package says its main document is (_rels/.rels), defaulting to word/document.xml. */
async function mainPart(file: string, zip: yauzl.ZipFile, entries: Map<string, yauzl.Entry>): Promise<string> {
  const rels = entries.get('_rels/.rels');
  let target: string | null = null;
  if (rels) {
    const parser = xmlParser(file, '_rels/.rels');
    parser.on('opentag', (tag) => {
      if (target === null && tag.local === 'Relationship' && tag.uri === RELS_NS) {
        const type = tag.attributes.Type?.value ?? '';
        if (OFFICE_DOCUMENT.test(type)) target = (tag.attributes.Target?.value ?? '').replace(/^\//, '');
      }
    });
    await streamEntry(file, zip, rels, 1 * MiB, (chunk) => parser.write(chunk));
    parser.close();
  }
  const found = target as string | null;
  return found && entries.has(found) ? found : 'word/document.xml';
}

/** Builds the paragraphs of a WordprocessingML body from parser events. */
class BodyText {
  readonly paragraphs: string[] = [];
  private readonly open: string[] = [];
  private readonly path: SaxesTagNS[] = [];
  /** Depth inside content that is not shown (mc:Fallback, w:moveFrom, w:del...): text there is skipped. */
  private hidden = 0;
  private inText = false;
  sawDocument = false;

  private isW(tag: SaxesTagNS, local: string): boolean {
    return tag.local === local && W_NS.has(tag.uri);
  }

  private append(s: string): void {
    if (this.hidden || this.open.length === 0) return;
    this.open[this.open.length - 1] += s;
  }

  onOpen(tag: SaxesTagNS): void {
    const parent = this.path[this.path.length - 1];
    this.path.push(tag);
    if (this.path.length === 1) this.sawDocument = this.isW(tag, 'document');
    const w = W_NS.has(tag.uri);
    if ((tag.uri === MC_NS && tag.local === 'Fallback') || (w && (tag.local === 'moveFrom' || tag.local === 'del'))) {
      this.hidden++;
      return;
    }
    if (!w) return;
    const inRun = parent !== undefined && this.isW(parent, 'r');
    switch (tag.local) {
      case 'p':
        this.open.push('');
        break;
      case 't':
        if (inRun) this.inText = true;
        break;
      case 'tab':
      case 'ptab':
        if (inRun) this.append('\t');
        break;
      case 'br':
      case 'cr':
        if (inRun) this.append('\n');
        break;
      case 'noBreakHyphen':
        if (inRun) this.append('\u2011');
        break;
    }
  }

  onClose(tag: SaxesTagNS): void {
    this.path.pop();
    const w = W_NS.has(tag.uri);
    if ((tag.uri === MC_NS && tag.local === 'Fallback') || (w && (tag.local === 'moveFrom' || tag.local === 'del'))) {
      this.hidden--;
      return;
    }
    if (!w) return;
    if (tag.local === 't') this.inText = false;
    else if (tag.local === 'p') {
      // A line break inside a paragraph (Shift+Enter) is a single line feed, as in hard-wrapped
      // text; empty lines and empty paragraphs go.
      const lines = (this.open.pop() ?? '').split('\n').filter((line) => line.trim() !== '');
      if (lines.length) this.paragraphs.push(lines.join('\n'));
    }
  }

  onText(text: string): void {
    if (this.inText) this.append(text);
  }
}

/**
 * The plain text of a DOCX held in memory: paragraphs separated by a blank line, ending in a line
 * break. `file` names the file in errors. The caller checks the file's size first (checkDocxSize).
 */
export async function docxToText(bytes: Uint8Array, file: string, limits: DocxLimits = DOCX_LIMITS): Promise<string> {
  checkDocxSize(file, bytes.length, limits);
  const kind = sniffZip(bytes);
  if (kind === 'ole') {
    throw new FormatError(file, 'is an old binary Word document (.doc) or a password-protected one; save it as .docx without a password');
  }
  if (kind !== 'zip') throw new FormatError(file, 'is not a Word .docx file (not a zip archive)');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await openZip(file, buf);
  try {
    const entries = await listEntries(file, zip, limits);
    const part = await mainPart(file, zip, entries);
    const entry = entries.get(part);
    if (!entry) {
      throw new FormatError(file, `is a zip archive but not a Word document: it has no ${part}`);
    }
    const body = new BodyText();
    const parser = xmlParser(file, part);
    parser.on('opentag', (tag) => body.onOpen(tag));
    parser.on('closetag', (tag) => body.onClose(tag));
    parser.on('text', (text) => body.onText(text));
    parser.on('cdata', (text) => body.onText(text));
    await streamEntry(file, zip, entry, limits.maxDocumentBytes, (chunk) => parser.write(chunk));
    try {
      parser.close();
    } catch (e) {
      throw e instanceof FormatError ? e : new FormatError(file, `${part} is not well-formed XML: ${(e as Error).message}`);
    }
    if (!body.sawDocument) throw new FormatError(file, `${part} is not a WordprocessingML document`);
    return body.paragraphs.length ? `${body.paragraphs.join('\n\n')}\n` : '';
  } finally {
    zip.close();
  }
}
