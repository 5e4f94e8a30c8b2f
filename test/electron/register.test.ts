// The IPC registration, through the electron mock: one handler per channel, and only the app's
// own page is answered.
import * as os from 'os';
import * as path from 'path';
import { handlers as registered } from '../__mocks__/electron';
import { CHANNELS, type ReviewApi } from '../../src/shared/api';
import { createHandlers, dataServices, type Handlers } from '../../electron/ipc/handlers';
import { isTrustedSender, registerHandlers } from '../../electron/ipc/register';
import { downloadsDialogs } from '../../electron/services/dialogs';

const APP_URL = 'file:///opt/Verso/resources/app.asar/dist/renderer/index.html';
const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

type Invoke = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const channel = (method: keyof ReviewApi) => registered.get(CHANNELS[method]) as Invoke;

/** Handlers that record their calls and answer with their own name. */
function recording(): { handlers: Handlers; calls: Array<[string, unknown[]]> } {
  const calls: Array<[string, unknown[]]> = [];
  const handlers = Object.fromEntries(
    Object.keys(CHANNELS).map((m) => [m, async (...args: unknown[]) => (calls.push([m, args]), { ok: true, value: m })]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

let unregister: () => void = () => undefined;
afterEach(() => {
  unregister();
  registered.clear();
});

describe('IPC registration', () => {
  it('registers exactly one handler for every CHANNELS entry', () => {
    unregister = registerHandlers(recording().handlers, APP_URL);
    expect([...registered.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    expect(new Set(Object.values(CHANNELS)).size).toBe(Object.keys(CHANNELS).length);
  });

  it('passes the arguments of a message from the app page to the handler', async () => {
    const { handlers, calls } = recording();
    unregister = registerHandlers(handlers, APP_URL);
    const bytes = new Uint8Array([104, 105]);
    await expect(channel('decodeFile')(frame(APP_URL), 'a.txt', bytes)).resolves.toEqual({ ok: true, value: 'decodeFile' });
    await expect(channel('setSettings')(frame(`${APP_URL}#/review`), { theme: 'dark' })).resolves.toEqual({ ok: true, value: 'setSettings' });
    expect(calls).toEqual([
      ['decodeFile', ['a.txt', bytes]],
      ['setSettings', [{ theme: 'dark' }]],
    ]);
  });

  it('refuses a message from a foreign frame URL, for every channel, without calling the handler', async () => {
    const { handlers, calls } = recording();
    unregister = registerHandlers(handlers, APP_URL);
    const foreign = [
      frame('https://evil.example/index.html'),
      frame('file:///tmp/downloaded.html'),
      frame('file:///opt/Verso/resources/app.asar/dist/renderer/other.html'),
      frame('devtools://devtools/bundled/inspector.html'),
      frame(APP_URL, { url: 'https://evil.example/' }), // the app page framed by another page
      { senderFrame: null },
      {},
    ];
    for (const method of Object.keys(CHANNELS) as Array<keyof ReviewApi>) {
      for (const event of foreign) {
        const r = (await channel(method)(event, 'x')) as { ok: boolean; code: string; message: string };
        expect(r).toMatchObject({ ok: false, code: 'forbidden' });
        expect(r.message).toContain(method);
      }
    }
    expect(calls).toEqual([]);
  });

  it('turns a handler that throws into a Result', async () => {
    const { handlers } = recording();
    handlers.getSettings = async () => {
      throw new Error('disk on fire\nstack…');
    };
    unregister = registerHandlers(handlers, APP_URL);
    await expect(channel('getSettings')(frame(APP_URL))).resolves.toEqual({ ok: false, code: 'internal', message: 'disk on fire' });
  });

  it('removes its handlers again', () => {
    unregister = registerHandlers(recording().handlers, APP_URL);
    unregister();
    expect(registered.size).toBe(0);
  });

  it('serves the real handlers over the mock IPC', async () => {
    const dir = path.join(os.tmpdir(), `verso-register-${process.pid}`);
    const real = createHandlers({
      platform: { kind: 'electron', version: '9' },
      ...dataServices(dir),
      dialogs: downloadsDialogs(dir),
      assetsDir: path.join(__dirname, '..', '..', 'assets'),
    });
    unregister = registerHandlers(real, APP_URL);
    await expect(channel('platform')(frame(APP_URL))).resolves.toEqual({ kind: 'electron', version: '9' });
    const r = (await channel('decodeFile')(frame(APP_URL), 'x.png', new Uint8Array([0x89, 0x50, 0, 0, 0, 1]))) as { ok: boolean; message: string };
    expect(r).toMatchObject({ ok: false, code: 'binary' });
    expect(r.message).toMatch(/^x\.png: /);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app page in its top frame only', () => {
    expect(isTrustedSender(frame(APP_URL) as never, APP_URL)).toBe(true);
    expect(isTrustedSender(frame(`${APP_URL}?lang=fr#x`) as never, APP_URL)).toBe(true);
    expect(isTrustedSender(frame(APP_URL, {}) as never, APP_URL)).toBe(false);
    expect(isTrustedSender(frame('http://127.0.0.1:3000/') as never, APP_URL)).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as never, APP_URL)).toBe(false);
  });
});
