// Entry point of the renderer bundle (dist/renderer/app.js).
import { createRoot } from 'react-dom/client';
import type { MenuCommand } from '../shared/api';
import { App } from './App';
import { runMenuCommand } from './commands';
import { createI18n, pickUiLanguage } from './i18n';
import { choosePlatform } from './platform';
import { createDesk } from './desk';

const i18n = createI18n(pickUiLanguage(navigator.languages ?? [navigator.language]));
const api = choosePlatform(window);
const desk = createDesk(api, i18n);
createRoot(document.getElementById('root') as HTMLElement).render(<App desk={desk} i18n={i18n} />);
void desk.controller.init();
// The desktop menu sends commands through the bridge; the browser has none.
const bridge = window.verso as (typeof window.verso & { onCommand?: (l: (c: MenuCommand) => void) => () => void }) | undefined;
bridge?.onCommand?.((command) => runMenuCommand(command, desk));
window.addEventListener('beforeunload', () => {
  void desk.controller.flushAutosave();
  void desk.controller.flushDecisions();
});
