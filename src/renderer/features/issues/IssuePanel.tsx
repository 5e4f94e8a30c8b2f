// The side panel: open issues with their counts, filterable by severity, category and check, and
// a filter that hides reviewed segments; the selected issue's detail; the list itself.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { issueMessage } from '../../i18n';
import { useDeskState, useDispatch } from '../../context';
import { domKey, langDir, selectCounts, selectIssueList, type IssueRef } from '../../state/selectors';
import { initialFilters, SEVERITIES } from '../../state/types';
import { useCategoryName, useCheckName } from '../common';
import { IssueDetail } from './IssueDetail';

/** Rows rendered in the list at most; the rest are reached with J/K or by filtering. */
const LIST_LIMIT = 400;

export function IssueFilters() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const filters = useDeskState((s) => s.app.filters);
  const counts = useDeskState((s) => selectCounts(s.app));
  const checkName = useCheckName();
  const categoryName = useCategoryName();
  if (!counts) return null;
  const categories = [...counts.category.keys()].sort();
  const checks = [...counts.check.keys()].sort((a, b) => checkName(a).localeCompare(checkName(b)));
  const filtered = filters.category || filters.check || !Object.values(filters.severities).every(Boolean);
  return (
    <div className="filters" role="group" aria-label={t('issues.filters')}>
      <div className="sev-filters" role="group" aria-label={t('issues.severity')}>
        {SEVERITIES.map((sev) => (
          <button
            type="button"
            key={sev}
            className={`chip sev-${sev}${filters.severities[sev] ? ' on' : ''}`}
            aria-pressed={filters.severities[sev]}
            disabled={counts.severity[sev] === 0 && filters.severities[sev]}
            onClick={() => dispatch({ type: 'filters', patch: { severities: { ...filters.severities, [sev]: !filters.severities[sev] } } })}
          >
            <span className="dot" aria-hidden="true" />
            {t(`severity.${sev}`)}
            <span className="chip-count">{counts.severity[sev]}</span>
          </button>
        ))}
      </div>
      <div className="filter-row">
        <label>
          <span>{t('issues.category')}</span>
          <select value={filters.category} onChange={(e) => dispatch({ type: 'filters', patch: { category: e.target.value } })}>
            <option value="">{t('issues.all')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c.includes('/') ? '\u2003' : ''}
                {t('issues.withCount', { label: categoryName(c), count: counts.category.get(c) })}
              </option>
            ))}
            {filters.category && !counts.category.has(filters.category) && <option value={filters.category}>{categoryName(filters.category)}</option>}
          </select>
        </label>
        <label>
          <span>{t('issues.check')}</span>
          <select value={filters.check} onChange={(e) => dispatch({ type: 'filters', patch: { check: e.target.value } })}>
            <option value="">{t('issues.all')}</option>
            {checks.map((c) => (
              <option key={c} value={c}>
                {t('issues.withCount', { label: checkName(c), count: counts.check.get(c) })}
              </option>
            ))}
            {filters.check && !counts.check.has(filters.check) && <option value={filters.check}>{checkName(filters.check)}</option>}
          </select>
        </label>
      </div>
      <div className="filter-row">
        <label className="check">
          <input type="checkbox" checked={filters.hideReviewed} onChange={(e) => dispatch({ type: 'filters', patch: { hideReviewed: e.target.checked } })} />
          <span>{t('issues.hideReviewed')}</span>
        </label>
        {filtered && (
          <button type="button" className="link" onClick={() => dispatch({ type: 'filters', patch: { ...initialFilters(), hideReviewed: filters.hideReviewed } })}>
            {t('issues.clearFilters')}
          </button>
        )}
      </div>
    </div>
  );
}

function IssueItem({ r, active, onPick, lang, segmentId }: { r: IssueRef; active: boolean; onPick: () => void; lang: string; segmentId: string }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const checkName = useCheckName();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  return (
    <li ref={ref} className={`issue-item sev-${r.issue.severity}${active ? ' active' : ''}`}>
      <button
        type="button"
        aria-current={active ? 'true' : undefined}
        data-issue={domKey(r.key)}
        onClick={onPick}
        onMouseEnter={() => dispatch({ type: 'hover', key: r.key })}
        onMouseLeave={() => dispatch({ type: 'hover', key: null })}
        onFocus={() => dispatch({ type: 'hover', key: r.key })}
        onBlur={() => dispatch({ type: 'hover', key: null })}
      >
        <span className="dot" aria-hidden="true" />
        <span className="item-main">
          <span className="item-text" lang={lang} dir={langDir(lang)}>
            {r.issue.target?.text ?? r.issue.source?.text ?? issueMessage(t, r.issue)}
          </span>
          <span className="item-sub">
            <span className="visually-hidden">{t(`severity.${r.issue.severity}`)} · </span>
            {checkName(r.issue.ruleId)}
          </span>
        </span>
        <span className="item-seg">{segmentId}</span>
      </button>
    </li>
  );
}

export function IssueList() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const list = useDeskState((s) => selectIssueList(s.app));
  const cursor = useDeskState((s) => s.app.cursor);
  const total = useDeskState((s) => selectCounts(s.app)?.total ?? 0);
  const doc = useDeskState((s) => s.app.review?.document ?? null);
  if (!doc) return null;
  if (!list.length) return <p className="empty">{total ? t('issues.noneFiltered') : t('issues.none')}</p>;
  const at = list.findIndex((r) => r.key === cursor.issue && r.segment === cursor.segment);
  // Keep the selected issue inside the rendered window.
  const from = at >= LIST_LIMIT ? at - Math.floor(LIST_LIMIT / 2) : 0;
  const shown = list.slice(from, from + LIST_LIMIT);
  return (
    <>
      <ol className="issue-list" aria-label={t('issues.list')}>
        {shown.map((r) => (
          <IssueItem
            key={`${r.segment}:${r.key}`}
            r={r}
            lang={doc.target.lang}
            segmentId={doc.segments[r.segment]?.id ?? ''}
            active={r.segment === cursor.segment && r.key === cursor.issue}
            onPick={() => dispatch({ type: 'cursor', segment: r.segment, issue: r.key })}
          />
        ))}
      </ol>
      {list.length > shown.length && <p className="muted more">{t('issues.more', { count: list.length - shown.length })}</p>}
    </>
  );
}

export function IssuePanel() {
  const { t } = useTranslation();
  const list = useDeskState((s) => selectIssueList(s.app));
  const cursor = useDeskState((s) => s.app.cursor);
  const total = useDeskState((s) => selectCounts(s.app)?.total ?? 0);
  const at = list.findIndex((r) => r.key === cursor.issue && r.segment === cursor.segment);
  return (
    <aside className="side" aria-labelledby="issues-title" id="issue-panel">
      <header className="side-head">
        <h2 id="issues-title">{t('issues.title')}</h2>
        <span className="side-count">{t('issues.open', { count: total })}</span>
        {at >= 0 && <span className="side-pos">{t('issues.position', { index: at + 1, total: list.length })}</span>}
      </header>
      <IssueFilters />
      <IssueDetail />
      <div className="issue-scroll">
        <IssueList />
      </div>
    </aside>
  );
}
