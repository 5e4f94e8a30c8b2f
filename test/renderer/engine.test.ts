// Checking off the UI thread: the sliced whole-document check gives exactly createReview's state,
// the engine host (the worker's code) re-checks segments as the reducer does, and merging keeps
// the corrected text and survives a project round trip.
import { checkInSlices } from '../../src/renderer/state/check';
import { createEngineHost } from '../../src/renderer/worker/engine-host';
import type { EngineReply } from '../../src/renderer/worker/protocol';
import { mergeNext } from '../../src/renderer/state/merge';
import { fromProject, toProject } from '../../src/core/review/project';
import { reviewReducer } from '../../src/core/review/state';
import { correctedText } from '../../src/core/review/working';
import { EN, FR, findIssue, run, sampleReview } from './helpers';

describe('engine off the UI thread', () => {
  it('checking in slices gives createReview’s state, with progress', async () => {
    const progress: number[] = [];
    const sliced = await checkInSlices({ source: FR, target: EN, from: 'fr', to: 'en' }, run, (p) => p.stage === 'checking' && progress.push(p.done));
    const whole = sampleReview();
    expect(sliced.issues).toEqual(whole.issues);
    expect(sliced.targets).toEqual(whole.targets);
    expect(sliced.document.segments).toEqual(whole.document.segments);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(36);
  });

  it('the worker host checks, reopens projects and re-checks edited segments like the reducer', async () => {
    const replies: EngineReply[] = [];
    const host = createEngineHost((r) => replies.push(r));
    await host.handle({ type: 'check', id: 1, source: FR, target: EN, from: 'fr', to: 'en', profile: 'default', dictionaries: {} });
    const done = replies.find((r) => r.type === 'review' && r.id === 1);
    expect(done && done.type === 'review' && done.review.issues).toEqual(sampleReview().issues);

    const { segment } = findIssue(sampleReview(), 'watching sit-ins');
    const edited = reviewReducer(sampleReview(), { type: 'edit', segment, text: sampleReview().targets[segment].replace('watching', 'holding') }, run);
    await host.handle({ type: 'recheck', id: 2, targets: edited.targets, rejected: {}, segments: [segment] });
    const again = replies.find((r) => r.id === 2);
    expect(again?.type === 'issues' && again.issues[segment]).toEqual(edited.issues[segment]);

    const project = JSON.parse(JSON.stringify(toProject(edited, { source: 'fr.txt', target: 'en.txt' })));
    await host.handle({ type: 'open', id: 3, project, profile: 'default', dictionaries: {} });
    const opened = replies.find((r) => r.id === 3 && r.type === 'review');
    expect(opened?.type === 'review' && correctedText(opened.review.document, opened.review.targets)).toBe(correctedText(edited.document, edited.targets));

    await host.handle({ type: 'warm', id: 5, langs: ['fr', 'en'], profile: 'default', dictionaries: { fr: null, en: null } });
    expect(replies.find((r) => r.id === 5)).toEqual({ type: 'ready', id: 5 });

    await host.handle({ type: 'open', id: 4, project: { format: 'nope' } as never, profile: 'default', dictionaries: {} });
    expect(replies.find((r) => r.id === 4 && r.type !== 'progress')).toMatchObject({ type: 'error', message: expect.stringMatching(/not a Verso project/) });
  });

  it('a merged segment keeps the text, is re-checked, and saves and reopens', () => {
    const s = sampleReview();
    const a = findIssue(s, 'results. preliminary.').segment;
    const merged = mergeNext(s, a, run);
    expect(correctedText(merged.document, merged.targets)).toBe(EN);
    expect(merged.targets[a]).toBe(s.targets[a] + EN.slice(s.document.segments[a].target!.end, s.document.segments[a + 1].target!.start) + s.targets[a + 1]);
    expect(merged.issues[a].length).toBeGreaterThan(0);
    expect(merged.issues[a].every((x) => x.segment === merged.document.segments[a].id)).toBe(true);
    expect(merged.document.segments.map((x) => x.index)).toEqual(merged.document.segments.map((_, i) => i));
    const back = fromProject(JSON.parse(JSON.stringify(toProject(merged, { source: 'a', target: 'b' }))), run);
    expect(back.document.segments.length).toBe(merged.document.segments.length);
    expect(back.document.segments[a].kind).toBe(merged.document.segments[a].kind);
    expect(correctedText(back.document, back.targets)).toBe(EN);
  });
});
