// The renderer's ReviewApi implementations. The web one speaks the wire format written at the top
// of src/renderer/platform/http.ts; here it talks to the real server (src/server) over HTTP, so
// both ends are held to the same format. The desktop one forwards to the preload's bridge.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHandlers, dataServices } from '../../electron/ipc/handlers';
import { downloadsDialogs } from '../../electron/services/dialogs';
import { startServer, type RunningServer } from '../../src/server/server';
import { CHANNELS, type ReviewApi } from '../../src/shared/api';
import { createElectronApi, hasElectronBridge } from '../../src/renderer/platform/electron';
import { createHttpApi, encodeArgs, fromBase64, toBase64 } from '../../src/renderer/platform/http';

describe('wire format', () => {
  it('sends arguments as {"args": [...]} with bytes as {"$bytes": base64}', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    expect(JSON.parse(encodeArgs(['a.txt', bytes]))).toEqual({ args: ['a.txt', { $bytes: 'AAEC+v8=' }] });
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    const big = new Uint8Array(200_000).map((_, i) => i % 256);
    expect(fromBase64(toBase64(big))).toEqual(big);
  });

  it('turns a transport failure or a body that is not JSON into a Result', async () => {
    const down = createHttpApi('', () => Promise.reject(new Error('ECONNREFUSED')));
    await expect(down.getSettings()).resolves.toMatchObject({ ok: false, code: 'http' });
    const html = createHttpApi('', async () => ({ ok: false, status: 502, text: async () => '<html>' }));
    await expect(html.loadSample()).resolves.toMatchObject({ ok: false, code: 'http', message: expect.stringMatching(/502/) });
    const refusal = createHttpApi('', async () => ({ ok: false, status: 404, text: async () => JSON.stringify({ ok: false, code: 'unknown-method', message: 'no' }) }));
    await expect(refusal.clearAutosave()).resolves.toEqual({ ok: false, code: 'unknown-method', message: 'no' });
  });
});

describe('web mode against the real server', () => {
  let server: RunningServer;
  let api: ReviewApi;
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-http-'));
    const handlers = createHandlers({
      platform: { kind: 'web', version: 'test' },
      ...dataServices(tmp),
      dialogs: downloadsDialogs(path.join(tmp, 'downloads')),
      assetsDir: path.join(__dirname, '../../assets'),
    });
    server = await startServer({ handlers, staticRoot: tmp, port: 0 });
    const base = server.url.replace(/\/$/, '');
    // A page served by the server sends its own origin.
    api = createHttpApi(base, (url, init) => fetch(url, { ...init, headers: { ...init.headers, Origin: base } }));
  });

  afterAll(async () => {
    await server?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('answers platform unwrapped and the other methods as Results', async () => {
    await expect(api.platform()).resolves.toMatchObject({ kind: 'web' });
    const settings = await api.getSettings();
    expect(settings.ok).toBe(true);
    const changed = await api.setSettings({ theme: 'dark' });
    expect(changed).toMatchObject({ ok: true, value: { theme: 'dark' } });
  });

  it('decodes bytes sent as base64', async () => {
    const latin1 = new Uint8Array([...Buffer.from("Le Premier ministre irakien a échappé à une tentative d'assassinat au moyen d'un drone piégé.", 'latin1')]);
    const r = await api.decodeFile('fr.txt', new Uint8Array(Buffer.from('\uFEFFLe Premier ministre irakien a échappé à une tentative d’assassinat au moyen d’un drone piégé.', 'utf8')));
    expect(r).toMatchObject({ ok: true, value: { name: 'fr.txt', encoding: expect.stringMatching(/UTF-8/i), lang: 'fr' } });
    expect(r.ok && r.value.text.startsWith('Le Premier')).toBe(true);
    const old = await api.decodeFile('x.txt', latin1);
    expect(old.ok && old.value.text).toBe("Le Premier ministre irakien a échappé à une tentative d'assassinat au moyen d'un drone piégé.");
  });

  it('loads the sample and keeps an autosave', async () => {
    const sample = await api.loadSample();
    expect(sample).toMatchObject({ ok: true, value: { source: { lang: 'fr' }, target: { lang: 'en' } } });
    expect(await api.recoverAutosave()).toEqual({ ok: true, value: null });
  });

  it('leaves file picking to the page', async () => {
    await expect(api.pickTextFile('source')).resolves.toEqual({ ok: true, value: null });
  });
});

describe('desktop bridge', () => {
  it('forwards every ReviewApi method to window.verso', async () => {
    const calls: string[] = [];
    const bridge = Object.fromEntries(Object.keys(CHANNELS).map((m) => [m, async (...args: unknown[]) => (calls.push(`${m}:${args.length}`), { ok: true, value: m })]));
    expect(hasElectronBridge({ verso: bridge })).toBe(true);
    expect(hasElectronBridge({})).toBe(false);
    const api = createElectronApi(bridge as unknown as ReviewApi);
    await expect(api.decodeFile('a', new Uint8Array(1))).resolves.toEqual({ ok: true, value: 'decodeFile' });
    await expect(api.getSettings()).resolves.toEqual({ ok: true, value: 'getSettings' });
    expect(calls).toEqual(['decodeFile:2', 'getSettings:0']);
    const partial = createElectronApi({} as ReviewApi);
    await expect(partial.loadSample()).resolves.toMatchObject({ ok: false, code: 'unavailable' });
  });
});
