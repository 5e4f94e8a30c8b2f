// The desktop app: one secure window over the app's own page. Everything the renderer may do goes
// through the typed API in the preload; the handlers are plain functions over the core. main.ts
// calls runDesktop with the paths of the build; tests call it with their own over the mock.
import { app, BrowserWindow, Menu, dialog, nativeTheme, protocol, screen, session } from 'electron';
import { existsSync, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuCommand, Settings } from '../src/shared/api';
import { COMMAND_CHANNEL } from '../src/shared/api';
import { contentType } from '../src/server/static';
import { createHandlers, dataServices } from './ipc/handlers';
import { registerHandlers } from './ipc/register';
import { menuTemplate } from './menu';
import {
  SECURITY_HEADERS,
  appFilePath,
  isAllowedNavigation,
  isAllowedPermission,
  isAllowedRequestUrl,
  secureWebPreferences,
} from './security';
import { nativeDialogs } from './services/native-dialogs';
import { restoredWindow } from './window-state';

export interface DesktopPaths {
  /** Folder of the built page (index.html, app.js, ...): the only files the window may load. */
  rendererDir: string;
  /** The bundled preload script. */
  preload: string;
  /** Folder holding samples/. */
  assetsDir: string;
}

let RENDERER_DIR = '';
let PAGE = '';
let APP_URL = '';
let PRELOAD = '';
let ASSETS_DIR = '';

let mainWindow: BrowserWindow | null = null;

function send(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? mainWindow;
  win?.webContents.send(COMMAND_CHANNEL, command);
}

function showAbout(): void {
  app.setAboutPanelOptions({
    applicationName: 'Verso',
    applicationVersion: app.getVersion(),
    version: `Electron ${process.versions.electron}`,
    credits: 'Review machine translations side by side.',
    copyright: 'MIT licence',
  });
  app.showAboutPanel();
}

function setMenu(settings: Pick<Settings, 'theme' | 'uiLanguage'>): void {
  const template = menuTemplate({ platform: process.platform, settings, send, showAbout, devTools: !app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** The app's files are served by this handler, so each carries the CSP header; any other file is refused. */
function serveAppFiles(): void {
  protocol.handle('file', async (request) => {
    const file = appFilePath(request.url, RENDERER_DIR);
    if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    try {
      const body = await fsp.readFile(file);
      return new Response(body, { status: 200, headers: { 'Content-Type': contentType(file), ...SECURITY_HEADERS } });
    } catch {
      return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    }
  });
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  // No remote content: requests other than the app's own files are cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [SECURITY_HEADERS['Content-Security-Policy']] } });
  });
  ses.setPermissionRequestHandler((contents, permission, callback) => callback(isAllowedPermission(permission, contents.getURL(), APP_URL)));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isAllowedPermission(permission, details.requestingUrl ?? requestingOrigin, APP_URL),
  );
  ses.setDevicePermissionHandler(() => false);
}

/** No web contents of this app may navigate, open windows or attach webviews. */
function lockDownContents(contents: Electron.WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, APP_URL)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, APP_URL)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

async function createWindow(store: ReturnType<typeof dataServices>['settings']): Promise<BrowserWindow> {
  const state = restoredWindow(
    await store.getWindow(),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 640,
    minHeight: 400,
    title: 'Verso',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: secureWebPreferences(PRELOAD),
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  // Remember where the window was: saved before it closes (the close waits for the write).
  let saved = false;
  win.on('close', (event) => {
    if (saved) return;
    event.preventDefault();
    const b = win.getNormalBounds();
    void store
      .setWindow({ width: b.width, height: b.height, x: b.x, y: b.y, maximized: win.isMaximized() })
      .catch(() => undefined)
      .finally(() => {
        saved = true;
        win.close();
      });
  });

  // A crashed page reloads (it recovers the review from the autosave), a few times at most.
  let reloads = 0;
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    if (++reloads <= 3) win.webContents.reload();
    else dialog.showErrorBox('Verso', `The review page stopped (${details.reason}). Your last decisions are kept; restart Verso to recover them.`);
  });

  await win.loadURL(APP_URL);
  return win;
}

async function start(): Promise<BrowserWindow | null> {
  if (!existsSync(PAGE)) {
    dialog.showErrorBox('Verso', `The review page is missing (${PAGE}). Build it first: npm run build`);
    app.quit();
    return null;
  }
  serveAppFiles();
  lockDownSession();

  const data = dataServices(app.getPath('userData'));
  const settings = await data.settings.get().catch(() => null);
  nativeTheme.themeSource = settings?.theme ?? 'system';
  setMenu(settings ?? { theme: 'system', uiLanguage: null });

  const handlers = createHandlers({
    platform: { kind: 'electron', version: app.getVersion() },
    ...data,
    dialogs: nativeDialogs(() => mainWindow),
    assetsDir: ASSETS_DIR,
    onSettingsChanged: (s) => {
      nativeTheme.themeSource = s.theme;
      setMenu(s);
    },
  });
  registerHandlers(handlers, APP_URL);

  mainWindow = await createWindow(data.settings);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  app.on('activate', () => {
    if (!mainWindow) void createWindow(data.settings).then((w) => (mainWindow = w));
  });
  return mainWindow;
}

/** Starts the desktop app; resolves with its window (null when it did not start). */
export function runDesktop(paths: DesktopPaths): Promise<BrowserWindow | null> {
  RENDERER_DIR = paths.rendererDir;
  PAGE = path.join(RENDERER_DIR, 'index.html');
  APP_URL = pathToFileURL(PAGE).toString();
  PRELOAD = paths.preload;
  ASSETS_DIR = paths.assetsDir;

  // Every renderer sandboxed, whatever its webPreferences say.
  app.enableSandbox();
  // One data folder for development and packaged builds alike (and for web mode, see src/server/paths.ts).
  app.setPath('userData', path.join(app.getPath('appData'), 'Verso'));
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

  // One instance: a second start brings the open window forward (one autosave, one review).
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve(null);
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  return app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox('Verso could not start', err instanceof Error ? err.message : String(err));
      app.quit();
      return null;
    });
}
