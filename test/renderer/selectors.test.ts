// Derived data: issue list and counts under filters, visible rows, progress, offsets, directions.
import { issueKey } from '../../src/core/review/state';
import { appReducer } from '../../src/renderer/state/reducer';
import {
  checkFamily,
  issueCounts,
  langDir,
  reviewProgress,
  selectIssueList,
  selectVisibleSegments,
  targetStarts,
} from '../../src/renderer/state/selectors';
import { initialState, type AppAction, type AppState } from '../../src/renderer/state/types';
import { findIssue, run, sampleReview } from './helpers';

const reduce = (s: AppState, ...actions: AppAction[]) => actions.reduce((acc, a) => appReducer(acc, a, run), s);
const loaded = () => reduce(initialState(), { type: 'loaded', review: sampleReview(), names: { source: 'a', target: 'b' } });

describe('selectors', () => {
  it('counts open issues by severity, category, check family and rule', () => {
    const r = sampleReview();
    const c = issueCounts(r.issues, r.reviewed, false);
    const total = r.issues.flat().length;
    expect(c.total).toBe(total);
    expect(Object.values(c.severity).reduce((a, b) => a + b, 0)).toBe(total);
    expect(c.category.get('accuracy')).toBe(r.issues.flat().filter((x) => x.category.startsWith('accuracy')).length);
    expect(c.check.get('calque/fr-en')).toBeGreaterThan(20);
    expect(c.rule.get('calque/fr-en/piege')).toBe(3);
    expect(checkFamily('calque/fr-en/piege')).toBe('calque/fr-en');
    expect(checkFamily('sentence-boundary')).toBe('sentence-boundary');
  });

  it('filters the issue list by severity, category and check, and by reviewed segments', () => {
    let s = loaded();
    const all = selectIssueList(s).length;
    s = reduce(s, { type: 'filters', patch: { severities: { ...s.filters.severities, major: false } } });
    expect(selectIssueList(s).every((r) => r.issue.severity !== 'major')).toBe(true);
    s = reduce(s, { type: 'filters', patch: { severities: { critical: true, major: true, minor: true, neutral: true }, category: 'fluency' } });
    expect(selectIssueList(s).length).toBeGreaterThan(0);
    expect(selectIssueList(s).every((r) => r.issue.category.startsWith('fluency/'))).toBe(true);
    s = reduce(s, { type: 'filters', patch: { category: '', check: 'calque/fr-en' } });
    expect(selectIssueList(s).every((r) => r.issue.ruleId.startsWith('calque/fr-en/'))).toBe(true);
    s = reduce(s, { type: 'filters', patch: { check: '' } });
    expect(selectIssueList(s)).toHaveLength(all);
    const seg = findIssue(s.review!, 'trapped drone').segment;
    s = reduce(s, { type: 'decide', action: { type: 'markReviewed', segment: seg, reviewed: true } }, { type: 'filters', patch: { hideReviewed: true } });
    expect(selectIssueList(s).some((r) => r.segment === seg)).toBe(false);
    expect(selectVisibleSegments(s)).not.toContain(seg);
    expect(issueCounts(s.review!.issues, s.review!.reviewed, true).total).toBe(all - s.review!.issues[seg].length);
  });

  it('search keeps the segments whose original or translation contains the text', () => {
    const s = reduce(loaded(), { type: 'search', text: 'DRONE PIÉGÉ' });
    const rows = selectVisibleSegments(s);
    expect(rows.length).toBe(3);
    for (const i of rows) expect(s.review!.document.source.text.slice(s.review!.document.segments[i].source!.start, s.review!.document.segments[i].source!.end).toLowerCase()).toContain('drone piégé');
  });

  it('returns the same arrays while nothing they depend on changes (per-row selectors rely on it)', () => {
    const s = loaded();
    expect(selectIssueList(s)).toBe(selectIssueList({ ...s, hover: 'x' }));
    expect(selectVisibleSegments(s)).toBe(selectVisibleSegments({ ...s, cursor: { segment: 3, issue: null } }));
  });

  it('progress counts decided issues and reviewed segments', () => {
    let s = loaded();
    const a = findIssue(s.review!, 'trapped drone');
    const b = findIssue(s.review!, 'watching sit-ins');
    const open = s.review!.issues.flat().length;
    s = reduce(
      s,
      { type: 'decide', action: { type: 'accept', segment: a.segment, key: a.key } },
      { type: 'decide', action: { type: 'reject', segment: b.segment, key: b.key } },
      { type: 'decide', action: { type: 'markReviewed', segment: 0, reviewed: true } },
    );
    const p = reviewProgress(s.review!);
    expect(p).toMatchObject({ decided: 2, reviewed: 1, segments: 36 });
    expect(p.open).toBe(open - 2);
  });

  it('issue offsets are relative to where each segment now starts in the corrected text', () => {
    let s = loaded();
    const a = findIssue(s.review!, 'trapped drone');
    s = reduce(s, { type: 'decide', action: { type: 'accept', segment: a.segment, key: a.key } });
    const starts = targetStarts(s.review!.document, s.review!.targets);
    s.review!.issues.forEach((list, i) => {
      for (const x of list) if (x.target) expect(s.review!.targets[i].slice(x.target.start - starts[i], x.target.end - starts[i])).toBe(x.target.text);
    });
    expect(issueKey(s.review!.issues[a.segment][0])).not.toBe(a.key);
  });

  it('knows which content languages are written right to left', () => {
    for (const l of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'az-Arab']) expect(langDir(l)).toBe('rtl');
    for (const l of ['en', 'fr', 'zh', 'ku-Latn', 'tr']) expect(langDir(l)).toBe('ltr');
  });
});
