// Turns sentences, or paragraphs made of sentences, into the arrays the aligner reads.
import type { Sentence } from '../types';
import type { Items } from './dp';

/** Item k is the run of sentences groups[k]; lengths are multiplied by `scale` into the common unit. */
export function toItems(
  groups: Sentence[][],
  anchors: number[][],
  bonusOf: ArrayLike<number>,
  penaltyOf: ArrayLike<number>,
  scale: number,
  countSentences: boolean,
): Items {
  const n = groups.length;
  const length = new Float64Array(n + 1);
  const sentences = countSentences ? new Float64Array(n + 1) : undefined;
  const anchorStart = new Int32Array(n + 1);
  const bonus = new Float64Array(n + 1);
  const penalty = new Float64Array(n);
  // Indexed loops: this runs over every sentence and anchor of the document, once per side and
  // level, mostly before the optimiser has seen it, where for-of allocates an iterator result a step.
  let total = 0;
  for (let k = 0; k < n; k++) {
    const group = groups[k];
    for (let g = 0; g < group.length; g++) total += anchors[group[g].index].length;
  }
  const anchorIds = new Int32Array(total);
  let at = 0;
  for (let k = 0; k < n; k++) {
    let chars = 0;
    let gain = 0;
    let loss = 0;
    const group = groups[k];
    for (let g = 0; g < group.length; g++) {
      const s = group[g];
      chars += s.end - s.start;
      const ids = anchors[s.index];
      for (let q = 0; q < ids.length; q++) {
        const id = ids[q];
        anchorIds[at++] = id;
        gain += bonusOf[id];
        loss += penaltyOf[id];
      }
    }
    penalty[k] = loss;
    bonus[k + 1] = bonus[k] + gain;
    length[k + 1] = length[k] + chars * scale;
    if (sentences) sentences[k + 1] = sentences[k] + groups[k].length;
    anchorStart[k + 1] = at;
  }
  return { length, sentences, bonus, penalty, anchorStart, anchorIds };
}

/** Sentences grouped by the paragraph they belong to, skipping paragraphs without any. */
export function paragraphsOf(sentences: Sentence[]): Sentence[][] {
  const out: Sentence[][] = [];
  let current = -1;
  for (const s of sentences) {
    if (s.paragraph !== current || out.length === 0) {
      out.push([]);
      current = s.paragraph;
    }
    out[out.length - 1].push(s);
  }
  return out;
}
