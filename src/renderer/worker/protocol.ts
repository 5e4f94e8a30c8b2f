// Messages between the page and the engine worker (dist/renderer/check-worker.js). The worker keeps
// the spelling dictionaries loaded (parsing one takes a few hundred milliseconds), checks whole
// documents with progress, reopens projects, and re-checks single segments after a decision so the
// spelling-based checks see the editor's text too.
import type { ProjectFile } from '../../core/review/project';
import type { ReviewState } from '../../core/review/state';
import type { Issue, ReviewDocument, Severity } from '../../core/types';
import type { RulePack } from '../../core/rules/pack';
import type { Dictionary } from '../../shared/api';
import type { CheckInput } from '../state/check';
import type { CheckingProgress } from '../state/types';

export interface EngineSetup {
  profile: string;
  /** Hunspell files by language; languages absent or null check without a dictionary. */
  dictionaries: Record<string, Dictionary | null>;
  /** The corrections memory: packs learned from the editors' corrections (added to the built-in ones) and demoted severities. Absent: as before. */
  memory?: EngineMemory;
}

export interface EngineMemory {
  packs: RulePack[];
  severityOverrides: Record<string, Severity>;
}

export type EngineRequest =
  | ({ type: 'check'; id: number } & CheckInput & EngineSetup)
  | ({ type: 'open'; id: number; project: ProjectFile } & EngineSetup)
  /** A document already segmented (a bilingual file), checked as it is. */
  | ({ type: 'review'; id: number; document: ReviewDocument } & EngineSetup)
  /** New learned rules or severities: later checks and re-checks use them. */
  | { type: 'configure'; id: number; memory: EngineMemory }
  /** Load the dictionaries for these languages now, before the editor asks for a check. */
  | ({ type: 'warm'; id: number; langs: string[] } & EngineSetup)
  | {
      type: 'recheck';
      id: number;
      /** The document when it changed since the last recheck (a merge), else absent. */
      document?: ReviewDocument;
      targets: string[];
      rejected: Record<string, string>;
      segments: number[];
    };

export type EngineReply =
  | { type: 'progress'; id: number; progress: CheckingProgress }
  | { type: 'review'; id: number; review: ReviewState }
  | { type: 'issues'; id: number; issues: Record<number, Issue[]> }
  | { type: 'ready'; id: number }
  | { type: 'error'; id: number; message: string };
