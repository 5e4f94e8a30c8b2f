// Sentence alignment of a source and its machine translation: paragraphs are paired first
// (they rarely move in MT and bound any error), then sentences inside each paired group, both
// by Gale–Church length likelihood plus anchors that survive translation.
import type { Segment, Sentence, Side } from '../types';
import { AnchorTable, sentenceAnchors } from './anchors';
import { confidence } from './confidence';
import { alignItems, type Model } from './dp';
import { assignIds } from './ids';
import { paragraphsOf, toItems } from './items';
import { PARAGRAPH_MOVES, SENTENCE_MOVES } from './moves';
import { calibratedRatio, charWeight, lengthVariance } from './ratio';

function span(sentences: Sentence[]): { start: number; end: number } | null {
  return sentences.length ? { start: sentences[0].start, end: sentences[sentences.length - 1].end } : null;
}

function chars(side: Side): number {
  let n = 0;
  for (const s of side.sentences) n += s.end - s.start;
  return n;
}

/** The sentences of groups [from, to) in one list (what slice().flat() gives, without its cost). */
function concat(groups: Sentence[][], from: number, to: number): Sentence[] {
  if (to - from === 1) return groups[from].slice();
  const out: Sentence[] = [];
  for (let k = from; k < to; k++) for (const s of groups[k]) out.push(s);
  return out;
}

export function align(source: Side, target: Side): Segment[] {
  const table = new AnchorTable();
  const srcAnchors = sentenceAnchors(source, table);
  const tgtAnchors = sentenceAnchors(target, table);
  // Both sides are measured in English characters so one variance fits every pair.
  const unit = charWeight(target.lang);
  const srcScale = calibratedRatio(source.lang, target.lang, chars(source), chars(target)) * unit;
  const variance = lengthVariance(source.lang, target.lang);
  const base = { variance, bonus: table.bonus, penalty: table.penalty };
  const paragraphModel: Model = { ...base, moves: PARAGRAPH_MOVES, sentenceCountCost: 1.2 };
  const sentenceModel: Model = { ...base, moves: SENTENCE_MOVES, sentenceCountCost: 0 };

  const counts = new Int32Array(table.size);

  const srcParas = paragraphsOf(source.sentences);
  const tgtParas = paragraphsOf(target.sentences);
  const paraBeads = alignItems(
    toItems(srcParas, srcAnchors, table.bonus, table.penalty, srcScale, true),
    toItems(tgtParas, tgtAnchors, table.bonus, table.penalty, unit, true),
    paragraphModel,
    counts,
  );

  // Sentence items for each whole side; each paragraph group aligns a slice of them.
  const srcSentences = toItems(source.sentences.map((s) => [s]), srcAnchors, table.bonus, table.penalty, srcScale, false);
  const tgtSentences = toItems(target.sentences.map((s) => [s]), tgtAnchors, table.bonus, table.penalty, unit, false);
  const segments: Array<Omit<Segment, 'id' | 'index'>> = [];
  for (const pb of paraBeads) {
    const ss = concat(srcParas, pb.s, pb.s + pb.ns);
    const ts = concat(tgtParas, pb.t, pb.t + pb.nt);
    // Sentence indices inside a paragraph group are consecutive.
    const s0 = ss.length ? ss[0].index : 0;
    const t0 = ts.length ? ts[0].index : 0;
    const beads = alignItems(srcSentences, tgtSentences, sentenceModel, counts, s0, s0 + ss.length, t0, t0 + ts.length);
    for (const b of beads) {
      const sourceSentences = ss.slice(b.s, b.s + b.ns);
      const targetSentences = ts.slice(b.t, b.t + b.nt);
      segments.push({
        kind: `${b.ns}-${b.nt}`,
        source: span(sourceSentences),
        target: span(targetSentences),
        sourceSentences,
        targetSentences,
        confidence: confidence(b),
      });
    }
  }
  return assignIds(segments);
}
