// The native menus, as data built from plain values so they are tested without Electron. Items
// that act on the review send a MenuCommand to the page (the renderer runs the same command as
// for a key press). Their keys are shown but not registered (registerAccelerator: false): the
// renderer's keymap handles the keys in both desktop and web mode, so nothing runs twice. macOS
// registers menu keys regardless, so there only chords with a modifier or function keys are
// shown; the renderer calls preventDefault on keys it handles, which keeps the menu out of it.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, Settings } from '../src/shared/api';

/** UI languages the renderer has (src/renderer/i18n UI_LANGUAGES), each named in itself. */
export const UI_LANGUAGES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
  { code: 'de', name: 'Deutsch' },
  { code: 'ar', name: 'العربية' },
  { code: 'zh', name: '中文' },
];

/**
 * Keys shown beside review commands, in Electron's accelerator syntax. Each one is a key of the
 * same command in the renderer's keymap (src/renderer/keymap.ts; test/electron/menu.test.ts checks).
 */
export const MENU_KEYS: Partial<Record<MenuCommand, string>> = {
  openProject: 'CmdOrCtrl+O',
  saveProject: 'CmdOrCtrl+S',
  export: 'CmdOrCtrl+E',
  corrections: 'CmdOrCtrl+Shift+H',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
  search: 'CmdOrCtrl+F',
  nextIssue: 'Alt+Down',
  prevIssue: 'Alt+Up',
  accept: 'CmdOrCtrl+Enter',
  reject: 'R',
  edit: 'E',
  confirmSegment: 'CmdOrCtrl+Enter',
  help: 'F1',
};

export interface MenuOptions {
  platform: NodeJS.Platform;
  settings: Pick<Settings, 'theme' | 'uiLanguage'>;
  /** Sends a command to the review window. */
  send(command: MenuCommand): void;
  showAbout(): void;
  /** Developer tools in the View menu (unpackaged builds only). */
  devTools: boolean;
}

function hasModifier(accelerator: string): boolean {
  return /(^|\+)(CmdOrCtrl|CommandOrControl|Cmd|Command|Ctrl|Control|Alt|Option)\+/.test(accelerator) || /(^|\+)F\d{1,2}$/.test(accelerator);
}

export function menuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const mac = opts.platform === 'darwin';
  const item = (label: string, command: MenuCommand): MenuItemConstructorOptions => {
    const key = MENU_KEYS[command];
    const shown = key && (!mac || hasModifier(key)) ? key : undefined;
    return {
      label,
      id: command,
      ...(shown ? { accelerator: shown, registerAccelerator: false } : {}),
      click: () => opts.send(command),
    };
  };
  const radio = (label: string, command: MenuCommand, checked: boolean): MenuItemConstructorOptions => ({
    label,
    id: command,
    type: 'radio',
    checked,
    click: () => opts.send(command),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const about: MenuItemConstructorOptions = { label: 'About Verso', id: 'about', click: () => opts.showAbout() };

  const menus: MenuItemConstructorOptions[] = [];
  if (mac) {
    menus.push({
      label: 'Verso',
      submenu: [about, sep, { role: 'services' }, sep, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, sep, { role: 'quit' }],
    });
  }
  menus.push(
    {
      label: '&File',
      submenu: [
        item('Open Source Text…', 'openSource'),
        item('Open Translation…', 'openTarget'),
        item('Open Review…', 'openProject'),
        sep,
        item('Save Review', 'saveProject'),
        item('Export…', 'export'),
        ...(mac ? [sep, { role: 'close' as const }] : [sep, { role: 'quit' as const, label: 'Quit', accelerator: 'CmdOrCtrl+Q' }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        item('Undo', 'undo'),
        item('Redo', 'redo'),
        sep,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        sep,
        item('Find…', 'search'),
      ],
    },
    {
      label: '&View',
      submenu: [
        {
          label: 'Interface Language',
          submenu: [
            radio('System Default', 'uiLanguage:system', opts.settings.uiLanguage === null),
            sep,
            ...UI_LANGUAGES.map((l) => radio(l.name, `uiLanguage:${l.code}`, opts.settings.uiLanguage === l.code)),
          ],
        },
        {
          label: 'Theme',
          submenu: [
            radio('System', 'theme:system', opts.settings.theme === 'system'),
            radio('Light', 'theme:light', opts.settings.theme === 'light'),
            radio('Dark', 'theme:dark', opts.settings.theme === 'dark'),
          ],
        },
        item('Show or Hide Issue Panel', 'toggleIssues'),
        item('Corrections Memory', 'corrections'),
        sep,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        sep,
        { role: 'togglefullscreen' },
        ...(opts.devTools ? [sep, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: '&Review',
      submenu: [
        item('Next Issue', 'nextIssue'),
        item('Previous Issue', 'prevIssue'),
        sep,
        item('Accept Suggestion', 'accept'),
        item('Reject Issue', 'reject'),
        item('Edit Segment', 'edit'),
        item('Confirm Segment', 'confirmSegment'),
        sep,
        item('Accept All of This Check…', 'acceptAllOfCheck'),
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [item('Keyboard Shortcuts', 'help'), ...(mac ? [] : [sep, about])],
    },
  );
  return menus;
}

/** Every command a menu item sends, for tests and for the renderer's coverage check. */
export function menuCommands(template: MenuItemConstructorOptions[]): string[] {
  const out: string[] = [];
  const walk = (items: MenuItemConstructorOptions[]) => {
    for (const i of items) {
      if (i.id && i.click && i.id !== 'about') out.push(i.id);
      if (Array.isArray(i.submenu)) walk(i.submenu);
    }
  };
  walk(template);
  return out;
}
