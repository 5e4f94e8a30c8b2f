// PLACEHOLDER (being replaced by the segmentation work): lines as paragraphs, Intl.Segmenter sentences.
import type { Paragraph, Sentence } from '../types';

export function segmentText(text: string, lang: string): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!m[0].trim()) continue;
    const p: Paragraph = { start: m.index, end: m.index + m[0].length, index: paragraphs.length, sentences: [] };
    for (const s of seg.segment(m[0])) {
      const trimmed = s.segment.trimEnd();
      const lead = s.segment.length - s.segment.trimStart().length;
      if (!trimmed.trim()) continue;
      const sentence: Sentence = { start: p.start + s.index + lead, end: p.start + s.index + trimmed.length, paragraph: p.index, index: sentences.length };
      p.sentences.push(sentence);
      sentences.push(sentence);
    }
    paragraphs.push(p);
  }
  return { paragraphs, sentences };
}
