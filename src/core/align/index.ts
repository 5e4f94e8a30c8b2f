// PLACEHOLDER (being replaced by the alignment work): paragraph i with paragraph i, all sentences in one segment.
import type { Segment, Side } from '../types';

export function align(source: Side, target: Side): Segment[] {
  const n = Math.max(source.paragraphs.length, target.paragraphs.length);
  const out: Segment[] = [];
  for (let i = 0; i < n; i++) {
    const sp = source.paragraphs[i];
    const tp = target.paragraphs[i];
    const ss = sp ? sp.sentences : [];
    const ts = tp ? tp.sentences : [];
    out.push({
      id: `p${i + 1}.s1`,
      index: out.length,
      kind: `${ss.length}-${ts.length}`,
      source: ss.length ? { start: ss[0].start, end: ss[ss.length - 1].end } : null,
      target: ts.length ? { start: ts[0].start, end: ts[ts.length - 1].end } : null,
      sourceSentences: ss,
      targetSentences: ts,
      confidence: 0.5,
    });
  }
  return out;
}
