// The desktop app started over the electron mock: what it locks down, registers and opens, with
// a temporary page and user data folder. Real Electron never runs in tests.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as ElectronMock from '../__mocks__/electron';
import type * as AppModule from '../../electron/app';
import { CHANNELS, COMMAND_CHANNEL } from '../../src/shared/api';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

let tmp: string;
let rendererDir: string;
let appUrl: string;
let electron: typeof ElectronMock;

async function start(opts: { withPage?: boolean; settings?: object } = {}) {
  let desktop!: typeof AppModule;
  jest.isolateModules(() => {
    electron = require('electron');
    desktop = require('../../electron/app');
  });
  electron.app.setPath('appData', path.join(tmp, 'appData'));
  if (opts.settings) {
    const dir = path.join(tmp, 'appData', 'Verso');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(opts.settings));
  }
  if (opts.withPage === false) fs.rmSync(path.join(rendererDir, 'index.html'));
  const win = await desktop.runDesktop({ rendererDir, preload: path.join(tmp, 'preload.js'), assetsDir: path.join(__dirname, '..', '..', 'assets') });
  return win as unknown as ElectronMock.BrowserWindow | null;
}

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-app-'));
  rendererDir = path.join(tmp, 'dist', 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Verso</title>');
  fs.writeFileSync(path.join(rendererDir, 'app.js'), '1');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
  appUrl = pathToFileURL(path.join(rendererDir, 'index.html')).toString();
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('desktop start', () => {
  it('opens one sandboxed, isolated window on the app page with the preload', async () => {
    const win = await start();
    expect(win).not.toBeNull();
    expect(electron.app.sandboxed).toBe(true);
    expect(electron.app.getPath('userData')).toBe(path.join(tmp, 'appData', 'Verso'));
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(win!.options.webPreferences).toMatchObject({
      preload: path.join(tmp, 'preload.js'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
    });
    expect(win!.webContents.getURL()).toBe(appUrl);
  });

  it('registers every IPC channel', async () => {
    await start();
    expect([...electron.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    const invoke = electron.handlers.get(CHANNELS.platform)!;
    await expect(invoke({ senderFrame: { url: appUrl, parent: null } })).resolves.toEqual({ kind: 'electron', version: '0.0.0-test' });
    await expect(invoke({ senderFrame: { url: 'https://evil.example/', parent: null } })).resolves.toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('serves only the page folder through the file protocol, with the CSP header', async () => {
    await start();
    const serve = electron.protocols.get('file')!;
    const page = await serve({ url: appUrl });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Verso</title>');
    expect((await serve({ url: pathToFileURL(path.join(rendererDir, 'app.js')).toString() })).headers.get('content-type')).toContain('javascript');
    for (const url of [pathToFileURL(path.join(tmp, 'secret.txt')).toString(), `${pathToFileURL(rendererDir)}/../../secret.txt`, 'file:///etc/passwd', pathToFileURL(path.join(rendererDir, 'missing.js')).toString()]) {
      const r = await serve({ url });
      expect({ url, status: r.status }).toEqual({ url, status: 404 });
    }
  });

  it('cancels remote requests, adds the CSP to responses and denies permissions', async () => {
    await start();
    const ses = electron.session.defaultSession;
    const decide = (url: string) => {
      let answer: Record<string, unknown> = {};
      ses.webRequest.beforeRequest!({ url }, (r) => (answer = r));
      return answer;
    };
    expect(decide(appUrl)).toEqual({ cancel: false });
    expect(decide('https://example.com/tracker.js')).toEqual({ cancel: true });
    let headers: Record<string, unknown> = {};
    ses.webRequest.headersReceived!({ url: appUrl, responseHeaders: {} }, (r) => (headers = r));
    expect(headers).toEqual({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    const asked: boolean[] = [];
    const contents = { getURL: () => appUrl };
    ses.permissionRequest!(contents, 'media', (ok: boolean) => asked.push(ok));
    ses.permissionRequest!(contents, 'geolocation', (ok: boolean) => asked.push(ok));
    ses.permissionRequest!({ getURL: () => 'https://evil.example/' }, 'clipboard-sanitized-write', (ok: boolean) => asked.push(ok));
    expect(asked).toEqual([false, false, false]);
    expect(ses.permissionCheck!(null, 'notifications', 'file://', { requestingUrl: appUrl })).toBe(false);
    expect(ses.devicePermission!()).toBe(false);
  });

  it('blocks navigation, redirects, new windows and webviews', async () => {
    const win = await start();
    const wc = win!.webContents;
    const prevented = (event: string, ...args: unknown[]) => {
      let p = false;
      wc.emit(event, { preventDefault: () => (p = true) }, ...args);
      return p;
    };
    expect(prevented('will-navigate', 'https://example.com/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', `${appUrl}#/review`)).toBe(false);
    expect(prevented('will-redirect', 'https://example.com/')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(wc.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('sets the menu, whose review items send commands to the page', async () => {
    const win = await start();
    const template = electron.menus.at(-1) as Array<{ label: string; submenu: Array<{ id?: string; click?: () => void }> }>;
    const review = template.find((m) => m.label === '&Review')!;
    review.submenu.find((i) => i.id === 'nextIssue')!.click!();
    expect(win!.webContents.sent).toEqual([{ channel: COMMAND_CHANNEL, args: ['nextIssue'] }]);
  });

  it('rebuilds the menu and theme when the settings change', async () => {
    await start();
    const before = electron.menus.length;
    const set = electron.handlers.get(CHANNELS.setSettings)!;
    await expect(set({ senderFrame: { url: appUrl, parent: null } }, { theme: 'dark' })).resolves.toMatchObject({ ok: true });
    expect(electron.nativeTheme.themeSource).toBe('dark');
    expect(electron.menus.length).toBe(before + 1);
  });

  it('remembers the window size, place and maximised state in settings.json', async () => {
    const first = await start();
    first!.bounds = { x: 40, y: 30, width: 1100, height: 750 };
    first!.maximized = true;
    first!.close();
    // The close waits for the write, then closes for real.
    await new Promise((r) => setTimeout(r, 100));
    expect(first!.destroyed).toBe(true);
    const saved = JSON.parse(fs.readFileSync(path.join(tmp, 'appData', 'Verso', 'settings.json'), 'utf8'));
    expect(saved.window).toEqual({ width: 1100, height: 750, x: 40, y: 30, maximized: true });
    const second = await start();
    expect(second!.options).toMatchObject({ width: 1100, height: 750, x: 40, y: 30 });
    expect(second!.maximized).toBe(true);
  });

  it('starts in the theme of the settings', async () => {
    await start({ settings: { version: 1, settings: { theme: 'light', firstRun: false } } });
    expect(electron.nativeTheme.themeSource).toBe('light');
  });

  it('says so and quits when the page was not built', async () => {
    const win = await start({ withPage: false });
    expect(win).toBeNull();
    expect(electron.dialog.errors[0]).toMatch(/npm run build/);
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });
});
