// `verso check`: the engine on files, for scripts and CI. bin/verso.js calls main(argv).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTexts } from '../core';
import { SEVERITY_RANK } from '../core/types';
import { HELP, parseCommandLine, type CheckOptions, type DocumentOptions, type FailOn, type PairsOptions } from './args';
import { EXIT_ERROR, EXIT_ISSUES, EXIT_OK, InputError, formatError } from './errors';
import { Output, type OutStream } from './output';
import { readTextOrDocx, runExport } from './export';
import { runCorrections } from './corrections';
import { runPairs } from './pairs';
import { documentReport } from './report';
import { engineOptions } from './engine-options';
import { formatDocumentIssues } from './text-format';

/** A file's text: decoded plain text, or a Word file's paragraphs. */
interface Read {
  text: string;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
}

/** The version in package.json, found from src/cli (ts-jest) or dist/src/cli (built). */
function version(): string {
  for (const up of ['../..', '../../..']) {
    try {
      const pkg = JSON.parse(readFileSync(join(__dirname, up, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'verso' && pkg.version) return pkg.version;
    } catch {
      // not here; try one level up
    }
  }
  return 'unknown';
}

/** The language detector is loaded only when a language is missing (it costs ~100 ms to load). */
async function detector(): Promise<(text: string) => string | null> {
  const { detectLanguage } = await import('../core/lang/detect');
  return detectLanguage;
}

function exitCode(worst: number, failOn: FailOn): number {
  if (failOn === 'none' || worst < 0) return EXIT_OK;
  return worst >= SEVERITY_RANK[failOn] ? EXIT_ISSUES : EXIT_OK;
}

/** Reads both files; when both fail, the source's error is the one reported. */
async function readPair(o: DocumentOptions, note: (m: string) => void): Promise<[Read, Read]> {
  const [s, t] = await Promise.allSettled([readTextOrDocx(o.source, note), readTextOrDocx(o.target, note)]);
  if (s.status === 'rejected') throw s.reason;
  if (t.status === 'rejected') throw t.reason;
  return [s.value, t.value];
}

async function checkDocumentFiles(o: DocumentOptions, io: Io, note: (m: string) => void): Promise<number> {
  const engine = await engineOptions(o, note);
  const [source, target] = await readPair(o, note);
  for (const [file, d] of [[o.source, source], [o.target, target]] as const) {
    if (d.text.trim() === '') throw new InputError(file, d.text === '' ? 'the file is empty' : 'the file holds only white space');
  }
  const detected = { from: o.from === undefined, to: o.to === undefined };
  let from = o.from;
  let to = o.to;
  if (from === undefined || to === undefined) {
    const detect = await detector();
    if (from === undefined) {
      from = detect(source.text) ?? undefined;
      if (!from) throw new InputError(o.source, 'could not tell which language it is in; pass --from LANG');
    }
    if (to === undefined) {
      to = detect(target.text) ?? undefined;
      if (!to) throw new InputError(o.target, 'could not tell which language it is in; pass --to LANG');
    }
    const what = [detected.from ? `--from ${from}` : '', detected.to ? `--to ${to}` : ''].filter(Boolean).join(', ');
    note(`detected ${what}`);
  }
  const { document, issues } = checkTexts(source.text, target.text, from, to, engine);
  const out = new Output(io.stdout);
  if (o.format === 'json') {
    await out.write(`${JSON.stringify(documentReport(document, issues, detected), null, 2)}\n`);
  } else {
    await out.write(
      formatDocumentIssues(issues, {
        source: { name: o.source, text: source.text },
        target: { name: o.target, text: target.text },
      }),
    );
  }
  await out.end();
  const worst = issues.reduce((w, i) => Math.max(w, SEVERITY_RANK[i.severity]), -1);
  return exitCode(worst, o.failOn);
}

async function checkPairsFile(o: PairsOptions, io: Io, note: (m: string) => void): Promise<number> {
  const engine = await engineOptions(o, note);
  const detect = o.from === undefined || o.to === undefined ? await detector() : () => null;
  const summary = await runPairs({
    file: o.pairs,
    from: o.from,
    to: o.to,
    format: o.format,
    engine,
    out: new Output(io.stdout),
    progress: io.stderr,
    note,
    detect,
  });
  return exitCode(summary.worst, o.failOn);
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const note = (message: string) => {
    io.stderr.write(`verso: note: ${message}\n`);
  };
  try {
    if (argv[0] === 'export') return await runExport(argv.slice(1), io, note);
    if (argv[0] === 'corrections' || argv[0] === 'rules') return await runCorrections(argv, io, note);
    const command = parseCommandLine(argv);
    if (command.command === 'help') {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    if (command.command === 'version') {
      io.stdout.write(`verso ${version()}\n`);
      return EXIT_OK;
    }
    const o = command.options;
    return o.mode === 'document' ? await checkDocumentFiles(o, io, note) : await checkPairsFile(o, io, note);
  } catch (err) {
    io.stderr.write(`${formatError(err)}\n`);
    return EXIT_ERROR;
  }
}
