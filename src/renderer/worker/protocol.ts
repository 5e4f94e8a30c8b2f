// Messages between the page and the check worker (dist/renderer/check-worker.js).
import type { ReviewState } from '../../core/review/state';
import type { Dictionary } from '../../shared/api';
import type { CheckInput } from '../state/check';
import type { CheckingProgress } from '../state/types';

export interface CheckRequest extends CheckInput {
  type: 'check';
  id: number;
  profile: string;
  dictionaries: Record<string, Dictionary | null>;
}

export type WorkerReply =
  | { type: 'progress'; id: number; progress: CheckingProgress }
  | { type: 'done'; id: number; review: ReviewState }
  | { type: 'error'; id: number; message: string };
