// The report of /work/shared/contracts/report.md, version 1: the contract's fields first, in its
// order, then the fields we add (detected, confidence, messageId, fix). Only ever add fields.
import type { Issue, ReviewDocument, Span, TextSpan } from '../core';

export const REPORT_VERSION = 1;

export interface Detected {
  from: boolean;
  to: boolean;
}

export interface ReportSpan {
  start: number;
  end: number;
}

export interface ReportTextSpan extends ReportSpan {
  text: string;
}

export interface ReportSegment {
  id: string;
  source: ReportSpan | null;
  target: ReportSpan | null;
  kind: string;
  confidence: number;
}

export interface ReportSuggestion {
  text: string;
  start?: number;
  end?: number;
}

export interface ReportIssue {
  ruleId: string;
  category: string;
  severity: string;
  message: string;
  segment: string;
  target: ReportTextSpan | null;
  source: ReportTextSpan | null;
  suggestions: ReportSuggestion[];
  messageId: string;
  fix: boolean;
}

export interface DocumentReport {
  version: number;
  tool: 'verso';
  from: string;
  to: string;
  segments: ReportSegment[];
  issues: ReportIssue[];
  detected: Detected;
}

export interface PairLineReport {
  line: number;
  issues: ReportIssue[];
}

function span(s: Span | null): ReportSpan | null {
  return s ? { start: s.start, end: s.end } : null;
}

function textSpan(s: TextSpan | null): ReportTextSpan | null {
  return s ? { start: s.start, end: s.end, text: s.text } : null;
}

export function reportIssue(i: Issue): ReportIssue {
  return {
    ruleId: i.ruleId,
    category: i.category,
    severity: i.severity,
    message: i.message,
    segment: i.segment,
    target: textSpan(i.target),
    source: textSpan(i.source),
    suggestions: i.suggestions.map((s) =>
      s.start === undefined || s.end === undefined ? { text: s.text } : { text: s.text, start: s.start, end: s.end },
    ),
    messageId: i.messageId,
    fix: i.fix,
  };
}

export function documentReport(document: ReviewDocument, issues: Issue[], detected: Detected): DocumentReport {
  return {
    version: REPORT_VERSION,
    tool: 'verso',
    from: document.source.lang,
    to: document.target.lang,
    segments: document.segments.map((s) => ({
      id: s.id,
      source: span(s.source),
      target: span(s.target),
      kind: s.kind,
      confidence: s.confidence,
    })),
    issues: issues.map(reportIssue),
    detected,
  };
}

export function pairLineReport(line: number, issues: Issue[]): PairLineReport {
  return { line, issues: issues.map(reportIssue) };
}
