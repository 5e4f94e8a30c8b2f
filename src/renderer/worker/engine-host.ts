// The engine side of the worker protocol, as plain functions over a `post` callback: the worker
// script wires it to postMessage; where no worker can start (jsdom, a shell refusing workers) the
// page runs the same code on its own thread. Spellers stay built between requests.
import { runOptions } from '../../core';
import { createDocContext, runChecks, type RunOptions } from '../../core/run';
import { fromProject } from '../../core/review/project';
import { issueKey } from '../../core/review/state';
import { workingDocument } from '../../core/review/working';
import type { Issue, ReviewDocument } from '../../core/types';
import type { Dictionary } from '../../shared/api';
import { builtinPacks } from '../../core/rules/builtin';
import { checkInSlices, reviewInSlices } from '../state/check';
import { spellingServices } from '../state/spelling';
import type { EngineMemory, EngineReply, EngineRequest, EngineSetup } from './protocol';

export interface EngineHost {
  handle(request: EngineRequest): Promise<void>;
}

export function createEngineHost(post: (reply: EngineReply) => void, pause: () => Promise<void> = () => Promise.resolve()): EngineHost {
  const dictionaries: Record<string, Dictionary | null> = {};
  let services = spellingServices(dictionaries);
  let run: RunOptions = runOptions();
  let document: ReviewDocument | null = null;
  let profile = 'default';
  let memory: EngineMemory | undefined;

  function configure() {
    run = runOptions({
      profile,
      services,
      ...(memory ? { packs: [...builtinPacks, ...memory.packs], severityOverrides: memory.severityOverrides } : {}),
    });
  }

  async function setup(id: number, s: EngineSetup, langs: string[]) {
    let changed = false;
    for (const [lang, dict] of Object.entries(s.dictionaries)) {
      if (!(lang in dictionaries) || (dictionaries[lang] === null && dict)) {
        dictionaries[lang] = dict;
        changed = true;
      }
    }
    if (changed) services = spellingServices(dictionaries);
    profile = s.profile;
    if (s.memory) memory = s.memory;
    configure();
    // Build the spellers first, with a progress report: a large dictionary takes seconds.
    const wanted = [...new Set(langs.filter((l): l is string => typeof l === 'string' && l.length > 0))].filter((l) => dictionaries[l] || dictionaries[l.split(/[-_]/)[0]]);
    for (let i = 0; i < wanted.length; i++) {
      post({ type: 'progress', id, progress: { stage: 'spelling', done: i, total: wanted.length } });
      await pause();
      services.speller?.(wanted[i]);
    }
  }

  function recheck(targets: string[], rejected: Record<string, string>, segments: number[]): Record<number, Issue[]> {
    const out: Record<number, Issue[]> = {};
    if (!document) return out;
    const ctx = createDocContext(workingDocument(document, targets));
    const views = segments.filter((i) => ctx.views[i]).map((i) => ctx.views[i]);
    for (const i of segments) out[i] = [];
    const index = new Map(ctx.document.segments.map((s, i) => [s.id, i]));
    for (const issue of runChecks(ctx, run, views)) {
      if (rejected[issueKey(issue)] !== undefined) continue;
      const i = index.get(issue.segment);
      if (i !== undefined && out[i]) out[i].push(issue);
    }
    return out;
  }

  return {
    async handle(req) {
      try {
        switch (req.type) {
          case 'check': {
            await setup(req.id, req, [req.from, req.to]);
            const review = await checkInSlices(req, run, (progress) => post({ type: 'progress', id: req.id, progress }), pause);
            document = review.document;
            post({ type: 'review', id: req.id, review });
            break;
          }
          case 'open': {
            await setup(req.id, req, [req.project.from, req.project.to]);
            post({ type: 'progress', id: req.id, progress: { stage: 'checking', done: 0, total: req.project.alignment?.length ?? 0 } });
            await pause();
            const review = fromProject(req.project, run);
            document = review.document;
            post({ type: 'review', id: req.id, review });
            break;
          }
          case 'review': {
            await setup(req.id, req, [req.document.source.lang, req.document.target.lang]);
            const review = await reviewInSlices(req.document, run, (progress) => post({ type: 'progress', id: req.id, progress }), pause);
            document = review.document;
            post({ type: 'review', id: req.id, review });
            break;
          }
          case 'configure':
            memory = req.memory;
            configure();
            post({ type: 'ready', id: req.id });
            break;
          case 'warm':
            await setup(req.id, req, req.langs);
            post({ type: 'ready', id: req.id });
            break;
          case 'recheck':
            if (req.document) document = req.document;
            post({ type: 'issues', id: req.id, issues: recheck(req.targets, req.rejected, req.segments) });
            break;
        }
      } catch (err) {
        post({ type: 'error', id: req.id, message: (err as Error).message });
      }
    },
  };
}
