// The command line, parsed and validated: flags in, a plain options object out (or a UsageError).
import { parseArgs } from 'node:util';
import { UsageError } from './errors';

export type FailOn = 'critical' | 'major' | 'minor' | 'neutral' | 'none';
export const FAIL_ON: readonly FailOn[] = ['critical', 'major', 'minor', 'neutral', 'none'];

interface Common {
  from?: string;
  to?: string;
  failOn: FailOn;
  profile?: string;
  rules?: string;
  /** Use the corrections memory's learned rules and demotions (--no-learned: false). */
  learned: boolean;
  /** The corrections memory file (--db); default: the data folder's corrections.db. */
  db?: string;
}

export interface DocumentOptions extends Common {
  mode: 'document';
  source: string;
  target: string;
  format: 'json' | 'text';
}

export interface PairsOptions extends Common {
  mode: 'pairs';
  pairs: string;
  format: 'jsonl' | 'text';
}

export type CheckOptions = DocumentOptions | PairsOptions;

export type Command = { command: 'help' } | { command: 'version' } | { command: 'check'; options: CheckOptions };

export const HELP = `Usage:
  verso check --source SRC.txt --target MT.txt [options]   one document pair
  verso check --pairs PAIRS.tsv [options]                  one segment pair a line (source<TAB>target)
  verso export --format FORMAT (--project FILE.verso | --source SRC --target MT) [--out FILE] [options]
  verso corrections export --format tmx|jsonl|csv [--since DATE] [--out FILE] [--db FILE]
  verso corrections import FILE [--db FILE]
  verso rules learned [--format json|text] [--db FILE]
  verso --help | --version

Options:
  --source FILE       source text (UTF-8; UTF-16 and legacy 8-bit encodings are detected and decoded), or .docx
  --target FILE       its machine translation
  --pairs FILE        tab-separated pairs, no header; blank lines are skipped
  --from LANG         source language, BCP 47 (fr, en, zh-Hans, pt-BR); detected when missing
  --to LANG           target language; detected when missing
  --format FORMAT     json (default with --source) or text; jsonl (default with --pairs) or text
  --fail-on LEVEL     exit 1 when an issue at or above LEVEL: critical, major (default), minor, neutral, none
  --profile NAME      which checks run and how (default: default)
  --rules FILE.json   an extra rule pack (or an array of packs) to use beside the built-in ones
  --no-learned        leave out the corrections memory: its learned rules and lowered severities
  --db FILE           the corrections memory to use (default: corrections.db in Verso's data folder,
                      or in $VERSO_DATA_DIR)
  -h, --help          this help
  -V, --version       the version

Output:
  json    one object: {version, tool, from, to, detected, segments, issues}; offsets are UTF-16
          code units into the text as decoded (byte-order mark removed, nothing else changed)
  jsonl   one object a line, in input order: {"line": N, "issues": [...]}, N counting from 1;
          offsets index into that line's source or target text
  text    one issue a line, like a compiler: FILE:LINE:COLUMN severity found → suggestion  message [rule]
          LINE and COLUMN count from 1; COLUMN counts Unicode code points (characters), not bytes
          or UTF-16 units. An issue with no target span points into the source file instead.
          With --pairs, LINE is the TSV line and COLUMN counts from the start of that line.

Export (verso export):
  --format FORMAT     docx-changes  the machine translation with the corrections as tracked changes
                      docx          the corrected translation as a Word file (one paragraph a line)
                      txt           the corrected translation as UTF-8 text
                      xliff, xliff12  the review as XLIFF 2.0 / 1.2 (one unit per segment, issues as ITS)
                      report-html, report-csv, report-json  the QA report: every issue, its decision,
                      counts by MQM category and severity, and the quality score
  --project FILE      a saved Verso project: its decisions and edits apply
  --source, --target  a text pair (.txt or .docx) instead: no decisions, corrected text = the MT
  --out FILE          where to write (default: standard output; Word files need --out or a redirect)
  --reviewer NAME     author of the tracked changes and reviewer named in the report (default: Verso)
  --weights LIST      penalty points by severity (default critical=25,major=5,minor=1,neutral=0)
  --pass-threshold N  most penalty points per 1,000 source words that pass (default 10)
  --from, --to, --profile, --rules, --no-learned and --db work as for check: the report flags
  what verso check flags (spelling and the corrections memory's learned rules included).
  Quality score = 100 × (1 − penalty ÷ source words); rejected issues do not count.
  Exit status 0 when written, 2 for bad usage or unreadable input.

Corrections memory (verso corrections, verso rules learned):
  Every decision made in the review desk is kept in corrections.db in Verso's data folder (the
  desktop app's: $XDG_CONFIG_HOME/Verso, ~/Library/Application Support/Verso, %APPDATA%\Verso),
  or in $VERSO_DATA_DIR, or in --db FILE. The same correction made twice becomes a learned rule,
  which verso check uses beside the built-in packs; a rule the editor keeps rejecting (5 decisions,
  under 20% accepted) runs one severity lower.
  export --format     tmx (corrections: source, corrected translation, MT in <prop type="x-verso-mt">),
                      jsonl or csv (every decision, accepts, rejects and edits); --since DATE keeps
                      decisions made at or after DATE; --out FILE (default: standard output)
  import FILE         merges a TMX, JSON Lines or CSV export; decisions already kept are skipped
  rules learned       the learned rules as text, or --format json: rule packs for --rules

Exit status:
  0  no issue at or above --fail-on
  1  at least one issue at or above --fail-on
  2  bad usage or unreadable input (one line on stderr naming the file and, for TSV, the line)
`;

const display = new Intl.DisplayNames(['en'], { type: 'language' });
const displayRegion = new Intl.DisplayNames(['en'], { type: 'region' });

/** A BCP 47 code whose language (and region, if any) is a known one, canonicalised ('FR' → 'fr'). */
export function validateLanguage(flag: string, code: string): string {
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(code);
  } catch {
    throw new UsageError(`--${flag} ${JSON.stringify(code)} is not a BCP 47 language code (try fr, en, zh-Hans, pt-BR)`);
  }
  const loc = new Intl.Locale(canonical);
  // 'und' (undetermined) has no language subtag at all in some ICU versions.
  const lang = loc.language || canonical.split('-')[0];
  let name: string | undefined;
  try {
    name = lang === 'und' ? undefined : display.of(lang);
  } catch {
    name = undefined;
  }
  if (!name || name.toLowerCase() === lang.toLowerCase() || name === 'root') {
    throw new UsageError(`--${flag} ${JSON.stringify(code)}: unknown language "${lang}" (try fr, en, de, zh, ...)`);
  }
  if (loc.region) {
    const region = displayRegion.of(loc.region);
    if (!region || region.toUpperCase() === loc.region.toUpperCase()) {
      throw new UsageError(`--${flag} ${JSON.stringify(code)}: unknown region "${loc.region}"`);
    }
  }
  return canonical;
}

function describeParseError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const msg = (e.message ?? String(err)).split('\n')[0];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const m = /Unknown option '([^']+)'/.exec(msg);
    return `unknown option ${m ? m[1] : ''}`.trim();
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const m = /Option '(-\w, )?(--[\w-]+)/.exec(msg);
    if (/argument missing/.test(msg) || /ambiguous/.test(msg)) return `${m ? m[2] : 'an option'} needs a value`;
    if (/does not take an argument/.test(msg)) return `${m ? m[2] : 'an option'} takes no value`;
  }
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const m = /Unexpected argument '([^']*)'/.exec(msg);
    return `unexpected argument ${m ? JSON.stringify(m[1]) : ''}`.trim();
  }
  return msg.replace(/^TypeError[^:]*:\s*/, '');
}

export function parseCommandLine(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        source: { type: 'string' },
        target: { type: 'string' },
        pairs: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        profile: { type: 'string' },
        rules: { type: 'string' },
        'no-learned': { type: 'boolean' },
        db: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (err) {
    throw new UsageError(describeParseError(err));
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { command: 'help' };
  if (v.version) return { command: 'version' };
  if (positionals.length === 0) throw new UsageError('missing command: verso check ...');
  if (positionals[0] !== 'check') throw new UsageError(`unknown command ${JSON.stringify(positionals[0])} (commands: check, export, corrections, rules)`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}`);

  for (const flag of ['source', 'target', 'pairs', 'from', 'to', 'format', 'fail-on', 'profile', 'rules', 'db'] as const) {
    if (v[flag] === '') throw new UsageError(`--${flag} needs a value`);
  }

  const failOn = (v['fail-on'] ?? 'major') as FailOn;
  if (!FAIL_ON.includes(failOn)) {
    throw new UsageError(`--fail-on ${JSON.stringify(v['fail-on'])}: expected one of ${FAIL_ON.join(', ')}`);
  }
  const common: Common = {
    from: v.from === undefined ? undefined : validateLanguage('from', v.from),
    to: v.to === undefined ? undefined : validateLanguage('to', v.to),
    failOn,
    profile: v.profile,
    rules: v.rules,
    learned: !v['no-learned'],
    db: v.db,
  };

  const documentMode = v.source !== undefined || v.target !== undefined;
  if (documentMode && v.pairs !== undefined) {
    throw new UsageError('--pairs cannot be combined with --source/--target: check either one document pair or a TSV of pairs');
  }
  if (v.pairs !== undefined) {
    const format = v.format ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'text') {
      throw new UsageError(`--format ${JSON.stringify(format)} with --pairs: expected jsonl or text`);
    }
    return { command: 'check', options: { ...common, mode: 'pairs', pairs: v.pairs, format } };
  }
  if (!documentMode) throw new UsageError('nothing to check: give --source and --target, or --pairs');
  if (v.source === undefined) throw new UsageError('--target needs --source (the text it translates)');
  if (v.target === undefined) throw new UsageError('--source needs --target (the machine translation to check)');
  const format = v.format ?? 'json';
  if (format !== 'json' && format !== 'text') {
    throw new UsageError(`--format ${JSON.stringify(format)}: expected json or text (jsonl is for --pairs)`);
  }
  return { command: 'check', options: { ...common, mode: 'document', source: v.source, target: v.target, format } };
}
