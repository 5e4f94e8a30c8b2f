// Every ReviewApi handler with valid and invalid arguments, over real files in a temp folder.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { createHandlers, dataServices, DEFAULT_LIMITS, type HandlerDeps, type Handlers } from '../../electron/ipc/handlers';
import type { Dialogs } from '../../electron/services/dialogs';
import { downloadsDialogs, safeFileName } from '../../electron/services/dialogs';
import type { Result, Settings } from '../../src/shared/api';
import { buildDocument } from '../../src/core/document';
import { runOptions } from '../../src/core';
import { createReview, reviewReducer } from '../../src/core/review/state';
import { fromProject, toProject, type ProjectFile } from '../../src/core/review/project';

const ROOT = path.join(__dirname, '..', '..');
const ASSETS = path.join(ROOT, 'assets');
const FR = 'Le Premier ministre irakien a échappé indemne à une tentative d\'assassinat dans la nuit de samedi à dimanche.\n';
const EN = 'The Iraqi Prime Minister escaped unharmed from an assassination attempt on the night of Saturday to Sunday.\n';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-handlers-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Dialogs that answer what the test says, recording what they were asked. */
function fakeDialogs(answers: { open?: string | null; project?: string | null; save?: string | null } = {}) {
  const asked: string[] = [];
  const dialogs: Dialogs = {
    openText: async (role) => (asked.push(`open:${role}`), answers.open ?? null),
    openProject: async () => (asked.push('project'), answers.project ?? null),
    saveAs: async (name, kind) => (asked.push(`save:${kind}:${name}`), answers.save ?? null),
  };
  return { dialogs, asked };
}

function make(over: Partial<HandlerDeps> = {}, dataDir = path.join(tmp, 'data')): Handlers {
  return createHandlers({
    platform: { kind: 'electron', version: '1.2.3' },
    ...dataServices(dataDir),
    dialogs: fakeDialogs().dialogs,
    assetsDir: ASSETS,
    ...over,
  });
}

function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.value;
}

function fail<T>(r: Result<T>): { code: string; message: string } {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r;
}

function sampleProject(): ProjectFile {
  const run = runOptions();
  let state = createReview(buildDocument(FR, EN, 'fr', 'en'), run);
  state = reviewReducer(state, { type: 'edit', segment: 0, text: 'The Iraqi Prime Minister escaped unhurt from an assassination attempt on the night of Saturday to Sunday.' } as never, run);
  return toProject(state, { source: 'fr.txt', target: 'en.txt' }, new Date('2026-01-02T03:04:05Z'));
}

describe('platform', () => {
  it('says which platform answers', async () => {
    await expect(make().platform()).resolves.toEqual({ kind: 'electron', version: '1.2.3' });
    const web = make({ platform: { kind: 'web', version: '1', reason: 'no display' } });
    await expect(web.platform()).resolves.toEqual({ kind: 'web', version: '1', reason: 'no display' });
  });
});

describe('decodeFile', () => {
  const h = () => make();

  it('decodes UTF-8, detects the language and keeps only the file name', async () => {
    const v = ok(await h().decodeFile('/home/ana/articles/source.txt', Buffer.from(FR)));
    expect(v).toEqual({ name: 'source.txt', text: FR, encoding: 'UTF-8', lang: 'fr' });
    expect(ok(await h().decodeFile('C:\\Users\\ana\\mt.txt', new Uint8Array(Buffer.from(EN)))).name).toBe('mt.txt');
  });

  it('decodes UTF-16 with and without a byte-order mark and names the encoding', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FR, 'utf-16le')]);
    expect(ok(await h().decodeFile('utf16.txt', le))).toMatchObject({ name: 'utf16.txt', text: FR, encoding: 'UTF-16LE', lang: 'fr' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(EN, 'utf-16be')]);
    expect(ok(await h().decodeFile('be.txt', be))).toMatchObject({ text: EN, encoding: 'UTF-16BE', lang: 'en' });
    expect(ok(await h().decodeFile('nobom.txt', iconv.encode(EN, 'utf-16le')))).toMatchObject({ text: EN, encoding: 'UTF-16LE' });
  });

  it('decodes a legacy Windows code page', async () => {
    const v = ok(await h().decodeFile('old.txt', iconv.encode(`${FR}« Il a dit “non” — c’est tout. »\n`, 'windows-1252')));
    expect(v.encoding).toBe('windows-1252');
    expect(v.text).toContain('échappé');
    expect(v.text).toContain('“non”');
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const b = Buffer.from(EN);
    const ab = b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
    expect(ok(await h().decodeFile('ab.txt', ab)).text).toBe(EN);
  });

  it('refuses a binary file with a message naming it', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(200, 7)]);
    const e = fail(await h().decodeFile('/tmp/photo.png', png));
    expect(e.code).toBe('binary');
    expect(e.message).toMatch(/^photo\.png: .*binary/);
  });

  it('refuses UTF-32, naming the file', async () => {
    const e = fail(await h().decodeFile('wide.txt', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('a\0\0\0')])));
    expect(e.code).toBe('encoding');
    expect(e.message).toMatch(/^wide\.txt: .*UTF-32/);
  });

  it('refuses a file over the size limit before decoding it', async () => {
    const e = fail(await h().decodeFile('huge.txt', Buffer.alloc(DEFAULT_LIMITS.fileBytes + 1, 0x61)));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('huge.txt: the file is too large to review (16.0 MB; the limit is 16 MB)');
    const small = make({ limits: { fileBytes: 100 } });
    expect(fail(await small.decodeFile('a.txt', Buffer.alloc(101, 0x61))).code).toBe('too-large');
    expect(ok(await small.decodeFile('a.txt', Buffer.alloc(100, 0x61))).text).toHaveLength(100);
  });

  it('refuses an empty file', async () => {
    const e = fail(await h().decodeFile('empty.txt', new Uint8Array(0)));
    expect(e).toEqual({ ok: false, code: 'empty', message: 'empty.txt: the file is empty' });
    expect(fail(await h().decodeFile('blank.txt', Buffer.from(' \n\n'))).code).toBe('empty');
  });

  it('refuses arguments of the wrong type', async () => {
    for (const [name, bytes] of [
      [42, Buffer.from('x')],
      [null, Buffer.from('x')],
      ['x'.repeat(5000), Buffer.from('x')],
      ['a.txt', 'text, not bytes'],
      ['a.txt', [104, 105]],
      ['a.txt', { $bytes: 'aGk=' }],
      ['a.txt', undefined],
    ] as Array<[unknown, unknown]>) {
      expect(fail(await h().decodeFile(name, bytes)).code).toBe('bad-argument');
    }
  });
});

describe('pickTextFile', () => {
  it('opens the file the dialog picked, decoded and named', async () => {
    const file = path.join(tmp, 'Quelle.txt');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FR, 'utf-16le')]));
    const { dialogs, asked } = fakeDialogs({ open: file });
    const v = ok(await make({ dialogs }).pickTextFile('source'));
    expect(v).toEqual({ name: 'Quelle.txt', text: FR, encoding: 'UTF-16LE', lang: 'fr' });
    expect(asked).toEqual(['open:source']);
  });

  it('answers null when the dialog is cancelled (and in web mode)', async () => {
    expect(ok(await make().pickTextFile('target'))).toBeNull();
    expect(ok(await make({ dialogs: downloadsDialogs(tmp) }).pickTextFile('target'))).toBeNull();
  });

  it('says what is wrong with the file picked', async () => {
    const missing = make({ dialogs: fakeDialogs({ open: path.join(tmp, 'gone.txt') }).dialogs });
    expect(fail(await missing.pickTextFile('source'))).toEqual({ ok: false, code: 'unreadable', message: 'gone.txt: no such file' });
    const folder = make({ dialogs: fakeDialogs({ open: tmp }).dialogs });
    expect(fail(await folder.pickTextFile('source')).message).toMatch(/is a folder/);
    const big = path.join(tmp, 'big.txt');
    fs.writeFileSync(big, Buffer.alloc(2000, 0x61));
    const tooBig = make({ dialogs: fakeDialogs({ open: big }).dialogs, limits: { fileBytes: 1000 } });
    expect(fail(await tooBig.pickTextFile('target'))).toMatchObject({ code: 'too-large', message: expect.stringMatching(/^big\.txt: /) });
    const bin = path.join(tmp, 'data.bin');
    fs.writeFileSync(bin, Buffer.from([1, 2, 3, 0, 0, 0, 4, 5]));
    const binary = make({ dialogs: fakeDialogs({ open: bin }).dialogs });
    expect(fail(await binary.pickTextFile('target'))).toMatchObject({ code: 'binary', message: expect.stringMatching(/^data\.bin: /) });
  });

  it('refuses a role other than source or target', async () => {
    const { dialogs, asked } = fakeDialogs({ open: '/etc/passwd' });
    expect(fail(await make({ dialogs }).pickTextFile('passwd')).code).toBe('bad-argument');
    expect(asked).toEqual([]);
  });
});

describe('loadSample', () => {
  it('returns the French article and its English machine translation', async () => {
    const v = ok(await make().loadSample());
    expect(v.source).toMatchObject({ name: 'fr.source.txt', encoding: 'UTF-8', lang: 'fr' });
    expect(v.target).toMatchObject({ name: 'en.mt.txt', encoding: 'UTF-8', lang: 'en' });
    expect(v.source.text).toBe(fs.readFileSync(path.join(ASSETS, 'samples/drone-attack/fr.source.txt'), 'utf8'));
    expect(v.target.text).toContain('trapped drone');
  });

  it('says so when the sample is missing', async () => {
    const e = fail(await make({ assetsDir: tmp }).loadSample());
    expect(e).toMatchObject({ code: 'unreadable', message: 'fr.source.txt: no such file' });
  });
});

describe('saveText', () => {
  it('writes the text where the user chose', async () => {
    const target = path.join(tmp, 'out', 'corrected.txt');
    const { dialogs, asked } = fakeDialogs({ save: target });
    expect(ok(await make({ dialogs }).saveText('corrected.txt', 'Fixed text ✓\n'))).toBe(target);
    expect(fs.readFileSync(target, 'utf8')).toBe('Fixed text ✓\n');
    expect(asked).toEqual(['save:text:corrected.txt']);
  });

  it('answers null when cancelled, writing nothing', async () => {
    expect(ok(await make().saveText('a.txt', 'x'))).toBeNull();
  });

  it('in web mode writes into the downloads folder without overwriting', async () => {
    const downloads = path.join(tmp, 'downloads');
    const h = make({ dialogs: downloadsDialogs(downloads) });
    const first = ok(await h.saveText('../../etc/en.corrected.txt', 'one'));
    const second = ok(await h.saveText('en.corrected.txt', 'two'));
    expect(first).toBe(path.join(downloads, 'en.corrected.txt'));
    expect(second).toBe(path.join(downloads, 'en.corrected (2).txt'));
    expect(fs.readFileSync(first!, 'utf8')).toBe('one');
    expect(fs.readFileSync(second!, 'utf8')).toBe('two');
  });

  it('refuses a text that is not text or too long', async () => {
    const h = make({ dialogs: fakeDialogs({ save: path.join(tmp, 'x.txt') }).dialogs, limits: { textChars: 10 } });
    expect(fail(await h.saveText('x.txt', 42)).code).toBe('bad-argument');
    expect(fail(await h.saveText({}, 'abc')).code).toBe('bad-argument');
    expect(fail(await h.saveText('x.txt', 'x'.repeat(11))).code).toBe('too-large');
    expect(fs.existsSync(path.join(tmp, 'x.txt'))).toBe(false);
  });

  it('reports a write that fails', async () => {
    fs.mkdirSync(path.join(tmp, 'taken.txt'));
    const h = make({ dialogs: fakeDialogs({ save: path.join(tmp, 'taken.txt') }).dialogs });
    expect(fail(await h.saveText('taken.txt', 'x'))).toMatchObject({ code: 'write-failed', message: expect.stringMatching(/^taken\.txt: could not be saved/) });
  });
});

describe('saveProject and openProject', () => {
  it('round-trips a review, which reopens with its edits', async () => {
    const file = path.join(tmp, 'review.verso');
    const project = sampleProject();
    const saver = make({ dialogs: fakeDialogs({ save: file }).dialogs });
    expect(ok(await saver.saveProject(project, 'review.verso'))).toBe(file);
    const opener = make({ dialogs: fakeDialogs({ project: file }).dialogs });
    const back = ok(await opener.openProject());
    expect(back).toEqual(project);
    const state = fromProject(back!, runOptions());
    expect(state.targets[0]).toContain('unhurt');
  });

  it('answers null when either dialog is cancelled', async () => {
    expect(ok(await make().saveProject(sampleProject(), 'r.verso'))).toBeNull();
    expect(ok(await make().openProject())).toBeNull();
  });

  it('refuses to save something that is not a project', async () => {
    const h = make({ dialogs: fakeDialogs({ save: path.join(tmp, 'r.verso') }).dialogs });
    for (const bad of [null, 'text', [], { format: 'other' }, { ...sampleProject(), version: 2 }, { ...sampleProject(), targets: [1] }, { ...sampleProject(), targets: [] }]) {
      expect(fail(await h.saveProject(bad, 'r.verso')).code).toBe('bad-argument');
    }
    expect(fail(await h.saveProject(sampleProject(), 7)).code).toBe('bad-argument');
    expect(fs.existsSync(path.join(tmp, 'r.verso'))).toBe(false);
  });

  it('refuses a project over the size limit', async () => {
    const h = make({ dialogs: fakeDialogs({ save: path.join(tmp, 'r.verso') }).dialogs, limits: { projectChars: 100 } });
    expect(fail(await h.saveProject(sampleProject(), 'r.verso')).code).toBe('too-large');
  });

  it('names the file when it is not a Verso project', async () => {
    const notJson = path.join(tmp, 'notes.txt');
    fs.writeFileSync(notJson, 'just some notes');
    expect(fail(await make({ dialogs: fakeDialogs({ project: notJson }).dialogs }).openProject())).toEqual({
      ok: false,
      code: 'not-a-project',
      message: 'notes.txt: not a Verso review (not valid JSON)',
    });
    const other = path.join(tmp, 'package.json');
    fs.writeFileSync(other, '{"name": "x"}');
    const e = fail(await make({ dialogs: fakeDialogs({ project: other }).dialogs }).openProject());
    expect(e.code).toBe('not-a-project');
    expect(e.message).toMatch(/^package\.json: not a Verso project/);
    const newer = path.join(tmp, 'newer.verso');
    fs.writeFileSync(newer, JSON.stringify({ ...sampleProject(), version: 9 }));
    expect(fail(await make({ dialogs: fakeDialogs({ project: newer }).dialogs }).openProject()).message).toMatch(/version 9/);
  });

  it('opens a project saved with a byte-order mark', async () => {
    const file = path.join(tmp, 'bom.verso');
    fs.writeFileSync(file, `\uFEFF${JSON.stringify(sampleProject())}`);
    expect(ok(await make({ dialogs: fakeDialogs({ project: file }).dialogs }).openProject())?.format).toBe('verso-project');
  });
});

describe('autosave and crash recovery', () => {
  const autosaveFile = () => path.join(tmp, 'data', 'autosave.json');

  it('recovers nothing when nothing was saved', async () => {
    expect(ok(await make().recoverAutosave())).toBeNull();
  });

  it('recovers the last save, in a new process (new handlers over the same folder)', async () => {
    const h = make();
    const a = sampleProject();
    const b = { ...sampleProject(), savedAt: '2026-01-02T03:05:00.000Z', reviewed: a.reviewed.map(() => true) };
    ok(await h.autosave(a));
    ok(await h.autosave(b));
    expect(ok(await make().recoverAutosave())).toEqual(b);
  });

  it('ignores (and removes) a half-written temp file a crash left behind: the last complete save wins', async () => {
    const h = make();
    const complete = sampleProject();
    ok(await h.autosave(complete));
    // The process died while writing the next save: its temp file holds half a project.
    const json = JSON.stringify({ ...complete, savedAt: '2026-09-09T00:00:00.000Z' });
    const leftover = `${autosaveFile()}.tmp-99999-7`;
    fs.writeFileSync(leftover, json.slice(0, json.length / 2));
    const recovered = ok(await make().recoverAutosave());
    expect(recovered).toEqual(complete);
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.readdirSync(path.dirname(autosaveFile()))).toEqual(['autosave.json']);
  });

  it('keeps the file whole while saves overlap, and the last call wins', async () => {
    const h = make();
    const base = sampleProject();
    const saves = Array.from({ length: 25 }, (_, i) => ({ ...base, savedAt: `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z` }));
    let reads = 0;
    let stop = false;
    const reader = (async () => {
      while (!stop) {
        if (fs.existsSync(autosaveFile())) {
          JSON.parse(fs.readFileSync(autosaveFile(), 'utf8')); // never a torn file
          reads++;
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    const results = await Promise.all(saves.map((p) => h.autosave(p)));
    stop = true;
    await reader;
    expect(results.every((r) => r.ok)).toBe(true);
    expect(reads).toBeGreaterThan(0);
    expect(ok(await h.recoverAutosave())?.savedAt).toBe(saves[24].savedAt);
  });

  it('sets a damaged autosave aside and says so, once', async () => {
    fs.mkdirSync(path.dirname(autosaveFile()), { recursive: true });
    fs.writeFileSync(autosaveFile(), '{"format": "verso-proj');
    const e = fail(await make().recoverAutosave());
    expect(e.code).toBe('bad-autosave');
    expect(e.message).toMatch(/autosave\.json\.bad/);
    expect(fs.existsSync(`${autosaveFile()}.bad`)).toBe(true);
    expect(ok(await make().recoverAutosave())).toBeNull();
  });

  it('clears the autosave, after any save still in flight', async () => {
    const h = make();
    const pending = h.autosave(sampleProject());
    ok(await h.clearAutosave());
    ok(await pending);
    expect(fs.existsSync(autosaveFile())).toBe(false);
    expect(ok(await h.recoverAutosave())).toBeNull();
    ok(await h.clearAutosave());
  });

  it('refuses to autosave something that is not a project', async () => {
    expect(fail(await make().autosave({ format: 'verso-project', version: 1 })).code).toBe('bad-argument');
    expect(fail(await make().autosave(undefined)).code).toBe('bad-argument');
    expect(fs.existsSync(autosaveFile())).toBe(false);
  });
});

describe('settings', () => {
  it('starts with the defaults on a first run', async () => {
    expect(ok(await make().getSettings())).toEqual({ uiLanguage: null, theme: 'system', reviewer: '', profile: 'default', firstRun: true });
  });

  it('round-trips a change through settings.json and tells the shell', async () => {
    const seen: Settings[] = [];
    const h = make({ onSettingsChanged: (s) => seen.push(s) });
    const v = ok(await h.setSettings({ theme: 'dark', uiLanguage: 'fr', reviewer: 'Ana', firstRun: false }));
    expect(v).toEqual({ uiLanguage: 'fr', theme: 'dark', reviewer: 'Ana', profile: 'default', firstRun: false });
    expect(seen).toEqual([v]);
    expect(ok(await make().getSettings())).toEqual(v);
    expect(JSON.parse(fs.readFileSync(path.join(tmp, 'data', 'settings.json'), 'utf8')).settings).toEqual(v);
    expect(ok(await h.setSettings({ uiLanguage: null, profile: 'strict' }))).toMatchObject({ uiLanguage: null, profile: 'strict', theme: 'dark' });
  });

  it('refuses unknown keys and values of the wrong type, changing nothing', async () => {
    const seen: Settings[] = [];
    const h = make({ onSettingsChanged: (s) => seen.push(s) });
    for (const patch of [
      null,
      'dark',
      [],
      { theme: 'blue' },
      { uiLanguage: '../../etc' },
      { uiLanguage: 5 },
      { reviewer: 'x'.repeat(201) },
      { profile: 'nonexistent' },
      { firstRun: 'no' },
      { theme: 'dark', admin: true },
      { __proto__: { theme: 'dark' }, ['constructor']: 1 },
    ]) {
      expect(fail(await h.setSettings(patch)).code).toBe('bad-argument');
    }
    expect(ok(await h.getSettings()).theme).toBe('system');
    expect(seen).toEqual([]);
  });

  it('survives a damaged settings file: defaults, not a first run, the file set aside', async () => {
    const dir = path.join(tmp, 'data');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'settings.json'), '{ not json');
    expect(ok(await make().getSettings())).toMatchObject({ theme: 'system', firstRun: false });
    expect(fs.existsSync(path.join(dir, 'settings.json.bad'))).toBe(true);
  });

  it('keeps the valid settings of a file with one bad value', async () => {
    const dir = path.join(tmp, 'data');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ version: 1, settings: { theme: 'dark', profile: 'retired', firstRun: false } }));
    expect(ok(await make().getSettings())).toMatchObject({ theme: 'dark', profile: 'default', firstRun: false });
  });

  it('keeps the window state beside the settings', async () => {
    const services = dataServices(path.join(tmp, 'data'));
    await services.settings.setWindow({ width: 1000, height: 700, x: 10, y: 20, maximized: true });
    const h = make();
    ok(await h.setSettings({ theme: 'light' }));
    const again = dataServices(path.join(tmp, 'data'));
    await expect(again.settings.getWindow()).resolves.toEqual({ width: 1000, height: 700, x: 10, y: 20, maximized: true });
    await expect(again.settings.get()).resolves.toMatchObject({ theme: 'light' });
  });
});

describe('dictionary', () => {
  it('returns the Hunspell files for English', async () => {
    const v = ok(await make().dictionary('en'));
    expect(v).not.toBeNull();
    expect(v!.aff).toMatch(/^SET /m);
    expect(v!.dic.split('\n')[0]).toMatch(/^\d+/);
    expect(v!.dic).toMatch(/^color/m);
    expect(ok(await make().dictionary('en-GB'))!.dic).toMatch(/^colour/m);
    expect(ok(await make().dictionary('fr'))!.aff.length).toBeGreaterThan(1000);
  });

  it('answers null for a language without a dictionary, or without the packages', async () => {
    expect(ok(await make().dictionary('tlh'))).toBeNull();
    expect(ok(await make({ dictionaryRoot: null }).dictionary('en'))).toBeNull();
    expect(ok(await make({ dictionaryRoot: tmp }).dictionary('en'))).toBeNull();
  });

  it('refuses anything that is not a language tag', async () => {
    for (const bad of ['../../etc/passwd', '', 'en/../../x', 42, null, 'e', 'x'.repeat(40)]) {
      expect(fail(await make().dictionary(bad)).code).toBe('bad-argument');
    }
  });
});

describe('safe file names (web-mode downloads)', () => {
  it('keeps names plain and safe on every platform', () => {
    expect(safeFileName('../../etc/passwd', 'text')).toBe('passwd.txt');
    expect(safeFileName('C:\\x\\a<b>.txt', 'text')).toBe('a_b_.txt');
    expect(safeFileName('...', 'text')).toBe('corrected.txt');
    expect(safeFileName('', 'project')).toBe('review.verso');
    expect(safeFileName('CON', 'text')).toBe('_CON.txt');
    expect(safeFileName('review', 'project')).toBe('review.verso');
  });
});
