// The check worker: segments, aligns and checks a document off the UI thread, reporting progress.
import { runOptions } from '../../core';
import { checkInSlices } from '../state/check';
import { spellingServices } from '../state/spelling';
import type { CheckRequest, WorkerReply } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckRequest>) => void) | null; postMessage(m: WorkerReply): void };

scope.onmessage = (event) => {
  const req = event.data;
  if (req?.type !== 'check') return;
  const run = runOptions({ profile: req.profile, services: spellingServices(req.dictionaries) });
  checkInSlices(req, run, (progress) => scope.postMessage({ type: 'progress', id: req.id, progress }))
    .then((review) => scope.postMessage({ type: 'done', id: req.id, review }))
    .catch((err: Error) => scope.postMessage({ type: 'error', id: req.id, message: err.message }));
};
