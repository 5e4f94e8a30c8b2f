// `verso export`: a review written out for the client or the archive. The review is a saved project
// (decisions and edits apply) or a source/machine-translation pair (no decisions: the corrected text
// is the machine translation and the report is the checks' findings). Text or Word files as input.
import { promises as fsp } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { runOptions } from '../core';
import { buildDocument } from '../core/document';
import { createReview, type ReviewState } from '../core/review/state';
import { fromProject, ProjectError, type ProjectFile } from '../core/review/project';
import type { ScoreOptions, Weights } from '../core/report';
import { checkDocxSize, docxToText, looksLikeDocx } from '../formats/docx-read';
import { ExportError } from '../formats/errors';
import { BINARY_FORMATS, EXPORT_FORMATS, exportReview, type ExportFormat, type ExportInput, type ExportOutput } from '../formats/export';
import { HELP, validateLanguage } from './args';
import { EXIT_OK, InputError, UsageError, describeFsError } from './errors';
import type { Io } from './main';
import { readDocument, statFile } from './read-input';
import { engineOptions } from './engine-options';

export interface ExportOptions {
  format: ExportFormat;
  project?: string;
  source?: string;
  target?: string;
  from?: string;
  to?: string;
  out?: string;
  reviewer?: string;
  profile?: string;
  rules?: string;
  /** false with --no-learned: leave the corrections memory out. */
  learned: boolean;
  db?: string;
  score: ScoreOptions;
}

/** A saved project is JSON of a few times the texts' size; past this it is not one. */
const MAX_PROJECT_BYTES = 256 * 1024 * 1024;

function parseWeights(value: string): Partial<Weights> {
  const out: Partial<Weights> = {};
  for (const part of value.split(',')) {
    const m = /^\s*(critical|major|minor|neutral)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!m) throw new UsageError(`--weights ${JSON.stringify(value)}: expected e.g. critical=25,major=5,minor=1,neutral=0`);
    out[m[1] as keyof Weights] = Number(m[2]);
  }
  return out;
}

export function parseExportArgs(argv: string[]): ExportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        format: { type: 'string' },
        project: { type: 'string' },
        source: { type: 'string' },
        target: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string', short: 'o' },
        reviewer: { type: 'string' },
        profile: { type: 'string' },
        rules: { type: 'string' },
        'no-learned': { type: 'boolean' },
        db: { type: 'string' },
        weights: { type: 'string' },
        'pass-threshold': { type: 'string' },
      },
    });
  } catch (err) {
    const e = err as { code?: string; message?: string };
    const msg = (e.message ?? String(err)).split('\n')[0];
    const opt = /'(-\w, )?(--[\w-]+)/.exec(msg)?.[2];
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${/Unknown option '([^']+)'/.exec(msg)?.[1] ?? ''} for export`.replace('  ', ' '));
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${opt ?? 'an option'} needs a value`);
    if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument ${JSON.stringify(/'([^']*)'/.exec(msg)?.[1] ?? '')}`);
    throw new UsageError(msg);
  }
  const v = parsed.values;
  for (const flag of ['format', 'project', 'source', 'target', 'from', 'to', 'out', 'reviewer', 'profile', 'rules', 'db', 'weights', 'pass-threshold'] as const) {
    if (v[flag] === '') throw new UsageError(`--${flag} needs a value`);
  }
  if (v.format === undefined) throw new UsageError(`export needs --format: one of ${EXPORT_FORMATS.join(', ')}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(v.format)) {
    throw new UsageError(`--format ${JSON.stringify(v.format)}: expected one of ${EXPORT_FORMATS.join(', ')}`);
  }
  if (v.project !== undefined && (v.source !== undefined || v.target !== undefined)) {
    throw new UsageError('--project cannot be combined with --source/--target: the project holds both texts');
  }
  if (v.project !== undefined && (v.from !== undefined || v.to !== undefined)) {
    throw new UsageError('--from/--to do not apply to --project: the project records its languages');
  }
  if (v.project === undefined) {
    if (v.source === undefined && v.target === undefined) throw new UsageError('nothing to export: give --project FILE.verso, or --source and --target');
    if (v.source === undefined) throw new UsageError('--target needs --source (the text it translates)');
    if (v.target === undefined) throw new UsageError('--source needs --target (the machine translation)');
  }
  const score: ScoreOptions = {};
  if (v.weights !== undefined) score.weights = parseWeights(v.weights);
  if (v['pass-threshold'] !== undefined) {
    const n = Number(v['pass-threshold']);
    if (!/^\d+(\.\d+)?$/.test(v['pass-threshold'].trim()) || !Number.isFinite(n)) {
      throw new UsageError(`--pass-threshold ${JSON.stringify(v['pass-threshold'])}: expected a number of penalty points per 1,000 words, e.g. 10`);
    }
    score.maxPenaltyPer1000 = n;
  }
  return {
    format: v.format as ExportFormat,
    project: v.project,
    source: v.source,
    target: v.target,
    from: v.from === undefined ? undefined : validateLanguage('from', v.from),
    to: v.to === undefined ? undefined : validateLanguage('to', v.to),
    out: v.out,
    reviewer: v.reviewer,
    profile: v.profile,
    rules: v.rules,
    learned: !v['no-learned'],
    db: v.db,
    score,
  };
}


async function head(file: string, n: number): Promise<Uint8Array> {
  try {
    const fh = await fsp.open(file, 'r');
    try {
      const buf = Buffer.alloc(n);
      const { bytesRead } = await fh.read(buf, 0, n, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw describeFsError(file, err);
  }
}

/**
 * A document as text: a Word file (by its extension or its zip signature) becomes its paragraphs,
 * refused by size before it is read; anything else is decoded as a text file.
 */
export async function readTextOrDocx(file: string, note: (m: string) => void): Promise<{ text: string }> {
  const size = await statFile(file);
  if (looksLikeDocx(file, await head(file, 8))) {
    checkDocxSize(file, size);
    let bytes: Buffer;
    try {
      bytes = await fsp.readFile(file);
    } catch (err) {
      throw describeFsError(file, err);
    }
    return { text: await docxToText(bytes, file) };
  }
  const d = await readDocument(file);
  if (d.encoding.note) note(`${file}: ${d.encoding.note}`);
  return d;
}


async function loadProject(file: string): Promise<ProjectFile> {
  const size = await statFile(file);
  if (size > MAX_PROJECT_BYTES) throw new InputError(file, `is ${Math.round(size / 1048576)} MiB: too large for a Verso project`);
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (err) {
    throw describeFsError(file, err);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(file, `not a Verso project: not valid JSON (${(err as Error).message})`);
  }
  const p = json as Partial<ProjectFile> | null;
  if (!p || typeof p !== 'object' || p.format !== 'verso-project') throw new InputError(file, 'not a Verso project (no "format": "verso-project")');
  if (p.version !== 1) throw new InputError(file, `a Verso project of version ${JSON.stringify(p.version)}; this verso reads version 1`);
  const strings = ['from', 'to', 'sourceText', 'targetText'] as const;
  for (const k of strings) if (typeof p[k] !== 'string') throw new InputError(file, `not a valid Verso project: "${k}" is missing or not text`);
  if (!Array.isArray(p.alignment) || !Array.isArray(p.targets) || !Array.isArray(p.reviewed) || !Array.isArray(p.decisions) || typeof p.rejected !== 'object' || p.rejected === null) {
    throw new InputError(file, 'not a valid Verso project: alignment, targets, reviewed, decisions or rejected is missing');
  }
  if (p.targets.some((t) => typeof t !== 'string')) throw new InputError(file, 'not a valid Verso project: a segment text is not text');
  return p as ProjectFile;
}

interface Loaded {
  state: ReviewState;
  input: Omit<ExportInput, 'reviewer' | 'now' | 'score'>;
}

async function loadReview(o: ExportOptions, note: (m: string) => void): Promise<Loaded> {
  const run = runOptions(await engineOptions(o, note));
  if (o.project !== undefined) {
    const p = await loadProject(o.project);
    let state: ReviewState;
    try {
      state = fromProject(p, run);
    } catch (err) {
      if (err instanceof ProjectError) throw new InputError(o.project, `not a valid Verso project: ${err.message}`);
      throw err;
    }
    return { state, input: { state, run, sourceName: p.sourceName || 'source', targetName: p.targetName || 'translation' } };
  }
  const sourceFile = o.source as string;
  const targetFile = o.target as string;
  const [sr, tr] = await Promise.allSettled([readTextOrDocx(sourceFile, note), readTextOrDocx(targetFile, note)]);
  if (sr.status === 'rejected') throw sr.reason;
  if (tr.status === 'rejected') throw tr.reason;
  const sourceText = sr.value.text;
  const targetText = tr.value.text;
  const texts: Array<[string, string]> = [
    [sourceFile, sourceText],
    [targetFile, targetText],
  ];
  for (const [file, text] of texts) if (text.trim() === '') throw new InputError(file, text === '' ? 'the file is empty' : 'the file holds only white space');
  let from = o.from;
  let to = o.to;
  if (from === undefined || to === undefined) {
    const { detectLanguage } = await import('../core/lang/detect');
    const found: string[] = [];
    if (from === undefined) {
      from = detectLanguage(sourceText) ?? undefined;
      if (!from) throw new InputError(sourceFile, 'could not tell which language it is in; pass --from LANG');
      found.push(`--from ${from}`);
    }
    if (to === undefined) {
      to = detectLanguage(targetText) ?? undefined;
      if (!to) throw new InputError(targetFile, 'could not tell which language it is in; pass --to LANG');
      found.push(`--to ${to}`);
    }
    note(`detected ${found.join(', ')}`);
  }
  const state = createReview(buildDocument(sourceText, targetText, from, to), run);
  // The report names files, not paths: it is often sent to someone else.
  return { state, input: { state, run, sourceName: basename(sourceFile), targetName: basename(targetFile) } };
}

async function writeOutput(o: ExportOptions, out: ExportOutput, io: Io): Promise<void> {
  if (o.out !== undefined) {
    try {
      await fsp.writeFile(o.out, out.data);
    } catch (err) {
      const e = describeFsError(o.out, err);
      throw new InputError(o.out, `cannot write: ${e.message}`);
    }
    return;
  }
  if (BINARY_FORMATS.includes(o.format) && io.stdout.isTTY) {
    throw new UsageError(`--format ${o.format} writes a Word file: give --out FILE.docx (or redirect the output)`);
  }
  await new Promise<void>((resolve, reject) => {
    const ok = io.stdout.write(Buffer.from(out.data.buffer, out.data.byteOffset, out.data.byteLength), (err?: Error | null) => (err ? reject(err) : resolve()));
    void ok;
  });
}

export async function runExport(argv: string[], io: Io, note: (m: string) => void): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const o = parseExportArgs(argv);
  const { input } = await loadReview(o, note);
  const full: ExportInput = { ...input, reviewer: o.reviewer, score: o.score };
  let out: ExportOutput;
  try {
    out = exportReview(o.format, full);
  } catch (err) {
    // The XLIFF writer refuses a target whose inline tags cannot be written back (ExportError).
    if (err instanceof ExportError) throw new InputError(o.project ?? (o.target as string), `cannot export as ${o.format}: ${err.message}`);
    throw err;
  }
  await writeOutput(o, out, io);
  if (o.out !== undefined) note(`wrote ${o.out}${out.summary ? ` (${out.summary})` : ''}`);
  return EXIT_OK;
}
