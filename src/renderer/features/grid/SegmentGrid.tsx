// The aligned segments as an ARIA grid of virtual rows (TanStack Virtual, measured heights):
// only the rows on screen exist in the DOM; aria-rowcount tells assistive technology how many
// there are and each row says its aria-rowindex. Keyboard moves scroll the cursor's row into view.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeskState } from '../../context';
import { languageName } from '../../i18n';
import { langDir, selectVisibleSegments } from '../../state/selectors';
import { SegmentRow } from './SegmentRow';

export function SegmentGrid() {
  const { t, i18n } = useTranslation();
  const rows = useDeskState((s) => selectVisibleSegments(s.app));
  const cursor = useDeskState((s) => s.app.cursor.segment);
  const from = useDeskState((s) => s.app.review!.document.source.lang);
  const to = useDeskState((s) => s.app.review!.document.target.lang);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 72,
    overscan: 8,
    getItemKey: (i) => rows[i],
  });
  const position = rows.indexOf(cursor);

  useEffect(() => {
    if (position >= 0) virtualizer.scrollToIndex(position, { align: 'auto' });
  }, [position, virtualizer]);

  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <div
      className="grid"
      role="grid"
      id="segment-grid"
      aria-label={t('grid.label')}
      aria-rowcount={rows.length + 1}
      aria-colcount={4}
      aria-activedescendant={position >= 0 ? `seg-${cursor}` : undefined}
      tabIndex={0}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="row head">
          <div role="columnheader" className="cell num">{t('grid.number')}</div>
          <div role="columnheader" className="cell src">
            {t('grid.source')} <span className="lang-tag" lang={lang} dir={langDir(lang)}>{languageName(from, lang)}</span>
          </div>
          <div role="columnheader" className="cell tgt">
            {t('grid.target')} <span className="lang-tag">{languageName(to, lang)}</span>
          </div>
          <div role="columnheader" className="cell status">{t('grid.status')}</div>
        </div>
      </div>
      <div className="grid-scroll" ref={scrollRef}>
        {rows.length === 0 ? (
          <p className="empty">{t('grid.noMatch')}</p>
        ) : (
          <div role="rowgroup" className="grid-body" style={{ blockSize: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((v) => (
              <SegmentRow
                key={v.key}
                index={rows[v.index]}
                rowIndex={v.index}
                measure={virtualizer.measureElement}
                style={{ transform: `translateY(${v.start}px)` }}
              />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
