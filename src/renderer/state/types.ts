// The renderer's state: the engine's ReviewState (texts, issues, decisions, undo stack) plus what
// only the desk needs (where the cursor is, which filters are on, which overlay is open).
import type { ReviewAction, ReviewState } from '../../core/review/state';
import type { Issue, Severity } from '../../core/types';

export type { ReviewAction, ReviewState, Issue, Severity };

export const SEVERITIES: Severity[] = ['critical', 'major', 'minor', 'neutral'];

export interface Names {
  source: string;
  target: string;
}

export interface Filters {
  /** Severities shown; all true by default. */
  severities: Record<Severity, boolean>;
  /** MQM category or '' for all; a top-level category ('accuracy') matches its children. */
  category: string;
  /** Check family ('names', 'calque/fr-en') or exact rule id, '' for all. */
  check: string;
  /** Hide segments marked reviewed, in the grid and in the issue list. */
  hideReviewed: boolean;
}

export interface Cursor {
  /** Segment index. */
  segment: number;
  /** issueKey of the selected issue, or null. */
  issue: string | null;
}

export type ConfirmRequest =
  | { kind: 'acceptAll' | 'rejectAll'; ruleId: string; count: number }
  | { kind: 'close' }
  | { kind: 'languages'; from: string; to: string }
  | { kind: 'merge'; segment: number };

/** A live-region message: i18n key plus values; `n` changes so a repeated message is read again. */
export interface Announcement {
  key: string;
  values: Record<string, string | number>;
  n: number;
}

export interface CheckingProgress {
  stage: 'reading' | 'aligning' | 'checking' | 'spelling';
  done: number;
  total: number;
}

export type Overlay = 'help' | 'settings' | 'export' | null;
/** 'corrections': the corrections memory (history, learned rules, statistics), with or without a review open. */
export type View = 'review' | 'changes' | 'corrections';

export interface AppState {
  phase: 'start' | 'checking' | 'review';
  review: ReviewState | null;
  names: Names;
  checking: CheckingProgress | null;
  cursor: Cursor;
  /** issueKey under the mouse (or focused in the panel): its source words light up. */
  hover: string | null;
  /** Segment index being edited, or null (navigation mode). */
  editing: number | null;
  /** Each edit session has a number; the edits typed in one session undo as one step. */
  editSession: number;
  /** The session of the last edit applied, so the next edit of that session joins its undo step. */
  lastEditSession: number | null;
  filters: Filters;
  search: string;
  view: View;
  overlay: Overlay;
  /** The issue panel is shown (the desktop menu can hide it). */
  panel: boolean;
  confirm: ConfirmRequest | null;
  /** The issue whose "reject with a reason" box is open. */
  reasonFor: string | null;
  announcement: Announcement | null;
}

export type AppAction =
  | { type: 'loaded'; review: ReviewState; names: Names }
  | { type: 'checking'; progress: CheckingProgress | null }
  | { type: 'close' }
  | { type: 'decide'; action: ReviewAction; session?: number }
  | { type: 'mergeNext'; segment: number }
  | { type: 'split'; segment: number }
  /** Issues of some segments checked again by the engine worker (with dictionaries) for exactly these targets. */
  | { type: 'refreshIssues'; targets: string[]; issues: Record<number, Issue[]> }
  | { type: 'cursor'; segment: number; issue?: string | null }
  | { type: 'move'; unit: 'issue' | 'segment'; dir: 1 | -1 }
  | { type: 'hover'; key: string | null }
  | { type: 'startEdit'; segment?: number }
  | { type: 'stopEdit' }
  | { type: 'filters'; patch: Partial<Filters> }
  | { type: 'search'; text: string }
  | { type: 'view'; view: View }
  | { type: 'overlay'; overlay: Overlay }
  | { type: 'togglePanel' }
  | { type: 'confirm'; request: ConfirmRequest | null }
  | { type: 'reason'; key: string | null }
  | { type: 'announce'; key: string; values?: Record<string, string | number> };

export function initialFilters(): Filters {
  return { severities: { critical: true, major: true, minor: true, neutral: true }, category: '', check: '', hideReviewed: false };
}

export function initialState(): AppState {
  return {
    phase: 'start',
    review: null,
    names: { source: '', target: '' },
    checking: null,
    cursor: { segment: 0, issue: null },
    hover: null,
    editing: null,
    editSession: 0,
    lastEditSession: null,
    filters: initialFilters(),
    search: '',
    view: 'review',
    overlay: null,
    panel: true,
    confirm: null,
    reasonFor: null,
    announcement: null,
  };
}
