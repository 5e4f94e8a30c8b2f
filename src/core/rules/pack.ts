// Language-pair knowledge is data: a rule pack is a JSON file under assets/rules/ that a
// reviser can extend without touching code. The pattern syntax is documented in README.md.
import type { Severity } from '../types';

export interface PackExample {
  source: string;
  target: string;
  note?: string;
}

export interface PackBadExample extends PackExample {
  /** Exact target text the entry must flag. */
  flagged: string;
  /** The whole target after applying the entry's first fix. */
  fixed: string;
}

export interface PackEntry {
  /** Unique within the pack; the ruleId is `${pack.kind}/${pack.id}/${entry.id}`. */
  id: string;
  /** What sort of error: calque, false-friend, collocation, possessive, transliteration, ... */
  kind: string;
  category?: string;
  severity?: Severity;
  /** Pattern(s) of which one must match the segment's source; absent means a target-only fallback. */
  source?: string | string[];
  /** Pattern(s) of which one must match the target; the match is the flagged span. */
  target: string | string[];
  /** Replacement template(s) for the flagged span, best first. */
  fix: string | string[];
  message: string;
  examples: { good: PackExample[]; bad: PackBadExample[] };
  /** Switch one entry off without deleting it. */
  disabled?: boolean;
}

export interface RulePack {
  /** 'fr-en'. */
  id: string;
  /** Prefix of ruleIds: 'calque' gives 'calque/fr-en/piege'. */
  kind: string;
  /** Base language subtags; '*' in `from` means any source language (target-only packs). */
  from: string;
  to: string;
  description?: string;
  entries: PackEntry[];
}
