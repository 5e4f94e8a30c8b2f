// The engine worker: whole-document checks, project reopening and segment re-checks off the UI
// thread, with the spelling dictionaries kept loaded between requests.
import { createEngineHost } from './engine-host';
import type { EngineReply, EngineRequest } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<EngineRequest>) => void) | null; postMessage(m: EngineReply): void };
const host = createEngineHost((reply) => scope.postMessage(reply));
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  // One request at a time, in order: a recheck never runs against a half-loaded document.
  queue = queue.then(() => host.handle(event.data));
};
