// The native menus as data: every review command present and sent to the page, keys that match
// the renderer's keymap and are left to it, radio items that follow the settings. And where the
// window reopens.
import * as fs from 'fs';
import * as path from 'path';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_KEYS, UI_LANGUAGES, menuCommands, menuTemplate, type MenuOptions } from '../../electron/menu';
import { DEFAULT_WINDOW, restoredWindow } from '../../electron/window-state';
import { KEYMAP, keysFor, parseChord, type Command } from '../../src/renderer/keymap';
import type { MenuCommand } from '../../src/shared/api';

function build(over: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  const template = menuTemplate({
    platform: 'linux',
    settings: { theme: 'dark', uiLanguage: 'fr' },
    send: (c) => sent.push(c),
    showAbout: () => sent.push('about' as MenuCommand),
    devTools: false,
    ...over,
  });
  return { template, sent };
}

function flat(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
}

const click = (i: MenuItemConstructorOptions) => (i.click as unknown as () => void)();

describe('menus', () => {
  it('has File, Edit, View, Review and Help, with every review command', () => {
    const { template } = build();
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Review', '&Help']);
    expect(menuCommands(template)).toEqual(
      expect.arrayContaining([
        'openSource', 'openTarget', 'openProject', 'saveProject', 'export',
        'undo', 'redo', 'search',
        'theme:system', 'theme:light', 'theme:dark', 'uiLanguage:system', 'uiLanguage:en', 'toggleIssues',
        'nextIssue', 'prevIssue', 'accept', 'reject', 'edit', 'confirmSegment', 'acceptAllOfCheck',
        'help',
      ]),
    );
    const roles = flat(template).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['quit', 'cut', 'copy', 'paste', 'zoomIn', 'zoomOut', 'resetZoom']));
    expect(roles).not.toContain('toggleDevTools');
    expect(flat(build({ devTools: true }).template).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('sends each command to the page when clicked', () => {
    const { template, sent } = build();
    const items = flat(template).filter((i) => i.id && i.click);
    for (const i of items) click(i);
    expect(sent).toEqual(items.map((i) => i.id));
  });

  it('shows keys but leaves them to the renderer keymap', () => {
    const items = flat(build().template).filter((i) => i.id && i.accelerator);
    expect(items.length).toBeGreaterThanOrEqual(10);
    for (const i of items) expect(i.registerAccelerator).toBe(false);
  });

  it('shows on macOS only keys that cannot be typed into a text field', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0].label).toBe('Verso');
    const keys = flat(template).map((i) => i.accelerator).filter((a): a is string => Boolean(a));
    expect(keys).toContain('CmdOrCtrl+S');
    expect(keys).not.toContain('R');
    expect(keys).not.toContain('E');
  });

  it('uses keys of the same command in src/renderer/keymap.ts', () => {
    // Electron accelerator → keymap chord, compared the keymap's way (letters in either case).
    const norm = (text: string) => {
      const c = parseChord(text.replace('CmdOrCtrl', 'Ctrl').replace(/\b(Up|Down|Left|Right)$/, 'Arrow$1'));
      return { ...c, key: c.key.length === 1 ? c.key.toLowerCase() : c.key };
    };
    const commands = new Set(KEYMAP.map((b) => b.command as string));
    for (const [command, accelerator] of Object.entries(MENU_KEYS)) {
      expect(commands.has(command)).toBe(true);
      const keys = keysFor(command as Command).map(norm);
      expect({ command, keys }).toEqual({ command, keys: expect.arrayContaining([norm(accelerator!)]) });
    }
  });

  it('checks the theme and interface language in use', () => {
    const checked = (t: MenuItemConstructorOptions[]) => flat(t).filter((i) => i.type === 'radio' && i.checked).map((i) => i.id);
    expect(checked(build().template)).toEqual(['uiLanguage:fr', 'theme:dark']);
    expect(checked(build({ settings: { theme: 'system', uiLanguage: null } }).template)).toEqual(['uiLanguage:system', 'theme:system']);
  });

  it('offers the interface languages the renderer has', () => {
    const source = fs.readFileSync(path.join(__dirname, '../../src/renderer/i18n/index.ts'), 'utf8');
    const list = /UI_LANGUAGES\s*=\s*\[([^\]]*)\]/.exec(source);
    expect(list).not.toBeNull();
    const renderer = [...list![1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(UI_LANGUAGES.map((l) => l.code).sort()).toEqual(renderer.sort());
  });
});

describe('window state', () => {
  const screenA = { x: 0, y: 0, width: 1920, height: 1080 };
  const screenB = { x: 1920, y: 0, width: 1280, height: 1024 };

  it('opens at the default size the first time', () => {
    expect(restoredWindow(null, [screenA])).toEqual(DEFAULT_WINDOW);
  });

  it('reopens where it was, maximised or not', () => {
    expect(restoredWindow({ width: 1200, height: 800, x: 100, y: 50, maximized: true }, [screenA])).toEqual({ width: 1200, height: 800, x: 100, y: 50, maximized: true });
    expect(restoredWindow({ width: 1000, height: 700, x: 2000, y: 100, maximized: false }, [screenA, screenB])).toMatchObject({ x: 2000, y: 100 });
  });

  it('forgets a position on a screen that is gone, and shrinks to fit', () => {
    const r = restoredWindow({ width: 3000, height: 2000, x: 2000, y: 100, maximized: false }, [screenA]);
    expect(r).toEqual({ width: 1920, height: 1080, maximized: false });
    expect(restoredWindow({ width: 800, height: 600, x: -5000, y: -5000, maximized: false }, [screenA])).toEqual({ width: 800, height: 600, maximized: false });
  });
});
