// The review desk: toolbar, start screen or review (grid or changes, issue panel), status bar,
// dialogs. Everything reads the one store through the DeskProvider.
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { useKeyboard } from './commands';
import { DeskProvider, useDesk, useDeskState, type Desk } from './context';
import { ChangesView } from './features/changes/DiffView';
import { CorrectionsView } from './features/corrections/CorrectionsView';
import { SimilarBar } from './features/corrections/SimilarBar';
import { ExportDialog } from './features/export/ExportDialog';
import { SegmentGrid } from './features/grid/SegmentGrid';
import { IssuePanel } from './features/issues/IssuePanel';
import { CheckingOverlay, ConfirmDialog, ErrorBanner, HelpOverlay, RecoveryDialog, SettingsDialog } from './features/shell/Dialogs';
import { ProgressBars } from './features/shell/ProgressBars';
import { StatusBar } from './features/shell/StatusBar';
import { Toolbar } from './features/shell/Toolbar';
import { StartScreen } from './features/start/StartScreen';

function ReviewDesk() {
  const view = useDeskState((s) => s.app.view);
  const panel = useDeskState((s) => s.app.panel);
  return (
    <div className="desk">
      <ProgressBars />
      <div className={`workspace${panel ? '' : ' no-side'}`}>
        <main className="main-pane" id="main">
          {view === 'review' && <SimilarBar />}
          {view === 'review' ? <SegmentGrid /> : <ChangesView />}
        </main>
        {panel && <IssuePanel />}
      </div>
    </div>
  );
}

function Shell() {
  const desk = useDesk();
  useKeyboard(desk);
  const phase = useDeskState((s) => s.app.phase);
  const hasReview = useDeskState((s) => s.app.review !== null);
  const target = useDeskState((s) => (s.app.review ? s.app.names.target : ''));
  const corrections = useDeskState((s) => s.app.view === 'corrections');
  const { t } = useTranslation();
  useEffect(() => {
    document.title = target ? `${target} · ${t('app.name')}` : t('app.name');
  }, [target, t]);
  return (
    <div className="app">
      <Toolbar />
      <ErrorBanner />
      {corrections && phase !== 'checking' ? <CorrectionsView /> : hasReview && phase !== 'start' ? <ReviewDesk /> : <StartScreen />}
      <StatusBar />
      <CheckingOverlay />
      <ConfirmDialog />
      <HelpOverlay />
      <SettingsDialog />
      <ExportDialog />
      <RecoveryDialog />
    </div>
  );
}

export function App({ desk, i18n }: { desk: Desk; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <DeskProvider desk={desk}>
        <Shell />
      </DeskProvider>
    </I18nextProvider>
  );
}
