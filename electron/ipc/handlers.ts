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
import { docxToText, looksLikeDocx } from '../../src/formats/docx-read';
import { findDictionary, nodeModules } from '../../src/host/spelling';
import { writeFileAtomic } from '../services/atomic-file';
import { AutosaveError, createAutosave, type Autosave } from '../services/autosave';
import type { Dialogs } from '../services/dialogs';
import { ProjectShapeError, checkProject } from '../services/project-file';
import { SettingsError, createSettingsStore, type SettingsStore } from '../services/settings';
import type { CorrectionDocument, CorrectionInput, CorrectionQuery, CorrectionsFormat, LearnedRulePatch } from '../../src/core/corrections/types';
import { documentHash } from '../../src/core/corrections/hash';
import { CorrectionsError, lazyCorrections, type CorrectionsAccess, type CorrectionsStore } from '../../src/host/corrections/store';

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
  /** The corrections memory (corrections.db in the data folder); without it those methods answer 'unavailable'. */
  corrections?: CorrectionsAccess;
}

/** Settings, autosave and the corrections memory kept in `dataDir` (settings.json, autosave.json, corrections.db). */
export function dataServices(dataDir: string): Pick<HandlerDeps, 'settings' | 'autosave'> & { corrections: CorrectionsAccess } {
  return {
    settings: createSettingsStore(path.join(dataDir, 'settings.json')),
    autosave: createAutosave(path.join(dataDir, 'autosave.json')),
    // Opened on first use; a damaged file is set aside with a message (also sent to the page once).
    corrections: lazyCorrections(path.join(dataDir, 'corrections.db'), { onNotice: (m) => console.warn(`Verso: ${m}`) }),
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
  if (err instanceof CorrectionsError) return { ok: false, code: err.code, message: err.message };
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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const KINDS = ['accept', 'reject', 'edit'] as const;
const FORMATS: CorrectionsFormat[] = ['tmx', 'jsonl', 'csv'];
/** Most decisions in one recordDecisions call (accept-all in a long document stays under it). */
const MAX_DECISIONS = 5000;
const SEGMENT_CHARS = 100_000;

function optionalText(value: unknown, what: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  return text(value, what, max);
}

function correctionDocument(value: unknown): CorrectionDocument {
  if (!isRecord(value)) throw bad('the document must be an object with from, to, title and hash (or source and target)');
  const title = value.title === undefined ? '' : text(value.title, 'the document title', 300);
  let hash: string;
  if (typeof value.hash === 'string') {
    if (!/^[0-9a-f]{32}$/.test(value.hash)) throw bad('the document hash must be 32 hex digits (documentHash in src/core/corrections)');
    hash = value.hash;
  } else if (typeof value.source === 'string' && typeof value.target === 'string') {
    hash = documentHash(value.source, value.target);
  } else throw bad('the document needs its hash, or its source and target texts');
  return { from: language(value.from), to: language(value.to), title, hash };
}

function correctionInput(value: unknown, i: number): CorrectionInput {
  const where = `decision ${i + 1}`;
  if (!isRecord(value)) throw bad(`${where}: must be an object`);
  const kind = value.kind;
  if (!KINDS.includes(kind as (typeof KINDS)[number])) throw bad(`${where}: kind must be accept, reject or edit`);
  const before = text(value.before, `${where}: before`, SEGMENT_CHARS);
  let span: CorrectionInput['span'] = null;
  if (value.span !== undefined && value.span !== null) {
    const sp = value.span as Record<string, unknown>;
    const ok = isRecord(sp) && Number.isInteger(sp.start) && Number.isInteger(sp.end) && (sp.start as number) >= 0 && (sp.start as number) <= (sp.end as number) && (sp.end as number) <= before.length;
    if (!ok) throw bad(`${where}: span must be {start, end} inside the text before`);
    span = { start: sp.start as number, end: sp.end as number };
  }
  const at = value.at === undefined ? new Date().toISOString() : text(value.at, `${where}: at`, 40);
  if (Number.isNaN(Date.parse(at))) throw bad(`${where}: at must be an ISO date and time`);
  if (value.everywhere !== undefined && typeof value.everywhere !== 'boolean') throw bad(`${where}: everywhere must be true or false`);
  return {
    kind: kind as CorrectionInput['kind'],
    segment: text(value.segment, `${where}: segment`, 100),
    ruleId: optionalText(value.ruleId, `${where}: ruleId`, 200),
    source: text(value.source, `${where}: source`, SEGMENT_CHARS),
    before,
    after: kind === 'reject' ? null : text(value.after, `${where}: after`, SEGMENT_CHARS),
    span,
    fix: optionalText(value.fix, `${where}: fix`, SEGMENT_CHARS),
    reason: optionalText(value.reason, `${where}: reason`, 2000),
    reviewer: optionalText(value.reviewer, `${where}: reviewer`, 200),
    at,
    ...(value.everywhere ? { everywhere: true } : {}),
  };
}

function correctionQuery(value: unknown): CorrectionQuery {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw bad('the query must be an object');
  const q: CorrectionQuery = {};
  if (value.text !== undefined) q.text = text(value.text, 'the search text', 500);
  if (value.ruleId !== undefined) q.ruleId = text(value.ruleId, 'ruleId', 200);
  if (value.kind !== undefined) {
    if (!KINDS.includes(value.kind as (typeof KINDS)[number])) throw bad('kind must be accept, reject or edit');
    q.kind = value.kind as CorrectionQuery['kind'];
  }
  if (value.from !== undefined) q.from = language(value.from);
  if (value.to !== undefined) q.to = language(value.to);
  if (value.since !== undefined) q.since = text(value.since, 'since', 40);
  for (const k of ['limit', 'offset'] as const) {
    const n = value[k];
    if (n === undefined) continue;
    if (!Number.isInteger(n) || (n as number) < 0 || (n as number) > 1e9) throw bad(`${k} must be a whole number`);
    q[k] = n as number;
  }
  return q;
}

function learnedRulePatch(value: unknown): LearnedRulePatch {
  if (!isRecord(value)) throw bad('the change must be an object with "enabled" and/or "entry"');
  const patch: LearnedRulePatch = {};
  for (const key of Object.keys(value)) if (key !== 'enabled' && key !== 'entry') throw bad(`unknown field "${key.slice(0, 40)}"`);
  if (value.enabled !== undefined) {
    if (typeof value.enabled !== 'boolean') throw bad('enabled must be true or false');
    patch.enabled = value.enabled;
  }
  if (value.entry !== undefined) {
    if (!isRecord(value.entry)) throw bad('entry must be a rule-pack entry (an object)');
    if (JSON.stringify(value.entry).length > 200_000) throw new HandlerError('too-large', 'the rule is too large');
    patch.entry = value.entry as unknown as LearnedRulePatch['entry'];
  }
  return patch;
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

  /** A text file, or a Word file (named .docx or starting with a zip signature) read as its paragraphs' text. */
  async function decodeAny(name: string, bytes: Uint8Array): Promise<OpenedText> {
    if (!looksLikeDocx(name, bytes.subarray(0, 4))) return decode(name, bytes);
    if (bytes.length > limits.fileBytes) {
      throw new HandlerError('too-large', `${name}: the file is too large to review (${size(bytes.length)}; the limit is ${size(limits.fileBytes)})`);
    }
    const text = await docxToText(bytes, name);
    if (!text.trim()) throw new HandlerError('empty', `${name}: the Word document has no text`);
    return { name, text, encoding: 'DOCX', lang: detectLanguage(text) };
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

  async function write(file: string, data: string | Uint8Array): Promise<string> {
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

  function memory(): CorrectionsStore {
    if (!deps.corrections) throw new HandlerError('unavailable', 'the corrections memory is not available here');
    return deps.corrections.store();
  }

  const handlers: Handlers = {
    platform: async () => ({ ...deps.platform }),

    decodeFile: (name, bytes) =>
      attempt(() => {
        const shown = displayName(name);
        return decodeAny(shown, bytesOf(bytes, shown));
      }),

    pickTextFile: (which) =>
      attempt(async () => {
        const file = await deps.dialogs.openText(role(which));
        if (file === null) return null;
        return decodeAny(path.basename(file), await readFile(file, limits.fileBytes));
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

    saveBytes: (suggestedName, content) =>
      attempt(async () => {
        const name = displayName(suggestedName);
        const body = bytesOf(content, name);
        if (body.length > limits.projectChars) {
          throw new HandlerError('too-large', `${name}: the file is too large to save (${size(body.length)}; the limit is ${size(limits.projectChars)})`);
        }
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
        return { aff, dic };
      }),

    recordDecisions: (document, decisions) =>
      attempt(async () => {
        const doc = correctionDocument(document);
        if (!Array.isArray(decisions)) throw bad('decisions must be a list');
        if (decisions.length > MAX_DECISIONS) throw new HandlerError('too-large', `at most ${MAX_DECISIONS} decisions at a time (got ${decisions.length})`);
        const list = decisions.map(correctionInput);
        // Decisions without a reviewer are signed with the name in the settings.
        if (list.some((d) => !d.reviewer)) {
          const reviewer = (await deps.settings.get().catch(() => null))?.reviewer || null;
          for (const d of list) d.reviewer ||= reviewer;
        }
        return memory().record(doc, list);
      }),

    corrections: (query) => attempt(() => memory().list(correctionQuery(query))),

    learnedRules: () => attempt(() => memory().learnedRules()),

    setLearnedRule: (id, patch) =>
      attempt(() => {
        if (!Number.isInteger(id) || (id as number) < 1) throw bad('the rule id must be a positive whole number');
        return memory().setLearnedRule(id as number, learnedRulePatch(patch));
      }),

    ruleStats: () => attempt(() => memory().ruleStats()),

    restoreRule: (ruleId) =>
      attempt(() => {
        const store = memory();
        store.restoreRule(text(ruleId, 'the rule id', 200));
        return store.ruleStats();
      }),

    exportCorrections: (format) =>
      attempt(() => {
        if (!FORMATS.includes(format as CorrectionsFormat)) throw bad(`format must be one of ${FORMATS.join(', ')}`);
        return memory().export(format as CorrectionsFormat);
      }),
  };
  return handlers;
}
