// Hand-built sides for alignment tests, so they do not depend on the sentence segmenter:
// paragraphs joined by a blank line, sentences by a space.
import type { Paragraph, Segment, Sentence, Side } from '../../../src/core/types';

export function sideOf(lang: string, paragraphs: string[][], sentenceGap = ' '): Side {
  let text = '';
  const paras: Paragraph[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((sents, p) => {
    if (p > 0) text += '\n\n';
    const para: Paragraph = { start: text.length, end: text.length, index: p, sentences: [] };
    sents.forEach((s, k) => {
      if (k > 0) text += sentenceGap;
      const sentence: Sentence = { start: text.length, end: text.length + s.length, paragraph: p, index: sentences.length };
      text += s;
      para.sentences.push(sentence);
      sentences.push(sentence);
    });
    para.end = text.length;
    paras.push(para);
  });
  return { lang, text, paragraphs: paras, sentences };
}

/** The text of each segment as "source => target", for readable failures. */
export function pairs(segments: Segment[], source: Side, target: Side): string[] {
  return segments.map(
    (g) =>
      `${g.source ? source.text.slice(g.source.start, g.source.end) : '∅'} => ${g.target ? target.text.slice(g.target.start, g.target.end) : '∅'}`,
  );
}

/** Every sentence of both sides in exactly one segment, in order, and spans and ids consistent. */
export function expectCoverage(segments: Segment[], source: Side, target: Side): void {
  const src = segments.flatMap((g) => g.sourceSentences.map((s) => s.index));
  const tgt = segments.flatMap((g) => g.targetSentences.map((s) => s.index));
  expect(src).toEqual(source.sentences.map((s) => s.index));
  expect(tgt).toEqual(target.sentences.map((s) => s.index));
  expect(new Set(segments.map((g) => g.id)).size).toBe(segments.length);
  segments.forEach((g, i) => {
    expect(g.index).toBe(i);
    expect(g.kind).toBe(`${g.sourceSentences.length}-${g.targetSentences.length}`);
    expect(g.confidence).toBeGreaterThanOrEqual(0);
    expect(g.confidence).toBeLessThanOrEqual(1);
    const ss = g.sourceSentences;
    const ts = g.targetSentences;
    expect(g.source).toEqual(ss.length ? { start: ss[0].start, end: ss[ss.length - 1].end } : null);
    expect(g.target).toEqual(ts.length ? { start: ts[0].start, end: ts[ts.length - 1].end } : null);
  });
}
