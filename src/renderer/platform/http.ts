// ReviewApi in the browser (web mode), over HTTP to the local Verso server.
//
// WIRE FORMAT (the server in src/server/ implements the other end of exactly this):
//   request   POST /api/<method>            e.g. POST /api/decodeFile
//             Content-Type: application/json
//             body {"args": [arg0, arg1, ...]}   the method's arguments in order ([] when none)
//             A Uint8Array anywhere in the arguments is sent as {"$bytes": "<base64>"}
//             (standard base64 with padding); everything else is plain JSON.
//   response  200, Content-Type: application/json, body: the method's Result as JSON,
//             {"ok": true, "value": ...} or {"ok": false, "code": "...", "message": "..."}.
//             `platform` is the one method whose interface type is not a Result: the server still
//             answers {"ok": true, "value": PlatformInfo} and this client unwraps it.
//             A method that returns void answers {"ok": true} (value absent or null).
//             Any other status, or a body that is not JSON, is turned into
//             {"ok": false, "code": "http", "message": "..."} here.
//   in-page   pickTextFile answers {ok:true, value:null} without a request (the page offers its
//             own file input); saveText, saveBytes and saveProject download the file from the page (Blob +
//             <a download>) and openProject reads a file the user picks in the page, so those four
//             never reach the server either. Every other ReviewApi method (decodeFile, loadSample,
//             autosave, recoverAutosave, clearAutosave, getSettings, setSettings, dictionary, and
//             any added to CHANNELS later) does, under its own name.
import { CHANNELS, type PlatformInfo, type Result, type ReviewApi } from '../../shared/api';
import type { ProjectFile } from '../../core/review/project';
import { downloadBytes, downloadText, pickFile } from './browser-files';

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

export function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** JSON.stringify with Uint8Array as {"$bytes": base64}. */
export function encodeArgs(args: unknown[]): string {
  return JSON.stringify({ args }, (_key, value) => (value instanceof Uint8Array ? { $bytes: toBase64(value) } : value));
}

type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export function createHttpApi(base = '', fetchImpl: Fetch = (u, i) => fetch(u, i)): ReviewApi {
  async function call<T>(method: string, args: unknown[]): Promise<Result<T>> {
    let res;
    try {
      res = await fetchImpl(`${base}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: encodeArgs(args) });
    } catch (err) {
      return { ok: false, code: 'http', message: `The Verso server did not answer (${(err as Error).message}).` };
    }
    const body = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { ok: false, code: 'http', message: `The server answered ${res.status} without JSON.` };
    }
    if (parsed && typeof parsed === 'object' && 'ok' in parsed) {
      const r = parsed as Result<T>;
      if (r.ok) return { ok: true, value: (r as { value?: T }).value ?? (null as T) };
      return r;
    }
    return { ok: false, code: 'http', message: `The server answered ${res.status}.` };
  }

  // Every method goes over the wire as it is, except the few the page does itself.
  const api = Object.fromEntries(Object.keys(CHANNELS).map((method) => [method, (...args: unknown[]) => call(method, args)])) as unknown as ReviewApi;
  const inPage: Partial<ReviewApi> = {
    async platform(): Promise<PlatformInfo> {
      const r = await call<PlatformInfo>('platform', []);
      return r.ok ? r.value : { kind: 'web', version: 'unknown' };
    },
    pickTextFile: async () => ({ ok: true, value: null }),
    async saveText(name, text) {
      downloadText(name, text, 'text/plain;charset=utf-8');
      return { ok: true, value: name };
    },
    async saveBytes(name, bytes) {
      const docx = /\.docx$/i.test(name);
      downloadBytes(name, bytes, docx ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/octet-stream');
      return { ok: true, value: name };
    },
    async saveProject(project, name) {
      downloadText(name, JSON.stringify(project, null, 1), 'application/json');
      return { ok: true, value: name };
    },
    async openProject() {
      const file = await pickFile('.verso,.json,application/json');
      if (!file) return { ok: true, value: null };
      try {
        return { ok: true, value: JSON.parse(await file.text()) as ProjectFile };
      } catch {
        return { ok: false, code: 'not-a-project', message: `${file.name} is not a Verso project.` };
      }
    },
  };
  return { ...api, ...inPage };
}
