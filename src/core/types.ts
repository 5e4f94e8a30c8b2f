// The engine's data model. Offsets are half-open UTF-16 ranges [start, end) into the
// texts exactly as decoded (BOM removed, nothing normalised), so a flag always points at
// the real characters and an edit can be written back byte for byte.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Sentence extends Span {
  /** Index of the paragraph this sentence belongs to, in its own text. */
  paragraph: number;
  /** Index of the sentence in its whole text (0-based). */
  index: number;
}

export interface Paragraph extends Span {
  index: number;
  /** Sentences of this paragraph, in order; offsets are absolute into the text. */
  sentences: Sentence[];
}

/** One side of a bilingual document: a text, its language and its structure. */
export interface Side {
  lang: string;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** How many source sentences pair with how many target sentences: '1-1', '1-2', '2-1', '1-0', '0-1', ... */
export type AlignKind = string;

export interface Segment {
  /** Stable id, "p{paragraph}.s{n}" counted from 1 (paragraph of the target where there is one). */
  id: string;
  index: number;
  kind: AlignKind;
  /** Covering span of the segment's source sentences; null for 0-1. */
  source: Span | null;
  /** Covering span of the segment's target sentences; null for 1-0. */
  target: Span | null;
  sourceSentences: Sentence[];
  targetSentences: Sentence[];
  /** 0..1: how sure the aligner is about this pairing. */
  confidence: number;
}

export interface ReviewDocument {
  source: Side;
  target: Side;
  segments: Segment[];
}

export type Severity = 'critical' | 'major' | 'minor' | 'neutral';

export const SEVERITY_RANK: Record<Severity, number> = { critical: 3, major: 2, minor: 1, neutral: 0 };

export interface Suggestion {
  /** Replacement text; may be empty (delete). */
  text: string;
  /** Absolute offsets into the target text when the edit is not the issue's own target span. */
  start?: number;
  end?: number;
}

export interface Issue {
  ruleId: string;
  category: string;
  severity: Severity;
  messageId: string;
  data: Record<string, string>;
  message: string;
  segment: string;
  target: TextSpan | null;
  source: TextSpan | null;
  suggestions: Suggestion[];
  /** True when the first suggestion cannot change meaning and may be applied without asking. */
  fix: boolean;
}
