// Browser tests of the review desk in web mode: the real server (same handlers as the desktop
// app) over the built renderer in dist/renderer, driven in Debian's Chromium by playwright-core.
// It builds nothing itself, except once when dist/renderer/index.html is missing (npm run build).
//
//   const app = await startWebApp();
//   await app.page.goto(app.url);
//   ...
//   await app.close();
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createHandlers, dataServices } from '../../electron/ipc/handlers';
import { downloadsDialogs } from '../../electron/services/dialogs';
import { startServer } from '../../src/server/server';

export const ROOT = path.join(__dirname, '..', '..');
export const RENDERER_DIR = path.join(ROOT, 'dist', 'renderer');
export const CHROMIUM = process.env.VERSO_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface WebApp {
  /** http://127.0.0.1:PORT/ — the page is not loaded yet: `await page.goto(url)`. */
  url: string;
  page: Page;
  browser: Browser;
  context: BrowserContext;
  /** The server's data folder (settings.json, autosave.json, downloads/), fresh for this app. */
  dataDir: string;
  /** Uncaught page errors and console errors, collected for assertions. */
  errors: string[];
  close(): Promise<void>;
}

export interface WebAppOptions {
  /** Settings written before start, e.g. { firstRun: false } to skip the sample. */
  settings?: Record<string, unknown>;
  /** Why web mode runs (PlatformInfo.reason). */
  reason?: string;
}

let built = false;

/** Builds once per process when the renderer bundle is missing. */
export function ensureBuilt(): void {
  if (built || fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    built = true;
    return;
  }
  execSync('npm run build', { cwd: ROOT, stdio: 'pipe', timeout: 10 * 60 * 1000 });
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error(`npm run build did not produce ${RENDERER_DIR}/index.html`);
  built = true;
}

export async function startWebApp(options: WebAppOptions = {}): Promise<WebApp> {
  ensureBuilt();
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-e2e-'));
  const dataDir = path.join(tmp, 'data');
  const profile = path.join(tmp, 'chromium-profile');
  const services = dataServices(dataDir);
  if (options.settings) await services.settings.update(options.settings);
  const handlers = createHandlers({
    platform: { kind: 'web', version: 'e2e', ...(options.reason ? { reason: options.reason } : {}) },
    ...services,
    dialogs: downloadsDialogs(path.join(dataDir, 'downloads')),
    assetsDir: path.join(ROOT, 'assets'),
  });
  const server = await startServer({ handlers, staticRoot: RENDERER_DIR, port: 0 });

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
  } catch (err) {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  const browser = context.browser();
  if (!browser) throw new Error('playwright returned a persistent context without a browser');
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });

  let closed = false;
  return {
    url: server.url,
    page,
    browser,
    context,
    dataDir,
    errors,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
