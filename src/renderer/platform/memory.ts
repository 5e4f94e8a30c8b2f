// ReviewApi in memory: for component tests and for running the page without a host. Records what
// was saved so a test can read it back.
import { detectLanguage } from '../../core/lang/detect';
import type { ProjectFile } from '../../core/review/project';
import { CHANNELS, type OpenedText, type ReviewApi, type Settings } from '../../shared/api';

export interface MemoryApi extends ReviewApi {
  saved: Array<{ name: string; text: string }>;
  savedBytes: Array<{ name: string; bytes: Uint8Array }>;
  projects: Array<{ name: string; project: ProjectFile }>;
  autosaved: ProjectFile | null;
  settings: Settings;
}

export function createMemoryApi(init: { sample?: { source: OpenedText; target: OpenedText }; settings?: Partial<Settings>; autosaved?: ProjectFile | null; projectToOpen?: ProjectFile | null } = {}): MemoryApi {
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
  // Methods this stand-in does not keep (the corrections memory...) answer "unavailable".
  const unavailable = Object.fromEntries(
    Object.keys(CHANNELS).map((m) => [m, () => Promise.resolve({ ok: false as const, code: 'unavailable', message: `${m} is not available here` })]),
  ) as unknown as ReviewApi;
  const api: MemoryApi = {
    ...unavailable,
    saved: [],
    savedBytes: [],
    projects: [],
    autosaved: init.autosaved ?? null,
    settings: { uiLanguage: null, theme: 'system', reviewer: '', profile: 'default', firstRun: false, ...init.settings },
    platform: () => Promise.resolve({ kind: 'web', version: 'memory' }),
    decodeFile(name, bytes) {
      if (bytes.includes(0)) return Promise.resolve({ ok: false as const, code: 'binary', message: `${name} is not a text file` });
      const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
      return ok({ name, text, encoding: 'UTF-8', lang: detectLanguage(text) });
    },
    pickTextFile: () => ok(null),
    loadSample: () => (init.sample ? ok(init.sample) : Promise.resolve({ ok: false as const, code: 'no-sample', message: 'no sample' })),
    saveText(name, text) {
      api.saved.push({ name, text });
      return ok(name);
    },
    saveBytes(name, bytes) {
      api.savedBytes.push({ name, bytes });
      return ok(name);
    },
    saveProject(project, name) {
      api.projects.push({ name, project });
      return ok(name);
    },
    openProject: () => ok(init.projectToOpen ?? null),
    autosave(project) {
      api.autosaved = project;
      return ok(undefined);
    },
    recoverAutosave: () => ok(api.autosaved),
    clearAutosave() {
      api.autosaved = null;
      return ok(undefined);
    },
    getSettings: () => ok(api.settings),
    setSettings(patch) {
      api.settings = { ...api.settings, ...patch };
      return ok(api.settings);
    },
    dictionary: () => ok(null),
  };
  return api;
}
