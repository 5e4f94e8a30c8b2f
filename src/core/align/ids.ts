// Segment ids follow the target, the text the reviewer edits: "p{paragraph}.s{n}", both from 1.
// A segment with no target (an omission) files under the paragraph of the target before it and
// takes the next number there, so ids stay unique and neighbours keep theirs.
import type { Segment } from '../types';

export function assignIds(segments: Array<Omit<Segment, 'id' | 'index'>>): Segment[] {
  const next = new Map<number, number>();
  let paragraph = 1;
  return segments.map((seg, index) => {
    if (seg.targetSentences.length > 0) paragraph = seg.targetSentences[0].paragraph + 1;
    const n = (next.get(paragraph) ?? 0) + 1;
    next.set(paragraph, n);
    // Written out rather than spread (thousands of segments); the key order is the report's.
    return {
      id: `p${paragraph}.s${n}`,
      index,
      kind: seg.kind,
      source: seg.source,
      target: seg.target,
      sourceSentences: seg.sourceSentences,
      targetSentences: seg.targetSentences,
      confidence: seg.confidence,
    };
  });
}
