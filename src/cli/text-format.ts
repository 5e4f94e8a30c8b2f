// `--format text`: one issue a line, like a compiler, so editors and terminals can jump to it:
//   MT.txt:12:40 major trapped drone → booby-trapped drone  Literal rendering of "drone piégé" [calque/fr-en/piege]
// Lines and columns count from 1; columns count Unicode code points (what a reader calls characters).
import type { Issue } from '../core';

const MAX_QUOTE = 80;

/** Code points in s[start, end). */
export function codePoints(s: string, start = 0, end = s.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count the pair once.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Offset (UTF-16) → 1-based line and code-point column, with a binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: codePoints(this.text, this.starts[lo], offset) + 1 };
  }
}

/** A span's text on one line of output: line breaks and tabs shown, long quotes shortened. */
export function quote(s: string): string {
  const flat = s.replace(/\r?\n/g, '⏎').replace(/\t/g, ' ');
  const chars = [...flat];
  return chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE - 1).join('')}…` : flat;
}

function body(issue: Issue): string {
  const found = issue.target ?? issue.source;
  const parts: string[] = [issue.severity];
  if (found && found.text) parts.push(quote(found.text));
  if (issue.target && issue.suggestions.length > 0) {
    const s = issue.suggestions[0].text;
    parts.push('→', s === '' ? '(delete)' : quote(s));
  }
  return `${parts.join(' ')}  ${issue.message.replace(/\s*\n\s*/g, ' ')} [${issue.ruleId}]`;
}

export interface DocumentFiles {
  source: { name: string; text: string };
  target: { name: string; text: string };
}

/** Formats the issues of one document pair; builds each line index once. */
export function formatDocumentIssues(issues: Issue[], files: DocumentFiles): string {
  let targetIndex: LineIndex | undefined;
  let sourceIndex: LineIndex | undefined;
  const out: string[] = [];
  for (const issue of issues) {
    let where: string;
    if (issue.target) {
      targetIndex ??= new LineIndex(files.target.text);
      const p = targetIndex.position(issue.target.start);
      where = `${files.target.name}:${p.line}:${p.column}`;
    } else if (issue.source) {
      sourceIndex ??= new LineIndex(files.source.text);
      const p = sourceIndex.position(issue.source.start);
      where = `${files.source.name}:${p.line}:${p.column}`;
    } else {
      where = `${files.target.name}:${issue.segment}`;
    }
    out.push(`${where} ${body(issue)}\n`);
  }
  return out.join('');
}

/** Formats the issues of one TSV line: the column counts from the start of the whole line. */
export function formatPairIssues(issues: Issue[], file: string, line: number, source: string, target: string): string {
  let out = '';
  for (const issue of issues) {
    let column: number;
    if (issue.target) column = codePoints(source) + 1 + codePoints(target, 0, issue.target.start) + 1;
    else if (issue.source) column = codePoints(source, 0, issue.source.start) + 1;
    else column = 1;
    out += `${file}:${line}:${column} ${body(issue)}\n`;
  }
  return out;
}
