// From two texts to a review document: paragraphs and sentences on each side, then aligned segments.
import type { ReviewDocument, Segment, Side } from './types';
import { segmentText } from './segment';
import { align } from './align';

export function buildSide(text: string, lang: string): Side {
  const { paragraphs, sentences } = segmentText(text, lang);
  return { lang, text, paragraphs, sentences };
}

export function buildDocument(sourceText: string, targetText: string, from: string, to: string): ReviewDocument {
  const source = buildSide(sourceText, from);
  const target = buildSide(targetText, to);
  return { source, target, segments: align(source, target) };
}

/**
 * A document that is already one segment pair (a TSV line, a XLIFF unit): no alignment to guess,
 * but the sentences inside each side are still found, so a split the source lacks shows.
 */
export function pairDocument(sourceText: string, targetText: string, from: string, to: string): ReviewDocument {
  const source = buildSide(sourceText, from);
  const target = buildSide(targetText, to);
  const hasSource = source.sentences.length > 0;
  const hasTarget = target.sentences.length > 0;
  const segment: Segment = {
    id: 'p1.s1',
    index: 0,
    kind: `${source.sentences.length}-${target.sentences.length}`,
    source: hasSource ? { start: source.sentences[0].start, end: source.sentences[source.sentences.length - 1].end } : null,
    target: hasTarget ? { start: target.sentences[0].start, end: target.sentences[target.sentences.length - 1].end } : null,
    sourceSentences: source.sentences,
    targetSentences: target.sentences,
    confidence: 1,
  };
  return { source, target, segments: hasSource || hasTarget ? [segment] : [] };
}
