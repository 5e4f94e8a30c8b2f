// Every check and every rule-pack entry carries good and bad examples; this turns one example
// into what a test needs to compare: the issues raised and the target after the first fix.
import type { Check, CheckExample } from '../checks/check';
import type { RulePack } from '../rules/pack';
import type { Issue } from '../types';
import { pairDocument } from '../document';
import { createDocContext, runChecks } from '../run';
import { applySuggestion } from '../fix';

export interface ExampleRun {
  issues: Issue[];
  /** Target with the first suggestion of the issue at `index` applied. */
  fixedBy(issue: Issue): string;
}

export function runExample(checks: Check[], example: CheckExample, packs: RulePack[] = []): ExampleRun {
  const doc = pairDocument(example.source, example.target, example.from, example.to);
  const issues = runChecks(createDocContext(doc), { checks, packs });
  return { issues, fixedBy: (issue) => applySuggestion(example.target, issue) };
}
