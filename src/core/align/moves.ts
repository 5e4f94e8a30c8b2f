// Which pairings the aligner may choose, and how common each is in machine translation:
// engines translate sentence by sentence and paragraph by paragraph, so anything but 1-1 is rare,
// and a paragraph is more often added or lost (a "source site" line) than split. A lost sentence
// is the costlier error to hide, so omissions are kept a little likelier than merges would suggest.

export interface Move {
  ns: number;
  nt: number;
  /** −ln of the move's prior probability. */
  prior: number;
}

function moves(table: Array<[number, number, number]>): Move[] {
  return table.map(([ns, nt, p]) => ({ ns, nt, prior: -Math.log(p) }));
}

export const SENTENCE_MOVES = moves([
  [1, 1, 0.9],
  [1, 2, 0.02],
  [2, 1, 0.02],
  [1, 0, 0.01],
  [0, 1, 0.01],
  [2, 2, 0.004],
  [1, 3, 0.003],
  [3, 1, 0.003],
]);

export const PARAGRAPH_MOVES = moves([
  [1, 1, 0.95],
  [1, 2, 0.008],
  [2, 1, 0.008],
  [1, 0, 0.012],
  [0, 1, 0.012],
  [2, 2, 0.002],
]);
