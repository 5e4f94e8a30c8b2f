// "Apply to similar": after a correction, the other segments of the document where the same
// source/target pattern occurs, each with the fix it would get. The editor ticks the ones to
// change and applies them as edits (one undo step), or applies everywhere, which also asks the
// corrections memory to learn the rule at once. Non-modal: the review goes on around it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk, useDeskState } from '../../context';
import { langDir } from '../../state/selectors';
import { DiffView } from '../changes/DiffView';

export function SimilarBar() {
  const { t } = useTranslation();
  const { controller } = useDesk();
  const offer = useDeskState((s) => s.session.similar);
  const lang = useDeskState((s) => s.app.review?.document.target.lang ?? '');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  useEffect(() => setChosen(new Set(offer?.items.map((x) => x.segment) ?? [])), [offer]);
  if (!offer) return null;
  const { correction, items } = offer;
  const toggle = (id: string) =>
    setChosen((cur) => {
      const next = new Set(cur);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const back = () => setTimeout(() => document.getElementById('segment-grid')?.focus(), 0);
  return (
    <section className="similar" aria-labelledby="similar-title" data-testid="similar">
      <header className="similar-head">
        <h2 id="similar-title">{t('similar.title', { count: items.length })}</h2>
        <span className="muted">{t('similar.intro', { segment: correction.segment })}</span>
      </header>
      <ul className="similar-list">
        {items.map((item) => (
          <li key={item.segment}>
            <label>
              <input type="checkbox" checked={chosen.has(item.segment)} onChange={() => toggle(item.segment)} />
              <span className="seg-id">{t('similar.segment', { id: item.segment })}</span>
            </label>
            <div className="similar-diff" lang={lang} dir={langDir(lang)}>
              <DiffView before={item.original} after={item.text} lang={lang} label={t('similar.change', { id: item.segment })} />
            </div>
          </li>
        ))}
      </ul>
      <div className="similar-actions">
        <button
          type="button"
          className="btn small primary"
          disabled={chosen.size === 0}
          onClick={() => {
            controller.applySimilar([...chosen], false);
            back();
          }}
        >
          {t('similar.apply', { count: chosen.size })}
        </button>
        <button
          type="button"
          className="btn small"
          title={t('similar.everywhereHint')}
          onClick={() => {
            controller.applySimilar(items.map((x) => x.segment), true);
            back();
          }}
        >
          {t('similar.everywhere')}
        </button>
        <button
          type="button"
          className="btn small ghost"
          onClick={() => {
            controller.dismissSimilar();
            back();
          }}
        >
          {t('similar.dismiss')}
        </button>
      </div>
    </section>
  );
}
