// Turns sentences, or paragraphs made of sentences, into the arrays the aligner reads.
import type { Sentence } from '../types';
import type { Items } from './dp';

/** Item k is the run of sentences groups[k]; lengths are multiplied by `scale` into the common unit. */
export function toItems(
  groups: Sentence[][],
  anchors: number[][],
  bonusOf: ArrayLike<number>,
  scale: number,
  countSentences: boolean,
): Items {
  const n = groups.length;
  const length = new Float64Array(n + 1);
  const sentences = countSentences ? new Float64Array(n + 1) : undefined;
  const anchorStart = new Int32Array(n + 1);
  const bonus = new Float64Array(n + 1);
  let total = 0;
  for (let k = 0; k < n; k++) for (const s of groups[k]) total += anchors[s.index].length;
  const anchorIds = new Int32Array(total);
  let at = 0;
  for (let k = 0; k < n; k++) {
    let chars = 0;
    let gain = 0;
    for (const s of groups[k]) {
      chars += s.end - s.start;
      for (const id of anchors[s.index]) {
        anchorIds[at++] = id;
        gain += bonusOf[id];
      }
    }
    bonus[k + 1] = bonus[k] + gain;
    length[k + 1] = length[k] + chars * scale;
    if (sentences) sentences[k + 1] = sentences[k] + groups[k].length;
    anchorStart[k + 1] = at;
  }
  return { length, sentences, bonus, anchorStart, anchorIds };
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
