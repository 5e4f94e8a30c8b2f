// The corrections memory on the command line:
//   verso corrections export --format tmx|jsonl|csv [--since DATE] [--out FILE] [--db FILE]
//   verso corrections import FILE [--db FILE]
//   verso rules learned [--format json|text] [--db FILE]
// and, for `verso check`, the learned rules and demoted severities of the memory (--no-learned
// switches them off). The memory is corrections.db in Verso's data folder (the desktop app's),
// or $VERSO_DATA_DIR/corrections.db, or --db FILE.
import { existsSync, promises as fsp } from 'node:fs';
import { parseArgs } from 'node:util';
import type { EngineOptions } from '../core';
import type { CorrectionsFormat, LearnedRule } from '../core/corrections/types';
import { builtinPacks } from '../core/rules/builtin';
import { correctionsDbPath } from '../host/corrections/paths';
import { CorrectionsError, openCorrections, type CorrectionsStore } from '../host/corrections/store';
import { EXIT_OK, InputError, UsageError, describeFsError } from './errors';
import { Output, type OutStream } from './output';

interface Io {
  stdout: OutStream;
  stderr: OutStream;
}

type Note = (message: string) => void;

const FORMATS: CorrectionsFormat[] = ['tmx', 'jsonl', 'csv'];

function parse(argv: string[], options: Record<string, { type: 'string' | 'boolean' }>, positionals: number, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    const msg = ((err as Error).message ?? String(err)).split('\n')[0];
    const m = /Unknown option '([^']+)'/.exec(msg) ?? /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(msg);
    throw new UsageError(m ? (/argument missing/.test(msg) ? `${m[1]} needs a value` : `unknown option ${m[1]}`) : msg);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  for (const [k, val] of Object.entries(v)) if (val === '') throw new UsageError(`--${k} needs a value`);
  if (!v.help && parsed.positionals.length !== positionals) {
    throw new UsageError(parsed.positionals.length > positionals ? `unexpected argument ${JSON.stringify(parsed.positionals[positionals])}: ${usage}` : usage);
  }
  return { v, positionals: parsed.positionals };
}

/** Opens the memory for a command; `create` false refuses a memory that does not exist yet. */
function open(db: string | undefined, note: Note, create: boolean): CorrectionsStore {
  const file = correctionsDbPath({ db });
  if (!create && !existsSync(file)) {
    throw new InputError(file, 'no corrections memory here yet (nothing has been recorded); give --db FILE or set VERSO_DATA_DIR');
  }
  try {
    return openCorrections(file, { onNotice: note });
  } catch (err) {
    if (err instanceof CorrectionsError) throw new InputError(file, err.message.startsWith(file) ? err.message.slice(file.length).replace(/^[:\s]+/, '') : err.message);
    throw err;
  }
}

async function write(io: Io, out: string | undefined, text: string, note: Note, what: string): Promise<void> {
  if (out !== undefined) {
    try {
      await fsp.writeFile(out, text);
    } catch (err) {
      throw new InputError(out, `cannot write: ${describeFsError(out, err).message}`);
    }
    note(`wrote ${out} (${what})`);
    return;
  }
  const o = new Output(io.stdout);
  await o.write(text);
  await o.end();
}

const EXPORT_USAGE = 'verso corrections export --format tmx|jsonl|csv [--since DATE] [--out FILE] [--db FILE]';
const IMPORT_USAGE = 'verso corrections import FILE [--db FILE]';
const LEARNED_USAGE = 'verso rules learned [--format json|text] [--db FILE]';

async function exportCommand(argv: string[], io: Io, note: Note): Promise<number> {
  const { v } = parse(argv, { format: { type: 'string' }, since: { type: 'string' }, out: { type: 'string' } }, 0, EXPORT_USAGE);
  if (v.help) return help(io, EXPORT_USAGE);
  const format = v.format as string | undefined;
  if (format === undefined) throw new UsageError(`--format is required: ${FORMATS.join(', ')}`);
  if (!FORMATS.includes(format as CorrectionsFormat)) throw new UsageError(`--format ${JSON.stringify(format)}: expected one of ${FORMATS.join(', ')}`);
  const since = v.since as string | undefined;
  if (since !== undefined && Number.isNaN(Date.parse(since))) throw new UsageError(`--since ${JSON.stringify(since)} is not a date (try 2025-01-31)`);
  const store = open(v.db as string | undefined, note, false);
  try {
    const out = store.export(format as CorrectionsFormat, { since });
    await write(io, v.out as string | undefined, out.text, note, `${out.count} decision${out.count === 1 ? '' : 's'}`);
  } finally {
    store.close();
  }
  return EXIT_OK;
}

async function importCommand(argv: string[], io: Io, note: Note): Promise<number> {
  const { v, positionals } = parse(argv, {}, 1, IMPORT_USAGE);
  if (v.help) return help(io, IMPORT_USAGE);
  const file = positionals[0];
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (err) {
    throw describeFsError(file, err);
  }
  const store = open(v.db as string | undefined, note, true);
  try {
    const r = store.import(text, file);
    for (const p of r.problems) note(`${file}: skipped ${p}`);
    const learned = r.learned.length ? `; ${r.learned.length} learned rule${r.learned.length === 1 ? '' : 's'} added or updated` : '';
    io.stdout.write(`${file}: ${r.added} decision${r.added === 1 ? '' : 's'} added, ${r.duplicates} already known, ${r.skipped} skipped${learned}\n`);
  } catch (err) {
    if (err instanceof CorrectionsError) throw new InputError(file, err.message.replace(`${file}: `, ''));
    throw err;
  } finally {
    store.close();
  }
  return EXIT_OK;
}

function learnedText(rules: LearnedRule[]): string {
  if (rules.length === 0) return 'No learned rules yet: a rule is proposed when the same correction is made twice.\n';
  return rules
    .map((r) => {
      const e = r.entry;
      const list = (x: string | string[] | undefined) => (Array.isArray(x) ? x.join(' | ') : (x ?? ''));
      return [
        `${r.ruleId}${r.enabled ? '' : ' (disabled)'}${r.edited ? ' (edited)' : ''}`,
        `  ${list(e.target)} → ${list(e.fix)}   when the source has: ${list(e.source) || '(anything)'}`,
        `  ${r.provenance}; last updated ${r.updatedAt.slice(0, 10)}`,
      ].join('\n');
    })
    .join('\n')
    .concat('\n');
}

async function learnedCommand(argv: string[], io: Io, note: Note): Promise<number> {
  const { v } = parse(argv, { format: { type: 'string' } }, 0, LEARNED_USAGE);
  if (v.help) return help(io, LEARNED_USAGE);
  const format = (v.format as string | undefined) ?? 'text';
  if (format !== 'json' && format !== 'text') throw new UsageError(`--format ${JSON.stringify(format)}: expected json or text`);
  const file = correctionsDbPath({ db: v.db as string | undefined });
  const store = existsSync(file) || v.db !== undefined ? open(v.db as string | undefined, note, false) : null;
  try {
    if (format === 'json') {
      // A list of rule packs, ready for --rules FILE.json or for sharing (disabled entries kept, marked).
      const packs = store ? store.learnedPacks({ includeDisabled: true }) : [];
      await write(io, undefined, `${JSON.stringify(packs, null, 2)}\n`, note, '');
    } else {
      await write(io, undefined, learnedText(store ? store.learnedRules() : []), note, '');
    }
  } finally {
    store?.close();
  }
  return EXIT_OK;
}

function help(io: Io, usage: string): number {
  io.stdout.write(`usage: ${usage}\n`);
  return EXIT_OK;
}

/** `verso corrections ...` and `verso rules ...` (argv from the command word on). */
export async function runCorrections(argv: string[], io: Io, note: Note): Promise<number> {
  const [command, sub, ...rest] = argv;
  if (command === 'rules') {
    if (sub === 'learned') return learnedCommand(rest, io, note);
    throw new UsageError(`unknown command "rules${sub ? ` ${sub}` : ''}": ${LEARNED_USAGE}`);
  }
  if (sub === 'export') return exportCommand(rest, io, note);
  if (sub === 'import') return importCommand(rest, io, note);
  if (sub === undefined) throw new UsageError(`missing subcommand: ${EXPORT_USAGE} | ${IMPORT_USAGE}`);
  if (sub === '--help' || sub === '-h') return help(io, `${EXPORT_USAGE}\n       ${IMPORT_USAGE}`);
  throw new UsageError(`unknown command "corrections ${sub}": ${EXPORT_USAGE} | ${IMPORT_USAGE}`);
}

/**
 * `verso check` with the memory: its learned rules beside the other packs, and the severities of
 * rules the editor keeps rejecting lowered. A memory that does not exist is no memory; one that
 * cannot be used is reported and left out (an error only when named with --db).
 */
export function withMemory(o: { learned?: boolean; db?: string }, engine: EngineOptions, note: Note): EngineOptions {
  if (o.learned === false) return engine;
  const file = correctionsDbPath({ db: o.db });
  if (!existsSync(file)) {
    if (o.db !== undefined) throw new InputError(file, 'no such file');
    return engine;
  }
  let store: CorrectionsStore;
  try {
    store = openCorrections(file, { onNotice: note });
  } catch (err) {
    if (o.db !== undefined) throw new InputError(file, (err as Error).message.replace(`${file}: `, '').replace(`${file} `, ''));
    note(`corrections memory not used: ${(err as Error).message}`);
    return engine;
  }
  try {
    const packs = [...(engine.packs ?? builtinPacks), ...store.learnedPacks()];
    const severityOverrides = { ...store.severityOverrides(packs), ...engine.severityOverrides };
    return { ...engine, packs, severityOverrides };
  } finally {
    store.close();
  }
}
