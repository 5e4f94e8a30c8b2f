// Language-pair knowledge is data: a rule pack is a JSON file under assets/rules/ that a
// reviser can extend without touching code. The pattern and fix syntax is documented in
// docs/rule-packs.md; validatePack (validate.ts) checks a user-supplied pack.
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
  /**
   * Pattern(s) of which one must match the segment's source (words in any order within a window;
   * '>' first keeps the written order); absent means a target-only fallback.
   */
  source?: string | string[];
  /** Pattern(s) of which one must match the target, in order; the match is the flagged span. */
  target: string | string[];
  /** Replacement template(s) for the flagged span, best first: `$n`, `$0`, `{lemma:$n}`. */
  fix: string | string[];
  /** Stay quiet when one of these matches anywhere in the segment's source / target. */
  unless?: { source?: string | string[]; target?: string | string[] };
  /** Why this is wrong, for a reviser; may use {{target}}, {{source}} and {{fix}}. */
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
  /** Defaults for the pack's entries (the check's own defaults otherwise). */
  category?: string;
  severity?: Severity;
  entries: PackEntry[];
}
