// Rule statistics: how often the editor accepts and rejects each rule. A rule the editor keeps
// rejecting (at least DEMOTE.minDecisions decisions since it was last restored, fewer than
// DEMOTE.maxAcceptRate of them accepts) runs one severity level lower: the overrides go to
// EngineOptions.severityOverrides. Restoring a rule starts its count afresh.
import type { Check } from '../checks/check';
import type { RulePack } from '../rules/pack';
import type { Severity } from '../types';
import { checks as allChecks } from '../checks';
import type { RuleCount, RuleStat, RuleStats } from './types';

export const DEMOTE = { minDecisions: 5, maxAcceptRate: 0.2 } as const;

const LOWER: Record<Severity, Severity> = { critical: 'major', major: 'minor', minor: 'neutral', neutral: 'neutral' };

export function demote(severity: Severity): Severity {
  return LOWER[severity];
}

/** The check that reports a rule id: 'rule-pack' for `${kind}/${pack}/${entry}`, else the id itself. */
export function checkOf(ruleId: string): string {
  return ruleId.split('/').length === 3 ? 'rule-pack' : ruleId;
}

/** A rule's own severity: the check's default, or the pack entry's (else its pack's, else the rule-pack check's). */
export function defaultSeverity(ruleId: string, packs: RulePack[], checks: Check[] = allChecks): Severity | null {
  const parts = ruleId.split('/');
  if (parts.length === 3) {
    const [kind, packId, entryId] = parts;
    const pack = packs.find((p) => p.kind === kind && p.id === packId);
    const entry = pack?.entries.find((e) => e.id === entryId);
    if (!pack || !entry) return null;
    return entry.severity ?? pack.severity ?? checks.find((c) => c.meta.id === 'rule-pack')?.meta.severity ?? null;
  }
  return checks.find((c) => c.meta.id === ruleId)?.meta.severity ?? null;
}

export function isDemoted(c: Pick<RuleCount, 'recentAccepted' | 'recentRejected'>): boolean {
  const n = c.recentAccepted + c.recentRejected;
  return n >= DEMOTE.minDecisions && c.recentAccepted / n < DEMOTE.maxAcceptRate;
}

/** Counts with what they mean: rates, the rule's severity, and the one it is demoted to. */
export function ruleStats(counts: RuleCount[], severityOf: (ruleId: string) => Severity | null): RuleStats {
  const rules: RuleStat[] = counts.map((c) => {
    const total = c.accepted + c.rejected;
    const severity = severityOf(c.ruleId);
    const lower = severity && isDemoted(c) ? demote(severity) : null;
    return {
      ...c,
      check: checkOf(c.ruleId),
      total,
      acceptRate: total ? c.accepted / total : null,
      severity,
      demotedTo: lower && lower !== severity ? lower : null,
    };
  });
  const byCheck = new Map<string, { check: string; accepted: number; rejected: number }>();
  for (const r of rules) {
    const k = byCheck.get(r.check) ?? { check: r.check, accepted: 0, rejected: 0 };
    k.accepted += r.accepted;
    k.rejected += r.rejected;
    byCheck.set(r.check, k);
  }
  const checks = [...byCheck.values()]
    .map((k) => ({ ...k, total: k.accepted + k.rejected, acceptRate: k.accepted + k.rejected ? k.accepted / (k.accepted + k.rejected) : null }))
    .sort((a, b) => b.total - a.total || a.check.localeCompare(b.check));
  const overrides: Record<string, Severity> = {};
  for (const r of rules) if (r.demotedTo) overrides[r.ruleId] = r.demotedTo;
  return { rules: rules.sort((a, b) => b.total - a.total || a.ruleId.localeCompare(b.ruleId)), checks, overrides };
}
