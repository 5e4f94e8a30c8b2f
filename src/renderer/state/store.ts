// One store (zustand, vanilla so tests and the controller use it without React): the desk's
// AppState driven by the pure appReducer, plus the session around it (settings, the start form,
// recovery). Components subscribe with per-row selectors, so a decision re-renders one row.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { runOptions } from '../../core';
import type { RunOptions } from '../../core/run';
import type { ProjectFile } from '../../core/review/project';
import type { CorrectionInput, Dictionary, PlatformInfo, Settings } from '../../shared/api';
import type { BilingualFile } from '../../core/bilingual';
import type { SimilarSegment } from '../../core/corrections/similar';
import { appReducer } from './reducer';
import type { AppAction, AppState } from './types';
import { initialState } from './types';

export interface StartSide {
  text: string;
  /** File name, or '' for pasted text. */
  name: string;
  encoding: string | null;
  /** BCP 47 code the text is checked as. */
  lang: string;
  /** What detection found, null when it could not tell. */
  detected: string | null;
  /** The editor chose the language: detection no longer overrides it. */
  manual: boolean;
}

export interface SessionState {
  settings: Settings;
  platform: PlatformInfo | null;
  /** An autosaved review found at start, offered for recovery. */
  recovery: ProjectFile | null;
  error: string | null;
  autosavedAt: Date | null;
  start: { source: StartSide; target: StartSide };
  dictionaries: Record<string, Dictionary | null>;
  /** "Apply to similar": the other segments where the correction just made fits too. */
  similar: SimilarOffer | null;
  /** The bilingual file (XLIFF, TMX, TSV, CSV) the review was opened from: exports can write it back. */
  bilingual: BilingualFile | null;
  /** Counts decisions stored in the corrections memory: views showing the memory reload when it moves. */
  memoryVersion: number;
}

export interface SimilarOffer {
  /** The correction as recorded (its segment is left out of `items`). */
  correction: CorrectionInput;
  /** Each fitting segment with its text when found: applied only while the segment still reads so. */
  items: Array<SimilarSegment & { original: string }>;
}

export interface DeskState {
  app: AppState;
  session: SessionState;
  dispatch(action: AppAction): void;
  setSession(patch: Partial<SessionState>): void;
  setStart(role: 'source' | 'target', patch: Partial<StartSide>): void;
}

export type DeskStore = StoreApi<DeskState>;

export const DEFAULT_SETTINGS: Settings = { uiLanguage: null, theme: 'system', reviewer: '', profile: 'default', firstRun: false };

export function emptySide(): StartSide {
  return { text: '', name: '', encoding: null, lang: '', detected: null, manual: false };
}

/** The engine options decisions are re-checked with; replaced when a document is opened. */
export interface Engine {
  run: RunOptions;
}

export function createDeskStore(engine: Engine = { run: runOptions() }, app: AppState = initialState()): DeskStore {
  return createStore<DeskState>()((set) => ({
    app,
    session: {
      settings: DEFAULT_SETTINGS,
      platform: null,
      recovery: null,
      error: null,
      autosavedAt: null,
      start: { source: emptySide(), target: emptySide() },
      dictionaries: {},
      similar: null,
      bilingual: null,
      memoryVersion: 0,
    },
    dispatch: (action) =>
      set((s) => {
        const next = appReducer(s.app, action, engine.run);
        return next === s.app ? s : { app: next };
      }),
    setSession: (patch) => set((s) => ({ session: { ...s.session, ...patch } })),
    setStart: (role, patch) =>
      set((s) => ({ session: { ...s.session, start: { ...s.session.start, [role]: { ...s.session.start[role], ...patch } } } })),
  }));
}
