// The bottom line: a polite live region that reads out each decision, the cursor's position and
// when the review was last saved automatically.
import { useTranslation } from 'react-i18next';
import { useDeskState } from '../../context';
import { displayChord, keysFor } from '../../keymap';

export function StatusBar() {
  const { t, i18n } = useTranslation();
  const announcement = useDeskState((s) => s.app.announcement);
  const autosavedAt = useDeskState((s) => s.session.autosavedAt);
  const phase = useDeskState((s) => s.app.phase);
  const index = useDeskState((s) => s.app.cursor.segment + 1);
  const total = useDeskState((s) => s.app.review?.document.segments.length ?? 0);
  const time = autosavedAt ? new Intl.DateTimeFormat(i18n.resolvedLanguage, { timeStyle: 'short' }).format(autosavedAt) : null;
  return (
    <footer className="statusbar">
      <div className="live" role="status" aria-live="polite" aria-atomic="true" data-n={announcement?.n}>
        {announcement ? t(announcement.key, announcement.values) : ''}
      </div>
      <span className="spacer" />
      {phase === 'review' && total > 0 && <span>{t('status.segments', { index, total })}</span>}
      {time && <span>{t('status.autosaved', { time })}</span>}
      <span className="muted">{t('status.shortcuts', { key: displayChord(keysFor('help')[0]) })}</span>
    </footer>
  );
}
