// The desk and the corrections memory, over the real handlers and a SQLite memory in a temp folder:
// decisions sent in batches after the reducer steps (an editing session as one correction, held
// while the segment is being edited), failures said once and the decisions kept, undone decisions
// never sent, the engine rebuilt with learned rules and demoted severities, and "apply to similar"
// as one undoable step.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHandlers, dataServices } from '../../electron/ipc/handlers';
import { downloadsDialogs } from '../../electron/services/dialogs';
import type { CorrectionInput, Result, ReviewApi } from '../../src/shared/api';
import { createDesk } from '../../src/renderer/desk';
import { createEngineClient } from '../../src/renderer/state/engine-client';
import { createI18n } from '../../src/renderer/i18n';
import { findIssue, sample, sampleReview } from './helpers';

jest.setTimeout(60_000);

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-desk-memory-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await wait(10);
  }
}

/** A desk over the real handlers; `calls` records every recordDecisions call; `failNext` makes calls fail. */
async function deskWithMemory(settings: Record<string, unknown> = { reviewer: 'Ana' }) {
  const services = dataServices(path.join(tmp, 'data'));
  await services.settings.update(settings);
  const handlers = createHandlers({ platform: { kind: 'web', version: 'test' }, ...services, dialogs: downloadsDialogs(path.join(tmp, 'downloads')), assetsDir: path.join(__dirname, '../../assets') });
  const calls: CorrectionInput[][] = [];
  let failNext = 0;
  const api = Object.fromEntries(Object.entries(handlers).map(([k, fn]) => [k, (...a: unknown[]) => (fn as (...x: unknown[]) => unknown)(...a)])) as unknown as ReviewApi;
  const record = api.recordDecisions;
  api.recordDecisions = async (doc, list) => {
    if (failNext > 0) {
      failNext -= 1;
      return { ok: false, code: 'http', message: 'The Verso server did not answer' } as Result<never>;
    }
    calls.push(list);
    return record(doc, list);
  };
  const i18n = createI18n('en');
  const desk = createDesk(api, i18n, { workerUrl: null, spelling: false, autosaveDelay: 10_000, recheckDelay: 0, languages: ['en'], engineClient: createEngineClient(null), recorder: { delay: 20, retryDelay: 30 } });
  await desk.controller.init();
  const dispatch = desk.store.getState().dispatch;
  dispatch({ type: 'loaded', review: sampleReview(), names: { source: sample.source.name, target: sample.target.name } });
  const close = () => {
    desk.controller.dispose();
    services.corrections.close();
  };
  return { desk, api, calls, dispatch, fail: (n: number) => (failNext = n), state: () => desk.store.getState(), close };
}

describe('decisions into the corrections memory', () => {
  it('sends an accepted fix a moment later, signed with the reviewer, and finds it in the history', async () => {
    const t = await deskWithMemory();
    const drone = findIssue(t.state().app.review!, 'trapped drone');
    t.dispatch({ type: 'decide', action: { type: 'accept', segment: drone.segment, key: drone.key } });
    expect(t.calls).toHaveLength(0); // never in the way of the reducer step
    await until(() => t.calls.length === 1);
    expect(t.calls[0]).toEqual([
      expect.objectContaining({ kind: 'accept', ruleId: expect.stringMatching(/piege|trap/), fix: 'booby-trapped drone', reviewer: 'Ana', segment: t.state().app.review!.document.segments[drone.segment].id }),
    ]);
    await until(() => t.state().session.memoryVersion === 1);
    const page = await t.api.corrections({ text: 'booby' });
    expect(page.ok && page.value.total).toBe(1);
    t.close();
  });

  it('keeps one editing session as one correction, held until the editor leaves the segment', async () => {
    const t = await deskWithMemory();
    const seg = 2;
    const before = t.state().app.review!.targets[seg];
    t.dispatch({ type: 'startEdit', segment: seg });
    const session = t.state().app.editSession;
    t.dispatch({ type: 'decide', action: { type: 'edit', segment: seg, text: `${before} X` }, session });
    t.dispatch({ type: 'decide', action: { type: 'edit', segment: seg, text: `${before} Xy` }, session });
    await wait(80);
    expect(t.calls).toHaveLength(0);
    expect(t.desk.controller.pendingDecisions()).toBe(1);
    t.dispatch({ type: 'stopEdit' });
    await until(() => t.calls.length === 1);
    expect(t.calls[0]).toEqual([expect.objectContaining({ kind: 'edit', before, after: `${before} Xy`, reviewer: 'Ana' })]);
    t.close();
  });

  it('says a failure once, keeps the decisions and sends them when the memory answers again', async () => {
    const t = await deskWithMemory();
    t.fail(2);
    const a = findIssue(t.state().app.review!, 'trapped drone');
    t.dispatch({ type: 'decide', action: { type: 'reject', segment: a.segment, key: a.key } });
    await until(() => t.state().session.error !== null);
    expect(t.state().session.error).toMatch(/could not be stored.*kept/);
    t.desk.controller.dismissError();
    await until(() => t.calls.length === 1, 8000);
    expect(t.state().session.error).toBeNull(); // the second failure said nothing
    expect(t.calls[0]).toEqual([expect.objectContaining({ kind: 'reject' })]);
    expect(t.desk.controller.pendingDecisions()).toBe(0);
    t.close();
  });

  it('never sends a decision undone before it went', async () => {
    const t = await deskWithMemory();
    const a = findIssue(t.state().app.review!, 'trapped drone');
    t.dispatch({ type: 'decide', action: { type: 'reject', segment: a.segment, key: a.key } });
    t.dispatch({ type: 'decide', action: { type: 'undo' } });
    await wait(100);
    expect(t.calls).toHaveLength(0);
    expect(t.desk.controller.pendingDecisions()).toBe(0);
    t.close();
  });

  it('offers the other segments with the same error, applies the chosen ones as one undo step, and learns the rule everywhere', async () => {
    const t = await deskWithMemory();
    // The editor corrects one "trapped drone" by hand; the sample has it three times.
    const review = t.state().app.review!;
    const seg = review.targets.findIndex((x) => x.includes('trapped drone'));
    const text = review.targets[seg].replace('trapped drone', 'booby-trapped drone');
    t.dispatch({ type: 'startEdit', segment: seg });
    t.dispatch({ type: 'decide', action: { type: 'edit', segment: seg, text }, session: t.state().app.editSession });
    t.dispatch({ type: 'stopEdit' });
    const offer = t.state().session.similar;
    expect(offer).not.toBeNull();
    expect(offer!.items.length).toBeGreaterThanOrEqual(1);
    for (const item of offer!.items) {
      expect(item.text).toContain('booby-trapped drone');
      expect(item.segment).not.toBe(review.document.segments[seg].id);
    }
    const pastBefore = t.state().app.review!.past.length;
    const applied = t.desk.controller.applySimilar(offer!.items.map((x) => x.segment), true);
    expect(applied).toBe(offer!.items.length);
    expect(t.state().session.similar).toBeNull();
    for (const item of offer!.items) expect(t.state().app.review!.targets[item.index]).toBe(item.text);
    expect(t.state().app.review!.past.length).toBe(pastBefore + 1); // one step for all of them
    expect(t.state().app.announcement?.key).toBe('announce.appliedEverywhere');
    await until(() => t.desk.controller.pendingDecisions() === 0 && t.calls.flat().some((d) => d.everywhere));
    // The memory learned the rule and the page's engine has it now.
    const rules = await t.api.learnedRules();
    expect(rules.ok && rules.value.length).toBeGreaterThanOrEqual(1);
    // Undo puts every applied segment back.
    t.dispatch({ type: 'decide', action: { type: 'undo' } });
    for (const item of offer!.items) expect(t.state().app.review!.targets[item.index]).toBe(item.original);
    t.close();
  });

  it('builds the engine with the learned packs and the demoted severities', async () => {
    const t = await deskWithMemory();
    // The same correction made twice teaches a rule; a check rejected again and again is demoted.
    const review0 = t.state().app.review!;
    const i = review0.targets.findIndex((x) => x.includes('trapped drone'));
    const seg0 = review0.document.segments[i];
    const source = review0.document.source.text.slice(seg0.source!.start, seg0.source!.end);
    const before = review0.targets[i];
    const doc = { from: 'fr', to: 'en', title: 'other', source: 'x', target: 'y' };
    const at = (n: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, n)).toISOString();
    const edit = (n: number) => ({ kind: 'edit', segment: `p${n}.s1`, ruleId: null, source, before, after: before.replace('trapped drone', 'booby-trapped drone'), span: null, fix: null, reason: null, reviewer: 'Ana', at: at(n) });
    const recorded = await t.api.recordDecisions(doc as never, [edit(1), edit(2)] as never);
    expect(recorded.ok && recorded.value.learned.length).toBe(1);
    const rejects = Array.from({ length: 6 }, (_, n) => ({ kind: 'reject', segment: `p${n}.s1`, ruleId: 'double-space', source: 's', before: 'a  b', after: null, span: { start: 1, end: 3 }, fix: null, reason: null, reviewer: 'Ana', at: at(10 + n) }));
    await t.api.recordDecisions(doc as never, rejects as never);
    await t.desk.controller.refreshMemory();
    const stats = await t.api.ruleStats();
    expect(stats.ok && stats.value.overrides['double-space']).toBeTruthy();
    // The page's engine has the learned pack and the demoted severity.
    const run = t.desk.controller.engineOptions();
    const learned = run.packs?.find((p) => p.kind === 'learned' && p.id === 'fr-en');
    expect(learned?.entries.map((e) => e.id)).toEqual([recorded.ok ? recorded.value.learned[0].entry.id : '']);
    expect(run.config?.['double-space']).toMatchObject({ severity: stats.ok ? stats.value.overrides['double-space'] : '' });
    // A re-check after a decision reports the demoted severity.
    const review = t.state().app.review!;
    const seg = review.targets.findIndex((x) => x.includes('by means of'));
    t.dispatch({ type: 'decide', action: { type: 'edit', segment: seg, text: review.targets[seg].replace('by means of', 'by  means of') } });
    expect(t.state().app.review!.issues[seg].find((x) => x.ruleId === 'double-space')?.severity).toBe(stats.ok ? stats.value.overrides['double-space'] : '');
    t.close();
  });
});
