// What a memory keeps of each editor decision, and the phrase-level corrections inside an edit.
//
// The word diff runs over the rule-pack tokeniser's words (diffArrays from `diff` on tokenise()),
// not over diffWords' tokens: a learned rule is a rule-pack entry, and its patterns must cut words
// exactly as the matcher does ("booby-trapped" is one word there, three tokens for diffWords).
import { diffArrays } from 'diff';
import type { Issue } from '../types';
import type { ReviewState } from '../review/state';
import { workingDocument } from '../review/working';
import { suggestionEdit } from '../fix';
import { functionWords } from '../lang/function-words';
import { baseLang } from '../format';
import { tokenise, type Token } from '../rules/tokenise';
import type { CorrectionInput, PhraseCorrection } from './types';

/** Longest change (in words, either side) still taken for a phrase correction, not a rewrite. */
export const MAX_PHRASE_WORDS = 6;

export function isContentWord(t: Token, lang: string): boolean {
  if (t.text.length < 2 || /^\p{N}+$/u.test(t.text)) return false;
  return !functionWords(baseLang(lang)).has(t.norm);
}

interface Hunk {
  b0: number;
  b1: number;
  a0: number;
  a1: number;
}

/** Changed runs of words, as half-open token ranges on both sides; hunks one word apart merge. */
function hunks(b: Token[], a: Token[]): Hunk[] {
  const changes = diffArrays(
    b.map((t) => t.text),
    a.map((t) => t.text),
  );
  const out: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | null = null;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (!c.added && !c.removed) {
      if (open) {
        out.push(open);
        open = null;
      }
      i += n;
      j += n;
      continue;
    }
    open ??= { b0: i, b1: i, a0: j, a1: j };
    if (c.removed) i += n;
    else j += n;
    open.b1 = i;
    open.a1 = j;
  }
  if (open) out.push(open);
  const merged: Hunk[] = [];
  for (const h of out) {
    const last = merged[merged.length - 1];
    if (last && h.b0 - last.b1 <= 1 && h.a0 - last.a1 <= 1 && h.b0 - last.b1 === h.a0 - last.a1) {
      last.b1 = h.b1;
      last.a1 = h.a1;
    } else merged.push({ ...h });
  }
  return merged;
}

/** The normalised key of a correction: the same change anywhere gives the same key. */
export function correctionKey(before: string, after: string): string {
  const norm = (s: string) => tokenise(s).map((t) => t.norm).join(' ');
  return `${norm(before)} \u2192 ${norm(after)}`;
}

/**
 * The phrase-level corrections between a segment's text before and after an edit: each changed
 * run of words plus one neighbouring content word (the next one, or else the previous one), so
 * "trapped drone" → "booby-trapped drone", not "trapped" → "booby-trapped". A change of more than
 * MAX_PHRASE_WORDS words on either side is a rewrite, not a phrase correction, and is left out.
 */
export function phraseCorrections(before: string, after: string, lang: string): PhraseCorrection[] {
  const b = tokenise(before);
  const a = tokenise(after);
  const out: PhraseCorrection[] = [];
  for (const h of hunks(b, a)) {
    if (h.b1 - h.b0 > MAX_PHRASE_WORDS || h.a1 - h.a0 > MAX_PHRASE_WORDS) continue;
    // Unchanged neighbours line up word for word on both sides.
    const right = (k: number) => (h.b1 + k < b.length && h.a1 + k < a.length ? b[h.b1 + k] : null);
    const left = (k: number) => (h.b0 - 1 - k >= 0 && h.a0 - 1 - k >= 0 ? b[h.b0 - 1 - k] : null);
    let addRight = 0;
    let addLeft = 0;
    for (let k = 0; k < 2 && right(k); k++) {
      if (isContentWord(right(k) as Token, lang)) {
        addRight = k + 1;
        break;
      }
    }
    if (!addRight) {
      for (let k = 0; k < 2 && left(k); k++) {
        if (isContentWord(left(k) as Token, lang)) {
          addLeft = k + 1;
          break;
        }
      }
    }
    if (!addRight && !addLeft) {
      if (right(0)) addRight = 1;
      else if (left(0)) addLeft = 1;
    }
    // A pure insertion keeps both neighbours, so the corrected text does not match the pattern again.
    if (h.b0 === h.b1 && addRight && left(0) && !addLeft) addLeft = 1;
    if (h.b0 === h.b1 && addLeft && right(0) && !addRight) addRight = 1;
    const b0 = h.b0 - addLeft;
    const b1 = h.b1 + addRight;
    const a0 = h.a0 - addLeft;
    const a1 = h.a1 + addRight;
    if (b1 <= b0 || a1 <= a0) continue;
    const start = b[b0].start;
    const end = b[b1 - 1].end;
    const afterStart = a[a0].start;
    const afterEnd = a[a1 - 1].end;
    const phraseBefore = before.slice(start, end);
    const phraseAfter = after.slice(afterStart, afterEnd);
    if (phraseBefore === phraseAfter) continue;
    out.push({ before: phraseBefore, start, end, after: phraseAfter, afterStart, afterEnd, key: correctionKey(phraseBefore, phraseAfter) });
  }
  return out;
}

/** Accepted fixes of built-in rule-pack entries teach nothing new; learned ones and other checks' do. */
export function learnsFrom(d: Pick<CorrectionInput, 'kind' | 'ruleId' | 'after'>): boolean {
  if (d.after === null || d.kind === 'reject') return false;
  if (d.kind === 'edit') return true;
  const parts = (d.ruleId ?? '').split('/');
  return parts.length !== 3 || parts[0] === 'learned';
}

function nearest(text: string, needle: string, around: number): number {
  if (!needle) return -1;
  let best = -1;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - around) < Math.abs(best - around)) best = i;
  }
  return best;
}

export interface RecordOptions {
  reviewer?: string | null;
  /** The editor chose "apply everywhere" for these decisions. */
  everywhere?: boolean;
}

/**
 * The decisions `next` added to `prev` (one reviewReducer step; several for accept-all), each
 * with its segment's source and its target before and after, ready for the memory. An undo or a
 * redo adds none.
 */
export function decisionsBetween(prev: ReviewState, next: ReviewState, options: RecordOptions = {}): CorrectionInput[] {
  const fresh = next.decisions.length > prev.decisions.length && next.decisions[prev.decisions.length - 1] === prev.decisions[prev.decisions.length - 1]
    ? next.decisions.slice(prev.decisions.length)
    : [];
  if (fresh.length === 0) return [];
  const doc = next.document;
  const working = workingDocument(prev.document, prev.targets);
  const running = prev.targets.slice();
  const out: CorrectionInput[] = [];
  for (const d of fresh) {
    const i = doc.segments.findIndex((s) => s.id === d.segment);
    if (i < 0) continue;
    const seg = doc.segments[i];
    const source = seg.source ? doc.source.text.slice(seg.source.start, seg.source.end) : '';
    const base = {
      segment: d.segment,
      source,
      reason: d.reason ?? null,
      reviewer: options.reviewer ?? null,
      at: d.at,
      ...(options.everywhere ? { everywhere: true } : {}),
    };
    if (d.kind === 'edit') {
      out.push({ ...base, kind: 'edit', ruleId: null, before: d.before, after: d.after ?? '', span: null, fix: null });
      running[i] = d.after ?? '';
      continue;
    }
    const segStart = working.segments[i]?.target?.start ?? 0;
    const issue: Issue | undefined = prev.issues[i]?.find((x) => x.ruleId === d.ruleId && (x.target?.text ?? '') === d.before);
    const text = running[i];
    let start = issue?.target ? issue.target.start - segStart : -1;
    if (start < 0 || text.slice(start, start + d.before.length) !== d.before) start = nearest(text, d.before, Math.max(0, start));
    const span = start >= 0 && d.before ? { start, end: start + d.before.length } : null;
    if (d.kind === 'reject') {
      out.push({ ...base, kind: 'reject', ruleId: d.ruleId ?? null, before: text, after: null, span, fix: null });
      continue;
    }
    let after = next.targets[i];
    if (issue && span) {
      const edit = suggestionEdit(issue, d.suggestion ?? 0);
      if (edit && issue.target && edit.start === issue.target.start && edit.end === issue.target.end) {
        after = text.slice(0, span.start) + edit.text + text.slice(span.end);
      } else if (edit && text === prev.targets[i] && edit.start >= segStart && edit.end - segStart <= text.length) {
        after = text.slice(0, edit.start - segStart) + edit.text + text.slice(edit.end - segStart);
      }
    }
    out.push({ ...base, kind: 'accept', ruleId: d.ruleId ?? null, before: text, after, span, fix: d.after ?? null });
    running[i] = after;
  }
  return out;
}
