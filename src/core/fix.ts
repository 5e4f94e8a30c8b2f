// Applying suggestions, after ESLint's source-code-fixer: edits sorted by range, an edit that
// overlaps an earlier one is skipped (the caller re-checks and applies again).
import type { Issue } from './types';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The edit that a suggestion of an issue stands for, or null when it has nowhere to go. */
export function suggestionEdit(issue: Issue, index = 0): Edit | null {
  const s = issue.suggestions[index];
  if (!s) return null;
  if (s.start !== undefined && s.end !== undefined) return { start: s.start, end: s.end, text: s.text };
  if (!issue.target) return null;
  return { start: issue.target.start, end: issue.target.end, text: s.text };
}

export function applyEdits(text: string, edits: Edit[]): { text: string; applied: Edit[]; skipped: Edit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Edit[] = [];
  const skipped: Edit[] = [];
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor || e.end < e.start || e.end > text.length) {
      skipped.push(e);
      continue;
    }
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
    applied.push(e);
  }
  return { text: out + text.slice(cursor), applied, skipped };
}

export function applySuggestion(text: string, issue: Issue, index = 0): string {
  const edit = suggestionEdit(issue, index);
  return edit ? applyEdits(text, [edit]).text : text;
}
