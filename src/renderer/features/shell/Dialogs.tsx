// The desk's dialogs: confirmation (accept/reject all, close, languages, merge), keyboard help
// (generated from the keymap), settings, recovery of an autosaved review, errors, checking progress.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { profiles } from '../../../core/profiles';
import { useDesk, useDeskState, useDispatch } from '../../context';
import { autonym, UI_LANGUAGES } from '../../i18n';
import { KEYMAP, type Mode } from '../../keymap';
import { Kbd, Modal, useCheckName } from '../common';

export function ConfirmDialog() {
  const { t } = useTranslation();
  const { controller } = useDesk();
  const dispatch = useDispatch();
  const request = useDeskState((s) => s.app.confirm);
  const segIds = useDeskState((s) => s.app.review?.document.segments);
  const checkName = useCheckName();
  const [reason, setReason] = useState('');
  if (!request) return null;
  const cancel = () => {
    setReason('');
    dispatch({ type: 'confirm', request: null });
  };
  let title = '';
  let body = '';
  let run: () => void = cancel;
  switch (request.kind) {
    case 'acceptAll':
    case 'rejectAll': {
      const check = `${checkName(request.ruleId)} · ${request.ruleId.split('/').pop()}`;
      title = request.kind === 'acceptAll' ? t('confirm.acceptAllTitle') : t('confirm.rejectAllTitle');
      body = request.kind === 'acceptAll' ? t('confirm.acceptAllBody', { check, count: request.count }) : t('confirm.rejectAllBody', { check, count: request.count });
      run = () => {
        dispatch({ type: 'decide', action: { type: request.kind, ruleId: request.ruleId, reason: request.kind === 'rejectAll' ? reason.trim() || undefined : undefined } });
        setReason('');
      };
      break;
    }
    case 'close':
      title = t('confirm.closeTitle');
      body = t('confirm.closeBody');
      run = () => void controller.close();
      break;
    case 'languages':
      title = t('confirm.languagesTitle');
      body = t('confirm.languagesBody');
      run = () => {
        dispatch({ type: 'confirm', request: null });
        void controller.changeLanguages(request.from, request.to);
      };
      break;
    case 'merge':
      title = t('confirm.mergeTitle');
      body = t('confirm.mergeBody', { a: segIds?.[request.segment]?.id ?? '', b: segIds?.[request.segment + 1]?.id ?? '' });
      run = () => dispatch({ type: 'mergeNext', segment: request.segment });
      break;
  }
  return (
    <Modal labelledBy="confirm-title" describedBy="confirm-body" onClose={cancel} role="alertdialog" className="confirm">
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-body">{body}</p>
      {request.kind === 'rejectAll' && (
        <label className="field">
          <span>{t('confirm.reason')}</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={cancel}>
          {t('confirm.cancel')}
        </button>
        <button type="button" className="btn primary" data-autofocus onClick={run}>
          {t('confirm.ok')}
        </button>
      </div>
    </Modal>
  );
}

export function HelpOverlay() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const open = useDeskState((s) => s.app.overlay === 'help');
  if (!open) return null;
  const modes: Mode[] = ['nav', 'edit', 'always'];
  return (
    <Modal labelledBy="help-title" onClose={() => dispatch({ type: 'overlay', overlay: null })} className="help">
      <h2 id="help-title">{t('help.title')}</h2>
      <div className="help-cols">
        {modes.map((mode) => (
          <section key={mode}>
            <h3>{t(`help.${mode}`)}</h3>
            <table className="keys">
              <tbody>
                {KEYMAP.filter((b) => b.when === mode).map((b) => (
                  <tr key={b.command}>
                    <td className="keys-cell">
                      {(b.command === 'acceptChoice' ? ['1', '9'] : b.keys).map((k, i) => (
                        <span key={k}>
                          {i > 0 && <span className="muted"> {b.command === 'acceptChoice' ? '–' : t('help.or')} </span>}
                          <Kbd chord={k} />
                        </span>
                      ))}
                    </td>
                    <td>{t(`command.${b.command}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn primary" data-autofocus onClick={() => dispatch({ type: 'overlay', overlay: null })}>
          {t('help.close')}
        </button>
      </div>
    </Modal>
  );
}

export function SettingsDialog() {
  const { t } = useTranslation();
  const { controller } = useDesk();
  const dispatch = useDispatch();
  const open = useDeskState((s) => s.app.overlay === 'settings');
  const settings = useDeskState((s) => s.session.settings);
  const { i18n } = useTranslation();
  if (!open) return null;
  const close = () => dispatch({ type: 'overlay', overlay: null });
  return (
    <Modal labelledBy="settings-title" onClose={close} className="settings">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <label className="field">
        <span>{t('settings.uiLanguage')}</span>
        <select id="ui-language" value={settings.uiLanguage ?? i18n.resolvedLanguage ?? 'en'} onChange={(e) => void controller.updateSettings({ uiLanguage: e.target.value })}>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {autonym(l)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field">
        <legend>{t('settings.theme')}</legend>
        <div className="segmented">
          {(['system', 'light', 'dark'] as const).map((theme) => (
            <button key={theme} type="button" aria-pressed={settings.theme === theme} className={settings.theme === theme ? 'on' : ''} onClick={() => void controller.updateSettings({ theme })}>
              {t(`settings.theme${theme[0].toUpperCase()}${theme.slice(1)}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <label className="field">
        <span>{t('settings.reviewer')}</span>
        <input value={settings.reviewer} onChange={(e) => void controller.updateSettings({ reviewer: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('settings.profile')}</span>
        <select value={settings.profile} onChange={(e) => void controller.updateSettings({ profile: e.target.value })}>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {t(`settings.profiles.${p.id}`, { defaultValue: p.id })}
            </option>
          ))}
        </select>
        <small className="muted">{t('settings.profileHint')}</small>
      </label>
      <div className="dialog-actions">
        <button type="button" className="btn primary" onClick={close}>
          {t('settings.close')}
        </button>
      </div>
    </Modal>
  );
}

export function RecoveryDialog() {
  const { t, i18n } = useTranslation();
  const { controller } = useDesk();
  const recovery = useDeskState((s) => s.session.recovery);
  const phase = useDeskState((s) => s.app.phase);
  if (!recovery || phase !== 'start') return null;
  let time = recovery.savedAt;
  try {
    time = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(recovery.savedAt));
  } catch {
    /* keep the ISO text */
  }
  return (
    <Modal labelledBy="recovery-title" describedBy="recovery-body" onClose={() => void controller.discardRecovery()} role="alertdialog">
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <p id="recovery-body">{t('recovery.body', { name: recovery.targetName, time })}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={() => void controller.discardRecovery()}>
          {t('recovery.discard')}
        </button>
        <button type="button" className="btn primary" data-autofocus onClick={() => void controller.restore()}>
          {t('recovery.restore')}
        </button>
      </div>
    </Modal>
  );
}

export function ErrorBanner() {
  const { t } = useTranslation();
  const { controller } = useDesk();
  const error = useDeskState((s) => s.session.error);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <strong>{t('error.title')}</strong>
      <span>{error}</span>
      <button type="button" className="btn small" onClick={() => controller.dismissError()}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}

export function CheckingOverlay() {
  const { t } = useTranslation();
  const checking = useDeskState((s) => (s.app.phase === 'checking' ? s.app.checking : null));
  if (!checking) return null;
  const pct = checking.total ? Math.round((checking.done / checking.total) * 100) : 0;
  const label =
    checking.stage === 'checking' ? t('checking.checking', { done: checking.done, total: checking.total }) : t(`checking.${checking.stage}`);
  return (
    <div className="backdrop soft">
      <div className="dialog checking" role="dialog" aria-modal="true" aria-labelledby="checking-title">
        <h2 id="checking-title">{t('checking.title')}</h2>
        <div
          className="progress-track big"
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={checking.stage === 'checking' ? pct : undefined}
        >
          <div className={`progress-fill${checking.stage === 'checking' ? '' : ' indeterminate'}`} style={{ inlineSize: checking.stage === 'checking' ? `${pct}%` : undefined }} />
        </div>
        <p className="muted" aria-live="polite">
          {label}
        </p>
      </div>
    </div>
  );
}
