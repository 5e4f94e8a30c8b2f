// File → Export… (Ctrl+E): every format the review can be written as, built in the page and saved
// through the platform (a save dialog on the desktop, a download in the browser). A review opened
// from a bilingual file offers its own format first, written back with the reviewed targets.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk, useDeskState, useDispatch } from '../../context';
import { DESK_EXPORT_FORMATS, bilingualFormatName, type DeskExportFormat } from '../../state/exporting';
import { Modal } from '../common';

export function ExportDialog() {
  const { t } = useTranslation();
  const { controller } = useDesk();
  const dispatch = useDispatch();
  const open = useDeskState((s) => s.app.overlay === 'export' && s.app.review !== null);
  const bilingual = useDeskState((s) => s.session.bilingual);
  const [format, setFormat] = useState<DeskExportFormat | null>(null);
  const [busy, setBusy] = useState(false);
  // The last format chosen stays chosen; a review of a bilingual file starts with its own format.
  useEffect(() => setFormat(null), [bilingual]);
  if (!open) return null;
  const formats = DESK_EXPORT_FORMATS.filter((f) => f !== 'bilingual' || bilingual);
  const chosen = format && formats.includes(format) ? format : formats[0];
  const close = () => dispatch({ type: 'overlay', overlay: null });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const done = await controller.exportAs(chosen);
    setBusy(false);
    if (done) close();
  };
  return (
    <Modal labelledBy="export-title" describedBy="export-intro" onClose={close} className="export-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="export-title">{t('exportDialog.title')}</h2>
        <p id="export-intro" className="muted">
          {t('exportDialog.intro')}
        </p>
        <fieldset className="export-formats">
          <legend className="visually-hidden">{t('exportDialog.format')}</legend>
          {formats.map((f) => (
            <label key={f} className={`export-format${chosen === f ? ' on' : ''}`}>
              <input type="radio" name="export-format" value={f} checked={chosen === f} data-autofocus={chosen === f ? true : undefined} onChange={() => setFormat(f)} />
              <span className="export-name">{f === 'bilingual' && bilingual ? t('exportDialog.formats.bilingual', { format: bilingualFormatName(bilingual) }) : t(`exportDialog.formats.${f}`)}</span>
              <span className="export-desc muted">{t(`exportDialog.descriptions.${f}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={close}>
            {t('exportDialog.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={busy}>
            {t('exportDialog.export')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
