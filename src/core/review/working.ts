// The document as the editor has changed it: the original machine translation with each
// segment's target replaced by its current text. Text between segments (blank lines, paragraph
// breaks) is kept exactly, so the corrected export differs from the original only where the
// editor changed something.
import type { ReviewDocument, Segment, Sentence, Side, Span } from '../types';
import { segmentText } from '../segment';

/** Where each segment's target text goes in the original target: its span, or an empty insertion point. */
function slots(doc: ReviewDocument): Span[] {
  const out: Span[] = [];
  let cursor = 0;
  for (const seg of doc.segments) {
    if (seg.target) {
      out.push({ start: seg.target.start, end: seg.target.end });
      cursor = seg.target.end;
    } else {
      out.push({ start: cursor, end: cursor });
    }
  }
  return out;
}

export function originalTargets(doc: ReviewDocument): string[] {
  return doc.segments.map((s) => (s.target ? doc.target.text.slice(s.target.start, s.target.end) : ''));
}

/** The corrected text and where each segment's current text starts in it. */
function layout(doc: ReviewDocument, targets: string[]): { text: string; starts: number[] } {
  const places = slots(doc);
  const starts: number[] = [];
  let out = '';
  let cursor = 0;
  places.forEach((p, i) => {
    const text = targets[i] ?? '';
    out += doc.target.text.slice(cursor, p.start);
    // A target written for a segment that had none needs a separator from what precedes it.
    if (p.start === p.end && text && out && !/\s$/.test(out)) out += ' ';
    starts.push(out.length);
    out += text;
    cursor = p.end;
  });
  return { text: out + doc.target.text.slice(cursor), starts };
}

/** The corrected target text: every segment's current text in its place. */
export function correctedText(doc: ReviewDocument, targets: string[]): string {
  return layout(doc, targets).text;
}

function sentencesOf(text: string, lang: string, offset: number, paragraph: number, firstIndex: number): Sentence[] {
  return segmentText(text, lang).sentences.map((s, k) => ({
    start: s.start + offset,
    end: s.end + offset,
    paragraph,
    index: firstIndex + k,
  }));
}

/**
 * A review document over the corrected text, with the same segments (ids, sources, kinds) and
 * target spans moved to where each segment's text now stands. Unchanged segments keep their
 * sentences; changed ones are re-segmented.
 */
export function workingDocument(doc: ReviewDocument, targets: string[]): ReviewDocument {
  const { text, starts } = layout(doc, targets);
  const segments: Segment[] = [];
  const sentences: Sentence[] = [];
  doc.segments.forEach((seg, i) => {
    const now = targets[i] ?? '';
    const start = starts[i];
    const before = seg.target ? doc.target.text.slice(seg.target.start, seg.target.end) : '';
    const shift = start - (seg.target?.start ?? start);
    const paragraph = seg.targetSentences[0]?.paragraph ?? 0;
    const targetSentences =
      now === before
        ? seg.targetSentences.map((s, k) => ({ ...s, start: s.start + shift, end: s.end + shift, index: sentences.length + k }))
        : sentencesOf(now, doc.target.lang, start, paragraph, sentences.length);
    sentences.push(...targetSentences);
    segments.push({ ...seg, target: now ? { start, end: start + now.length } : null, targetSentences });
  });
  // Paragraph structure belongs to the original; checks work on segments and sentences.
  const target: Side = { lang: doc.target.lang, text, paragraphs: [], sentences };
  return { source: doc.source, target, segments };
}
