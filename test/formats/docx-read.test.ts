import { docxToText, DOCX_LIMITS, looksLikeDocx, sniffZip } from '../../src/formats/docx-read';
import { textToDocx, trackedChangesDocx, textParagraphs } from '../../src/formats/docx-write';
import { FormatError } from '../../src/formats/errors';
import { buildDocument } from '../../src/core/document';
import { docxFromBody, EN, FR, plainZip, rawZip, zerosDeflated } from './fixtures';

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** The error a promise rejects with, checked to be one FormatError naming the file. */
async function refusal(promise: Promise<unknown>, file: string): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FormatError);
  expect((err as FormatError).file).toBe(file);
  expect((err as Error).message).not.toMatch(/\n/);
  return (err as Error).message;
}

describe('DOCX import: text with the paragraph structure kept', () => {
  it('gives one paragraph a line with a blank line between, like the sample texts', async () => {
    const docx = docxFromBody(p('Title') + p('First paragraph. Two sentences.') + '<w:p/>' + p('  ') + p('Last.'));
    expect(await docxToText(docx, 'a.docx')).toBe('Title\n\nFirst paragraph. Two sentences.\n\nLast.\n');
  });

  it('joins the runs of a paragraph and keeps tabs; a line break is a single line feed', async () => {
    const body =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
      '<w:r><w:rPr><w:b/></w:rPr><w:t>Bold</w:t></w:r><w:r><w:t xml:space="preserve"> and </w:t></w:r>' +
      '<w:r><w:t>plain</w:t><w:tab/><w:t>after tab</w:t><w:br/><w:t>next line</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>co</w:t><w:noBreakHyphen/><w:t>operate &amp; &lt;go&gt;</w:t></w:r></w:p>';
    expect(await docxToText(docxFromBody(body), 'a.docx')).toBe('Bold and plain\tafter tab\nnext line\n\nco\u2011operate & <go>\n');
  });

  it('reads table cells in order and text in hyperlinks, fields and content controls', async () => {
    const cell = (t: string) => `<w:tc><w:tcPr/>${p(t)}</w:tc>`;
    const body =
      p('Before the table.') +
      `<w:tbl><w:tr>${cell('A1')}${cell('B1')}</w:tr><w:tr>${cell('A2')}${cell('B2')}</w:tr></w:tbl>` +
      '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>a link</w:t></w:r></w:hyperlink><w:fldSimple w:instr="PAGE"><w:r><w:t xml:space="preserve"> 3</w:t></w:r></w:fldSimple></w:p>' +
      '<w:sdt><w:sdtContent>' + p('In a content control.') + '</w:sdtContent></w:sdt>';
    const text = await docxToText(docxFromBody(body, { extraNs: 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' }), 'a.docx');
    expect(text).toBe('Before the table.\n\nA1\n\nB1\n\nA2\n\nB2\n\na link 3\n\nIn a content control.\n');
  });

  it('reads tracked changes as accepted: insertions in, deletions and moved-away text out', async () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">The </w:t></w:r>' +
      '<w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>trapped</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>booby-trapped</w:t></w:r></w:ins>' +
      '<w:r><w:t xml:space="preserve"> drone.</w:t></w:r></w:p>' +
      '<w:p><w:moveFrom w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>Moved away.</w:t></w:r></w:moveFrom></w:p>';
    expect(await docxToText(docxFromBody(body), 'a.docx')).toBe('The booby-trapped drone.\n');
  });

  it('reads a text box once (the drawing, not its VML fallback copy) and skips instructions of fields', async () => {
    const mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const body =
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>' + box('Boxed text.') + '</wps:txbx></w:drawing></mc:Choice>' +
      '<mc:Fallback><w:pict>' + box('Boxed text.') + '</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Anchor paragraph.</w:t></w:r></w:p>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1 May 2024</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    expect(await docxToText(docxFromBody(body, { extraNs: mc }), 'a.docx')).toBe('Boxed text.\n\nAnchor paragraph.\n\n1 May 2024\n');
  });

  it('finds the main part through _rels/.rels when it is not word/document.xml', async () => {
    expect(await docxToText(docxFromBody(p('Elsewhere.'), { part: 'word/document2.xml' }), 'a.docx')).toBe('Elsewhere.\n');
  });

  it('round-trips the sample through our own Word export, paragraph for paragraph', async () => {
    for (const text of [FR, EN]) {
      const back = await docxToText(textToDocx(text, { lang: 'fr' }), 'sample.docx');
      expect(textParagraphs(back)).toEqual(textParagraphs(text));
    }
  });

  it('gives the alignment the same paragraphs as the text file', async () => {
    const fr = await docxToText(textToDocx(FR), 'fr.docx');
    const en = await docxToText(textToDocx(EN), 'en.docx');
    const fromDocx = buildDocument(fr, en, 'fr', 'en');
    const fromText = buildDocument(FR, EN, 'fr', 'en');
    expect(fromDocx.source.paragraphs.length).toBe(fromText.source.paragraphs.length);
    expect(fromDocx.segments.map((s) => s.kind)).toEqual(fromText.segments.map((s) => s.kind));
  });

  it('reads a tracked-changes export as the corrected text', async () => {
    const { docx } = trackedChangesDocx('One two three.\n\nGone.\n', 'One 2 three!\n\nNew.\n', { author: 'R' });
    expect(await docxToText(docx, 't.docx')).toBe('One 2 three!\n\nNew.\n');
  });

  it('tells a Word file by name or by its zip signature', () => {
    const docx = textToDocx('x');
    expect(sniffZip(docx)).toBe('zip');
    expect(looksLikeDocx('notes.txt', docx)).toBe(true);
    expect(looksLikeDocx('a.DOCX', new Uint8Array([0x61]))).toBe(true);
    expect(looksLikeDocx('a.txt', new TextEncoder().encode('Plain text'))).toBe(false);
  });
});

describe('DOCX import refuses bad files with one clear error, quickly', () => {
  jest.setTimeout(15000);

  it('not a zip at all', async () => {
    const msg = await refusal(docxToText(new TextEncoder().encode('Just some text, not Word.'), 'notes.docx'), 'notes.docx');
    expect(msg).toBe('is not a Word .docx file (not a zip archive)');
  });

  it('an old binary .doc (or an encrypted document)', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(await refusal(docxToText(ole, 'old.docx'), 'old.docx')).toMatch(/old binary Word document \(\.doc\).*save it as \.docx/);
  });

  it('a truncated zip', async () => {
    const whole = textToDocx(EN);
    for (const cut of [Math.floor(whole.length / 2), whole.length - 10, 30]) {
      expect(await refusal(docxToText(whole.subarray(0, cut), 'cut.docx'), 'cut.docx')).toBe('is damaged or truncated (not a readable zip archive)');
    }
  });

  it('a zip that is not a Word document (no word/document.xml)', async () => {
    const zip = plainZip({ '[Content_Types].xml': '<Types/>', 'readme.txt': 'hello' });
    expect(await refusal(docxToText(zip, 'archive.docx'), 'archive.docx')).toBe('is a zip archive but not a Word document: it has no word/document.xml');
  });

  it('a document part that is not WordprocessingML, or not well-formed, or has a DOCTYPE', async () => {
    const notWord = plainZip({ 'word/document.xml': '<?xml version="1.0"?><html><body>x</body></html>' });
    expect(await refusal(docxToText(notWord, 'x.docx'), 'x.docx')).toMatch(/word\/document.xml is not a WordprocessingML document/);
    const broken = plainZip({ 'word/document.xml': `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>` });
    expect(await refusal(docxToText(broken, 'x.docx'), 'x.docx')).toMatch(/not well-formed XML/);
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      `<w:document xmlns:w="${'http://schemas.openxmlformats.org/wordprocessingml/2006/main'}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await refusal(docxToText(plainZip({ 'word/document.xml': laughs }), 'x.docx'), 'x.docx')).toMatch(/DOCTYPE/);
  });

  it('a zip bomb that says how big it is: refused from the directory, nothing inflated', async () => {
    // 2 MiB on disk, 2 GiB declared and real.
    const bomb = rawZip([{ name: 'word/document.xml', deflated: zerosDeflated(2048), size: 2048 * 1024 * 1024 }]);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const t = Date.now();
    expect(await refusal(docxToText(bomb, 'bomb.docx'), 'bomb.docx')).toMatch(/zip bomb/);
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('a zip bomb with a high ratio under the total cap', async () => {
    const bomb = rawZip([{ name: 'word/document.xml', deflated: zerosDeflated(200), size: 200 * 1024 * 1024 }]);
    expect(await refusal(docxToText(bomb, 'bomb.docx'), 'bomb.docx')).toMatch(/compressed more than 200:1 \(a zip bomb\?\)/);
  });

  it('a zip bomb that lies about its size: stopped as soon as it inflates past what it declared', async () => {
    const liar = rawZip([{ name: 'word/document.xml', deflated: zerosDeflated(1024), size: 1000 }]);
    const t = Date.now();
    expect(await refusal(docxToText(liar, 'liar.docx'), 'liar.docx')).toBe("is damaged or a zip bomb: word/document.xml does not inflate to the size its zip header declares");
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('a main part over its own cap, even when it says so honestly and compresses normally', async () => {
    const limits = { ...DOCX_LIMITS, maxDocumentBytes: 1000 };
    expect(await refusal(docxToText(textToDocx(EN), 'big.docx', limits), 'big.docx')).toMatch(/word\/document.xml is .* over the .* limit/);
  });

  it('too many entries', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.xml`] = '<a/>';
    const limits = { ...DOCX_LIMITS, maxEntries: 20 };
    expect(await refusal(docxToText(plainZip(files), 'many.docx', limits), 'many.docx')).toMatch(/30 entries .* more than the 20/);
  });

  it('a file over the size cap, by its length', async () => {
    const limits = { ...DOCX_LIMITS, maxFileBytes: 100 };
    expect(await refusal(docxToText(textToDocx(EN), 'big.docx', limits), 'big.docx')).toMatch(/over the .* limit for Word files/);
  });
});
