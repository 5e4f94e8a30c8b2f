// Issues as W3C ITS 2.0 Localization Quality Issue data (https://www.w3.org/TR/its20/#lqissue):
// the check's MQM category to an ITS issue type, the severity to a number from 0 to 100, and
// the attributes that carry them on an XLIFF <mrk>.
import type { Severity } from '../core/types';
import type { UnitIssue } from '../core/bilingual';
import { escapeAttr } from './xml';

export const ITS_NS = 'http://www.w3.org/2005/11/its';

/** The ITS 2.0 issue types (locQualityIssueType values). */
export const ITS_ISSUE_TYPES = [
  'terminology', 'mistranslation', 'omission', 'untranslated', 'addition', 'duplication', 'inconsistency',
  'grammar', 'legal', 'register', 'locale-specific-content', 'locale-violation', 'style', 'characters',
  'misspelling', 'typographical', 'formatting', 'inconsistent-entities', 'numbers', 'markup', 'pattern-problem',
  'whitespace', 'internationalization', 'length', 'non-conformance', 'uncategorized', 'other',
] as const;

export type ItsIssueType = (typeof ITS_ISSUE_TYPES)[number];

/** Checks whose own kind of error has a closer ITS type than their MQM category gives. */
const BY_RULE: Record<string, ItsIssueType> = {
  'double-space': 'whitespace',
  'punctuation-spacing': 'whitespace',
  numbers: 'numbers',
  repetition: 'duplication',
  consistency: 'inconsistency',
  'name-consistency': 'inconsistent-entities',
  names: 'inconsistent-entities',
  'inline-tags': 'markup',
  spelling: 'misspelling',
  'stray-characters': 'characters',
  'web-residue': 'formatting',
  untranslated: 'untranslated',
  'code-mix': 'untranslated',
};

/** MQM category (lower case path) to ITS: the last step first, then the branch. */
const BY_CATEGORY: Record<string, ItsIssueType> = {
  mistranslation: 'mistranslation',
  omission: 'omission',
  addition: 'addition',
  untranslated: 'untranslated',
  grammar: 'grammar',
  spelling: 'misspelling',
  punctuation: 'typographical',
  typography: 'typographical',
  inconsistency: 'inconsistency',
  markup: 'markup',
  register: 'register',
  terminology: 'terminology',
  style: 'style',
  'locale-convention': 'locale-violation',
  'number-format': 'numbers',
  'character-encoding': 'characters',
  length: 'length',
  legal: 'legal',
  'design': 'formatting',
  accuracy: 'mistranslation',
  fluency: 'grammar',
};

export function itsIssueType(ruleId: string, category: string): ItsIssueType {
  const rule = BY_RULE[ruleId] ?? BY_RULE[ruleId.split('/')[0]];
  if (rule) return rule;
  const steps = category.toLowerCase().split('/');
  for (let i = steps.length - 1; i >= 0; i--) {
    const t = BY_CATEGORY[steps[i]];
    if (t) return t;
  }
  return category === 'other' ? 'other' : 'uncategorized';
}

/** ITS severity, 0 (none) to 100 (most severe). */
export const ITS_SEVERITY: Record<Severity, number> = { critical: 100, major: 70, minor: 30, neutral: 0 };

/** The comment an annotation carries: the message, the check, and the reviewer's reason for a rejection. */
export function itsComment(issue: UnitIssue): string {
  const base = `${issue.message} [${issue.ruleId}]`;
  if (issue.enabled) return base;
  return issue.note ? `${base} (rejected by the reviewer: ${issue.note})` : `${base} (rejected by the reviewer)`;
}

/** ` p:locQualityIssueType="..." ...` for one issue, with `prefix` bound to the ITS namespace. */
export function itsAttributes(issue: UnitIssue, prefix: string): string {
  const attrs: Array<[string, string]> = [
    ['locQualityIssueType', itsIssueType(issue.ruleId, issue.category)],
    ['locQualityIssueComment', itsComment(issue)],
    ['locQualityIssueSeverity', String(ITS_SEVERITY[issue.severity])],
  ];
  if (!issue.enabled) attrs.push(['locQualityIssueEnabled', 'no']);
  return attrs.map(([k, v]) => ` ${prefix}:${k}="${escapeAttr(v)}"`).join('');
}
