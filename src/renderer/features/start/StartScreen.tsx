// Getting a document in: two panes (original, machine translation), each taking a file from the
// picker or by drag-and-drop, or pasted text; the language of each detected and changeable; the
// sample dispatch and saved projects one click away.
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk, useDeskState } from '../../context';
import { langDir } from '../../state/selectors';
import type { Role } from '../../state/controller';
import { Icon } from '../common';
import { LanguageSelect } from './LanguageSelect';

function Pane({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { controller } = useDesk();
  const side = useDeskState((s) => s.session.start[role]);
  const [over, setOver] = useState(false);
  const title = role === 'source' ? t('start.source') : t('start.target');
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files?.[0];
    if (file) void controller.openFile(role, file);
  };
  return (
    <section
      className={`pane${over ? ' drop-over' : ''}`}
      aria-labelledby={`pane-${role}`}
      data-role={role}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <header className="pane-head">
        <h2 id={`pane-${role}`}>{title}</h2>
        <label className="pane-lang">
          <span>{t('start.language')}</span>
          <LanguageSelect id={`lang-${role}`} label={`${title}: ${t('start.language')}`} value={side.lang} detected={side.detected} placeholder={side.text.trim() ? t('start.notDetected') : t('start.chooseLanguage')} onChange={(code) => controller.setLanguage(role, code)} />
        </label>
      </header>
      <div className="drop-zone">
        <Icon name="file" />
        <span>{over ? t('start.dropActive') : t('start.drop')}</span>
        <span className="muted drop-formats">{t('start.dropFormats')}</span>
        <span className="muted">{t('start.or')}</span>
        <button type="button" className="btn" onClick={() => void controller.pickFile(role)}>
          {t('start.choose')}
        </button>
      </div>
      <textarea
        className="paste"
        aria-label={t('start.pasteLabel', { role: title })}
        placeholder={role === 'source' ? t('start.pasteSource') : t('start.pasteTarget')}
        value={side.text}
        lang={side.lang || undefined}
        dir={side.lang ? langDir(side.lang) : 'auto'}
        spellCheck={false}
        onChange={(e) => controller.setText(role, e.target.value)}
      />
      <footer className="pane-foot">
        {side.name && side.encoding ? <span>{t('start.fileInfo', { name: side.name, encoding: side.encoding })}</span> : null}
        {side.text && <span className="muted">{t('start.chars', { count: side.text.length })}</span>}
        {side.text && (
          <button type="button" className="link" onClick={() => controller.clearSide(role)}>
            {t('start.clear')}
          </button>
        )}
      </footer>
    </section>
  );
}

export function StartScreen() {
  const { t } = useTranslation();
  const { controller } = useDesk();
  const ready = useDeskState((s) => {
    const { source, target } = s.session.start;
    return Boolean(source.text.trim() && target.text.trim() && source.lang && target.lang);
  });
  return (
    <main className="start" id="main">
      <div className="start-intro">
        <h1>{t('start.title')}</h1>
        <p>{t('start.intro')}</p>
      </div>
      <div className="panes">
        <Pane role="source" />
        <Pane role="target" />
      </div>
      <div className="start-actions">
        <button type="button" className="btn primary large" disabled={!ready} onClick={() => void controller.check()}>
          {t('start.check')}
          <Icon name="arrow" className="flip-rtl" />
        </button>
        {!ready && <span className="muted">{t('start.needBoth')}</span>}
        <span className="spacer" />
        <button type="button" className="btn" title={t('start.sampleHint')} onClick={() => void controller.loadSample()}>
          <Icon name="sample" />
          {t('start.sample')}
        </button>
        <button type="button" className="btn" onClick={() => void controller.openProject()}>
          <Icon name="open" />
          {t('start.openProject')}
        </button>
      </div>
    </main>
  );
}
