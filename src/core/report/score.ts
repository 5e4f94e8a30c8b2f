// An MQM-style quality score: penalty points by severity, normed per 1,000 words, and a pass mark.
//
//   penalty (APT)         = Σ weight(severity) over the issues that count
//   words (EWC)           = words in the source text (the ASTM/MQM habit; the target's when there is no source)
//   penalty per 1,000     = penalty × 1000 / words                (MQM's normed penalty, reference 1,000 words)
//   quality score         = 100 × (1 − penalty / words)           (MQM's raw score: 100 = no error; can go below 0)
//   pass                  = penalty per 1,000 ≤ threshold          (default 10, i.e. quality score ≥ 99)
//
// Default weights: neutral 0, minor 1, major 5, critical 25. Weights and threshold are options.
import type { Severity } from '../types';

export type Weights = Record<Severity, number>;

export const DEFAULT_WEIGHTS: Weights = { neutral: 0, minor: 1, major: 5, critical: 25 };
/** Most penalty points per 1,000 words that still pass. */
export const DEFAULT_MAX_PENALTY_PER_1000 = 10;

export interface ScoreOptions {
  weights?: Partial<Weights>;
  maxPenaltyPer1000?: number;
}

export interface QualityScore {
  weights: Weights;
  maxPenaltyPer1000: number;
  /** The evaluation word count: words of the source text. */
  words: number;
  /** How many issues count toward the penalty. */
  counted: number;
  penalty: number;
  penaltyPer1000: number;
  /** 100 × (1 − penalty / words), rounded to 2 decimals. */
  score: number;
  pass: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Words as Intl.Segmenter counts them for the language (so Chinese or Japanese text counts too). */
export function countWords(text: string, lang: string): number {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  } catch {
    segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  }
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

export function resolveWeights(weights: Partial<Weights> = {}): Weights {
  const out = { ...DEFAULT_WEIGHTS };
  for (const k of Object.keys(DEFAULT_WEIGHTS) as Severity[]) {
    const v = weights[k];
    if (v !== undefined) {
      if (!Number.isFinite(v) || v < 0) throw new RangeError(`weight for ${k} must be a number ≥ 0`);
      out[k] = v;
    }
  }
  return out;
}

export function qualityScore(severities: Severity[], words: number, options: ScoreOptions = {}): QualityScore {
  const weights = resolveWeights(options.weights);
  const maxPenaltyPer1000 = options.maxPenaltyPer1000 ?? DEFAULT_MAX_PENALTY_PER_1000;
  if (!Number.isFinite(maxPenaltyPer1000) || maxPenaltyPer1000 < 0) throw new RangeError('the pass threshold must be a number ≥ 0');
  const penalty = severities.reduce((sum, s) => sum + weights[s], 0);
  // An empty text has nothing to be wrong: any penalty on it is as bad as it gets per word.
  const perWord = words > 0 ? penalty / words : penalty > 0 ? Infinity : 0;
  const penaltyPer1000 = round2(perWord * 1000);
  return {
    weights,
    maxPenaltyPer1000,
    words,
    counted: severities.length,
    penalty,
    penaltyPer1000,
    score: Number.isFinite(perWord) ? round2(100 * (1 - perWord)) : -Infinity,
    pass: perWord * 1000 <= maxPenaltyPer1000 + 1e-9,
  };
}
