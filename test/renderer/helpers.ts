// Shared fixtures for the renderer's tests: the sample dispatch checked by the engine (no
// dictionaries, as in the page's own quick re-check), a store and a desk over an in-memory API.
import * as fs from 'fs';
import * as path from 'path';
import { runOptions } from '../../src/core';
import { buildDocument } from '../../src/core/document';
import { createReview, issueKey, type ReviewState } from '../../src/core/review/state';
import { createI18n } from '../../src/renderer/i18n';
import { createMemoryApi } from '../../src/renderer/platform/memory';
import { createDesk } from '../../src/renderer/desk';
import { createEngineClient } from '../../src/renderer/state/engine-client';
import type { Desk } from '../../src/renderer/context';

const dir = path.join(__dirname, '../../assets/samples/drone-attack');
export const FR = fs.readFileSync(path.join(dir, 'fr.source.txt'), 'utf8');
export const EN = fs.readFileSync(path.join(dir, 'en.mt.txt'), 'utf8');
export const run = runOptions();

let cached: ReviewState | null = null;
export function sampleReview(): ReviewState {
  if (!cached) cached = createReview(buildDocument(FR, EN, 'fr', 'en'), run);
  return cached;
}

/** Segment index and issue key of the open issue flagging `text` (the nth one). */
export function findIssue(state: ReviewState, text: string, nth = 0): { segment: number; key: string } {
  let seen = 0;
  for (let i = 0; i < state.issues.length; i++) {
    for (const issue of state.issues[i]) {
      if (issue.target?.text === text && seen++ === nth) return { segment: i, key: issueKey(issue) };
    }
  }
  throw new Error(`no open issue on "${text}"`);
}

export const sample = {
  source: { name: 'fr.source.txt', text: FR, encoding: 'UTF-8', lang: 'fr' },
  target: { name: 'en.mt.txt', text: EN, encoding: 'UTF-8', lang: 'en' },
};

/** A desk over an in-memory API, checking on this thread, without dictionaries, in English. */
export function testDesk(init: Parameters<typeof createMemoryApi>[0] = {}, lng = 'en') {
  const api = createMemoryApi({ sample, ...init });
  const i18n = createI18n(lng);
  const desk: Desk = createDesk(api, i18n, {
    workerUrl: null,
    spelling: false,
    autosaveDelay: 0,
    recheckDelay: 0,
    languages: [lng],
    engineClient: createEngineClient(null),
  });
  return { api, i18n, desk };
}

/** A desk with the sample already loaded (the review state computed once per test file). */
export function loadedDesk(lng = 'en') {
  const t = testDesk({}, lng);
  t.desk.store.getState().dispatch({ type: 'loaded', review: sampleReview(), names: { source: 'fr.source.txt', target: 'en.mt.txt' } });
  return t;
}
