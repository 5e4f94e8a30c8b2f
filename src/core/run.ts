// Runs checks over segments and turns their relative reports into document issues.
import type { Check, CheckContext, DocContext, EngineServices, Report, SegmentView } from './checks/check';
import type { RulePack } from './rules/pack';
import type { Issue, ReviewDocument, Segment, Severity, Span, TextSpan } from './types';
import { SEVERITY_RANK } from './types';
import { formatMessage } from './format';
import { baseOf } from './lang/base-lang';

export interface CheckConfig {
  severity?: Severity;
  options?: Record<string, unknown>;
}

export interface RunOptions {
  checks: Check[];
  packs?: RulePack[];
  /** Per-check configuration; a check id mapped to 'off' does not run. */
  config?: Record<string, CheckConfig | 'off'>;
  services?: EngineServices;
}

export function segmentView(doc: ReviewDocument, segment: Segment): SegmentView {
  const sourceOffset = segment.source ? segment.source.start : 0;
  const targetOffset = segment.target ? segment.target.start : 0;
  return {
    segment,
    from: doc.source.lang,
    to: doc.target.lang,
    source: segment.source ? doc.source.text.slice(segment.source.start, segment.source.end) : '',
    target: segment.target ? doc.target.text.slice(segment.target.start, segment.target.end) : '',
    sourceOffset,
    targetOffset,
    sourceSentences: segment.sourceSentences.map((s) => ({ start: s.start - sourceOffset, end: s.end - sourceOffset })),
    targetSentences: segment.targetSentences.map((s) => ({ start: s.start - targetOffset, end: s.end - targetOffset })),
  };
}

export function createDocContext(document: ReviewDocument): DocContext {
  const cache = new Map<string, unknown>();
  const views = document.segments.map((s) => segmentView(document, s));
  return {
    document,
    views,
    memo<T>(key: string, build: () => T): T {
      let value = cache.get(key);
      if (value === undefined && !cache.has(key)) {
        value = build();
        cache.set(key, value);
      }
      return value as T;
    },
  };
}

export function appliesTo(check: Check, from: string, to: string): boolean {
  const scope = check.meta.languages;
  if (!scope) return true;
  if (scope.source && !scope.source.includes(baseOf(from))) return false;
  if (scope.target && !scope.target.includes(baseOf(to))) return false;
  return true;
}

function absolute(span: Span | null | undefined, offset: number, text: string): TextSpan | null {
  if (!span) return null;
  const start = span.start + offset;
  const end = span.end + offset;
  return { start, end, text: text.slice(start, end) };
}

function toIssue(check: Check, config: CheckConfig, r: Report, view: SegmentView, doc: ReviewDocument): Issue {
  const data = r.data ?? {};
  const template = check.meta.messages[r.messageId];
  const message = r.message ?? (template !== undefined ? formatMessage(template, data) : r.messageId);
  const target = absolute(r.target, view.targetOffset, doc.target.text);
  return {
    ruleId: r.ruleId ?? check.meta.id,
    category: r.category ?? check.meta.category,
    severity: config.severity ?? r.severity ?? check.meta.severity,
    messageId: r.messageId,
    data,
    message,
    segment: view.segment.id,
    target,
    source: absolute(r.source, view.sourceOffset, doc.source.text),
    suggestions: (r.suggestions ?? []).map((s) =>
      s.start === undefined || s.end === undefined
        ? { text: s.text }
        : { text: s.text, start: s.start + view.targetOffset, end: s.end + view.targetOffset },
    ),
    fix: Boolean(r.fix && check.meta.fixable === 'fix'),
  };
}

/** What a check without configuration runs with (read only). */
const NO_CONFIG: CheckConfig = {};

/** Runs every enabled check on the given segment views (all of them by default). */
export function runChecks(
  docCtx: DocContext,
  options: RunOptions,
  views: SegmentView[] = docCtx.views,
): Issue[] {
  const doc = docCtx.document;
  const from = doc.source.lang;
  const to = doc.target.lang;
  const issues: Issue[] = [];
  const checks = options.checks;
  if (checks.length === 0 || views.length === 0) return sortAndDedupe(issues);
  const noOptions: Record<string, unknown> = {};
  // One context for the run, pointed at each check and view in turn: a context per check and
  // view (or even per check, on a run of one-segment documents) was a crowd of short-lived objects.
  let check: Check = checks[0];
  let config: CheckConfig = {};
  let view: SegmentView = views[0];
  const ctx: CheckContext = {
    from,
    to,
    doc: docCtx,
    options: noOptions,
    packs: options.packs ?? [],
    services: options.services ?? {},
    report: (r) => {
      issues.push(toIssue(check, config, r, view, doc));
    },
  };
  for (let c = 0; c < checks.length; c++) {
    check = checks[c];
    const cfg = options.config?.[check.meta.id];
    if (cfg === 'off' || !appliesTo(check, from, to)) continue;
    config = cfg ?? NO_CONFIG;
    ctx.options = config.options ?? noOptions;
    for (let v = 0; v < views.length; v++) {
      view = views[v];
      try {
        check.run(view, ctx);
      } catch (err) {
        // One faulty check must not cost the editor the other checks' findings.
        issues.push({
          ruleId: check.meta.id,
          category: 'other',
          severity: 'neutral',
          messageId: 'internal-error',
          data: {},
          message: `Check ${check.meta.id} failed on this segment: ${(err as Error).message}`,
          segment: view.segment.id,
          target: null,
          source: null,
          suggestions: [],
          fix: false,
        });
      }
    }
  }
  return sortAndDedupe(issues);
}

function position(i: Issue): number {
  return i.target ? i.target.start : i.source ? i.source.start : Number.MAX_SAFE_INTEGER;
}

/** Better of two issues on the same span: heavier severity, then one with a fix to offer. */
function better(a: Issue, b: Issue): Issue {
  const d = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (d !== 0) return d > 0 ? a : b;
  if (a.suggestions.length !== b.suggestions.length) return a.suggestions.length > b.suggestions.length ? a : b;
  return a;
}

function spanKey(i: Issue): string {
  if (i.target) return `t:${i.target.start}:${i.target.end}`;
  if (i.source) return `s:${i.segment}:${i.source.start}:${i.source.end}`;
  return `r:${i.segment}:${i.ruleId}:${i.messageId}`;
}

/** Target offsets below this pack into one exact number (start * SPAN + end < 2^53). */
const SPAN = 0x4000000;

/**
 * spanKey, as a number for a target span (most issues): no string to build and hash. A number
 * never equals a string key, and two target spans give the same number only when they are the same.
 */
function fastSpanKey(i: Issue): string | number {
  const t = i.target;
  return t && t.start < SPAN && t.end < SPAN ? t.start * SPAN + t.end : spanKey(i);
}

/**
 * A flag inside a heavier flag's span that already offers a fix for the whole span says the same
 * thing twice ("preliminary" lower-case inside "results. preliminary."): accepting the outer fix
 * rewrites it, and the re-check raises the inner one again if it still stands.
 */
function covered(inner: Issue, outer: Issue): boolean {
  const a = inner.target;
  const b = outer.target;
  if (!a || !b || inner === outer || inner.ruleId === outer.ruleId) return false;
  const inside = b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  return inside && outer.suggestions.length > 0 && SEVERITY_RANK[outer.severity] >= SEVERITY_RANK[inner.severity];
}

/** Sorted by position, then severity; two checks flagging the same span say it once. */
export function sortAndDedupe(issues: Issue[]): Issue[] {
  // One issue per span key, in the order the keys first came, each the better of its issues.
  const slots = new Map<string | number, number>();
  const unique: Issue[] = [];
  for (const issue of issues) {
    const key = fastSpanKey(issue);
    const slot = slots.get(key);
    if (slot === undefined) {
      slots.set(key, unique.length);
      unique.push(issue);
    } else unique[slot] = better(unique[slot], issue);
  }
  // Only an issue with a target span and a suggestion can cover another one.
  const covering = new Map<string, Issue[]>();
  for (const i of unique) {
    if (!i.target || i.suggestions.length === 0) continue;
    const list = covering.get(i.segment);
    if (list) list.push(i);
    else covering.set(i.segment, [i]);
  }
  const kept = covering.size === 0 ? unique : unique.filter((i) => {
    if (!i.target) return true;
    const others = covering.get(i.segment);
    if (!others) return true;
    for (const o of others) if (covered(i, o)) return false;
    return true;
  });
  return kept.sort(
    (a, b) =>
      position(a) - position(b) ||
      (a.target?.end ?? 0) - (b.target?.end ?? 0) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
