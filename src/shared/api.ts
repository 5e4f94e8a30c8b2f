// The one interface between the review UI and the outside world. The Electron preload implements
// it over IPC, the web mode over HTTP to a small local server; the renderer sees only this.
// Handlers answer with a Result because errors thrown across IPC lose everything but their text.
import type { ProjectFile } from '../core/review/project';
import type {
  CorrectionDocument, CorrectionInput, CorrectionPage, CorrectionQuery, CorrectionsFormat, ExportedCorrections, LearnedRule, LearnedRulePatch,
  RecordSummary, RuleStats,
} from '../core/corrections/types';

export type {
  CorrectionDocument, CorrectionInput, CorrectionPage, CorrectionQuery, CorrectionsFormat, ExportedCorrections, LearnedRule, LearnedRulePatch,
  RecordSummary, RuleStats,
};

export type Result<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

export interface OpenedText {
  /** File name (no directory), or a label such as "pasted text". */
  name: string;
  text: string;
  /** The encoding the bytes were decoded from, e.g. 'UTF-8', 'UTF-16LE', 'windows-1252'. */
  encoding: string;
  /** BCP 47 code detected from the text, or null. */
  lang: string | null;
}

export interface Settings {
  uiLanguage: string | null;
  theme: 'system' | 'light' | 'dark';
  reviewer: string;
  profile: string;
  firstRun: boolean;
}

export interface PlatformInfo {
  kind: 'electron' | 'web';
  version: string;
  /** Why the app runs in the browser where a desktop window was asked for. */
  reason?: string;
}

export interface Dictionary {
  aff: string;
  dic: string;
}

export interface ReviewApi {
  platform(): Promise<PlatformInfo>;
  /** Decodes bytes from a dropped or picked file: encoding detected, binary refused with a message naming the file. */
  decodeFile(name: string, bytes: Uint8Array): Promise<Result<OpenedText>>;
  /** Native open dialog (desktop); web mode answers null and the page uses a file input instead. */
  pickTextFile(role: 'source' | 'target'): Promise<Result<OpenedText | null>>;
  loadSample(): Promise<Result<{ source: OpenedText; target: OpenedText }>>;
  /** Saves text under a name the user picks (desktop) or downloads it (web). Null when cancelled. */
  saveText(suggestedName: string, text: string): Promise<Result<string | null>>;
  /** Saves bytes (a Word file) the same way: a picked place (desktop) or a download (web). Null when cancelled. */
  saveBytes(suggestedName: string, bytes: Uint8Array): Promise<Result<string | null>>;
  saveProject(project: ProjectFile, suggestedName: string): Promise<Result<string | null>>;
  openProject(): Promise<Result<ProjectFile | null>>;
  /** Crash recovery: the latest state is written after every decision and read back at start. */
  autosave(project: ProjectFile): Promise<Result<void>>;
  recoverAutosave(): Promise<Result<ProjectFile | null>>;
  clearAutosave(): Promise<Result<void>>;
  getSettings(): Promise<Result<Settings>>;
  setSettings(patch: Partial<Settings>): Promise<Result<Settings>>;
  /** Hunspell dictionary files for a language, so spelling runs where the checks run; null when none is installed. */
  dictionary(lang: string): Promise<Result<Dictionary | null>>;
  /**
   * Corrections memory: keeps decisions made in a document (each once; decisionsBetween() in
   * src/core/corrections builds them from reducer steps) and learns rules from repeated ones.
   */
  recordDecisions(document: CorrectionDocument, decisions: CorrectionInput[]): Promise<Result<RecordSummary>>;
  /** The decision history, newest first: searchable by words, rule, kind, languages and date. */
  corrections(query: CorrectionQuery): Promise<Result<CorrectionPage>>;
  /** Learned rules (enabled and not); learnedPacks() in src/core/corrections makes them engine packs. */
  learnedRules(): Promise<Result<LearnedRule[]>>;
  setLearnedRule(id: number, patch: LearnedRulePatch): Promise<Result<LearnedRule>>;
  /** Accept/reject counts per rule and per check; `overrides` is EngineOptions.severityOverrides. */
  ruleStats(): Promise<Result<RuleStats>>;
  /** Undoes the demotion of a rule the editor kept rejecting; answers the new statistics. */
  restoreRule(ruleId: string): Promise<Result<RuleStats>>;
  /** The whole memory as a file's text (save it with saveText). TMX holds corrections only. */
  exportCorrections(format: CorrectionsFormat): Promise<Result<ExportedCorrections>>;
}

/** IPC channel names, one per method. */
export const CHANNELS: { [K in keyof ReviewApi]: string } = {
  platform: 'verso:platform',
  decodeFile: 'verso:decode-file',
  pickTextFile: 'verso:pick-text-file',
  loadSample: 'verso:load-sample',
  saveText: 'verso:save-text',
  saveBytes: 'verso:save-bytes',
  saveProject: 'verso:save-project',
  openProject: 'verso:open-project',
  autosave: 'verso:autosave',
  recoverAutosave: 'verso:recover-autosave',
  clearAutosave: 'verso:clear-autosave',
  getSettings: 'verso:get-settings',
  setSettings: 'verso:set-settings',
  dictionary: 'verso:dictionary',
  recordDecisions: 'verso:record-decisions',
  corrections: 'verso:corrections',
  learnedRules: 'verso:learned-rules',
  setLearnedRule: 'verso:set-learned-rule',
  ruleStats: 'verso:rule-stats',
  restoreRule: 'verso:restore-rule',
  exportCorrections: 'verso:export-corrections',
};

/**
 * What a native menu item asks the review to do (desktop only). Names match the renderer's keymap
 * commands where both exist, so a menu click and a key press run the same command. The menu shows
 * the keys but leaves them to the renderer's keymap (see electron/menu.ts).
 * 'undo'/'redo': the focused text field's own undo while one has focus, the review's otherwise.
 * 'theme:*' and 'uiLanguage:*': the renderer changes the setting (through setSettings);
 * 'uiLanguage:system' means uiLanguage null (follow the system).
 */
export type MenuCommand =
  | 'openSource' | 'openTarget' | 'openProject' | 'saveProject' | 'export'
  | 'undo' | 'redo' | 'search'
  | 'toggleIssues' | 'corrections' | 'theme:system' | 'theme:light' | 'theme:dark' | `uiLanguage:${string}`
  | 'nextIssue' | 'prevIssue' | 'accept' | 'reject' | 'edit' | 'confirmSegment' | 'acceptAllOfCheck'
  | 'help';

/** Channel of the one main-to-renderer message: a MenuCommand. */
export const COMMAND_CHANNEL = 'verso:command';

/** What the desktop preload exposes as `window.verso`: the ReviewApi plus menu commands. */
export interface DesktopBridge extends ReviewApi {
  /** Calls `listener` for every menu command; returns a function that stops listening. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}
