// The machine translation against the corrected text, word by word (diffWordsWithSpace keeps
// whitespace changes visible): per segment, or for the whole document.
import { diffWordsWithSpace } from 'diff';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { correctedText } from '../../../core/review/working';
import { useDeskState, useDispatch } from '../../context';
import { langDir, originalTarget } from '../../state/selectors';

export interface DiffPart {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

export function diffParts(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((c) => ({ kind: c.added ? 'ins' : c.removed ? 'del' : 'same', text: c.value }));
}

export function DiffView({ before, after, lang, label }: { before: string; after: string; lang: string; label?: string }) {
  const { t } = useTranslation();
  const parts = useMemo(() => diffParts(before, after), [before, after]);
  return (
    <div className="diff" lang={lang} dir={langDir(lang)} aria-label={label}>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'ins' ? (
          <ins key={i}>
            <span className="visually-hidden">[{t('changes.inserted')}: </span>
            {p.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden">[{t('changes.deleted')}: </span>
            {p.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </div>
  );
}

export function ChangesView() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const review = useDeskState((s) => s.app.review);
  const [mode, setMode] = useState<'segments' | 'whole'>('segments');
  const changed = useMemo(
    () => (review ? review.targets.map((text, i) => ({ i, before: originalTarget(review.document, i), after: text })).filter((x) => x.before !== x.after) : []),
    [review],
  );
  const whole = useMemo(() => (review && mode === 'whole' ? { before: review.document.target.text, after: correctedText(review.document, review.targets) } : null), [review, mode]);
  if (!review) return null;
  const lang = review.document.target.lang;
  return (
    <section className="changes" aria-label={t('changes.label')}>
      <header className="changes-head">
        <h2>{t('changes.title')}</h2>
        <span className="muted">{t('changes.summary', { count: changed.length })}</span>
        <div className="segmented" role="group" aria-label={t('changes.title')}>
          <button type="button" aria-pressed={mode === 'segments'} className={mode === 'segments' ? 'on' : ''} onClick={() => setMode('segments')}>
            {t('changes.bySegment')}
          </button>
          <button type="button" aria-pressed={mode === 'whole'} className={mode === 'whole' ? 'on' : ''} onClick={() => setMode('whole')}>
            {t('changes.whole')}
          </button>
        </div>
        <span className="muted legend">{t('changes.legend')}</span>
      </header>
      <div className="changes-body">
        {mode === 'whole' && whole ? (
          <DiffView before={whole.before} after={whole.after} lang={lang} label={t('changes.whole')} />
        ) : changed.length === 0 ? (
          <p className="empty">{t('changes.none')}</p>
        ) : (
          <ol className="change-list">
            {changed.map((c) => (
              <li key={c.i} className="change">
                <button type="button" className="link" onClick={() => { dispatch({ type: 'cursor', segment: c.i }); dispatch({ type: 'view', view: 'review' }); }}>
                  {t('changes.segment', { id: review.document.segments[c.i]?.id ?? '' })}
                </button>
                <DiffView before={c.before} after={c.after} lang={lang} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
