// The desktop shell's security settings in one place, as plain values and functions so they are
// tested without Electron: isolated, sandboxed renderer, no Node, no remote content, no navigation,
// no permissions, and IPC answered only for the app's own page. Web mode uses the same CSP.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Only the app's own files, no inline script, no network. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every page and file the app serves (desktop protocol handler and web mode). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

function withoutQueryAndHash(url: string): URL | null {
  try {
    const u = new URL(url);
    u.search = '';
    u.hash = '';
    return u;
  } catch {
    return null;
  }
}

/** True for the app's page itself, whatever its query or fragment (the UI may keep state in the hash). */
export function isAppUrl(url: string, appUrl: string): boolean {
  const a = withoutQueryAndHash(url);
  const b = withoutQueryAndHash(appUrl);
  return a !== null && b !== null && a.protocol === 'file:' && a.href === b.href;
}

/** The renderer may only ever show the app's own page: anything else is refused. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl);
}

/** No remote content: only local files (the protocol handler narrows them to the app's), inline data and the developer tools. */
export function isAllowedRequestUrl(url: string): boolean {
  return /^(file|data|devtools):/i.test(url);
}

/**
 * The file a file:// request may read: one inside the app's renderer folder, or null for anything
 * else (another folder, a traversal, a host name, a malformed URL).
 */
export function appFilePath(url: string, rootDir: string): string | null {
  let file: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'file:' || (u.hostname !== '' && u.hostname !== 'localhost')) return null;
    u.search = '';
    u.hash = '';
    file = path.resolve(fileURLToPath(u));
  } catch {
    return null;
  }
  const root = path.resolve(rootDir);
  const rel = path.relative(root, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return file;
}

/**
 * Permissions the page may have: writing to the clipboard (copying a segment), and only from the
 * app's own page. Camera, microphone, location, notifications, and the rest are denied.
 */
export function isAllowedPermission(permission: string, requestingUrl: string, appUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl, appUrl);
}
