// The selected issue: what is wrong, where (both texts), what to do. Accept one of the
// suggestions, reject (optionally with a reason), edit the segment, or decide every issue of the
// same check at once (after a confirmation).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../core/types';
import { issueMessage, issueMessageLang } from '../../i18n';
import { useDeskState, useDispatch } from '../../context';
import { domKey, langDir, selectCounts, selectCurrentIssue, targetStarts } from '../../state/selectors';
import { displayChord, keysFor } from '../../keymap';
import { Kbd, SeverityBadge, useCategoryName, useCheckName, useHint } from '../common';

/** What accepting suggestion `i` does, in words: the new text, or the text it deletes. */
export function suggestionLabel(issue: Issue, i: number, workingText: (start: number, end: number) => string): { text: string; deletes: boolean } {
  const s = issue.suggestions[i];
  if (s.text) return { text: s.text, deletes: false };
  const removed = s.start !== undefined && s.end !== undefined ? workingText(s.start, s.end) : issue.target?.text ?? '';
  return { text: removed, deletes: true };
}

export function IssueDetail() {
  const { t, i18n } = useTranslation();
  const hint = useHint();
  const checkName = useCheckName();
  const categoryName = useCategoryName();
  const dispatch = useDispatch();
  const current = useDeskState((s) => selectCurrentIssue(s.app));
  const reasonOpen = useDeskState((s) => current !== null && s.app.reasonFor === current.key);
  const counts = useDeskState((s) => selectCounts(s.app));
  const doc = useDeskState((s) => s.app.review?.document ?? null);
  const targets = useDeskState((s) => s.app.review?.targets ?? null);
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (reasonOpen) reasonRef.current?.focus();
    else setReason('');
  }, [reasonOpen]);

  if (!current || !doc || !targets) {
    return (
      <section className="issue-detail empty" aria-label={t('issues.current')}>
        <p>{t('issues.noCurrent', { key: displayChord(keysFor('nextIssue')[0]) })}</p>
      </section>
    );
  }
  const { issue, key, segment } = current;
  const messageLang = issueMessageLang(i18n, issue);
  const seg = doc.segments[segment];
  const base = targetStarts(doc, targets)[segment] ?? 0;
  const segText = targets[segment] ?? '';
  const working = (start: number, end: number) => segText.slice(start - base, end - base);
  const sameRule = counts?.rule.get(issue.ruleId) ?? 0;
  const reject = (why?: string) => dispatch({ type: 'decide', action: { type: 'reject', segment, key, reason: why || undefined } });

  return (
    <section className={`issue-detail sev-${issue.severity}`} aria-label={t('issues.current')} data-issue={domKey(key)}>
      <header className="issue-meta">
        <SeverityBadge severity={issue.severity} />
        <span className="issue-check" title={issue.ruleId}>
          {checkName(issue.ruleId)}
        </span>
        {issue.ruleId.includes('/') && <span className="rule-id">{issue.ruleId.split('/').pop()}</span>}
      </header>
      <div className="issue-sub">
        <span className="issue-cat">{categoryName(issue.category)}</span>
        <button type="button" className="link seg-link" onClick={() => dispatch({ type: 'cursor', segment, issue: key })}>
          {t('issues.segment', { id: seg?.id ?? '' })}
        </button>
      </div>
      <p className="issue-message" lang={messageLang} dir={i18n.dir(messageLang)}>
        {issueMessage(t, issue)}
      </p>
      {(issue.source || issue.target) && (
        <dl className="issue-pair">
          {issue.source && (
            <>
              <dt>{t('issues.source')}</dt>
              <dd lang={doc.source.lang} dir={langDir(doc.source.lang)}>
                <span className={`src-hl sev-${issue.severity}`}>{issue.source.text}</span>
              </dd>
            </>
          )}
          {issue.target && (
            <>
              <dt>{t('issues.flagged')}</dt>
              <dd lang={doc.target.lang} dir={langDir(doc.target.lang)}>
                <span className={`flag sev-${issue.severity}`}>{issue.target.text}</span>
              </dd>
            </>
          )}
        </dl>
      )}
      <div className="suggestions" role="group" aria-label={t('issues.suggestions')}>
        {issue.suggestions.length === 0 && <p className="muted">{t('issues.noSuggestion')}</p>}
        {issue.suggestions.map((_, i) => {
          const label = suggestionLabel(issue, i, working);
          return (
            <button
              type="button"
              key={i}
              className={`btn suggestion${i === 0 ? ' primary' : ''}`}
              data-testid="accept"
              title={i === 0 ? hint(t('issues.accept'), 'accept') : undefined}
              onClick={() => dispatch({ type: 'decide', action: { type: 'accept', segment, key, suggestion: i } })}
            >
              {i < 9 && <Kbd chord={String(i + 1)} />}
              <span className="visually-hidden">{t('issues.accept')}: </span>
              {label.deletes ? (
                <span className="sugg-text">
                  {t('issues.deleteText')} <del>{label.text}</del>
                </span>
              ) : (
                <span className="sugg-text" lang={doc.target.lang} dir={langDir(doc.target.lang)}>
                  {label.text}
                </span>
              )}
              {i === 0 && issue.fix && <span className="safe-fix">{t('issues.safeFix')}</span>}
            </button>
          );
        })}
      </div>
      <div className="issue-actions">
        <button type="button" className="btn" data-testid="reject" title={hint(t('issues.reject'), 'reject')} onClick={() => reject()}>
          {t('issues.reject')}
        </button>
        <button type="button" className="btn ghost" title={hint(t('issues.rejectWithReason'), 'rejectReason')} onClick={() => dispatch({ type: 'reason', key })}>
          {t('issues.rejectWithReason')}
        </button>
        <button type="button" className="btn ghost" data-testid="edit" title={hint(t('issues.edit'), 'edit')} onClick={() => dispatch({ type: 'startEdit', segment })}>
          {t('issues.edit')}
        </button>
      </div>
      {reasonOpen && (
        <form
          className="reason-form"
          onSubmit={(e) => {
            e.preventDefault();
            reject(reason.trim());
          }}
        >
          <label htmlFor="reject-reason">{t('issues.reason')}</label>
          <input
            id="reject-reason"
            ref={reasonRef}
            value={reason}
            placeholder={t('issues.reasonPlaceholder')}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                dispatch({ type: 'reason', key: null });
              }
            }}
          />
          <button type="submit" className="btn primary small">
            {t('issues.rejectConfirm')}
          </button>
          <button type="button" className="btn small ghost" onClick={() => dispatch({ type: 'reason', key: null })}>
            {t('issues.cancel')}
          </button>
        </form>
      )}
      {sameRule > 1 && (
        <div className="bulk">
          <span>{t('issues.sameCheck')}</span>
          {issue.suggestions.length > 0 && (
            <button type="button" className="btn small" onClick={() => dispatch({ type: 'confirm', request: { kind: 'acceptAll', ruleId: issue.ruleId, count: sameRule } })}>
              {t('issues.acceptAll', { count: sameRule })}
            </button>
          )}
          <button type="button" className="btn small" onClick={() => dispatch({ type: 'confirm', request: { kind: 'rejectAll', ruleId: issue.ruleId, count: sameRule } })}>
            {t('issues.rejectAll', { count: sameRule })}
          </button>
        </div>
      )}
    </section>
  );
}
