// The top bar: the document and its language pair, the view switch, search, and the commands
// (with their shortcuts from the keymap in their titles).
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk, useDeskState, useDispatch } from '../../context';
import { Icon, useHint } from '../common';
import { LanguageSelect } from '../start/LanguageSelect';

export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_props, ref) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const search = useDeskState((s) => s.app.search);
  const hint = useHint();
  return (
    <div className="search" role="search">
      <Icon name="search" />
      <input
        ref={ref}
        id="search"
        type="search"
        value={search}
        aria-label={t('toolbar.search')}
        title={hint(t('toolbar.search'), 'search')}
        placeholder={t('toolbar.searchPlaceholder')}
        onChange={(e) => dispatch({ type: 'search', text: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            dispatch({ type: 'search', text: '' });
            document.getElementById('segment-grid')?.focus();
          } else if (e.key === 'Enter' || e.key === 'ArrowDown') {
            e.preventDefault();
            document.getElementById('segment-grid')?.focus();
          }
        }}
      />
    </div>
  );
});

export function Toolbar() {
  const { t } = useTranslation();
  const hint = useHint();
  const { controller } = useDesk();
  const dispatch = useDispatch();
  const phase = useDeskState((s) => s.app.phase);
  const names = useDeskState((s) => s.app.names);
  const from = useDeskState((s) => s.app.review?.document.source.lang ?? '');
  const to = useDeskState((s) => s.app.review?.document.target.lang ?? '');
  const canUndo = useDeskState((s) => Boolean(s.app.review?.past.length));
  const canRedo = useDeskState((s) => Boolean(s.app.review?.future.length));
  const view = useDeskState((s) => s.app.view);
  const review = phase === 'review';
  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.main')}>
      <div className="brand">
        <span className="logo" aria-hidden="true">V</span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      {review && (
        <div className="doc-info">
          <span className="doc-names" title={`${names.source} → ${names.target}`}>
            <span className="doc-name">{names.source}</span>
            <Icon name="arrow" className="flip-rtl" />
            <span className="doc-name">{names.target}</span>
          </span>
          <span className="pair" role="group" aria-label={t('toolbar.languages')}>
            <LanguageSelect id="doc-from" className="compact" label={t('toolbar.sourceLanguage')} value={from} onChange={(code) => code !== from && dispatch({ type: 'confirm', request: { kind: 'languages', from: code, to } })} />
            <Icon name="arrow" className="flip-rtl" />
            <LanguageSelect id="doc-to" className="compact" label={t('toolbar.targetLanguage')} value={to} onChange={(code) => code !== to && dispatch({ type: 'confirm', request: { kind: 'languages', from, to: code } })} />
          </span>
        </div>
      )}
      {review && (
        <div className="segmented view-switch" role="group" aria-label={t('toolbar.view')}>
          <button type="button" aria-pressed={view === 'review'} className={view === 'review' ? 'on' : ''} onClick={() => dispatch({ type: 'view', view: 'review' })}>
            {t('toolbar.review')}
          </button>
          <button type="button" aria-pressed={view === 'changes'} className={view === 'changes' ? 'on' : ''} title={hint(t('toolbar.changes'), 'toggleChanges')} onClick={() => dispatch({ type: 'view', view: 'changes' })}>
            {t('toolbar.changes')}
          </button>
        </div>
      )}
      <span className="spacer" />
      {review && <SearchBox />}
      {review && (
        <div className="tool-group">
          <button type="button" className="icon-btn" aria-label={t('toolbar.undo')} title={hint(t('toolbar.undo'), 'undo')} disabled={!canUndo} onClick={() => dispatch({ type: 'decide', action: { type: 'undo' } })}>
            <Icon name="undo" className="flip-rtl" />
          </button>
          <button type="button" className="icon-btn" aria-label={t('toolbar.redo')} title={hint(t('toolbar.redo'), 'redo')} disabled={!canRedo} onClick={() => dispatch({ type: 'decide', action: { type: 'redo' } })}>
            <Icon name="redo" className="flip-rtl" />
          </button>
        </div>
      )}
      <div className="tool-group">
        {review && (
          <button type="button" className="icon-btn" aria-label={t('toolbar.newReview')} title={t('toolbar.newReview')} onClick={() => dispatch({ type: 'confirm', request: { kind: 'close' } })}>
            <Icon name="plus" />
          </button>
        )}
        <button type="button" className="icon-btn" aria-label={t('toolbar.openProject')} title={hint(t('toolbar.openProject'), 'openProject')} onClick={() => void controller.openProject()}>
          <Icon name="open" />
        </button>
        {review && (
          <button type="button" className="icon-btn" aria-label={t('toolbar.saveProject')} title={hint(t('toolbar.saveProject'), 'saveProject')} onClick={() => void controller.saveProject()}>
            <Icon name="save" />
          </button>
        )}
        {review && (
          <button type="button" className="btn primary export" title={hint(t('toolbar.export'), 'export')} onClick={() => dispatch({ type: 'overlay', overlay: 'export' })}>
            <Icon name="export" />
            {t('toolbar.export')}
          </button>
        )}
      </div>
      <div className="tool-group">
        <button
          type="button"
          className={`icon-btn${view === 'corrections' ? ' on' : ''}`}
          aria-label={t('toolbar.corrections')}
          aria-pressed={view === 'corrections'}
          title={hint(t('toolbar.corrections'), 'corrections')}
          onClick={() => dispatch({ type: 'view', view: view === 'corrections' ? 'review' : 'corrections' })}
        >
          <Icon name="memory" />
        </button>
        <button type="button" className="icon-btn" aria-label={t('toolbar.settings')} title={t('toolbar.settings')} onClick={() => dispatch({ type: 'overlay', overlay: 'settings' })}>
          <Icon name="gear" />
        </button>
        <button type="button" className="icon-btn" aria-label={t('toolbar.help')} title={hint(t('toolbar.help'), 'help')} onClick={() => dispatch({ type: 'overlay', overlay: 'help' })}>
          <Icon name="help" />
        </button>
      </div>
    </header>
  );
}
