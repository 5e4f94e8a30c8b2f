// Paragraphs are lines: news text, titles ("« Complot »") and captions ("Watch video") each sit
// on their own line, blank lines or not. The exception is hard-wrapped prose, where a line stops
// mid-sentence and the next goes on in lower case: those lines are one paragraph.
import type { Span } from '../types';
import { isAttachedCloser, isLowerAt, isSpace, isTerminal, LINE_BREAK } from './chars';

/** A line ending that says the sentence, or the title, is finished. */
function endsClosed(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && isAttachedCloser(text.charCodeAt(i - 1))) i--;
  if (i === start) return true;
  const ch = text[i - 1];
  return isTerminal(ch) || ch === ':';
}

export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  // The open paragraph, and whether the break before the next line lets it continue.
  let open: Span | null = null;
  let joinable = false;
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const m = LINE_BREAK.exec(text);
    const lineEnd = m ? m.index : text.length;
    let a = lineStart;
    let b = lineEnd;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a === b) {
      open = null;
    } else if (open && joinable && isLowerAt(text, a) && !endsClosed(text, open.start, open.end)) {
      open.end = b;
    } else {
      open = { start: a, end: b };
      out.push(open);
    }
    if (!m) break;
    // U+2029 is an explicit paragraph separator: nothing continues across it.
    joinable = m[0] !== '\u2029';
    lineStart = m.index + m[0].length;
  }
  return out;
}
