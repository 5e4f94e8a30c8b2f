// The handlers the export dialog and the start screen need: saveBytes (a Word file saved where the
// user picks, or into the downloads folder in web mode), and decodeFile/pickTextFile reading a
// Word document (told by its zip signature or its name) as the text of its paragraphs.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHandlers, dataServices, type HandlerDeps, type Handlers } from '../../electron/ipc/handlers';
import { downloadsDialogs, type Dialogs } from '../../electron/services/dialogs';
import type { Result } from '../../src/shared/api';
import { textToDocx, trackedChangesDocx } from '../../src/formats/docx-write';
import { startServer, type RunningServer } from '../../src/server/server';
import { createHttpApi } from '../../src/renderer/platform/http';

const ASSETS = path.join(__dirname, '..', '..', 'assets');

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-handlers-formats-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function make(dialogs: Partial<Dialogs> = {}, over: Partial<HandlerDeps> = {}): { handlers: Handlers; asked: string[] } {
  const asked: string[] = [];
  const base: Dialogs = {
    openText: async (role) => (asked.push(`open:${role}`), null),
    openProject: async () => null,
    saveAs: async (name, kind) => (asked.push(`save:${kind}:${name}`), null),
  };
  const handlers = createHandlers({ platform: { kind: 'electron', version: '1' }, ...dataServices(path.join(tmp, 'data')), dialogs: { ...base, ...dialogs }, assetsDir: ASSETS, ...over });
  return { handlers, asked };
}

function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.value;
}

const FRENCH = 'Le Premier ministre irakien a échappé à une tentative d’assassinat.\nUn drone piégé a visé sa résidence à Bagdad.';

describe('saveBytes', () => {
  it('writes the bytes exactly where the user chose', async () => {
    const file = path.join(tmp, 'out', 'review.changes.docx');
    const { handlers, asked } = make({ saveAs: async (name, kind) => (asked.push(`save:${kind}:${name}`), file) });
    const { docx } = trackedChangesDocx('A trapped drone.', 'A booby-trapped drone.', { author: 'Ana' });
    expect(ok(await handlers.saveBytes('review.changes.docx', docx))).toBe(file);
    expect(asked).toEqual(['save:text:review.changes.docx']);
    expect(new Uint8Array(fs.readFileSync(file))).toEqual(docx);
  });

  it('answers null when the user cancels, and refuses what is not bytes or too large', async () => {
    const { handlers } = make();
    expect(ok(await handlers.saveBytes('a.docx', new Uint8Array([80, 75])))).toBeNull();
    expect(await handlers.saveBytes('a.docx', 'PK text')).toMatchObject({ ok: false, code: 'bad-argument' });
    expect(await handlers.saveBytes(42, new Uint8Array(1))).toMatchObject({ ok: false, code: 'bad-argument' });
    const small = make({ saveAs: async () => path.join(tmp, 'x.docx') }, { limits: { projectChars: 10 } }).handlers;
    expect(await small.saveBytes('x.docx', new Uint8Array(11))).toMatchObject({ ok: false, code: 'too-large' });
    expect(fs.existsSync(path.join(tmp, 'x.docx'))).toBe(false);
  });

  it('keeps the directory out of the suggested name', async () => {
    const { handlers, asked } = make();
    await handlers.saveBytes('../../etc/evil.docx', new Uint8Array([1]));
    expect(asked).toEqual(['save:text:evil.docx']);
  });

  it('reaches the downloads folder over the web server, bytes intact', async () => {
    const downloads = path.join(tmp, 'downloads');
    const handlers = createHandlers({ platform: { kind: 'web', version: '1' }, ...dataServices(path.join(tmp, 'data')), dialogs: downloadsDialogs(downloads), assetsDir: ASSETS });
    let server: RunningServer | null = null;
    try {
      server = await startServer({ handlers, staticRoot: tmp, port: 0 });
      // The page itself downloads (saveBytes is in-page in the browser); the server's method is the same handler.
      const res = await fetch(`${server.url}api/saveBytes`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: server.url.replace(/\/$/, '') },
        body: JSON.stringify({ args: ['w.docx', { $bytes: Buffer.from(textToDocx('Bonjour.')).toString('base64') }] }),
      });
      const r = (await res.json()) as Result<string>;
      const saved = ok(r);
      expect(path.dirname(saved)).toBe(downloads);
      expect(fs.readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
    } finally {
      await server?.close();
    }
    // The page's http client keeps saveBytes in the page (a download), like saveText.
    expect(typeof createHttpApi('', async () => ({ ok: true, status: 200, text: async () => '{}' })).saveBytes).toBe('function');
  });
});

describe('decodeFile with a Word document', () => {
  it('reads a .docx as the text of its paragraphs, with the language detected', async () => {
    const { handlers } = make();
    const opened = ok(await handlers.decodeFile('article.docx', textToDocx(FRENCH, { lang: 'fr' })));
    expect(opened).toEqual({ name: 'article.docx', text: 'Le Premier ministre irakien a échappé à une tentative d’assassinat.\n\nUn drone piégé a visé sa résidence à Bagdad.\n', encoding: 'DOCX', lang: 'fr' });
  });

  it('tells a Word file by its zip signature whatever its name', async () => {
    const { handlers } = make();
    const opened = ok(await handlers.decodeFile('download', textToDocx(FRENCH)));
    expect(opened.encoding).toBe('DOCX');
    expect(opened.text).toContain('Un drone piégé');
  });

  it('refuses a zip that is not a Word document, an old .doc, and an empty document, naming the file', async () => {
    const { handlers } = make();
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'a.txt': new TextEncoder().encode('hello') });
    const r1 = await handlers.decodeFile('notes.docx', zip);
    expect(r1).toMatchObject({ ok: false, message: expect.stringMatching(/^notes\.docx: .*not a Word document/) });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const r2 = await handlers.decodeFile('old.docx', ole);
    expect(r2).toMatchObject({ ok: false, message: expect.stringMatching(/^old\.docx: .*\.doc/) });
    const r3 = await handlers.decodeFile('blank.docx', textToDocx(''));
    expect(r3).toMatchObject({ ok: false, code: 'empty', message: 'blank.docx: the Word document has no text' });
  });

  it('still reads plain text as before', async () => {
    const { handlers } = make();
    expect(ok(await handlers.decodeFile('a.txt', new TextEncoder().encode(FRENCH)))).toMatchObject({ encoding: 'UTF-8', lang: 'fr' });
  });

  it('opens a picked .docx on the desktop too', async () => {
    const file = path.join(tmp, 'picked.docx');
    fs.writeFileSync(file, textToDocx(FRENCH));
    const { handlers } = make({ openText: async () => file });
    expect(ok(await handlers.pickTextFile('source'))).toMatchObject({ name: 'picked.docx', encoding: 'DOCX', lang: 'fr' });
  });
});
