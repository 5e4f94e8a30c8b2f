// What the code-mix rules know about one segment: its words, the source's words by how they are
// written, and the two dictionaries; plus the neighbourhood tests the rules share.
import type { SegmentView, Speller } from './check';
import type { Word } from '../text/word-runs';

export interface SourceForms {
  /** Every word and hyphen part, lower case. */
  any: Set<string>;
  /** Whole words written in lower case outside a short quotation (a cited term like „caro“). */
  lower: Set<string>;
  /** Words capitalised inside a sentence: names (and, in German, nouns). */
  named: Set<string>;
}

export interface MixContext {
  view: SegmentView;
  from: string;
  to: string;
  /** Target and source words. */
  tw: Word[];
  sw: Word[];
  src: SourceForms;
  /** Function words of the target language. */
  targetFunction: Set<string>;
  /** A word of the target language: its dictionary, or for English the frequency list. */
  targetWord(text: string, lower: string): boolean;
  /** The source language's dictionary, loaded on first use (null without one). */
  sourceSpeller(): Speller | null;
}

/** Quotations of up to this many words are titles or cited terms, not speech. */
const SHORT_QUOTE = 2;

/** Quotation marks and brackets: where one quotation ends and the next (a gloss) begins. */
const QUOTE_MARK = /["“”„«»‹›()[\]「」『』]/;

/**
 * For each quoted word, whether its quotation reads as translated text: longer than a title and
 * mostly not copied from the source (a title or a quoted foreign term is copied as a whole, and
 * a gloss after it is a quotation of its own: "Wir schaffen das" (We can do it)).
 */
export function speechQuotes(text: string, list: Word[], copied: (w: Word) => boolean): Uint8Array {
  const out = new Uint8Array(list.length);
  let i = 0;
  while (i < list.length) {
    if (!list[i].quoted) {
      i++;
      continue;
    }
    let j = i;
    let c = 0;
    do {
      if (copied(list[j])) c++;
      j++;
    } while (j < list.length && list[j].quoted && !QUOTE_MARK.test(text.slice(list[j - 1].end, list[j].start)));
    const n = j - i;
    if (n > SHORT_QUOTE && c * 2 < n) out.fill(1, i, j);
    i = j;
  }
  return out;
}

export function sourceForms(text: string, list: Word[]): SourceForms {
  const any = new Set<string>();
  const lower = new Set<string>();
  const named = new Set<string>();
  const speech = speechQuotes(text, list, () => false);
  for (let i = 0; i < list.length; i++) {
    const w = list[i];
    const l = w.lower;
    any.add(l);
    if (!w.cap && (!w.quoted || speech[i])) lower.add(l);
    else if (w.cap && !w.initial) named.add(l);
    if (l.includes('-')) for (const p of l.split('-')) any.add(p);
  }
  return { any, lower, named };
}

/** Only spaces or a hyphen between two words: they belong together. */
export const JOINED = /^[\s-]*$/;
/** English "I", "I'm", "I've": capitalised, never a name. */
const PRONOUN_I = /^i(?:['’]\p{L}+)?$/u;
export const POSSESSIVE = /['’]s$/;

export function joined(view: SegmentView, a: Word, b: Word): boolean {
  return JOINED.test(view.target.slice(a.end, b.start));
}

/** A capitalised word stands right before or after the one at `i`: both are part of a name. */
export function nextToName(c: MixContext, i: number): boolean {
  const prev = c.tw[i - 1];
  const next = c.tw[i + 1];
  if (prev && prev.cap && !prev.initial && joined(c.view, prev, c.tw[i])) return true;
  return next !== undefined && next.cap && !PRONOUN_I.test(next.lower) && joined(c.view, c.tw[i], next);
}

/** Two words at most two edits apart ("comercial" / "commercial"). */
export function nearlySame(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      next.push(v);
      if (v < best) best = v;
    }
    if (best > 2) return false;
    row = next;
  }
  return row[b.length] <= 2;
}
