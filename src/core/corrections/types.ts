// The corrections memory's data, shared by the engine (learning, similar segments, statistics),
// the Node store (src/host/corrections) and the ReviewApi. Plain JSON-able objects only.
import type { PackEntry } from '../rules/pack';
import type { Severity, Span } from '../types';

export type DecisionKind = 'accept' | 'reject' | 'edit';

/** The document a decision was made in. `hash` is documentHash(source text, machine translation). */
export interface CorrectionDocument {
  from: string;
  to: string;
  title: string;
  hash: string;
}

/**
 * One editor decision with the context a memory needs to learn from it. Texts are whole segments;
 * `span` is a half-open UTF-16 range into `before` (the flagged text of an accept or reject).
 */
export interface CorrectionInput {
  kind: DecisionKind;
  /** Segment id in its document ("p2.s1"). */
  segment: string;
  /** The rule id for accept/reject; null for a manual edit. */
  ruleId: string | null;
  /** The segment's source text. */
  source: string;
  /** The segment's target before the decision. */
  before: string;
  /** The segment's target after it; null for a rejection (nothing changed). */
  after: string | null;
  span: Span | null;
  /** The replacement the editor chose (accept). */
  fix: string | null;
  reason: string | null;
  reviewer: string | null;
  /** ISO 8601 time of the decision. */
  at: string;
  /** The editor asked for this correction to apply everywhere: learn a rule at once. */
  everywhere?: boolean;
}

/** A decision as the memory holds it. */
export interface CorrectionRecord extends CorrectionInput {
  id: number;
  /** decisionHash: the same decision imported twice is stored once. */
  hash: string;
  document: CorrectionDocument;
  everywhere: boolean;
}

/** A phrase-level correction found in one edit: `before` → `after`, with one neighbouring word. */
export interface PhraseCorrection {
  /** The phrase as the machine translation wrote it, and where ([start, end) in the segment before). */
  before: string;
  start: number;
  end: number;
  /** The phrase as corrected, and where in the segment after. */
  after: string;
  afterStart: number;
  afterEnd: number;
  /** Normalised "before → after": the same correction made anywhere has the same key. */
  key: string;
}

/** A rule the memory proposes from repeated corrections; `entry` is a rule-pack entry. */
export interface LearnedRule {
  /** Row id in the store. */
  id: number;
  /** As issues carry it: `learned/${from}-${to}/${entry.id}`. */
  ruleId: string;
  from: string;
  to: string;
  key: string;
  entry: PackEntry;
  corrections: number;
  documents: number;
  /** "learned from 3 corrections in 2 documents". */
  provenance: string;
  enabled: boolean;
  /** The editor changed the entry: re-learning updates the counts but keeps the entry. */
  edited: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface LearnedRulePatch {
  enabled?: boolean;
  /** A changed entry (its id cannot change); validated as a rule-pack entry. */
  entry?: PackEntry;
}

/** Accept/reject counts of one rule id, all time and since the editor last restored it. */
export interface RuleCount {
  ruleId: string;
  accepted: number;
  rejected: number;
  recentAccepted: number;
  recentRejected: number;
  restoredAt: string | null;
}

export interface RuleStat extends RuleCount {
  /** The check that reports this rule ('rule-pack' for pack entries). */
  check: string;
  total: number;
  /** accepted / (accepted + rejected), all time; null without decisions. */
  acceptRate: number | null;
  /** The rule's own severity, when known. */
  severity: Severity | null;
  /** The severity it runs at now because the editor keeps rejecting it; null when not demoted. */
  demotedTo: Severity | null;
}

export interface RuleStats {
  rules: RuleStat[];
  /** The same counts summed per check. */
  checks: Array<Pick<RuleStat, 'check' | 'accepted' | 'rejected' | 'total' | 'acceptRate'>>;
  /** What the engine should apply: EngineOptions.severityOverrides. */
  overrides: Record<string, Severity>;
}

export interface CorrectionQuery {
  /** Words to find in the source, the MT, the correction, the rule, the reason or the title. */
  text?: string;
  ruleId?: string;
  kind?: DecisionKind;
  from?: string;
  to?: string;
  /** ISO date or time: decisions at or after it. */
  since?: string;
  /** Newest first; at most 500 a page. */
  limit?: number;
  offset?: number;
}

export interface CorrectionPage {
  total: number;
  items: CorrectionRecord[];
  /** Said once after the store had to set a damaged database file aside. */
  notice?: string;
}

export interface RecordSummary {
  /** Decisions stored (the others were already in the memory). */
  added: number;
  duplicates: number;
  /** Learned rules created or strengthened by these decisions. */
  learned: LearnedRule[];
  notice?: string;
}

export type CorrectionsFormat = 'tmx' | 'jsonl' | 'csv';

export interface ExportedCorrections {
  /** Suggested file name ("corrections-2025-01-31.tmx"). */
  name: string;
  mediaType: string;
  text: string;
  count: number;
}

export interface ImportSummary {
  added: number;
  duplicates: number;
  /** Units or rows that are not Verso corrections (no MT, unreadable fields). */
  skipped: number;
  learned: LearnedRule[];
}
