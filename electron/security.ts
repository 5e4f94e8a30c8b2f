// The desktop shell's security settings in one place, as plain values and functions so they are
// tested without Electron: isolated, sandboxed renderer, no Node, no remote content, no navigation.

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

export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** The renderer may only ever show the app's own page: anything else is refused. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return url === appUrl;
}
