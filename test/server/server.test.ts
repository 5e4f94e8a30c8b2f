// Web mode's server on a free loopback port, over a temporary renderer folder: static files with
// the CSP, no way out of the folder, and the ReviewApi over POST /api/<method>.
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { createHandlers, dataServices } from '../../electron/ipc/handlers';
import { downloadsDialogs } from '../../electron/services/dialogs';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { CHANNELS } from '../../src/shared/api';
import { startServer, type RunningServer } from '../../src/server/server';
import { resolveStatic } from '../../src/server/static';
import { parseArgs } from '../../src/server/main';
import { browserCommand } from '../../src/server/open-browser';
import { appDataDir, appRoot } from '../../src/server/paths';

const ROOT = path.join(__dirname, '..', '..');
let tmp: string;
let staticRoot: string;
let dataDir: string;
let server: RunningServer;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request: the path is sent exactly as given (no URL normalisation, unlike fetch). */
function request(method: string, rawPath: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method, path: rawPath, headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

async function call(method: string, args: unknown[], headers: Record<string, string> = {}) {
  const r = await request('POST', `/api/${method}`, JSON.stringify({ args }), headers);
  return { status: r.status, result: JSON.parse(r.body) };
}

const bytes = (b: Uint8Array) => ({ $bytes: Buffer.from(b).toString('base64') });

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-server-'));
  staticRoot = path.join(tmp, 'renderer');
  dataDir = path.join(tmp, 'data');
  fs.mkdirSync(path.join(staticRoot, 'fonts'), { recursive: true });
  fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><html><head><script src="app.js"></script></head><body>Verso</body></html>');
  fs.writeFileSync(path.join(staticRoot, 'app.js'), 'console.log("verso")');
  fs.writeFileSync(path.join(staticRoot, 'app.css'), 'body{}');
  fs.writeFileSync(path.join(staticRoot, 'fonts', 'a b.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  fs.writeFileSync(path.join(staticRoot, '.env'), 'SECRET=1');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'outside the static root');
  const handlers = createHandlers({
    platform: { kind: 'web', version: '0.1.0', reason: 'Electron could not start: test' },
    ...dataServices(dataDir),
    dialogs: downloadsDialogs(path.join(dataDir, 'downloads')),
    assetsDir: path.join(ROOT, 'assets'),
  });
  server = await startServer({ handlers, staticRoot, port: 0, maxBodyBytes: 4 * 1024 * 1024 });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('web-mode server', () => {
  it('listens on the loopback interface only, at the URL it reports', () => {
    const address = server.server.address() as { address: string; port: number };
    expect(address.address).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${address.port}/`);
  });

  it('serves index.html at / with the CSP header', async () => {
    const r = await request('GET', '/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.body).toContain('<body>Verso</body>');
    const viaFetch = await fetch(server.url);
    expect(viaFetch.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves the bundle with the right MIME types', async () => {
    expect((await request('GET', '/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await request('GET', '/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    const font = await request('GET', '/fonts/a%20b.woff2');
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff2');
    const head = await request('HEAD', '/app.js');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('console.log("verso")'.length));
    expect(head.body).toBe('');
  });

  it('refuses every way out of the static folder', async () => {
    for (const p of [
      '/../secret.txt',
      '/../../package.json',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/fonts/../../secret.txt',
      '/.env',
      '/%2eenv',
      '/app.js%00.html',
      '/%E0%A4%A',
      '/fonts/',
      '/fonts',
      '//etc/passwd',
      '/C:/Windows/win.ini',
      `/${tmp}/secret.txt`,
    ]) {
      const r = await request('GET', p);
      expect({ p, status: r.status }).toEqual({ p, status: 404 });
      expect(r.body).not.toContain('outside the static root');
      expect(r.body).not.toContain('SECRET');
    }
  });

  it('answers only to its own host name (no DNS rebinding)', async () => {
    expect((await request('GET', '/', undefined, { Host: 'evil.example' })).status).toBe(421);
    expect((await request('GET', '/', undefined, { Host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('allows only GET and HEAD for files', async () => {
    const r = await request('PUT', '/index.html', 'x');
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
  });
});

describe('web-mode API', () => {
  it('answers platform wrapped in a Result', async () => {
    expect(await call('platform', [])).toEqual({ status: 200, result: { ok: true, value: { kind: 'web', version: '0.1.0', reason: 'Electron could not start: test' } } });
  });

  it('POST /api/loadSample returns the sample article', async () => {
    const { status, result } = await call('loadSample', []);
    expect(status).toBe(200);
    expect(result.ok).toBe(true);
    expect(result.value.source).toMatchObject({ name: 'fr.source.txt', encoding: 'UTF-8', lang: 'fr' });
    expect(result.value.target).toMatchObject({ name: 'en.mt.txt', lang: 'en' });
    expect(result.value.target.text).toBe(fs.readFileSync(path.join(ROOT, 'assets/samples/drone-attack/en.mt.txt'), 'utf8'));
  });

  it('POST /api/decodeFile takes the bytes as {"$bytes": base64}', async () => {
    const text = 'Le Premier ministre irakien a échappé indemne à une tentative d’assassinat.\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const { result } = await call('decodeFile', ['article.txt', bytes(utf16)]);
    expect(result).toEqual({ ok: true, value: { name: 'article.txt', text, encoding: 'UTF-16LE', lang: 'fr' } });
    const binary = await call('decodeFile', ['photo.jpg', bytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0, 0]))]);
    expect(binary.status).toBe(200);
    expect(binary.result).toMatchObject({ ok: false, code: 'binary', message: expect.stringMatching(/^photo\.jpg: /) });
  });

  it('refuses bad $bytes and bad arguments with a Result', async () => {
    expect(await call('decodeFile', ['a.txt', { $bytes: 'not base64!' }])).toEqual({
      status: 400,
      result: { ok: false, code: 'bad-request', message: '$bytes must be standard base64 with padding' },
    });
    expect((await call('decodeFile', ['a.txt', 'plain text'])).result).toMatchObject({ ok: false, code: 'bad-argument' });
    expect((await call('dictionary', ['../../etc'])).result).toMatchObject({ ok: false, code: 'bad-argument' });
  });

  it('answers an unknown method with 404 and a Result error', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '']) {
      const r = await request('POST', `/api/${name}`, '{"args":[]}');
      expect(r.status).toBe(404);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, code: 'unknown-method' });
    }
  });

  it('round-trips settings', async () => {
    expect((await call('getSettings', [])).result.value.firstRun).toBe(true);
    expect((await call('setSettings', [{ firstRun: false, theme: 'dark' }])).result).toMatchObject({ ok: true, value: { firstRun: false, theme: 'dark' } });
    expect((await call('getSettings', [])).result.value).toMatchObject({ firstRun: false, theme: 'dark' });
    expect((await call('setSettings', [{ theme: 'neon' }])).result).toMatchObject({ ok: false, code: 'bad-argument' });
  });

  it('answers void methods with {"ok": true} and null dialogs in web mode', async () => {
    expect((await call('clearAutosave', [])).result).toEqual({ ok: true });
    expect((await call('recoverAutosave', [])).result).toEqual({ ok: true, value: null });
    expect((await call('pickTextFile', ['source'])).result).toEqual({ ok: true, value: null });
    expect((await call('openProject', [])).result).toEqual({ ok: true, value: null });
  });

  it('saves text into the downloads folder of the data directory', async () => {
    const { result } = await call('saveText', ['corrected.txt', 'Corrected ✓']);
    expect(result.ok).toBe(true);
    expect(path.dirname(result.value)).toBe(path.join(dataDir, 'downloads'));
    expect(fs.readFileSync(result.value, 'utf8')).toBe('Corrected ✓');
  });

  it('serves every ReviewApi method', async () => {
    for (const method of Object.keys(CHANNELS)) {
      const r = await request('POST', `/api/${method}`, '{"args":[]}');
      expect({ method, status: r.status }).toEqual({ method, status: 200 });
      expect(JSON.parse(r.body)).toHaveProperty('ok');
    }
  });

  it('accepts calls from its own page only', async () => {
    expect((await call('getSettings', [], { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await call('getSettings', [], { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await call('getSettings', [], { Origin: `http://127.0.0.1:${server.port}`, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    const form = await request('POST', '/api/setSettings', 'theme=dark', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(JSON.parse(form.body)).toMatchObject({ ok: false, code: 'bad-request' });
  });

  it('refuses malformed requests with a Result', async () => {
    expect((await request('POST', '/api/getSettings', '{not json')).status).toBe(400);
    expect((await request('POST', '/api/getSettings', '{"args": "x"}')).status).toBe(400);
    expect((await request('POST', '/api/getSettings', '[1]')).status).toBe(400);
    const get = await request('GET', '/api/getSettings');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect(JSON.parse(get.body)).toMatchObject({ ok: false, code: 'method-not-allowed' });
  });

  it('refuses a body over the limit with 413', async () => {
    const big = JSON.stringify({ args: ['a.txt', { $bytes: 'A'.repeat(5 * 1024 * 1024) }] });
    const r = await request('POST', '/api/decodeFile', big).catch((e: Error) => ({ status: -1, body: e.message, headers: {} }));
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, code: 'too-large' });
    // The server is still there.
    expect((await call('getSettings', [])).status).toBe(200);
  });
});

describe('web-mode helpers', () => {
  it('resolves static paths inside the root only', () => {
    expect(resolveStatic('/srv/app', '/')).toBe(path.resolve('/srv/app/index.html'));
    expect(resolveStatic('/srv/app', '/a/b.js?x=1')).toBe(path.resolve('/srv/app/a/b.js'));
    expect(resolveStatic('/srv/app', '/../x')).toBeNull();
    expect(resolveStatic('/srv/app', 'relative')).toBeNull();
  });

  it('parses the command line', () => {
    expect(parseArgs(['--port', '8080', '--data', '/tmp/v', '--open'])).toMatchObject({ port: 8080, data: path.resolve('/tmp/v'), open: true });
    expect(() => parseArgs(['--port', 'x'])).toThrow(/--port/);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown option/);
  });

  it('opens a browser only where there is one to open', () => {
    expect(browserCommand('http://127.0.0.1:1/', 'linux', {})).toBeNull();
    expect(browserCommand('http://127.0.0.1:1/', 'linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: ['http://127.0.0.1:1/'] });
    expect(browserCommand('http://127.0.0.1:1/', 'darwin', {})).toEqual({ command: 'open', args: ['http://127.0.0.1:1/'] });
    expect(browserCommand('http://127.0.0.1:1/', 'win32', {})?.command).toBe('cmd');
  });

  it('keeps data where the desktop app keeps it', () => {
    expect(appDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/a')).toBe('/x');
    expect(appDataDir({}, 'linux', '/home/a')).toBe(path.join('/home/a', '.config'));
    expect(appDataDir({}, 'darwin', '/Users/a')).toBe(path.join('/Users/a', 'Library', 'Application Support'));
    expect(appRoot()).toBe(ROOT);
  });
});
