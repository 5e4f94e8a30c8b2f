// One aligned segment: number, original, translation (flags highlighted by severity), status.
// Every value comes from a per-row selector, so a decision in one segment re-renders that row only.
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { issueKey } from '../../../core/review/state';
import { SEVERITY_RANK, type Issue } from '../../../core/types';
import { issueMessage } from '../../i18n';
import { useDeskState, useDispatch } from '../../context';
import { domKey, langDir, originalTarget, segmentSource, targetStarts } from '../../state/selectors';
import { canSplit } from '../../state/merge';
import { Icon, useHint } from '../common';
import { SegmentEditor } from '../editor/SegmentEditor';
import { Highlighted, type Mark } from './highlight';

export const LOW_CONFIDENCE = 0.5;
const NO_ISSUES: Issue[] = [];

interface Props {
  index: number;
  rowIndex: number;
  style?: CSSProperties;
  measure?: (el: HTMLElement | null) => void;
}

export const SegmentRow = memo(function SegmentRow({ index, rowIndex, style, measure }: Props) {
  const { t } = useTranslation();
  const hint = useHint();
  const dispatch = useDispatch();
  const document = useDeskState((s) => s.app.review!.document);
  const target = useDeskState((s) => s.app.review!.targets[index] ?? '');
  const issues = useDeskState((s) => s.app.review!.issues[index] ?? NO_ISSUES);
  const reviewed = useDeskState((s) => Boolean(s.app.review!.reviewed[index]));
  const base = useDeskState((s) => targetStarts(s.app.review!.document, s.app.review!.targets)[index] ?? 0);
  const active = useDeskState((s) => s.app.cursor.segment === index);
  const activeIssue = useDeskState((s) => (s.app.cursor.segment === index ? s.app.cursor.issue : null));
  const hover = useDeskState((s) => {
    const h = s.app.hover;
    return h && (s.app.review!.issues[index] ?? []).some((x) => issueKey(x) === h) ? h : null;
  });
  const editing = useDeskState((s) => s.app.editing === index);
  const hasNext = index + 1 < document.segments.length;
  const splittable = useDeskState((s) => canSplit(s.app.review!, index));

  const seg = document.segments[index];
  if (!seg) return null;
  const source = segmentSource(document, index);
  const edited = target !== originalTarget(document, index);
  const sourceBase = seg.source?.start ?? 0;
  const percent = Math.round(seg.confidence * 100);
  const low = seg.confidence < LOW_CONFIDENCE;

  const targetMarks: Mark[] = [];
  const sourceMarks: Mark[] = [];
  const loose = [] as typeof issues;
  issues.forEach((issue, rank) => {
    const key = issueKey(issue);
    const state = `${key === activeIssue ? ' active' : ''}${key === hover ? ' hover' : ''}`;
    if (issue.target) {
      targetMarks.push({
        start: issue.target.start - base,
        end: issue.target.end - base,
        className: `flag sev-${issue.severity}${state}`,
        issue: key,
        title: issueMessage(t, issue),
        rank,
      });
    } else loose.push(issue);
    if (issue.source && (key === activeIssue || key === hover)) {
      sourceMarks.push({ start: issue.source.start - sourceBase, end: issue.source.end - sourceBase, className: `src-hl sev-${issue.severity}`, rank });
    }
  });

  const onMark = (key: string, what: 'enter' | 'leave' | 'click') => {
    if (what === 'enter') dispatch({ type: 'hover', key });
    else if (what === 'leave') dispatch({ type: 'hover', key: null });
    else dispatch({ type: 'cursor', segment: index, issue: key });
  };

  const classes = ['row', active && 'active', reviewed && 'reviewed', low && 'low-confidence', edited && 'edited', editing && 'editing', issues.length > 0 && 'has-issues']
    .filter(Boolean)
    .join(' ');

  return (
    <div
      ref={measure}
      data-index={rowIndex}
      data-segment={seg.id}
      id={`seg-${index}`}
      role="row"
      aria-rowindex={rowIndex + 2}
      aria-selected={active}
      className={classes}
      style={style}
      onClick={() => dispatch({ type: 'cursor', segment: index })}
    >
      <div role="gridcell" className="cell num">
        <span className="seg-no">{index + 1}</span>
        <span className="seg-id">{seg.id}</span>
        {seg.kind !== '1-1' && <span className="seg-kind" title={t('grid.kind', { kind: seg.kind })}>{seg.kind}</span>}
      </div>
      <div role="gridcell" className="cell src" lang={document.source.lang} dir={langDir(document.source.lang)}>
        {source ? <Highlighted text={source} marks={sourceMarks} /> : <span className="placeholder">{t('grid.noSource')}</span>}
      </div>
      <div
        role="gridcell"
        className="cell tgt"
        lang={document.target.lang}
        dir={langDir(document.target.lang)}
        onDoubleClick={() => dispatch({ type: 'startEdit', segment: index })}
      >
        {editing ? (
          <SegmentEditor index={index} />
        ) : (
          <>
            {target ? <Highlighted text={target} marks={targetMarks} onMark={onMark} /> : <span className="placeholder">{t('grid.noTarget')}</span>}
            {loose.length > 0 && (
              <span className="loose-flags">
                {loose.map((issue) => {
                  const key = issueKey(issue);
                  return (
                    <button
                      type="button"
                      key={key}
                      className={`loose-flag sev-${issue.severity}${key === activeIssue ? ' active' : ''}`}
                      data-issue={domKey(key)}
                      title={issueMessage(t, issue)}
                      onMouseEnter={() => onMark(key, 'enter')}
                      onMouseLeave={() => onMark(key, 'leave')}
                      onClick={(e) => {
                        e.stopPropagation();
                        onMark(key, 'click');
                      }}
                    >
                      {issue.source?.text ?? issueMessage(t, issue)}
                    </button>
                  );
                })}
              </span>
            )}
          </>
        )}
      </div>
      <div role="gridcell" className="cell status">
        <span className="status-icons">
          {reviewed ? (
            <span className="reviewed-mark" title={t('grid.reviewed')}>
              <Icon name="check" />
              <span className="visually-hidden">{t('grid.reviewed')}</span>
            </span>
          ) : issues.length > 0 ? (
            <span className={`count-badge sev-${issues.reduce((m, x) => (SEVERITY_RANK[x.severity] > SEVERITY_RANK[m] ? x.severity : m), issues[0].severity)}`} title={t('grid.issues', { count: issues.length })}>
              {issues.length}
            </span>
          ) : null}
          {low && (
            <span className="low-conf" title={t('grid.lowConfidence', { percent })}>
              <Icon name="warn" />
              <span className="visually-hidden">{t('grid.lowConfidence', { percent })}</span>
            </span>
          )}
        </span>
        <span className="confidence" title={t('grid.confidence', { percent })} aria-label={t('grid.confidence', { percent })}>
          <span className={`confidence-bar${low ? ' low' : ''}`} style={{ inlineSize: `${percent}%` }} />
        </span>
        {active && !editing && (
          <span className="row-actions" role="group" aria-label={t('grid.segmentActions')}>
            <button type="button" className="icon-btn" title={hint(t('grid.edit'), 'edit')} aria-label={t('grid.edit')} onClick={(e) => { e.stopPropagation(); dispatch({ type: 'startEdit', segment: index }); }}>
              <Icon name="edit" />
            </button>
            <button
              type="button"
              className={`icon-btn${reviewed ? ' on' : ''}`}
              aria-pressed={reviewed}
              title={hint(reviewed ? t('grid.unmarkReviewed') : t('grid.markReviewed'), 'markReviewed')}
              aria-label={t('grid.markReviewed')}
              onClick={(e) => { e.stopPropagation(); dispatch({ type: 'decide', action: { type: 'markReviewed', segment: index, reviewed: !reviewed } }); }}
            >
              <Icon name="check" />
            </button>
            {splittable && (
              <button type="button" className="icon-btn" title={hint(t('grid.split'), 'split')} aria-label={t('grid.split')} onClick={(e) => { e.stopPropagation(); dispatch({ type: 'split', segment: index }); }}>
                <Icon name="split" />
              </button>
            )}
            {hasNext && (
              <button type="button" className="icon-btn" title={hint(t('grid.mergeNext'), 'mergeNext')} aria-label={t('grid.mergeNext')} onClick={(e) => { e.stopPropagation(); dispatch({ type: 'confirm', request: { kind: 'merge', segment: index } }); }}>
                <Icon name="merge" />
              </button>
            )}
          </span>
        )}
      </div>
    </div>
  );
});
