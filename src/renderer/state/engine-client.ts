// The page's side of the engine worker: whole-document checks, project reopening and segment
// re-checks as promises. When no worker can start, the same engine host runs on the page's thread
// (pausing between slices so progress still shows).
import type { ProjectFile } from '../../core/review/project';
import type { ReviewState } from '../../core/review/state';
import type { Issue, ReviewDocument } from '../../core/types';
import { createEngineHost, type EngineHost } from '../worker/engine-host';
import type { EngineMemory, EngineReply, EngineRequest, EngineSetup } from '../worker/protocol';
import type { CheckInput } from './check';
import type { CheckingProgress } from './types';

type Pending = { resolve: (r: EngineReply) => void; progress?: (p: CheckingProgress) => void; request: EngineRequest };
type Request = EngineRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface EngineClient {
  check(input: CheckInput, setup: EngineSetup, onProgress: (p: CheckingProgress) => void): Promise<ReviewState>;
  open(project: ProjectFile, setup: EngineSetup, onProgress: (p: CheckingProgress) => void): Promise<ReviewState>;
  /** Checks a document already segmented (a bilingual file) as it is. */
  review(document: ReviewDocument, setup: EngineSetup, onProgress: (p: CheckingProgress) => void): Promise<ReviewState>;
  /** New learned rules and severities for the checks and re-checks to come. */
  configure(memory: EngineMemory): Promise<void>;
  /** Loads dictionaries ahead of a check (the start screen knows the languages before the editor clicks). */
  warm(langs: string[], setup: EngineSetup): Promise<void>;
  recheck(document: ReviewDocument, targets: string[], rejected: Record<string, string>, segments: number[]): Promise<Record<number, Issue[]>>;
  /** 'worker' or 'page': where the engine runs. */
  readonly where: 'worker' | 'page' | 'unstarted';
  dispose(): void;
}

export function createEngineClient(workerUrl: string | null = 'check-worker.js'): EngineClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let host: EngineHost | null = null;
  let where: EngineClient['where'] = 'unstarted';
  let sentDocument: ReviewDocument | null = null;

  const receive = (m: EngineReply) => {
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') p.progress?.(m.progress);
    else {
      pending.delete(m.id);
      p.resolve(m);
    }
  };

  function pageHost(): EngineHost {
    if (!host) host = createEngineHost((m) => receive(m), () => new Promise((r) => setTimeout(r, 0)));
    where = 'page';
    return host;
  }

  function start(): void {
    if (worker || host || !workerUrl || typeof Worker === 'undefined') return;
    try {
      worker = new Worker(workerUrl);
      where = 'worker';
      worker.onmessage = (e: MessageEvent<EngineReply>) => receive(e.data);
      worker.onerror = (e) => {
        e.preventDefault?.();
        // The worker could not start or died: answer what was asked on this thread instead.
        worker?.terminate();
        worker = null;
        sentDocument = null;
        const h = pageHost();
        for (const p of pending.values()) void h.handle(p.request);
      };
    } catch {
      worker = null;
    }
  }

  function send(request: Request, progress?: (p: CheckingProgress) => void): Promise<EngineReply> {
    start();
    const id = nextId++;
    const full = { ...request, id } as EngineRequest;
    return new Promise((resolve) => {
      pending.set(id, { resolve, progress, request: full });
      if (worker) worker.postMessage(full);
      else void pageHost().handle(full);
    });
  }

  const review = (r: EngineReply): ReviewState => {
    if (r.type === 'review') return r.review;
    throw new Error(r.type === 'error' ? r.message : `unexpected answer ${r.type}`);
  };

  return {
    get where() {
      return where;
    },
    async check(input, setup, onProgress) {
      const r = await send({ type: 'check', ...input, ...setup }, onProgress);
      if (r.type === 'review') sentDocument = r.review.document;
      return review(r);
    },
    async open(project, setup, onProgress) {
      const r = await send({ type: 'open', project, ...setup }, onProgress);
      if (r.type === 'review') sentDocument = r.review.document;
      return review(r);
    },
    async review(document, setup, onProgress) {
      const r = await send({ type: 'review', document, ...setup }, onProgress);
      if (r.type === 'review') sentDocument = r.review.document;
      return review(r);
    },
    async configure(memory) {
      await send({ type: 'configure', memory });
    },
    async warm(langs, setup) {
      await send({ type: 'warm', langs, ...setup });
    },
    async recheck(document, targets, rejected, segments) {
      const changed = document !== sentDocument;
      sentDocument = document;
      const r = await send({ type: 'recheck', targets, rejected, segments, ...(changed ? { document } : {}) });
      if (r.type === 'issues') return r.issues;
      throw new Error(r.type === 'error' ? r.message : `unexpected answer ${r.type}`);
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
