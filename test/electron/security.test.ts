import {
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  appFilePath,
  isAllowedNavigation,
  isAllowedPermission,
  isAllowedRequestUrl,
  isAppUrl,
  secureWebPreferences,
} from '../../electron/security';

describe('desktop shell security', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    const prefs = secureWebPreferences('/app/preload.js');
    expect(prefs).toMatchObject({ contextIsolation: true, nodeIntegration: false, sandbox: true, webviewTag: false });
  });

  it('allows no remote or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('refuses navigation away from the app page', () => {
    const appUrl = 'file:///opt/verso/renderer/index.html';
    expect(isAllowedNavigation(appUrl, appUrl)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', appUrl)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', appUrl)).toBe(false);
  });
});

describe('desktop shell security, files and permissions', () => {
  const root = '/opt/verso/dist/renderer';
  const appUrl = 'file:///opt/verso/dist/renderer/index.html';

  it('treats the app page with a fragment or query as the app page, nothing else', () => {
    expect(isAppUrl(`${appUrl}#/review`, appUrl)).toBe(true);
    expect(isAppUrl(`${appUrl}?x=1`, appUrl)).toBe(true);
    expect(isAppUrl('file:///opt/verso/dist/renderer/other.html', appUrl)).toBe(false);
    expect(isAppUrl('https://opt/verso/dist/renderer/index.html', appUrl)).toBe(false);
    expect(isAppUrl('not a url', appUrl)).toBe(false);
  });

  it('serves only files inside the renderer folder', () => {
    expect(appFilePath(`file://${root}/app.js`, root)).toBe(`${root}/app.js`);
    expect(appFilePath(`file://${root}/fonts/a%20b.woff2`, root)).toBe(`${root}/fonts/a b.woff2`);
    expect(appFilePath(`file://${root}/../../package.json`, root)).toBeNull();
    expect(appFilePath(`file://${root}/%2e%2e/secret`, root)).toBeNull();
    expect(appFilePath(`file://${root}/..%2fsecret`, root)).toBeNull();
    expect(appFilePath('file:///etc/passwd', root)).toBeNull();
    expect(appFilePath(`file://${root}`, root)).toBeNull();
    expect(appFilePath(`file://evil.example${root}/app.js`, root)).toBeNull();
    expect(appFilePath(`https://example.com${root}/app.js`, root)).toBeNull();
  });

  it('loads nothing from the network', () => {
    expect(isAllowedRequestUrl(`file://${root}/app.js`)).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequestUrl('https://example.com/x.js')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedRequestUrl('ws://localhost/')).toBe(false);
  });

  it('denies every permission but clipboard writes from the app page', () => {
    expect(isAllowedPermission('clipboard-sanitized-write', appUrl, appUrl)).toBe(true);
    expect(isAllowedPermission('clipboard-sanitized-write', 'https://example.com/', appUrl)).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      expect(isAllowedPermission(p, appUrl, appUrl)).toBe(false);
    }
  });

  it('sends the CSP and anti-framing headers', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(secureWebPreferences('/p.js')).toMatchObject({ nodeIntegrationInWorker: false, webSecurity: true });
  });
});
