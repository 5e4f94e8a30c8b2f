// The ReviewApi as plain functions over the core and Node services. The desktop registers them
// with ipcMain.handle (register.ts); web mode answers POST /api/<method> with the same object
// (src/server). Every argument comes from a page and is checked for type and size here; every
// answer is a Result, because an error thrown across IPC loses everything but its text.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { OpenedText, PlatformInfo, Result, ReviewApi, Settings } from '../../src/shared/api';
import type { ProjectFile } from '../../src/core/review/project';
import { decodeBuffer } from '../../src/cli/read-input';
import { InputError, describeFsError } from '../../src/cli/errors';
import { detectLanguage } from '../../src/core/lang/detect';
import { dropCompoundOnly, findDictionary, nodeModules } from '../../src/host/spelling';
import { writeFileAtomic } from '../services/atomic-file';
import { AutosaveError, createAutosave, type Autosave } from '../services/autosave';
import type { Dialogs } from '../services/dialogs';
import { ProjectShapeError, checkProject } from '../services/project-file';
import { SettingsError, createSettingsStore, type SettingsStore } from '../services/settings';

/** Every method takes unknown arguments: they come from a page and are checked before use. */
export type Handlers = { [K in keyof ReviewApi]: (...args: unknown[]) => ReturnType<ReviewApi[K]> };

export interface Limits {
  /** Largest text file accepted, in bytes. */
  fileBytes: number;
  /** Longest text saved, in UTF-16 code units. */
  textChars: number;
  /** Largest project, as JSON text (UTF-16 code units), saved or opened. */
  projectChars: number;
}

export const DEFAULT_LIMITS: Limits = {
  fileBytes: 16 * 1024 * 1024,
  textChars: 16 * 1024 * 1024,
  projectChars: 64 * 1024 * 1024,
};

export interface HandlerDeps {
  platform: PlatformInfo;
  settings: SettingsStore;
  autosave: Autosave;
  dialogs: Dialogs;
  /** Folder holding samples/ (the repository's or the packaged app's assets/). */
  assetsDir: string;
  /** node_modules folder with the dictionary-* packages; found from nspell's location by default. */
  dictionaryRoot?: string | null;
  limits?: Partial<Limits>;
  /** Told after every successful setSettings (the desktop updates its menu and theme). */
  onSettingsChanged?: (settings: Settings) => void;
}

/** Settings and autosave kept in `dataDir` (settings.json, autosave.json). */
export function dataServices(dataDir: string): Pick<HandlerDeps, 'settings' | 'autosave'> {
  return {
    settings: createSettingsStore(path.join(dataDir, 'settings.json')),
    autosave: createAutosave(path.join(dataDir, 'autosave.json')),
  };
}

/** A refusal with a stable code the renderer can act on and a message a person can read. */
export class HandlerError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const bad = (message: string) => new HandlerError('bad-argument', message);

function toResult(err: unknown): { ok: false; code: string; message: string } {
  if (err instanceof HandlerError) return { ok: false, code: err.code, message: err.message };
  if (err instanceof InputError) {
    const code = /binary/.test(err.message) ? 'binary' : /encoding|UTF/.test(err.message) ? 'encoding' : 'unreadable';
    return { ok: false, code, message: `${err.file}: ${err.message}` };
  }
  if (err instanceof SettingsError) return { ok: false, code: 'bad-argument', message: err.message };
  if (err instanceof AutosaveError) return { ok: false, code: 'bad-autosave', message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, code: 'internal', message: message.split('\n')[0].slice(0, 500) };
}

async function attempt<T>(fn: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    return toResult(err);
  }
}

/** A size for people: '512 bytes', '12 KB', '16.0 MB' (a limit that is a whole number of MB: '16 MB'). */
function size(n: number): string {
  const MB = 1024 * 1024;
  if (n < 1024) return `${n} bytes`;
  if (n < MB) return `${Math.ceil(n / 1024)} KB`;
  return Number.isInteger(n / MB) ? `${n / MB} MB` : `${(n / MB).toFixed(1)} MB`;
}

/** The file name without any directory, as the user will see it. */
function displayName(name: unknown): string {
  if (typeof name !== 'string' || name.length > 4096) throw bad('the file name must be text of at most 4096 characters');
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 255);
  return base || 'untitled';
}

function bytesOf(value: unknown, name: string): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw bad(`${name}: the file's content must be bytes (a Uint8Array)`);
}

/** 'utf-16le' → 'UTF-16LE'; Windows code pages keep their usual spelling ('windows-1252'). */
function encodingLabel(name: string): string {
  return name.startsWith('windows-') ? name : name.toUpperCase();
}

function role(value: unknown): 'source' | 'target' {
  if (value !== 'source' && value !== 'target') throw bad('role must be "source" or "target"');
  return value;
}

function text(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string') throw bad(`${what} must be text`);
  if (value.length > max) throw new HandlerError('too-large', `${what} is too long (${value.length} characters; the limit is ${max})`);
  return value;
}

function language(value: unknown): string {
  if (typeof value !== 'string' || value.length > 35 || !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,4}$/.test(value)) {
    throw bad('the language must be a language tag such as "en" or "pt-BR"');
  }
  return value;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const limits: Limits = { ...DEFAULT_LIMITS, ...deps.limits };

  function decode(name: string, bytes: Uint8Array): OpenedText {
    if (bytes.length > limits.fileBytes) {
      throw new HandlerError('too-large', `${name}: the file is too large to review (${size(bytes.length)}; the limit is ${size(limits.fileBytes)})`);
    }
    const decoded = decodeBuffer(name, bytes);
    if (!decoded.text.trim()) throw new HandlerError('empty', `${name}: the file is empty`);
    return { name, text: decoded.text, encoding: encodingLabel(decoded.encoding.name), lang: detectLanguage(decoded.text) };
  }

  async function readFile(file: string, maxBytes: number): Promise<Buffer> {
    const name = path.basename(file);
    try {
      const stat = await fsp.stat(file);
      if (stat.isDirectory()) throw new HandlerError('unreadable', `${name}: is a folder, not a file`);
      if (stat.size > maxBytes) {
        throw new HandlerError('too-large', `${name}: the file is too large to open (${size(stat.size)}; the limit is ${size(maxBytes)})`);
      }
      return await fsp.readFile(file);
    } catch (err) {
      if (err instanceof HandlerError) throw err;
      const e = describeFsError(name, err);
      throw new HandlerError('unreadable', `${e.file}: ${e.message}`);
    }
  }

  async function write(file: string, data: string): Promise<string> {
    try {
      await writeFileAtomic(file, data);
      return file;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : (err as Error).message;
      throw new HandlerError('write-failed', `${path.basename(file)}: could not be saved (${why})`);
    }
  }

  function project(value: unknown): ProjectFile {
    let p: ProjectFile;
    try {
      p = checkProject(value);
    } catch (err) {
      throw bad(`project: ${(err as Error).message}`);
    }
    return p;
  }

  function projectJson(p: ProjectFile): string {
    const json = JSON.stringify(p);
    if (json.length > limits.projectChars) {
      throw new HandlerError('too-large', `the review is too large to save (${size(json.length)}; the limit is ${size(limits.projectChars)})`);
    }
    return json;
  }

  const handlers: Handlers = {
    platform: async () => ({ ...deps.platform }),

    decodeFile: (name, bytes) =>
      attempt(() => {
        const shown = displayName(name);
        return decode(shown, bytesOf(bytes, shown));
      }),

    pickTextFile: (which) =>
      attempt(async () => {
        const file = await deps.dialogs.openText(role(which));
        if (file === null) return null;
        return decode(path.basename(file), await readFile(file, limits.fileBytes));
      }),

    loadSample: () =>
      attempt(async () => {
        const dir = path.join(deps.assetsDir, 'samples', 'drone-attack');
        const load = async (file: string) => decode(file, await readFile(path.join(dir, file), limits.fileBytes));
        return { source: await load('fr.source.txt'), target: await load('en.mt.txt') };
      }),

    saveText: (suggestedName, content) =>
      attempt(async () => {
        const name = displayName(suggestedName);
        const body = text(content, 'the text', limits.textChars);
        const file = await deps.dialogs.saveAs(name, 'text');
        return file === null ? null : write(file, body);
      }),

    saveProject: (value, suggestedName) =>
      attempt(async () => {
        const json = projectJson(project(value));
        const file = await deps.dialogs.saveAs(displayName(suggestedName), 'project');
        return file === null ? null : write(file, `${json}\n`);
      }),

    openProject: () =>
      attempt(async () => {
        const file = await deps.dialogs.openProject();
        if (file === null) return null;
        const name = path.basename(file);
        const raw = (await readFile(file, limits.projectChars * 2)).toString('utf8').replace(/^\uFEFF/, '');
        let parsed: unknown;
        try {
          parsed = JSON.parse(raw);
        } catch {
          throw new HandlerError('not-a-project', `${name}: not a Verso review (not valid JSON)`);
        }
        try {
          return checkProject(parsed);
        } catch (err) {
          if (err instanceof ProjectShapeError) throw new HandlerError('not-a-project', `${name}: ${err.message}`);
          throw err;
        }
      }),

    autosave: (value) =>
      attempt(async () => {
        const json = projectJson(project(value));
        try {
          await deps.autosave.write(json);
        } catch (err) {
          throw new HandlerError('write-failed', `the review could not be autosaved (${(err as Error).message})`);
        }
      }),

    recoverAutosave: () => attempt(() => deps.autosave.recover()),

    clearAutosave: () => attempt(() => deps.autosave.clear()),

    getSettings: () => attempt(() => deps.settings.get()),

    setSettings: (patch) =>
      attempt(async () => {
        const settings = await deps.settings.update(patch);
        deps.onSettingsChanged?.(settings);
        return settings;
      }),

    dictionary: (lang) =>
      attempt(async () => {
        const tag = language(lang);
        const root = deps.dictionaryRoot === undefined ? nodeModules() : deps.dictionaryRoot;
        const files = root ? findDictionary(tag, root) : null;
        if (!files) return null;
        const [aff, dic] = await Promise.all([fsp.readFile(files.aff, 'utf8'), fsp.readFile(files.dic, 'utf8')]);
        return { aff, dic: dropCompoundOnly(aff, dic) };
      }),
  };
  return handlers;
}
