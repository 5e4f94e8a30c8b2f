// Entry point of the renderer bundle (dist/renderer/app.js).
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createI18n, pickUiLanguage } from './i18n';
import { choosePlatform } from './platform';
import { createDesk } from './desk';

const i18n = createI18n(pickUiLanguage(navigator.languages ?? [navigator.language]));
const api = choosePlatform(window);
const desk = createDesk(api, i18n);
createRoot(document.getElementById('root') as HTMLElement).render(<App desk={desk} i18n={i18n} />);
void desk.controller.init();
window.addEventListener('beforeunload', () => void desk.controller.flushAutosave());
