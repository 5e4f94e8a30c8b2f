// Runs a whole-document check in the worker when the page can start one, on the UI thread in
// slices (yielding between them) when it cannot: tests in jsdom, or a shell that refuses workers.
import { runOptions } from '../../core';
import type { ReviewState } from '../../core/review/state';
import type { Dictionary } from '../../shared/api';
import type { CheckRequest, WorkerReply } from '../worker/protocol';
import { checkInSlices, type CheckInput } from './check';
import { spellingServices } from './spelling';
import type { CheckingProgress } from './types';

export interface CheckSettings {
  profile: string;
  dictionaries: Record<string, Dictionary | null>;
  /** Where the worker bundle is; null to check on this thread. */
  workerUrl?: string | null;
}

let nextId = 1;

class WorkerUnavailable extends Error {}

function inThread(input: CheckInput, settings: CheckSettings, onProgress: (p: CheckingProgress) => void): Promise<ReviewState> {
  const run = runOptions({ profile: settings.profile, services: spellingServices(settings.dictionaries) });
  return checkInSlices(input, run, onProgress, () => new Promise((r) => setTimeout(r, 0)));
}

function inWorker(url: string, input: CheckInput, settings: CheckSettings, onProgress: (p: CheckingProgress) => void): Promise<ReviewState> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(url);
    } catch (err) {
      reject(new WorkerUnavailable((err as Error).message));
      return;
    }
    const id = nextId++;
    const done = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'done') {
        done();
        resolve(m.review);
      } else {
        done();
        reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      done();
      e.preventDefault?.();
      reject(new WorkerUnavailable(e.message || 'worker failed to start'));
    };
    const req: CheckRequest = { type: 'check', id, ...input, profile: settings.profile, dictionaries: settings.dictionaries };
    worker.postMessage(req);
  });
}

export async function checkDocument(input: CheckInput, settings: CheckSettings, onProgress: (p: CheckingProgress) => void): Promise<ReviewState> {
  const url = settings.workerUrl === undefined ? 'check-worker.js' : settings.workerUrl;
  if (url && typeof Worker !== 'undefined') {
    try {
      return await inWorker(url, input, settings, onProgress);
    } catch (err) {
      if (!(err instanceof WorkerUnavailable)) throw err;
    }
  }
  return inThread(input, settings, onProgress);
}
