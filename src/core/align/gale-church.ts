// Gale & Church (1993) length model: a translation's length is normally distributed around the
// source length times the pair's ratio, with a variance that grows with the length.

/**
 * ln erfc(x) for x ≥ 0, from the Chebyshev fit in Numerical Recipes (relative error < 1.2e-7).
 * Taken as a logarithm so far-off lengths still get a finite, ordered cost instead of ln(0).
 */
export function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  return (
    Math.log(t) +
    (-x * x - 1.26551223 +
      t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
      t * (0.27886187 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
  );
}

/** Standardised length difference of a pairing; a and b are already in the same units. */
export function lengthZ(a: number, b: number, variance: number): number {
  const mean = (a + b) / 2;
  return mean > 0 ? Math.abs(b - a) / Math.sqrt(variance * mean) : 0;
}

/** −ln P(|Z| ≥ z): 0 for identical lengths, growing roughly as z²/2. */
export function lengthCost(z: number): number {
  return -logErfc(z / Math.SQRT2);
}

/** P(|Z| ≥ z), 1 for identical lengths: how ordinary the length difference is. */
export function lengthLikelihood(z: number): number {
  return Math.exp(logErfc(z / Math.SQRT2));
}
