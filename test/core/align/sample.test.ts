import * as fs from 'fs';
import * as path from 'path';
import { align } from '../../../src/core/align';
import { buildSide } from '../../../src/core/document';
import type { Side } from '../../../src/core/types';
import { expectCoverage } from './sides';

const dir = path.join(__dirname, '../../../assets/samples/drone-attack');
const fr = buildSide(fs.readFileSync(path.join(dir, 'fr.source.txt'), 'utf8'), 'fr');
const en = buildSide(fs.readFileSync(path.join(dir, 'en.mt.txt'), 'utf8'), 'en');
const text = (side: Side, span: { start: number; end: number } | null) => (span ? side.text.slice(span.start, span.end) : null);

/** The English side with "preliminary." as a sentence of its own, as a segmenter that splits there gives it. */
function splitPreliminary(side: Side): Side {
  const at = side.text.indexOf(' preliminary.');
  const sentences = side.sentences.flatMap((s) =>
    s.start < at && at < s.end
      ? [{ ...s, end: at }, { ...s, start: at + 1 }]
      : [s],
  ).map((s, index) => ({ ...s, index }));
  const paragraphs = side.paragraphs.map((p) => ({ ...p, sentences: sentences.filter((s) => s.paragraph === p.index) }));
  return { ...side, sentences, paragraphs };
}

describe('drone-attack sample, French → English', () => {
  const segments = align(fr, en);

  test('every sentence of both texts is in exactly one segment, in order', () => {
    expectCoverage(segments, fr, en);
  });

  test('every French paragraph aligns with its English counterpart, in order', () => {
    // The English has one more paragraph ("source site") at the end.
    expect(en.paragraphs.length).toBe(fr.paragraphs.length + 1);
    for (const g of segments) {
      if (g.sourceSentences.length && g.targetSentences.length) {
        expect(g.targetSentences[0].paragraph).toBe(g.sourceSentences[0].paragraph);
        expect(g.id.startsWith(`p${g.sourceSentences[0].paragraph + 1}.`)).toBe(true);
      }
    }
    const pairedParagraphs = new Set(segments.filter((g) => g.sourceSentences.length).map((g) => g.sourceSentences[0].paragraph));
    expect(pairedParagraphs.size).toBe(fr.paragraphs.length);
  });

  test('the paragraph the engine split after "results." is one segment with both English pieces', () => {
    const split = splitPreliminary(en);
    const segs = align(fr, split);
    expectCoverage(segs, fr, split);
    const g = segs.find((s) => text(fr, s.source)?.startsWith("Elle survient près d'un mois après"))!;
    expect(g.kind).toBe('1-2');
    expect(text(fr, g.source)).toMatch(/selon les résultats préliminaires\.$/);
    expect(g.targetSentences.map((s) => text(split, s))).toEqual([
      expect.stringMatching(/^It comes nearly a month after .* according to the results\.$/),
      'preliminary.',
    ]);
  });

  test('with the sample segmented as is, that paragraph is still one segment covering the whole English paragraph', () => {
    const g = segments.find((s) => text(fr, s.source)?.startsWith("Elle survient près d'un mois après"))!;
    expect(g.kind).toBe(`1-${en.paragraphs[4].sentences.length}`);
    expect(text(en, g.target)).toMatch(/^It comes nearly a month after .* according to the results\. preliminary\.$/);
  });

  test('"Voir la vidéo" pairs 1-1 with "Watch video", and the trailing "source site" stands alone as 0-1', () => {
    const video = segments.find((s) => text(fr, s.source) === 'Voir la vidéo')!;
    expect(video.kind).toBe('1-1');
    expect(text(en, video.target)).toBe('Watch video');
    const last = segments[segments.length - 1];
    expect(last.kind).toBe('0-1');
    expect(last.source).toBeNull();
    expect(text(en, last.target)).toBe('source site');
    expect(last.confidence).toBeLessThan(0.5);
  });

  test('faithful 1-1 segments are confident', () => {
    const oneToOne = segments.filter((g) => g.kind === '1-1');
    const confident = oneToOne.filter((g) => g.confidence >= 0.8);
    expect(confident.length / oneToOne.length).toBeGreaterThan(0.9);
  });
});
