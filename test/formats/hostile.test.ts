// Bad and hostile bilingual files: each is refused with one clear message naming the file and,
// where there is one, the place — never a stack trace, never a file read it should not read.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FormatError, parseBilingual } from '../../src/formats';
import { readBilingualFile, DEFAULT_MAX_XML_BYTES } from '../../src/formats/read';
import { formatError } from '../../src/cli/errors';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-hostile-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function refusal(file: string, options = {}): Promise<FormatError> {
  try {
    await readBilingualFile(file, options);
  } catch (err) {
    expect(err).toBeInstanceOf(FormatError);
    const e = err as FormatError;
    expect(e.file).toBe(file);
    expect(e.message).not.toMatch(/\n/);
    return e;
  }
  throw new Error(`${file} was accepted`);
}

const XLIFF12 = (body: string, root = '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n<file source-language="en" target-language="fr" datatype="plaintext" original="x"><body>\n${body}\n</body></file>\n</xliff>\n`;

describe('refused before anything is expanded', () => {
  it('an XLIFF with an external entity (XXE): the DOCTYPE is refused, the file it names never read', async () => {
    const secret = write('secret.txt', 'TOP-SECRET-CONTENT');
    const file = write('xxe.xlf', `<?xml version="1.0"?>\n<!DOCTYPE xliff [\n  <!ENTITY xxe SYSTEM "file://${secret}">\n]>\n${XLIFF12('<trans-unit id="1"><source>&xxe;</source></trans-unit>').replace(/^<\?xml[^>]*>\n/, '')}`);
    const e = await refusal(file);
    expect(e.message).toMatch(/DOCTYPE/);
    expect(e.message).not.toContain('TOP-SECRET');
    expect([e.line, e.column]).toEqual([2, 1]);
  });

  it('billion laughs: refused at once', async () => {
    const lols = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('\n');
    const file = write('lol.xlf', `<?xml version="1.0"?>\n<!-- harmless -->\n<!DOCTYPE lolz [\n${lols}\n]>\n<lolz>&lol9;</lolz>\n`);
    const t0 = Date.now();
    const e = await refusal(file);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(e.message).toMatch(/DOCTYPE declaration \(DTD\), which is refused/);
    expect(e.line).toBe(3);
  });

  it('an entity the file never declared is malformed XML, not text', () => {
    expect(() => parseBilingual(XLIFF12('<trans-unit id="1"><source>&nbsp;</source></trans-unit>'), 'ent.xlf')).toThrow(/^malformed XML at column \d+: undefined entity$/);
  });

  it('nesting deep enough to exhaust a recursive reader', () => {
    const deep = `${'<g id="1">'.repeat(5000)}x${'</g>'.repeat(5000)}`;
    expect(() => parseBilingual(XLIFF12(`<trans-unit id="1"><source>${deep}</source></trans-unit>`), 'deep.xlf')).toThrow(/nested more than 256 deep/);
  });
});

describe('a mismatched or missing version', () => {
  it('a root that says 1.2 in the XLIFF 2.0 namespace', async () => {
    const e = await refusal(write('v.xlf', XLIFF12('<trans-unit id="1"><source>Hi</source></trans-unit>', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:2.0">')));
    expect(e.message).toBe('mismatched version: the root says version="1.2" but uses the XLIFF 2.0 namespace urn:oasis:names:tc:xliff:document:2.0');
    expect(e.line).toBe(2);
  });

  it('a root that says 2.0 over 1.2 content', async () => {
    const e = await refusal(write('v2.xlf', XLIFF12('<trans-unit id="1"><source>Hi</source></trans-unit>', '<xliff version="2.0">')));
    expect(e.message).toMatch(/^mismatched version: the root says version="2.0" but <trans-unit> is XLIFF 1.2$/);
    expect(e.line).toBe(4);
  });

  it('no version attribute', async () => {
    const e = await refusal(write('nov.xlf', XLIFF12('<trans-unit id="1"><source>Hi</source></trans-unit>', '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2">')));
    expect(e.message).toMatch(/no version attribute/);
  });

  it('a 1.2 file where the caller expects 2.0', async () => {
    const e = await refusal(write('expect.xlf', XLIFF12('<trans-unit id="1"><source>Hi</source><target>Salut</target></trans-unit>')), { format: 'xliff20' });
    expect(e.message).toBe('expected XLIFF 2.0 but the file is XLIFF 1.2 (version="1.2")');
  });
});

describe('malformed files, with line and column', () => {
  it('an XLIFF whose tags do not close', async () => {
    const file = write('broken.xlf', XLIFF12('<trans-unit id="1">\n  <source>Hello <g id="1">world</source>\n</trans-unit>'));
    const e = await refusal(file);
    expect(e.message).toMatch(/^malformed XML at column \d+: unexpected close tag: <g> of line 5 is still open$/);
    expect(e.line).toBe(5);
    expect(e.where()).toMatch(new RegExp(`broken\\.xlf:5:${e.column}$`));
    // The command line prints it on one line, naming file and line.
    expect(formatError(e)).toMatch(/^verso: .*broken\.xlf:5: malformed XML at column \d+: unexpected close tag/);
  });

  it('a CSV with a quote left open', async () => {
    const e = await refusal(write('bad.csv', 'source,target\nok,fine\n"open,never closed\n'), { from: 'fr', to: 'en' });
    expect(e.message).toMatch(/^malformed CSV: quote not closed/i);
    expect(e.line).toBe(3);
  });

  it('a TSV line with three columns', async () => {
    const e = await refusal(write('bad.tsv', 'fr\ten\nun\tone\ndeux\ttwo\textra\n'));
    expect([e.line, e.message]).toEqual([3, '3 tab-separated columns on this line: expected 2 (source<TAB>target)']);
  });

  it('a file that is not a bilingual format at all', async () => {
    const e = await refusal(write('notes.txt', 'just some words\nand more\n'));
    expect(e.message).toMatch(/not a bilingual file/);
  });
});

describe('size', () => {
  it('a 200 MB XLIFF is refused from its size, without being read', async () => {
    const file = path.join(dir, 'huge.xlf');
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, XLIFF12('<trans-unit id="1"><source>Hi</source></trans-unit>'));
    fs.ftruncateSync(fd, 200 * 1024 * 1024); // sparse: costs no disk, and nothing to read
    fs.closeSync(fd);
    const readFile = jest.spyOn(fs.promises, 'readFile');
    const t0 = Date.now();
    const e = await refusal(file);
    expect(Date.now() - t0).toBeLessThan(500);
    expect(readFile).not.toHaveBeenCalled();
    readFile.mockRestore();
    expect(e.message).toBe(`is 200 MB, over the ${DEFAULT_MAX_XML_BYTES / 1024 / 1024} MB limit for XLIFF 1.2 files; split it, or raise the limit`);
    fs.rmSync(file);
  });

  it('the limit is configurable', async () => {
    const file = write('small.xlf', XLIFF12('<trans-unit id="1"><source>Hi</source><target>Salut</target></trans-unit>'));
    expect((await readBilingualFile(file)).file.units).toHaveLength(1);
    const e = await refusal(file, { maxBytes: 100 });
    expect(e.message).toMatch(/over the 0\.0 MB limit/);
  });
});

describe('encodings', () => {
  it('reads UTF-16 with a byte-order mark and an encoding named by the XML declaration', async () => {
    const text = XLIFF12('<trans-unit id="1"><source>Été</source><target>Summer</target></trans-unit>');
    const utf16 = write('u16.xlf', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace('UTF-8', 'UTF-16'), 'utf16le')]));
    expect((await readBilingualFile(utf16)).file.units[0].source).toBe('Été');
    const latin = write('latin.xlf', Buffer.from(text.replace('UTF-8', 'ISO-8859-1'), 'latin1'));
    const read = await readBilingualFile(latin);
    expect(read.file.units[0].source).toBe('Été');
    expect(read.encoding.note).toMatch(/iso-8859-1/);
  });
});
