// The engine's public face: texts in, a document and its issues out. Pure TypeScript, so the
// same code runs in the CLI, in the renderer and in a worker.
import type { EngineServices } from './checks/check';
import type { Issue, ReviewDocument, Severity } from './types';
import type { RulePack } from './rules/pack';
import { buildDocument, pairDocument } from './document';
import { createDocContext, runChecks, type RunOptions } from './run';
import { checks as allChecks } from './checks';
import { builtinPacks } from './rules/builtin';
import { profileById, profileConfig, type Profile } from './profiles';

export interface EngineOptions {
  profile?: Profile | string;
  packs?: RulePack[];
  services?: EngineServices;
  /**
   * Severity by rule id, over the profile's and the rule's own: a check id ('spelling') or a
   * rule-pack entry ('calque/fr-en/piege'). The corrections memory demotes rules this way.
   */
  severityOverrides?: Record<string, Severity>;
}

export interface CheckResult {
  document: ReviewDocument;
  issues: Issue[];
}

function packEnabled(pack: RulePack, profile: Profile | undefined): RulePack | null {
  const off = profile?.packsOff ?? [];
  if (off.includes(pack.id)) return null;
  const entries = pack.entries.filter((e) => !e.disabled && !off.includes(`${pack.id}/${e.id}`));
  return { ...pack, entries };
}

export function runOptions(options: EngineOptions = {}): RunOptions {
  const profile = typeof options.profile === 'string' ? profileById(options.profile) : options.profile;
  const packs = (options.packs ?? builtinPacks)
    .map((p) => packEnabled(p, profile))
    .filter((p): p is RulePack => p !== null);
  const config = profileConfig(profile, allChecks.map((c) => c.meta.id));
  const overrides = options.severityOverrides ?? {};
  if (Object.keys(overrides).length === 0) return { checks: allChecks, packs, config, services: options.services };
  for (const check of allChecks) {
    const severity = overrides[check.meta.id];
    const current = config[check.meta.id];
    if (severity && current !== 'off') config[check.meta.id] = { ...current, severity };
  }
  const overridden = packs.map((p) =>
    p.entries.some((e) => overrides[`${p.kind}/${p.id}/${e.id}`])
      ? { ...p, entries: p.entries.map((e) => (overrides[`${p.kind}/${p.id}/${e.id}`] ? { ...e, severity: overrides[`${p.kind}/${p.id}/${e.id}`] } : e)) }
      : p,
  );
  return { checks: allChecks, packs: overridden, config, services: options.services };
}

export function checkDocument(document: ReviewDocument, options: EngineOptions = {}): Issue[] {
  return runChecks(createDocContext(document), runOptions(options));
}

export function checkTexts(source: string, target: string, from: string, to: string, options: EngineOptions = {}): CheckResult {
  const document = buildDocument(source, target, from, to);
  return { document, issues: checkDocument(document, options) };
}

/** One already-paired segment (a TSV line): no alignment, offsets index into the two strings. */
export function checkPair(source: string, target: string, from: string, to: string, options: EngineOptions = {}): CheckResult {
  const document = pairDocument(source, target, from, to);
  return { document, issues: checkDocument(document, options) };
}

export type { Issue, ReviewDocument, Segment, Severity, Span, TextSpan } from './types';
