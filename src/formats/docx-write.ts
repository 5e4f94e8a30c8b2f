// Writing Word files: the corrected translation as a plain DOCX (one Word paragraph per line of
// text), and the machine translation with the reviewer's corrections as real tracked changes
// (w:ins / w:del with author and date), so the client accepts or rejects each one in Word or
// LibreOffice. WordprocessingML is generated as strings and zipped with fflate: no Node, so the
// same code runs in the CLI, in Electron's main process and in a browser.
import { zipSync, strToU8 } from 'fflate';
import { diffArrays, diffWordsWithSpace } from 'diff';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface DocxOptions {
  /** BCP 47 language of the text (sets Word's proofing language). */
  lang?: string;
  /** Document title (File > Properties). */
  title?: string;
  /** Who made the file: the reviewer. */
  creator?: string;
  /** When; also the date of every tracked change. Default: now. */
  date?: Date;
}

export interface TrackedOptions extends DocxOptions {
  /** Name shown on every change in Word's and LibreOffice's review pane. */
  author: string;
}

/** Characters XML 1.0 cannot hold at all (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const NOT_XML = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(s: string): string {
  return s
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** xsd:dateTime without fractions, as Word writes it: 2024-05-01T10:00:00Z. */
export function wordDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The paragraphs of a plain text as the DOCX export sees them: every line that is not blank, without
 * its line break. Blank lines only separate paragraphs (Word spaces paragraphs by style instead).
 */
export function textParagraphs(text: string): string[] {
  return text.split(/\r\n|\n|\r|\u2029/).filter((line) => line.trim() !== '');
}

/** Runs for one piece of text: tabs become <w:tab/>, everything else <w:t> (or <w:delText>). */
function runContent(text: string, deleted: boolean): string {
  const tag = deleted ? 'w:delText' : 'w:t';
  return text
    .split('\t')
    .map((piece, i) => (i > 0 ? '<w:tab/>' : '') + (piece ? `<${tag} xml:space="preserve">${xmlText(piece)}</${tag}>` : ''))
    .join('');
}

function run(text: string, deleted = false): string {
  return text ? `<w:r>${runContent(text, deleted)}</w:r>` : '';
}

function paragraph(content: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
}

function documentXml(body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' +
    '</w:body></w:document>'
  );
}

function stylesXml(lang: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:styles xmlns:w="${W}">` +
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>' +
    `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${xmlAttr(lang)}" w:eastAsia="${xmlAttr(lang)}" w:bidi="${xmlAttr(lang)}"/>` +
    '</w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '</w:styles>'
  );
}

function settingsXml(trackRevisions: boolean): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:settings xmlns:w="${W}">${trackRevisions ? '<w:trackRevisions/>' : ''}<w:defaultTabStop w:val="708"/>` +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  );
}

function coreXml(o: DocxOptions, date: Date): string {
  const when = wordDate(date);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (o.title ? `<dc:title>${xmlText(o.title)}</dc:title>` : '') +
    (o.creator ? `<dc:creator>${xmlText(o.creator)}</dc:creator><cp:lastModifiedBy>${xmlText(o.creator)}</cp:lastModifiedBy>` : '') +
    (o.lang ? `<dc:language>${xmlText(o.lang)}</dc:language>` : '') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The package around a document body: content types, relationships, styles, settings, properties. */
function packageDocx(body: string, o: DocxOptions, trackRevisions: boolean): Uint8Array {
  const date = o.date ?? new Date();
  const lang = o.lang ?? 'en';
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="${PKG_RELS}">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '</Relationships>',
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="${PKG_RELS}">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
      '</Relationships>',
    'word/document.xml': documentXml(body),
    'word/styles.xml': stylesXml(lang),
    'word/settings.xml': settingsXml(trackRevisions),
    'docProps/core.xml': coreXml(o, date),
  };
  // A fixed timestamp inside the zip keeps the same input byte-identical across runs.
  const mtime = new Date(Date.UTC(2020, 0, 1));
  const entries = Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, [strToU8(xml), { mtime }] as const]));
  return zipSync(entries as Parameters<typeof zipSync>[0], { level: 6 });
}

/** The corrected text as a Word document: one paragraph per non-blank line. */
export function textToDocx(text: string, options: DocxOptions = {}): Uint8Array {
  const paragraphs = textParagraphs(text);
  const body = paragraphs.length ? paragraphs.map((p) => paragraph(run(p))).join('') : paragraph('');
  return packageDocx(body, options, false);
}

/** One paragraph of the tracked document, and how it relates to the two texts. */
interface TrackedParagraph {
  /** Word-level changes inside a paragraph both texts have, or the whole paragraph inserted/deleted. */
  kind: 'same' | 'changed' | 'inserted' | 'deleted';
  before: string;
  after: string;
}

function words(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Dice coefficient of the two paragraphs' words: 1 for the same words, 0 for none in common. */
function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let na = 0;
  let nb = 0;
  let common = 0;
  for (const n of a.values()) na += n;
  for (const n of b.values()) nb += n;
  if (na + nb === 0) return 1;
  for (const [w, n] of a) common += Math.min(n, b.get(w) ?? 0);
  return (2 * common) / (na + nb);
}

/** Below this, two paragraphs are a deletion and an insertion rather than one edited paragraph. */
const SAME_PARAGRAPH = 0.3;

/**
 * Within one changed stretch, which removed paragraph became which added one: an order-keeping
 * alignment that maximises the words they share (a small dynamic programme; stretches are short).
 */
function alignStretch(removed: string[], added: string[]): TrackedParagraph[] {
  const n = removed.length;
  const m = added.length;
  if (n * m > 250_000) {
    // Pathologically long stretch: pair by position, which is what a plain edit usually is.
    const k = Math.min(n, m);
    return [
      ...removed.slice(0, k).map((p, i) => ({ kind: 'changed' as const, before: p, after: added[i] })),
      ...removed.slice(k).map((p) => ({ kind: 'deleted' as const, before: p, after: '' })),
      ...added.slice(k).map((p) => ({ kind: 'inserted' as const, before: '', after: p })),
    ];
  }
  const a = removed.map(words);
  const b = added.map(words);
  const sim = a.map((wa) => b.map((wb) => similarity(wa, wb)));
  // best[i][j]: the best total similarity pairing removed[i..] with added[j..].
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const pair = sim[i][j] >= SAME_PARAGRAPH ? sim[i][j] + best[i + 1][j + 1] : -1;
      best[i][j] = Math.max(pair, best[i + 1][j], best[i][j + 1]);
    }
  }
  const out: TrackedParagraph[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (sim[i][j] >= SAME_PARAGRAPH && best[i][j] === sim[i][j] + best[i + 1][j + 1]) {
      out.push({ kind: 'changed', before: removed[i++], after: added[j++] });
    } else if (best[i][j] === best[i + 1][j]) {
      out.push({ kind: 'deleted', before: removed[i++], after: '' });
    } else {
      out.push({ kind: 'inserted', before: '', after: added[j++] });
    }
  }
  while (i < n) out.push({ kind: 'deleted', before: removed[i++], after: '' });
  while (j < m) out.push({ kind: 'inserted', before: '', after: added[j++] });
  return out;
}

/**
 * Pairs the paragraphs of the two texts: equal ones by a diff of the paragraph lists; within each
 * changed stretch, a removed paragraph and an added one that share enough words are one edited
 * paragraph (its words are diffed), and the rest are whole paragraphs inserted or deleted.
 */
export function pairParagraphs(before: string[], after: string[]): TrackedParagraph[] {
  const out: TrackedParagraph[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length && added.length) out.push(...alignStretch(removed, added));
    else {
      for (const p of removed) out.push({ kind: 'deleted', before: p, after: '' });
      for (const p of added) out.push({ kind: 'inserted', before: '', after: p });
    }
    removed = [];
    added = [];
  };
  for (const part of diffArrays(before, after)) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else {
      flush();
      for (const p of part.value) out.push({ kind: 'same', before: p, after: p });
    }
  }
  flush();
  return out;
}

export interface ChangeCount {
  insertions: number;
  deletions: number;
}

/**
 * The machine translation with the corrections as tracked changes. Accepting every change gives the
 * corrected text, rejecting every change gives the machine translation (paragraph for paragraph).
 */
export function trackedChangesDocx(machine: string, corrected: string, options: TrackedOptions): { docx: Uint8Array; changes: ChangeCount } {
  const date = options.date ?? new Date();
  const stamp = `w:author="${xmlAttr(options.author)}" w:date="${wordDate(date)}"`;
  let id = 0;
  const changes: ChangeCount = { insertions: 0, deletions: 0 };
  const ins = (content: string) => {
    changes.insertions++;
    return `<w:ins w:id="${++id}" ${stamp}>${content}</w:ins>`;
  };
  const del = (content: string) => {
    changes.deletions++;
    return `<w:del w:id="${++id}" ${stamp}>${content}</w:del>`;
  };
  const paragraphs = pairParagraphs(textParagraphs(machine), textParagraphs(corrected));

  // A whole paragraph inserted or deleted carries the change on its paragraph mark too, so that
  // accepting (or rejecting) removes the paragraph, not just its words. The last paragraph mark of a
  // document cannot be removed, so when the last paragraph is itself inserted or deleted, an empty
  // paragraph closes the document.
  const markOf = paragraphs.map((p) => (p.kind === 'inserted' || p.kind === 'deleted' ? p.kind : null));
  const closing = markOf.length > 0 && markOf[markOf.length - 1] !== null;

  const body = paragraphs.map((p, i) => {
    const mark = markOf[i];
    const pPr = mark ? `<w:rPr><w:${mark === 'inserted' ? 'ins' : 'del'} w:id="${++id}" ${stamp}/></w:rPr>` : '';
    let content = '';
    if (p.kind === 'same') content = run(p.after);
    else if (p.kind === 'inserted') content = ins(run(p.after, false));
    else if (p.kind === 'deleted') content = del(run(p.before, true));
    else {
      for (const part of diffWordsWithSpace(p.before, p.after)) {
        if (part.added) content += ins(run(part.value));
        else if (part.removed) content += del(run(part.value, true));
        else content += run(part.value);
      }
    }
    return paragraph(content, pPr);
  });
  if (closing || body.length === 0) body.push(paragraph(''));
  const docx = packageDocx(body.join(''), { ...options, creator: options.creator ?? options.author, date }, true);
  return { docx, changes };
}
