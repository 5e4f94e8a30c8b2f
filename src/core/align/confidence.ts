// How sure the aligner is of one pairing, for the reviewer: a 1-1 of the expected length whose
// numbers and names agree is near 1; a merge, an odd length ratio or a one-sided segment is lower.
import type { Bead } from './dp';

function shapeFactor(ns: number, nt: number): number {
  if (ns === 0 || nt === 0) return 0.5;
  if (ns === 1 && nt === 1) return 1;
  if (ns + nt === 3) return 0.85;
  return 0.7;
}

export function confidence(bead: Bead): number {
  const { matched, unmatched } = bead;
  // Without anchors there is no evidence either way; agreeing anchors raise, clashing ones lower.
  const agreement =
    matched + unmatched === 0 ? 0.5 : Math.min(1, Math.max(0, 0.6 + (0.4 * (matched - unmatched)) / (matched + unmatched)));
  // lengthFit is a tail probability, uniform over true pairs: the root keeps ordinary ones high.
  const fit = Math.sqrt(bead.lengthFit);
  const value = shapeFactor(bead.ns, bead.nt) * (0.35 + 0.45 * fit + 0.2 * agreement);
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
