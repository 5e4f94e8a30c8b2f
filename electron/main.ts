// Main process: one secure window over the app's own page. Everything the renderer may do goes
// through the typed API in the preload; the handlers are plain functions over the core.
import { app, BrowserWindow, session } from 'electron';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CONTENT_SECURITY_POLICY, isAllowedNavigation, secureWebPreferences } from './security';

function createWindow(): BrowserWindow {
  const page = path.join(__dirname, '..', 'renderer', 'index.html');
  const appUrl = pathToFileURL(page).toString();
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Verso',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.js')),
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void win.loadURL(appUrl);
  return win;
}

app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // No remote content: any request that is not the app's own files is cancelled.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !/^(file|devtools|data):/.test(details.url) });
  });
  createWindow();
});

app.on('window-all-closed', () => app.quit());
