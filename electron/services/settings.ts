// The user's settings and the window's place, in one JSON file under the user data directory
// (settings.json), written atomically. A missing file means a first run; a damaged one is set
// aside as settings.json.bad and replaced by the defaults.
import { promises as fsp } from 'node:fs';
import type { Settings } from '../../src/shared/api';
import { profiles } from '../../src/core/profiles';
import { readTextIfExists, writeFileAtomic } from './atomic-file';

export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

interface SettingsFile {
  version: 1;
  settings: Settings;
  window?: WindowState;
}

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: null,
  theme: 'system',
  reviewer: '',
  profile: 'default',
  firstRun: true,
};

const THEMES = ['system', 'light', 'dark'] as const;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/;

export class SettingsError extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks a patch from the renderer: known keys only, each of the right type and size. */
export function validateSettingsPatch(patch: unknown): Partial<Settings> {
  if (!isObject(patch)) throw new SettingsError('settings must be an object');
  const out: Partial<Settings> = {};
  for (const [key, value] of Object.entries(patch)) {
    switch (key) {
      case 'uiLanguage':
        if (value !== null && !(typeof value === 'string' && value.length <= 35 && LANGUAGE_TAG.test(value))) {
          throw new SettingsError('uiLanguage must be a language tag such as "en" or "fr", or null');
        }
        out.uiLanguage = value;
        break;
      case 'theme':
        if (!THEMES.includes(value as Settings['theme'])) throw new SettingsError(`theme must be one of ${THEMES.join(', ')}`);
        out.theme = value as Settings['theme'];
        break;
      case 'reviewer':
        if (typeof value !== 'string' || value.length > 200) throw new SettingsError('reviewer must be a name of at most 200 characters');
        out.reviewer = value;
        break;
      case 'profile':
        if (typeof value !== 'string' || !profiles.some((p) => p.id === value)) {
          throw new SettingsError(`profile must be one of ${profiles.map((p) => p.id).join(', ')}`);
        }
        out.profile = value;
        break;
      case 'firstRun':
        if (typeof value !== 'boolean') throw new SettingsError('firstRun must be true or false');
        out.firstRun = value;
        break;
      default:
        throw new SettingsError(`unknown setting "${key.slice(0, 40)}"`);
    }
  }
  return out;
}

function validWindow(v: unknown): WindowState | undefined {
  if (!isObject(v)) return undefined;
  const int = (n: unknown, min: number, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
  if (!int(v.width, 200, 100000) || !int(v.height, 150, 100000)) return undefined;
  const w: WindowState = { width: v.width as number, height: v.height as number, maximized: v.maximized === true };
  if (int(v.x, -100000, 100000) && int(v.y, -100000, 100000)) {
    w.x = v.x as number;
    w.y = v.y as number;
  }
  return w;
}

/** Reads what a file holds, keeping each valid setting and dropping the rest. */
function parseFile(text: string): SettingsFile {
  const raw: unknown = JSON.parse(text);
  if (!isObject(raw)) throw new SettingsError('not an object');
  const settings: Settings = { ...DEFAULT_SETTINGS, firstRun: false };
  if (isObject(raw.settings)) {
    for (const [key, value] of Object.entries(raw.settings)) {
      try {
        Object.assign(settings, validateSettingsPatch({ [key]: value }));
      } catch {
        // One bad or retired setting does not cost the others.
      }
    }
  }
  return { version: 1, settings, window: validWindow(raw.window) };
}

export interface SettingsStore {
  readonly file: string;
  get(): Promise<Settings>;
  update(patch: unknown): Promise<Settings>;
  getWindow(): Promise<WindowState | null>;
  setWindow(state: WindowState): Promise<void>;
}

export function createSettingsStore(file: string): SettingsStore {
  let loaded: Promise<SettingsFile> | null = null;

  async function load(): Promise<SettingsFile> {
    const text = await readTextIfExists(file);
    if (text === null) return { version: 1, settings: { ...DEFAULT_SETTINGS } };
    try {
      return parseFile(text);
    } catch {
      await fsp.rename(file, `${file}.bad`).catch(() => undefined);
      return { version: 1, settings: { ...DEFAULT_SETTINGS, firstRun: false } };
    }
  }
  const state = () => (loaded ??= load());
  // The file is serialised when the write's turn comes, so it always holds the latest state.
  const save = (current: SettingsFile) => writeFileAtomic(file, () => `${JSON.stringify(current, null, 2)}\n`);

  return {
    file,
    async get() {
      return { ...(await state()).settings };
    },
    async update(patch: unknown) {
      const valid = validateSettingsPatch(patch);
      const current = await state();
      current.settings = { ...current.settings, ...valid };
      await save(current);
      return { ...current.settings };
    },
    async getWindow() {
      const w = (await state()).window;
      return w ? { ...w } : null;
    },
    async setWindow(w: WindowState) {
      const current = await state();
      const valid = validWindow(w);
      if (!valid) return;
      current.window = valid;
      await save(current);
    },
  };
}
