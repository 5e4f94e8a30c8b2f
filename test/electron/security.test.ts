import { CONTENT_SECURITY_POLICY, isAllowedNavigation, secureWebPreferences } from '../../electron/security';

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
