// Banded dynamic programming over two sequences of items (paragraphs or sentences) described
// only by prefix sums of lengths and interned anchor ids, so a cell costs a few array reads.
import { lengthCost, lengthLikelihood, lengthZ } from './gale-church';
import type { Move } from './moves';

export interface Items {
  /** Prefix sums of lengths in the common (English-character) unit; length n + 1. */
  length: Float64Array;
  /** Prefix sums of sentence counts, for paragraph items; absent for sentences. */
  sentences?: Float64Array;
  /** Prefix sums of the bonus each item's anchors could earn, to skip hopeless beads cheaply. */
  bonus: Float64Array;
  /**
   * What item k's anchors cost when all of them go unmatched (a 1-0 or 0-1 bead): their
   * penalties added in order from 0, as the intersection loop would add them, to the same bit.
   */
  penalty: Float64Array;
  /** Item k's anchors are anchorIds[anchorStart[k] .. anchorStart[k + 1]). */
  anchorStart: Int32Array;
  anchorIds: Int32Array;
}

export interface Model {
  moves: Move[];
  variance: number;
  bonus: ArrayLike<number>;
  penalty: ArrayLike<number>;
  /** Cost per sentence of difference between paired paragraphs. */
  sentenceCountCost: number;
}

/** One chosen pairing: source items [s, s + ns), target items [t, t + nt). */
export interface Bead {
  s: number;
  ns: number;
  t: number;
  nt: number;
  /** P(|Z| ≥ z) of the lengths (0 for 1-0 and 0-1). */
  lengthFit: number;
  matched: number;
  unmatched: number;
}

/** Mild cost per unit of length for a 1-0 or 0-1: omissions are real in MT, so long ones must stay possible. */
function indelCost(length: number): number {
  return 0.4 * Math.log(1 + length / 15);
}

/** Matched and unmatched anchor weight of a bead. */
interface Overlap {
  matched: number;
  unmatched: number;
}

/**
 * Multiset intersection of two anchor ranges, through `counts` (one slot per anchor id, all zero
 * before and after): each anchor found on both sides earns its bonus, each left alone costs its
 * penalty. Shared by the DP's inner loop and the final beads, so both score a bead alike.
 */
function intersect(
  counts: Int32Array,
  sIds: Int32Array,
  s0: number,
  s1: number,
  tIds: Int32Array,
  t0: number,
  t1: number,
  bonus: ArrayLike<number>,
  penalty: ArrayLike<number>,
  out: Overlap,
): void {
  let matched = 0;
  let unmatched = 0;
  for (let k = s0; k < s1; k++) counts[sIds[k]]++;
  for (let k = t0; k < t1; k++) {
    const id = tIds[k];
    if (counts[id] > 0) {
      counts[id]--;
      matched += bonus[id];
    } else unmatched += penalty[id];
  }
  for (let k = s0; k < s1; k++) {
    const id = sIds[k];
    if (counts[id] > 0) {
      unmatched += penalty[id];
      counts[id]--;
    }
  }
  out.matched = matched;
  out.unmatched = unmatched;
}

class Scorer {
  matched = 0;
  unmatched = 0;
  z = 0;

  constructor(
    readonly src: Items,
    readonly tgt: Items,
    private readonly model: Model,
    /** One slot per anchor id, all zero between calls. */
    readonly counts: Int32Array,
    /** Where the aligned ranges start in src and tgt; bead indices are relative to them. */
    readonly so: number,
    readonly to: number,
  ) {}

  /**
   * Everything but the anchors: prior, length and sentence-count costs. Sets z.
   * Anchors can lower this by at most `bestBonus`, so the caller can skip a bead that cannot win.
   */
  base(i0: number, i1: number, j0: number, j1: number, prior: number): number {
    const { src, tgt, model } = this;
    i0 += this.so;
    i1 += this.so;
    j0 += this.to;
    j1 += this.to;
    const a = src.length[i1] - src.length[i0];
    const b = tgt.length[j1] - tgt.length[j0];
    if (i0 === i1 || j0 === j1) {
      this.z = Infinity;
      return prior + indelCost(a + b);
    }
    this.z = lengthZ(a, b, model.variance);
    let c = prior + lengthCost(this.z);
    if (src.sentences && tgt.sentences) {
      const d = Math.abs(src.sentences[i1] - src.sentences[i0] - (tgt.sentences[j1] - tgt.sentences[j0]));
      c += Math.min(3, model.sentenceCountCost * d);
    }
    return c;
  }

  bestBonus(i0: number, i1: number, j0: number, j1: number): number {
    i0 += this.so;
    i1 += this.so;
    j0 += this.to;
    j1 += this.to;
    return Math.min(this.src.bonus[i1] - this.src.bonus[i0], this.tgt.bonus[j1] - this.tgt.bonus[j0]);
  }

  /** What the anchors add to a bead's cost (negative when they agree); fills matched/unmatched. */
  anchorCost(i0: number, i1: number, j0: number, j1: number): number {
    i0 += this.so;
    i1 += this.so;
    j0 += this.to;
    j1 += this.to;
    this.anchors(this.src.anchorStart[i0], this.src.anchorStart[i1], this.tgt.anchorStart[j0], this.tgt.anchorStart[j1]);
    return this.unmatched - this.matched;
  }

  /** Full cost of pairing source items [i0, i1) with target items [j0, j1); fills matched/unmatched/z. */
  cost(i0: number, i1: number, j0: number, j1: number, prior: number): number {
    return this.base(i0, i1, j0, j1, prior) + this.anchorCost(i0, i1, j0, j1);
  }

  /** Length of source items [i0, i1) or target items [j0, j1), relative indices. */
  srcLength(i: number): number {
    return this.src.length[this.so + i] - this.src.length[this.so];
  }

  tgtLength(j: number): number {
    return this.tgt.length[this.to + j] - this.tgt.length[this.to];
  }

  private anchors(s0: number, s1: number, t0: number, t1: number): void {
    const { bonus, penalty } = this.model;
    intersect(this.counts, this.src.anchorIds, s0, s1, this.tgt.anchorIds, t0, t1, bonus, penalty, this);
  }
}

/**
 * Scratch tables reused across calls: a document has thousands of paragraph groups, and
 * fresh typed arrays for each cost more in allocation and garbage collection than the DP itself.
 */
const scratch = {
  cost: new Float64Array(256),
  back: new Int8Array(256),
  lo: new Int32Array(64),
  hi: new Int32Array(64),
  rowStart: new Int32Array(64),
};

function ensure(rows: number): void {
  if (scratch.lo.length < rows + 1) {
    const size = 2 * (rows + 1);
    scratch.lo = new Int32Array(size);
    scratch.hi = new Int32Array(size);
    scratch.rowStart = new Int32Array(size);
  }
}

function ensureCells(cells: number): void {
  if (scratch.cost.length < cells) {
    scratch.cost = new Float64Array(2 * cells);
    scratch.back = new Int8Array(2 * cells);
  }
}

interface Pass {
  beads: Bead[];
  /** The best path ran along the band's edge, so a wider band might find a better one. */
  touchedEdge: boolean;
}

function pass(n: number, m: number, model: Model, scorer: Scorer, width: number): Pass {
  const totalA = scorer.srcLength(n);
  const totalB = scorer.tgtLength(m);
  // The band follows the diagonal of cumulative length, not of item count, so a run of
  // short titles on one side does not push the true path out of it.
  ensure(n + 1);
  const { lo, hi } = scratch;
  let centre = 0;
  for (let i = 0; i <= n; i++) {
    const want = totalA > 0 ? (scorer.srcLength(i) / totalA) * totalB : (i / Math.max(1, n)) * totalB;
    while (centre < m && (scorer.tgtLength(centre) + scorer.tgtLength(centre + 1)) / 2 < want) centre++;
    const c = i === n ? m : centre;
    lo[i] = i === 0 ? 0 : Math.max(0, c - width);
    hi[i] = Math.min(m, c + width);
    // Consecutive rows must overlap or the corner becomes unreachable.
    if (i > 0 && lo[i] > hi[i - 1]) lo[i] = hi[i - 1];
  }
  const rowStart = scratch.rowStart;
  rowStart[0] = 0;
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i] + hi[i] - lo[i] + 1;
  const size = rowStart[n + 1];
  ensureCells(size);
  const { cost, back } = scratch;
  cost.fill(Infinity, 0, size);
  const moves = model.moves;
  cost[0] = 0;
  fill(n, model, scorer, cost, back);
  const beads: Bead[] = [];
  let touchedEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if ((j === lo[i] && lo[i] > 0) || (j === hi[i] && hi[i] < m)) touchedEdge = true;
    const mv = moves[back[rowStart[i] + j - lo[i]]];
    const s = i - mv.ns;
    const t = j - mv.nt;
    beads.push(bead(s, mv.ns, t, mv.nt, scorer, mv.prior));
    i = s;
    j = t;
  }
  return { beads: beads.reverse(), touchedEdge };
}

/**
 * The DP proper: every cell of the band from its best predecessor. Scorer.base, bestBonus and
 * anchorCost written out over local arrays (the same arithmetic in the same order, so the same
 * costs to the last bit): this loop runs some hundred thousand times per long document.
 */
function fill(n: number, model: Model, scorer: Scorer, cost: Float64Array, back: Int8Array): void {
  const { lo, hi, rowStart } = scratch;
  const moves = model.moves;
  const nMoves = moves.length;
  const moveNs = new Int32Array(nMoves);
  const moveNt = new Int32Array(nMoves);
  const movePrior = new Float64Array(nMoves);
  for (let k = 0; k < nMoves; k++) {
    moveNs[k] = moves[k].ns;
    moveNt[k] = moves[k].nt;
    movePrior[k] = moves[k].prior;
  }
  const { src, tgt, counts } = scorer;
  const so = scorer.so;
  const to = scorer.to;
  const sLen = src.length;
  const tLen = tgt.length;
  const sSent = src.sentences;
  const tSent = tgt.sentences;
  const sentences = sSent !== undefined && tSent !== undefined;
  const sBonus = src.bonus;
  const tBonus = tgt.bonus;
  const sPenalty = src.penalty;
  const tPenalty = tgt.penalty;
  const sStart = src.anchorStart;
  const tStart = tgt.anchorStart;
  const sIds = src.anchorIds;
  const tIds = tgt.anchorIds;
  const { variance, bonus, penalty, sentenceCountCost } = model;
  const overlap: Overlap = { matched: 0, unmatched: 0 };
  for (let i = 0; i <= n; i++) {
    const hiI = hi[i];
    for (let j = lo[i]; j <= hiI; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let arg = -1;
      for (let k = 0; k < nMoves; k++) {
        const pi = i - moveNs[k];
        const pj = j - moveNt[k];
        if (pi < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const prev = cost[rowStart[pi] + pj - lo[pi]];
        if (prev === Infinity) continue;
        const i0 = pi + so;
        const i1 = i + so;
        const j0 = pj + to;
        const j1 = j + to;
        // Scorer.bestBonus: what the anchors could take off at most.
        const most = Math.min(sBonus[i1] - sBonus[i0], tBonus[j1] - tBonus[j0]);
        // Length and sentence-count costs are never negative: a bead that cannot beat the best
        // even without them is skipped before they are worked out (the margin covers rounding).
        if (prev + movePrior[k] - most - 1e-6 >= best) continue;
        // Scorer.base
        const a = sLen[i1] - sLen[i0];
        const b = tLen[j1] - tLen[j0];
        let c: number;
        if (i0 === i1 || j0 === j1) c = movePrior[k] + indelCost(a + b);
        else {
          c = movePrior[k] + lengthCost(lengthZ(a, b, variance));
          if (sentences) {
            const d = Math.abs(sSent![i1] - sSent![i0] - (tSent![j1] - tSent![j0]));
            c += Math.min(3, sentenceCountCost * d);
          }
        }
        const base = prev + c;
        if (base - most >= best) continue;
        // Scorer.anchorCost: multiset intersection of the two anchor ranges.
        let matched = 0;
        let unmatched = 0;
        if (i0 === i1 && j1 - j0 === 1) unmatched = tPenalty[j0];
        else if (j0 === j1 && i1 - i0 === 1) unmatched = sPenalty[i0];
        else {
          intersect(counts, sIds, sStart[i0], sStart[i1], tIds, tStart[j0], tStart[j1], bonus, penalty, overlap);
          matched = overlap.matched;
          unmatched = overlap.unmatched;
        }
        const total = base + (unmatched - matched);
        if (total < best) {
          best = total;
          arg = k;
        }
      }
      const cell = rowStart[i] + j - lo[i];
      cost[cell] = best;
      back[cell] = arg;
    }
  }
}

function bead(s: number, ns: number, t: number, nt: number, scorer: Scorer, prior: number): Bead {
  scorer.cost(s, s + ns, t, t + nt, prior);
  return {
    s,
    ns,
    t,
    nt,
    lengthFit: scorer.z === Infinity ? 0 : lengthLikelihood(scorer.z),
    matched: scorer.matched,
    unmatched: scorer.unmatched,
  };
}

function prior(model: Model, ns: number, nt: number): number {
  return model.moves.find((mv) => mv.ns === ns && mv.nt === nt)?.prior ?? 0;
}

function trivial(n: number, m: number, scorer: Scorer, model: Model): Bead[] {
  if (n === 1 && m === 1) return [bead(0, 1, 0, 1, scorer, prior(model, 1, 1))];
  const out: Bead[] = [];
  for (let i = 0; i < n; i++) out.push(bead(i, 1, 0, 0, scorer, prior(model, 1, 0)));
  for (let j = 0; j < m; j++) out.push(bead(0, 0, j, 1, scorer, prior(model, 0, 1)));
  return out;
}

/**
 * Best sequence of beads covering source items [s0, s1) and target items [t0, t1) in order;
 * bead indices are relative to s0 and t0. `counts` is scratch space with a zero for every
 * anchor id, shared between calls so small groups allocate little.
 */
export function alignItems(
  src: Items,
  tgt: Items,
  model: Model,
  counts: Int32Array,
  s0 = 0,
  s1 = src.length.length - 1,
  t0 = 0,
  t1 = tgt.length.length - 1,
): Bead[] {
  const n = s1 - s0;
  const m = t1 - t0;
  const scorer = new Scorer(src, tgt, model, counts, s0, t0);
  // Most paragraph groups are one sentence each side, and one-sided groups have one answer.
  if ((n === 1 && m === 1) || n === 0 || m === 0) return trivial(n, m, scorer, model);
  let width = 8;
  for (;;) {
    const result = pass(n, m, model, scorer, width);
    if (!result.touchedEdge || width >= Math.max(n, m)) return result.beads;
    width *= 2;
  }
}
