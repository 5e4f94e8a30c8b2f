// Paragraphs and sentences of one text, with exact offsets into it: paragraphs are lines (see
// paragraphs.ts), sentences come from the boundary rules (see sentences.ts), and each sentence
// is trimmed of the spaces around it so a highlight covers only its characters.
import type { Paragraph, Sentence } from '../types';
import { isSpace } from './chars';
import { findParagraphs } from './paragraphs';
import { sentenceStarts, type SentenceContext } from './sentences';
import { linkTest } from './urls';
import { charClass } from '../text/char-class';
import { baseOf } from '../lang/base-lang';

// A piece with none of these is stray punctuation ("…", "*", a lone quote): it joins a neighbour.
const CONTENT = charClass(/^[\p{L}\p{N}\p{So}\p{Sc}\p{Sm}]$/u);

function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (CONTENT.at(text, i) > 0) return true;
  return false;
}

export function segmentText(text: string, lang: string): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const ctx: SentenceContext = { text, lang, base: baseOf(lang), inLink: linkTest(text) };

  for (const span of findParagraphs(text)) {
    const p: Paragraph = { start: span.start, end: span.end, index: paragraphs.length, sentences: [] };
    const starts = sentenceStarts(ctx, span.start, span.end);
    starts.push(span.end);
    let from = span.start;
    for (const to of starts) {
      let a = from;
      let b = to;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      if (a === b) continue;
      const last = p.sentences[p.sentences.length - 1];
      if (!hasContent(text, a, b)) {
        // Stray punctuation joins the sentence before it, or failing that the one after it.
        if (last) {
          last.end = b;
          from = to;
          continue;
        }
        if (to < span.end) continue;
      }
      const sentence: Sentence = { start: a, end: b, paragraph: p.index, index: sentences.length };
      p.sentences.push(sentence);
      sentences.push(sentence);
      from = to;
    }
    paragraphs.push(p);
  }
  return { paragraphs, sentences };
}
