// The corrections memory from the desk's side. Every reducer step that decides something (accept,
// reject, edit; accept-all gives many) becomes CorrectionInputs (decisionsBetween), queued and sent
// to api.recordDecisions in batches a moment later, never in the way of the UI. A segment being
// edited is held back until the editor leaves it, so one editing session is one correction (first
// text → last text), not one per pause in the typing. A failed send keeps the decisions queued and
// tries again later; the failure is said once. A decision undone before it was sent is dropped.
//
// After a single correction (an accepted fix or a finished edit) the other segments where the same
// source/target pattern occurs are offered ("Apply to similar", similarToCorrection); applying them
// is one undoable step of edits. "Apply everywhere" also asks the memory to learn the rule at once.
//
// The learned rules (api.learnedRules) and the demoted severities (api.ruleStats().overrides) are
// loaded at start and again whenever the memory reports a new learned rule.
import type { i18n as I18n } from 'i18next';
import type { CorrectionDocument, CorrectionInput, RecordSummary, Result, ReviewApi } from '../../shared/api';
import { documentHash } from '../../core/corrections/hash';
import { decisionsBetween } from '../../core/corrections/extract';
import { learnedPacks } from '../../core/corrections/learn';
import { similarToCorrection } from '../../core/corrections/similar';
import type { Decision, ReviewState } from '../../core/review/state';
import { workingDocument } from '../../core/review/working';
import type { EngineMemory } from '../worker/protocol';
import type { DeskStore } from './store';

export interface RecorderOptions {
  /** Milliseconds between the last decision and sending the batch. */
  delay?: number;
  /** Milliseconds before a failed send is tried again (doubling up to 16 times this). */
  retryDelay?: number;
  /** Most decisions in one call. */
  batch?: number;
}

interface Pending {
  document: CorrectionDocument;
  input: CorrectionInput;
  /** The reducer decisions this input stands for (an editing session merges several). */
  keys: string[];
  /** Segment index, and the edit session it was typed in (edits only). */
  index: number;
  session: number | null;
  /** Found by "apply to similar": no offer is made for it. */
  fromSimilar: boolean;
}

const decisionKey = (d: Pick<Decision, 'segment' | 'at' | 'kind'>) => `${d.kind}\u0000${d.segment}\u0000${d.at}`;

/** The engine's view of the memory: enabled learned rules as packs, and the demoted severities. */
export async function loadEngineMemory(api: ReviewApi): Promise<EngineMemory | null> {
  const settle = <T,>(p: Promise<Result<T>>) => p.catch((err: Error): Result<T> => ({ ok: false, code: 'http', message: err.message }));
  const [rules, stats] = await Promise.all([settle(api.learnedRules()), settle(api.ruleStats())]);
  if (!rules.ok && !stats.ok) return null;
  return {
    packs: rules.ok ? learnedPacks(rules.value) : [],
    severityOverrides: stats.ok ? stats.value.overrides : {},
  };
}

export function createRecorder(
  store: DeskStore,
  api: ReviewApi,
  i18n: I18n,
  hooks: { onLearned: (summary: RecordSummary) => void },
  options: RecorderOptions = {},
) {
  const delay = options.delay ?? 800;
  const retryDelay = options.retryDelay ?? 4000;
  const batch = options.batch ?? 1000;
  const get = () => store.getState();
  let pending: Pending[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sending: Promise<void> | null = null;
  let failures = 0;
  let failureShown = false;
  let applyingSimilar = false;
  let metaFor: { document: ReviewState['document']; names: string; meta: CorrectionDocument } | null = null;

  function documentMeta(review: ReviewState): CorrectionDocument {
    const names = get().app.names;
    const title = names.target || names.source;
    if (metaFor && metaFor.document === review.document && metaFor.names === title) return metaFor.meta;
    const doc = review.document;
    const meta = { from: doc.source.lang, to: doc.target.lang, title: title.slice(0, 300), hash: documentHash(doc.source.text, doc.target.text) };
    metaFor = { document: review.document, names: title, meta };
    return meta;
  }

  function schedule(ms = delay) {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void flush(false);
    }, ms);
  }

  /** The segment being edited holds its edits back; everything else is ready. */
  function ready(all: boolean): Pending[] {
    const editing = get().app.editing;
    return all || editing === null ? pending.slice() : pending.filter((p) => !(p.input.kind === 'edit' && p.index === editing));
  }

  async function sendNow(all: boolean): Promise<void> {
    const items = ready(all).slice(0, batch);
    if (!items.length) return;
    // One call per document (a batch rarely spans two: a review was closed and another opened).
    const groups = new Map<string, Pending[]>();
    for (const p of items) groups.set(p.document.hash, [...(groups.get(p.document.hash) ?? []), p]);
    for (const group of groups.values()) {
      let r: Result<RecordSummary>;
      try {
        r = await api.recordDecisions(group[0].document, group.map((p) => p.input));
      } catch (err) {
        r = { ok: false, code: 'http', message: (err as Error).message };
      }
      if (!r.ok) {
        failures += 1;
        if (!failureShown) {
          failureShown = true;
          get().setSession({ error: i18n.t('corrections.recordFailed', { message: r.message }) });
        }
        // Kept for later: the memory is not there ('unavailable') or did not answer.
        if (r.code !== 'unavailable') schedule(Math.min(retryDelay * 2 ** Math.min(failures - 1, 4), retryDelay * 16));
        return;
      }
      failures = 0;
      failureShown = false;
      pending = pending.filter((p) => !group.includes(p));
      get().setSession({ memoryVersion: get().session.memoryVersion + 1 });
      if (r.value.learned.length) hooks.onLearned(r.value);
    }
    if (ready(all).length) await sendNow(all);
  }

  /** Sends what is ready now; `all` also sends the edits of the segment being edited. */
  async function flush(all: boolean): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    while (sending) await sending;
    sending = sendNow(all).finally(() => {
      sending = null;
    });
    await sending;
  }

  function offerSimilar(p: Pending) {
    const review = get().app.review;
    if (!review || p.fromSimilar || p.input.after === null || p.input.kind === 'reject') return;
    try {
      const working = workingDocument(review.document, review.targets);
      const items = similarToCorrection(working, p.input).map((s) => ({ ...s, original: review.targets[s.index] }));
      get().setSession({ similar: items.length ? { correction: p.input, items } : null });
    } catch {
      // Finding similar segments is a help, never a reason to stop the review.
    }
  }

  function enqueue(prev: ReviewState, next: ReviewState, editing: number | null, session: number | null) {
    const inputs = decisionsBetween(prev, next, { reviewer: get().session.settings.reviewer || null });
    if (!inputs.length) return;
    const document = documentMeta(next);
    const added: Pending[] = [];
    for (const input of inputs) {
      const index = next.document.segments.findIndex((s) => s.id === input.segment);
      const key = decisionKey(input);
      const last = pending[pending.length - 1];
      if (input.kind === 'edit' && last && last.input.kind === 'edit' && last.index === index && last.session !== null && last.session === session && last.document.hash === document.hash) {
        // The same editing session: one correction from the text before it to the text now.
        last.input = { ...last.input, after: input.after, at: input.at };
        last.keys.push(key);
        continue;
      }
      const p: Pending = { document, input, keys: [key], index, session: input.kind === 'edit' ? session : null, fromSimilar: applyingSimilar };
      pending.push(p);
      added.push(p);
    }
    // A single accepted fix is finished at once; an edit when the editor leaves the segment.
    if (inputs.length === 1 && added.length === 1 && added[0].input.kind === 'accept') offerSimilar(added[0]);
    if (inputs.length === 1 && added.length === 1 && added[0].input.kind === 'edit' && editing !== added[0].index) offerSimilar(added[0]);
    schedule();
  }

  function dropUndone(prev: ReviewState, next: ReviewState) {
    const n = next.decisions.length;
    if (n >= prev.decisions.length || (n > 0 && next.decisions[n - 1] !== prev.decisions[n - 1])) return;
    const removed = new Set(prev.decisions.slice(n).map(decisionKey));
    pending = pending.filter((p) => !p.keys.some((k) => removed.has(k)));
    const offer = get().session.similar;
    if (offer && removed.has(decisionKey(offer.correction))) get().setSession({ similar: null });
  }

  const unsubscribe = store.subscribe((s, prev) => {
    const next = s.app.review;
    const before = prev.app.review;
    if (next && before && next !== before && s.app.phase === 'review' && prev.app.phase === 'review' && next.decisions !== before.decisions) {
      if (next.decisions.length < before.decisions.length) dropUndone(before, next);
      else enqueue(before, next, s.app.editing, s.app.lastEditSession);
    }
    // The editor left a segment: its edits are one finished correction.
    if (prev.app.editing !== null && s.app.editing !== prev.app.editing) {
      const left = prev.app.editing;
      const last = [...pending].reverse().find((p) => p.input.kind === 'edit' && p.index === left);
      if (last && last.input.before !== last.input.after) offerSimilar(last);
      else if (last) pending = pending.filter((p) => p !== last); // typed and typed back: nothing changed
      schedule(Math.min(delay, 200));
    }
    if (!next && prev.app.review) get().setSession({ similar: null });
  });

  return {
    flush,
    /** Decisions not yet in the memory (tests). */
    pendingCount: () => pending.length,
    /** Applies the offered fix to the chosen segments as edits, one undo step; `everywhere` also asks the memory to learn it now. */
    applySimilar(segments: string[], everywhere: boolean) {
      const offer = get().session.similar;
      const app = get().app;
      if (!offer || !app.review) return 0;
      const cursor = app.cursor;
      const group = -Date.now(); // one edit "session" of its own: the edits undo together
      let applied = 0;
      applyingSimilar = true;
      try {
        for (const item of offer.items) {
          if (!segments.includes(item.segment)) continue;
          const review = get().app.review;
          if (!review || review.targets[item.index] !== item.original) continue;
          get().dispatch({ type: 'decide', action: { type: 'edit', segment: item.index, text: item.text }, session: group });
          applied += 1;
        }
      } finally {
        applyingSimilar = false;
      }
      if (everywhere) {
        const queued = pending.find((p) => p.input === offer.correction || (p.input.segment === offer.correction.segment && p.input.at === offer.correction.at));
        if (queued) queued.input = { ...queued.input, everywhere: true };
        else {
          const review = get().app.review;
          if (review) pending.push({ document: documentMeta(review), input: { ...offer.correction, everywhere: true }, keys: [], index: -1, session: null, fromSimilar: true });
        }
        schedule(0);
      }
      get().setSession({ similar: null });
      get().dispatch({ type: 'cursor', segment: cursor.segment, issue: cursor.issue });
      get().dispatch({ type: 'announce', key: everywhere ? 'announce.appliedEverywhere' : 'announce.appliedSimilar', values: { count: applied } });
      return applied;
    },
    dismissSimilar() {
      get().setSession({ similar: null });
    },
    dispose() {
      unsubscribe();
      clearTimeout(timer);
    },
  };
}

export type Recorder = ReturnType<typeof createRecorder>;
