// What the code-mix rules know about one segment: its words, the source's words by how they are
// written, and the two dictionaries; plus the neighbourhood tests the rules share.
import type { SegmentView, Speller } from './check';
import type { Word } from '../text/word-runs';
import { editDistance } from '../text/edit-distance';

const ANY = 1;
const LOWER = 2;
const NAMED = 4;

/** The source's words by how they are written: one table of flags per segment, not three sets. */
export class SourceForms {
  private readonly flags = new Map<string, number>();

  /** Every word and hyphen part, lower case. */
  any(lower: string): boolean {
    return ((this.flags.get(lower) ?? 0) & ANY) !== 0;
  }
  /** Whole words written in lower case outside a short quotation (a cited term like „caro“). */
  lower(lower: string): boolean {
    return ((this.flags.get(lower) ?? 0) & LOWER) !== 0;
  }
  /** Words capitalised inside a sentence: names (and, in German, nouns). */
  named(lower: string): boolean {
    return ((this.flags.get(lower) ?? 0) & NAMED) !== 0;
  }

  add(lower: string, flags: number): void {
    this.flags.set(lower, (this.flags.get(lower) ?? 0) | flags);
  }
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

/** What speechQuotes gives a text without quoted words: no index of it is read. */
const NO_QUOTES = new Uint8Array(0);

/** Quotation marks and brackets: where one quotation ends and the next (a gloss) begins. */
const QUOTE_MARK = /["“”„«»‹›()[\]「」『』]/;

/**
 * For each quoted word, whether its quotation reads as translated text: longer than a title and
 * mostly not copied from the source (a title or a quoted foreign term is copied as a whole, and
 * a gloss after it is a quotation of its own: "Wir schaffen das" (We can do it)).
 */
export function speechQuotes(text: string, list: Word[], copied: (w: Word) => boolean): Uint8Array {
  // Read only for quoted words: a text with none (most) needs no array of its own.
  let i = 0;
  while (i < list.length && !list[i].quoted) i++;
  if (i === list.length) return NO_QUOTES;
  const out = new Uint8Array(list.length);
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

const NOT_COPIED = (): boolean => false;

export function sourceForms(text: string, list: Word[]): SourceForms {
  const forms = new SourceForms();
  const speech = speechQuotes(text, list, NOT_COPIED);
  for (let i = 0; i < list.length; i++) {
    const w = list[i];
    const l = w.lower;
    if (!w.cap && (!w.quoted || speech[i])) forms.add(l, ANY | LOWER);
    else if (w.cap && !w.initial) forms.add(l, ANY | NAMED);
    else forms.add(l, ANY);
    if (l.includes('-')) for (const p of l.split('-')) forms.add(p, ANY);
  }
  return forms;
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
  return editDistance(a, b, 2) <= 2;
}
