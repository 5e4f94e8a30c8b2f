// The aligner's DP skips work it can prove useless (beads that cannot beat the best one found,
// anchor loops for one-sided beads). Skipping must never change a pairing: here it is checked
// against a plain DP that works every bead out in full, on random items small enough for the
// band to cover every cell.
import { alignItems, type Bead, type Items, type Model } from '../../../src/core/align/dp';
import { lengthCost, lengthZ } from '../../../src/core/align/gale-church';
import { PARAGRAPH_MOVES, SENTENCE_MOVES } from '../../../src/core/align/moves';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

// Anchor weights as the aligner's table gives them: numbers, digits, names, punctuation, cognates.
const BONUS = [2, 1, 1, 0.3, 0.8, 0.5, 0.3, 0.4, 2, 1, 1, 0.4];
const PENALTY = [1, 0.4, 0, 0.15, 0.5, 0.3, 0.15, 0, 1, 0.4, 0, 0];

function items(rand: () => number, n: number, paragraphs: boolean): { items: Items; anchors: number[][] } {
  const length = new Float64Array(n + 1);
  const sentences = new Float64Array(n + 1);
  const bonus = new Float64Array(n + 1);
  const penalty = new Float64Array(n);
  const anchorStart = new Int32Array(n + 1);
  const anchors: number[][] = [];
  for (let k = 0; k < n; k++) {
    const ids = Array.from({ length: Math.floor(rand() * 6) }, () => Math.floor(rand() * BONUS.length));
    anchors.push(ids);
    length[k + 1] = length[k] + 20 + rand() * 200;
    sentences[k + 1] = sentences[k] + 1 + Math.floor(rand() * 3);
    bonus[k + 1] = bonus[k] + ids.reduce((a, id) => a + BONUS[id], 0);
    let loss = 0;
    for (const id of ids) loss += PENALTY[id];
    penalty[k] = loss;
    anchorStart[k + 1] = anchorStart[k] + ids.length;
  }
  return {
    items: { length, sentences: paragraphs ? sentences : undefined, bonus, penalty, anchorStart, anchorIds: Int32Array.from(anchors.flat()) },
    anchors,
  };
}

/** Every bead in full: prior, length, sentence count, then the multiset intersection of anchors. */
function reference(src: Items, tgt: Items, model: Model): Array<[number, number, number, number]> {
  const n = src.length.length - 1;
  const m = tgt.length.length - 1;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  cost[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      model.moves.forEach((mv, k) => {
        const pi = i - mv.ns;
        const pj = j - mv.nt;
        if (pi < 0 || pj < 0 || cost[pi][pj] === Infinity) return;
        const a = src.length[i] - src.length[pi];
        const b = tgt.length[j] - tgt.length[pj];
        let c: number;
        if (pi === i || pj === j) c = mv.prior + 0.4 * Math.log(1 + (a + b) / 15);
        else {
          c = mv.prior + lengthCost(lengthZ(a, b, model.variance));
          if (src.sentences && tgt.sentences) {
            const d = Math.abs(src.sentences[i] - src.sentences[pi] - (tgt.sentences[j] - tgt.sentences[pj]));
            c += Math.min(3, model.sentenceCountCost * d);
          }
        }
        const base = cost[pi][pj] + c;
        const counts = new Map<number, number>();
        for (let q = src.anchorStart[pi]; q < src.anchorStart[i]; q++) counts.set(src.anchorIds[q], (counts.get(src.anchorIds[q]) ?? 0) + 1);
        let matched = 0;
        let unmatched = 0;
        for (let q = tgt.anchorStart[pj]; q < tgt.anchorStart[j]; q++) {
          const id = tgt.anchorIds[q];
          if ((counts.get(id) ?? 0) > 0) {
            counts.set(id, counts.get(id)! - 1);
            matched += model.bonus[id];
          } else unmatched += model.penalty[id];
        }
        for (let q = src.anchorStart[pi]; q < src.anchorStart[i]; q++) {
          const id = src.anchorIds[q];
          if ((counts.get(id) ?? 0) > 0) {
            unmatched += model.penalty[id];
            counts.set(id, counts.get(id)! - 1);
          }
        }
        const total = base + (unmatched - matched);
        if (total < cost[i][j]) {
          cost[i][j] = total;
          back[i][j] = k;
        }
      });
    }
  }
  const out: Array<[number, number, number, number]> = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const mv = model.moves[back[i][j]];
    out.push([i - mv.ns, mv.ns, j - mv.nt, mv.nt]);
    i -= mv.ns;
    j -= mv.nt;
  }
  return out.reverse();
}

const shape = (beads: Bead[]) => beads.map((b): [number, number, number, number] => [b.s, b.ns, b.t, b.nt]);

describe('the aligner DP skips only beads that cannot win', () => {
  test.each([
    ['sentences', SENTENCE_MOVES, 0, false],
    ['paragraphs', PARAGRAPH_MOVES, 1.2, true],
  ] as const)('%s: the same pairings as the full DP on 400 random inputs', (_name, moves, sentenceCountCost, paragraphs) => {
    const rand = random(7);
    const model: Model = { moves, variance: 5, bonus: BONUS, penalty: PENALTY, sentenceCountCost };
    const counts = new Int32Array(BONUS.length);
    for (let run = 0; run < 400; run++) {
      const n = 1 + Math.floor(rand() * 6);
      const m = 1 + Math.floor(rand() * 6);
      // One item each side is paired without a DP (by design): nothing to compare.
      if (n === 1 && m === 1) continue;
      const src = items(rand, n, paragraphs).items;
      const tgt = items(rand, m, paragraphs).items;
      expect(shape(alignItems(src, tgt, model, counts))).toEqual(reference(src, tgt, model));
    }
  });
});
