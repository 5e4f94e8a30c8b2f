// Test material for the format tests: Word files made from WordprocessingML snippets, zip archives
// with hand-chosen header sizes (bombs and liars, made at test time), and a reviewed sample.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { Zip, zipSync, strToU8, type ZipInputFile } from 'fflate';
import { runOptions } from '../../src/core';
import { buildDocument } from '../../src/core/document';
import { createReview, issueKey, reviewReducer, type ReviewState } from '../../src/core/review/state';
import { toProject, type ProjectFile } from '../../src/core/review/project';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

function rels(target: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`
  );
}

/** A minimal DOCX whose body is the given WordprocessingML (w: prefix bound). */
export function docxFromBody(body: string, options: { part?: string; extraNs?: string } = {}): Uint8Array {
  const part = options.part ?? 'word/document.xml';
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" ${options.extraNs ?? ''}><w:body>${body}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(rels(part)),
    [part]: strToU8(xml),
  });
}

/** A zip of the given files, each stored as given (for archives that are zips but not Word files). */
export function plainZip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

/** Raw DEFLATE data that inflates to `mib` MiB of zeros, made in milliseconds from one 1 MiB block repeated. */
export function zerosDeflated(mib: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(1 << 20), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const end = zlib.deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...new Array<Buffer>(mib).fill(block), end]);
}

/** A zip whose entries carry already-deflated data and whatever uncompressed size we say (true or not). */
export function rawZip(entries: Array<{ name: string; deflated: Uint8Array; size: number }>): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const e of entries) {
    const file: ZipInputFile = { filename: e.name, size: e.size, crc: 0, compression: 8 };
    zip.add(file);
    file.ondata?.(null, new Uint8Array(e.deflated), true);
  }
  zip.end();
  return Buffer.concat(chunks.map((c) => Buffer.from(c)));
}

export const SAMPLE_DIR = path.join(__dirname, '../../assets/samples/drone-attack');
export const FR = fs.readFileSync(path.join(SAMPLE_DIR, 'fr.source.txt'), 'utf8');
export const EN = fs.readFileSync(path.join(SAMPLE_DIR, 'en.mt.txt'), 'utf8');

/**
 * The sample after a short review: one fix accepted ("trapped drone"), one flag rejected with a
 * reason, one segment rewritten by hand, one segment marked reviewed.
 */
export function reviewedSample(): { state: ReviewState; run: ReturnType<typeof runOptions> } {
  const run = runOptions();
  let state = createReview(buildDocument(FR, EN, 'fr', 'en'), run);
  const find = (text: string) => {
    for (let i = 0; i < state.issues.length; i++) {
      const issue = state.issues[i].find((x) => x.target?.text === text);
      if (issue) return { segment: i, key: issueKey(issue) };
    }
    throw new Error(`no open issue on "${text}"`);
  };
  const a = find('trapped drone');
  state = reviewReducer(state, { type: 'accept', segment: a.segment, key: a.key }, run);
  const r = find('watching sit-ins');
  state = reviewReducer(state, { type: 'reject', segment: r.segment, key: r.key, reason: 'house style' }, run);
  const e = state.targets.findIndex((t) => t.includes('is going through Iraq'));
  state = reviewReducer(state, { type: 'edit', segment: e, text: state.targets[e].replace('the crisis that is going through Iraq', 'the crisis Iraq is going through') }, run);
  state = reviewReducer(state, { type: 'markReviewed', segment: 0, reviewed: true }, run);
  return { state, run };
}

export function reviewedProject(): ProjectFile {
  return toProject(reviewedSample().state, { source: 'fr.source.txt', target: 'en.mt.txt' }, new Date('2024-05-01T10:00:00Z'));
}
