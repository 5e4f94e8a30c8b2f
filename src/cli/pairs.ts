// --pairs: a TSV of source<TAB>target, checked line by line as it streams in, one report line
// out per input line in input order. Memory stays flat whatever the file's size: only the first
// lines are held back, while the languages are detected from them.
import type { Issue } from '../core';
import { runOptions, type EngineOptions } from '../core';
import { pairDocument } from '../core/document';
import { createDocContext, runChecks } from '../core/run';
import { SEVERITY_RANK } from '../core/types';
import { InputError } from './errors';
import { openLines } from './read-input';
import { pairLineReport, type Detected } from './report';
import { formatPairIssues } from './text-format';
import { Progress, type ProgressStream } from './progress';
import type { Output } from './output';

/** Lines read before the languages are guessed, when --from or --to is missing. */
export const DETECT_LINES = 200;

export type PairCheck = (source: string, target: string) => Issue[];

/** The engine set up once for a whole run: options resolved once, not per line. */
export function pairChecker(from: string, to: string, options: EngineOptions = {}): PairCheck {
  const resolved = runOptions(options);
  return (source, target) => runChecks(createDocContext(pairDocument(source, target, from, to)), resolved);
}

export interface PairsRequest {
  file: string;
  from?: string;
  to?: string;
  format: 'jsonl' | 'text';
  engine: EngineOptions;
  out: Output;
  /** Where the progress bar goes (drawn only if it is a TTY). */
  progress?: ProgressStream;
  note(message: string): void;
  /** Guesses a language from text; loaded only when needed. */
  detect(text: string): string | null;
}

export interface PairsSummary {
  from: string;
  to: string;
  detected: Detected;
  /** Pairs checked (blank lines are skipped). */
  pairs: number;
  issues: number;
  /** Highest severity rank seen, -1 when no issue. */
  worst: number;
}

interface Pair {
  line: number;
  source: string;
  target: string;
}

function parseLine(file: string, line: number, text: string): Pair | null {
  if (text.trim() === '') return null;
  const tab = text.indexOf('\t');
  if (tab === -1) throw new InputError(file, 'no tab on this line: expected source<TAB>target', line);
  if (text.indexOf('\t', tab + 1) !== -1) {
    const columns = text.split('\t').length;
    throw new InputError(file, `${columns} tab-separated columns on this line: expected 2 (source<TAB>target, no header)`, line);
  }
  if (text.includes('\0')) throw new InputError(file, 'binary data (NUL bytes) on this line', line);
  return { line, source: text.slice(0, tab), target: text.slice(tab + 1) };
}

export async function runPairs(req: PairsRequest): Promise<PairsSummary> {
  const input = await openLines(req.file);
  if (input.encoding.note) req.note(`${req.file}: ${input.encoding.note}`);
  const progress = req.progress ? new Progress(req.progress, input.size) : null;
  const summary: PairsSummary = {
    from: req.from ?? '',
    to: req.to ?? '',
    detected: { from: req.from === undefined, to: req.to === undefined },
    pairs: 0,
    issues: 0,
    worst: -1,
  };
  let check: PairCheck | null = null;
  const held: Pair[] = [];

  const start = () => {
    if (summary.detected.from || summary.detected.to) {
      const what: string[] = [];
      if (summary.detected.from) {
        const lang = req.detect(held.map((p) => p.source).join('\n'));
        if (!lang) throw new InputError(req.file, `could not tell the source language from the first ${DETECT_LINES} lines; pass --from LANG`);
        summary.from = lang;
        what.push(`--from ${lang}`);
      }
      if (summary.detected.to) {
        const lang = req.detect(held.map((p) => p.target).join('\n'));
        if (!lang) throw new InputError(req.file, `could not tell the target language from the first ${DETECT_LINES} lines; pass --to LANG`);
        summary.to = lang;
        what.push(`--to ${lang}`);
      }
      req.note(`${req.file}: detected ${what.join(', ')}`);
    }
    check = pairChecker(summary.from, summary.to, req.engine);
  };

  const emit = async (pair: Pair) => {
    const issues = (check as PairCheck)(pair.source, pair.target);
    summary.pairs++;
    summary.issues += issues.length;
    for (const issue of issues) summary.worst = Math.max(summary.worst, SEVERITY_RANK[issue.severity]);
    if (req.format === 'jsonl') await req.out.write(`${JSON.stringify(pairLineReport(pair.line, issues))}\n`);
    else if (issues.length > 0) await req.out.write(formatPairIssues(issues, req.file, pair.line, pair.source, pair.target));
  };

  let line = 0;
  try {
    for await (const text of input.lines) {
      line++;
      const pair = parseLine(req.file, line, text);
      progress?.update(input.bytesRead(), line);
      if (!pair) continue;
      if (check) {
        await emit(pair);
        if (req.out.closed) break;
      } else {
        held.push(pair);
        if (held.length >= DETECT_LINES) {
          start();
          for (const p of held.splice(0)) await emit(p);
        }
      }
    }
    if (!check) {
      if (held.length === 0) throw new InputError(req.file, 'no pairs: the file is empty');
      start();
      for (const p of held.splice(0)) await emit(p);
    }
    await req.out.end();
  } catch (err) {
    if (err instanceof InputError && err.line === undefined && /UTF-8/.test(err.message)) {
      throw new InputError(err.file, err.message, line + 1);
    }
    throw err;
  } finally {
    progress?.done();
    input.close();
  }
  return summary;
}
