// Web mode: a small HTTP server on the loopback interface that serves the built renderer and
// answers POST /api/<method> with the same handlers the desktop registers over IPC.
//
// Wire format (src/renderer/platform/http.ts is the other end):
//   POST /api/<method>, Content-Type: application/json, body {"args": [...]}; a Uint8Array argument
//   travels as {"$bytes": "<base64>"}. Answer 200 with the method's Result as JSON (`platform`,
//   whose interface type is not a Result, is wrapped as {"ok": true, "value": ...}). Errors of the
//   request itself answer a Result too: 400 bad request, 403 foreign origin, 404 unknown method,
//   405 wrong HTTP method, 413 too large, 415 not JSON.
// Security: bound to 127.0.0.1 only; the Host header must name this server (no DNS rebinding);
// API calls must come from the page itself (Origin / Sec-Fetch-Site) with a JSON body, so another
// site open in the same browser cannot reach them; every answer carries the app's CSP.
import * as http from 'node:http';
import { createReadStream, promises as fsp } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { CHANNELS, type ReviewApi } from '../shared/api';
import type { Handlers } from '../../electron/ipc/handlers';
import { SECURITY_HEADERS } from '../../electron/security';
import { contentType, resolveStatic } from './static';

export interface ServerOptions {
  handlers: Handlers;
  /** Folder with the built renderer (index.html, app.js, ...). */
  staticRoot: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Largest request body in bytes (a base64 file is 4/3 of its size). */
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

export const HOST = '127.0.0.1';
const DEFAULT_MAX_BODY = 96 * 1024 * 1024;

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown, extra?: Record<string, string>): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', extra);
}

function sendError(res: http.ServerResponse, err: RequestError, extra?: Record<string, string>): void {
  sendJson(res, err.status, { ok: false, code: err.code, message: err.message }, extra);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      reject(new RequestError(413, 'too-large', `the request is larger than ${limit} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new RequestError(413, 'too-large', `the request is larger than ${limit} bytes`));
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** {"$bytes": base64} at the top level of the arguments becomes a Uint8Array. */
function reviveArgs(args: unknown[]): unknown[] {
  return args.map((arg) => {
    if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return arg;
    const keys = Object.keys(arg);
    if (keys.length !== 1 || keys[0] !== '$bytes') return arg;
    const b64 = (arg as { $bytes: unknown }).$bytes;
    if (typeof b64 !== 'string' || b64.length % 4 !== 0 || !BASE64.test(b64)) {
      throw new RequestError(400, 'bad-request', '$bytes must be standard base64 with padding');
    }
    const buf = Buffer.from(b64, 'base64');
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let port = 0;
  const hosts = () => new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const origins = () => new Set([`http://${HOST}:${port}`, `http://localhost:${port}`]);

  async function api(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') throw new RequestError(405, 'method-not-allowed', 'the API answers POST only');
    if (!Object.prototype.hasOwnProperty.call(CHANNELS, name)) throw new RequestError(404, 'unknown-method', `no such method: ${name.slice(0, 60)}`);
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    if ((origin !== undefined && !origins().has(origin)) || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
      throw new RequestError(403, 'forbidden', 'the request did not come from the Verso page');
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      throw new RequestError(415, 'bad-request', 'the body must be JSON (Content-Type: application/json)');
    }
    const body = await readBody(req, maxBody);
    let parsed: unknown;
    try {
      parsed = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      throw new RequestError(400, 'bad-request', 'the body is not valid JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new RequestError(400, 'bad-request', 'the body must be {"args": [...]}');
    const rawArgs = (parsed as { args?: unknown }).args ?? [];
    if (!Array.isArray(rawArgs)) throw new RequestError(400, 'bad-request', '"args" must be a list');
    const method = name as keyof ReviewApi;
    const handler = options.handlers[method] as (...a: unknown[]) => Promise<unknown>;
    let answer: unknown;
    try {
      answer = await handler(...reviveArgs(rawArgs));
    } catch (err) {
      if (err instanceof RequestError) throw err;
      answer = { ok: false, code: 'internal', message: (err instanceof Error ? err.message : String(err)).split('\n')[0] };
    }
    sendJson(res, 200, method === 'platform' ? { ok: true, value: answer } : answer);
  }

  async function file(req: http.IncomingMessage, res: http.ServerResponse, urlPath: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new RequestError(405, 'method-not-allowed', 'only GET and HEAD');
    const target = resolveStatic(options.staticRoot, urlPath);
    const stat = target ? await fsp.stat(target).catch(() => null) : null;
    if (!target || !stat?.isFile()) {
      send(res, 404, 'Not found\n', 'text/plain; charset=utf-8');
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentType(target), 'Content-Length': stat.size, 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(target)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        if (!hosts().has(req.headers.host ?? '')) throw new RequestError(421, 'forbidden', 'this server answers only to its own address');
        const urlPath = (req.url ?? '/').split(/[?#]/)[0];
        if (urlPath.startsWith('/api/')) await api(req, res, urlPath.slice('/api/'.length));
        else await file(req, res, urlPath);
      } catch (err) {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        const e = err instanceof RequestError ? err : new RequestError(500, 'internal', (err as Error)?.message ?? String(err));
        const extra: Record<string, string> = {};
        if (e.status === 405) extra.Allow = urlPathIsApi(req) ? 'POST' : 'GET, HEAD';
        if (e.status === 413) {
          // Answer, let the rest of the body drain (so the client reads the answer), then close.
          extra.Connection = 'close';
          req.resume();
          setTimeout(() => req.destroy(), 5000).unref();
        }
        sendError(res, e, extra);
      }
    })();
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}/`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function urlPathIsApi(req: http.IncomingMessage): boolean {
  return (req.url ?? '').startsWith('/api/');
}
