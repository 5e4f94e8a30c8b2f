import { useTranslation } from 'react-i18next';
import { useDeskState } from '../../context';
import { reviewProgress } from '../../state/selectors';

function Bar({ id, label, done, total }: { id: string; label: string; done: number; total: number }) {
  const { t } = useTranslation();
  const pct = total ? Math.round((done / total) * 100) : 100;
  return (
    <div className="progress">
      <span className="progress-label" id={id}>
        {label}
      </span>
      <div className="progress-track" role="progressbar" aria-labelledby={id} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={t('progress.fraction', { done, total })}>
        <div className="progress-fill" style={{ inlineSize: `${pct}%` }} />
      </div>
      <span className="progress-value">{t('progress.fraction', { done, total })}</span>
    </div>
  );
}

export function ProgressBars() {
  const { t } = useTranslation();
  const p = useDeskState((s) => (s.app.review ? reviewProgress(s.app.review) : null));
  if (!p) return null;
  return (
    <div className="progress-bars" role="group" aria-label={t('progress.label')}>
      <Bar id="progress-issues" label={t('progress.issues')} done={p.decided} total={p.issues} />
      <Bar id="progress-segments" label={t('progress.segments')} done={p.reviewed} total={p.segments} />
    </div>
  );
}
