// The desk's reducer: decisions go through the engine's reviewReducer; the desk adds where the
// cursor goes, what the live region says, edit sessions that undo as one step, worker refreshes.
import { issueKey } from '../../src/core/review/state';
import { correctedText } from '../../src/core/review/working';
import { appReducer } from '../../src/renderer/state/reducer';
import { selectCurrentIssue, selectIssueList } from '../../src/renderer/state/selectors';
import { initialState, type AppAction, type AppState } from '../../src/renderer/state/types';
import { EN, findIssue, run, sampleReview } from './helpers';

const names = { source: 'fr.source.txt', target: 'en.mt.txt' };
const reduce = (s: AppState, ...actions: AppAction[]) => actions.reduce((acc, a) => appReducer(acc, a, run), s);
const loaded = () => reduce(initialState(), { type: 'loaded', review: sampleReview(), names });

describe('desk reducer', () => {
  it('opens on the first issue and announces the document', () => {
    const s = loaded();
    expect(s.phase).toBe('review');
    expect(s.cursor).toEqual({ segment: selectIssueList(s)[0].segment, issue: selectIssueList(s)[0].key });
    expect(s.announcement).toMatchObject({ key: 'announce.loaded', values: { segments: 36 } });
  });

  it('moves issue by issue and segment by segment, and stops at the ends', () => {
    let s = loaded();
    const list = selectIssueList(s);
    s = reduce(s, { type: 'move', unit: 'issue', dir: 1 });
    expect(s.cursor.issue).toBe(list[1].key);
    s = reduce(s, { type: 'move', unit: 'issue', dir: -1 }, { type: 'move', unit: 'issue', dir: -1 });
    expect(s.cursor.issue).toBe(list[0].key);
    expect(s.announcement?.key).toBe('announce.firstIssue');
    s = reduce(s, { type: 'cursor', segment: 0, issue: null }, { type: 'move', unit: 'segment', dir: 1 });
    expect(s.cursor.segment).toBe(1);
    expect(s.cursor.issue).toBe(issueKey(s.review!.issues[1][0]));
  });

  it('accepting moves on to the next issue and says what was accepted', () => {
    let s = loaded();
    const drone = findIssue(s.review!, 'trapped drone');
    s = reduce(s, { type: 'cursor', segment: drone.segment, issue: drone.key });
    const list = selectIssueList(s);
    const next = list[list.findIndex((r) => r.key === drone.key) + 1];
    s = reduce(s, { type: 'decide', action: { type: 'accept', segment: drone.segment, key: drone.key } });
    expect(correctedText(s.review!.document, s.review!.targets)).toContain('booby-trapped drone which targeted');
    expect(s.cursor.issue).toBe(next.key);
    expect(s.announcement).toMatchObject({ key: 'announce.accepted', values: { text: 'booby-trapped drone' } });
  });

  it('rejecting with a reason records it', () => {
    let s = loaded();
    const sit = findIssue(s.review!, 'watching sit-ins');
    s = reduce(s, { type: 'decide', action: { type: 'reject', segment: sit.segment, key: sit.key, reason: 'house style' } });
    expect(s.review!.rejected[sit.key]).toBe('house style');
    expect(s.announcement).toMatchObject({ key: 'announce.rejectedWithReason', values: { text: 'watching sit-ins', reason: 'house style' } });
  });

  it('an editing session undoes as one step, however many edits it made', () => {
    let s = loaded();
    const seg = findIssue(s.review!, 'watching sit-ins').segment;
    const text = s.review!.targets[seg];
    s = reduce(s, { type: 'startEdit', segment: seg });
    const session = s.editSession;
    s = reduce(
      s,
      { type: 'decide', action: { type: 'edit', segment: seg, text: text.replace('watching', 'hol') }, session },
      { type: 'decide', action: { type: 'edit', segment: seg, text: text.replace('watching', 'holding') }, session },
    );
    expect(s.review!.past).toHaveLength(1);
    expect(s.review!.issues[seg].some((x) => x.target?.text === 'watching sit-ins')).toBe(false);
    s = reduce(s, { type: 'stopEdit' }, { type: 'decide', action: { type: 'undo' } });
    expect(s.review!.targets[seg]).toBe(text);
    // A new session is a new step.
    s = reduce(s, { type: 'startEdit', segment: seg });
    s = reduce(
      s,
      { type: 'decide', action: { type: 'edit', segment: seg, text: 'a' }, session: s.editSession },
      { type: 'stopEdit' },
      { type: 'startEdit', segment: seg },
    );
    s = reduce(s, { type: 'decide', action: { type: 'edit', segment: seg, text: 'b' }, session: s.editSession });
    expect(s.review!.past).toHaveLength(2);
  });

  it('undo and redo go back to the segment of the decision', () => {
    let s = loaded();
    const drone = findIssue(s.review!, 'trapped drone', 2);
    s = reduce(s, { type: 'decide', action: { type: 'accept', segment: drone.segment, key: drone.key } }, { type: 'cursor', segment: 0, issue: null });
    s = reduce(s, { type: 'decide', action: { type: 'undo' } });
    expect(s.cursor).toEqual({ segment: drone.segment, issue: drone.key });
    expect(correctedText(s.review!.document, s.review!.targets)).toBe(EN);
    s = reduce(s, { type: 'decide', action: { type: 'redo' } });
    expect(s.cursor.segment).toBe(drone.segment);
    expect(s.announcement?.key).toBe('announce.redone');
  });

  it('takes the worker’s re-check only for the very texts it checked', () => {
    const s = loaded();
    const seg = 3;
    const extra = { ...s.review!.issues[1][0], segment: s.review!.document.segments[seg].id, target: null, source: null, messageId: 'x' };
    const stale = reduce(s, { type: 'refreshIssues', targets: [...s.review!.targets], issues: { [seg]: [extra] } });
    expect(stale).toBe(s);
    const fresh = reduce(s, { type: 'refreshIssues', targets: s.review!.targets, issues: { [seg]: [extra] } });
    expect(fresh.review!.issues[seg]).toEqual([extra]);
    expect(fresh.review!.past).toBe(s.review!.past);
  });

  it('merges a segment with the next and checks the merged one again', () => {
    let s = loaded();
    const before = s.review!.document.segments.length;
    const id = s.review!.document.segments[2].id;
    s = reduce(s, { type: 'mergeNext', segment: 2 });
    expect(s.review!.document.segments).toHaveLength(before - 1);
    expect(s.review!.document.segments[2]).toMatchObject({ id, kind: '2-2', confidence: 1 });
    expect(correctedText(s.review!.document, s.review!.targets)).toBe(EN);
    expect(s.review!.past).toEqual([]);
    expect(s.announcement).toMatchObject({ key: 'announce.merged', values: { id } });
  });

  it('splits the 1-2 segment after its first sentence: "preliminary." becomes a segment of its own', () => {
    let s = loaded();
    const index = s.review!.document.segments.findIndex((x) => x.kind === '1-2');
    const id = s.review!.document.segments[index].id;
    const before = s.review!.document.segments.length;
    s = reduce(s, { type: 'split', segment: index });
    const segs = s.review!.document.segments;
    expect(segs).toHaveLength(before + 1);
    expect(segs[index]).toMatchObject({ id, kind: '1-1' });
    expect(segs[index + 1]).toMatchObject({ id: `${id}b`, kind: '0-1' });
    expect(s.review!.targets[index + 1]).toBe('preliminary.');
    expect(correctedText(s.review!.document, s.review!.targets)).toBe(EN);
    expect(s.announcement).toMatchObject({ key: 'announce.split', values: { id, next: `${id}b` } });
    // Merged back, the segment is what the aligner made.
    s = reduce(s, { type: 'mergeNext', segment: index });
    expect(s.review!.document.segments[index]).toMatchObject({ id, kind: '1-2' });
    expect(correctedText(s.review!.document, s.review!.targets)).toBe(EN);
  });

  it('does not split a one-sentence pair or an edited segment', () => {
    let s = loaded();
    const one = s.review!.document.segments.findIndex((x) => x.kind === '1-1');
    expect(reduce(s, { type: 'split', segment: one })).toBe(s);
    const index = s.review!.document.segments.findIndex((x) => x.kind === '1-2');
    s = reduce(s, { type: 'decide', action: { type: 'edit', segment: index, text: s.review!.targets[index].replace('It comes', 'It came') } });
    expect(reduce(s, { type: 'split', segment: index })).toBe(s);
  });

  it('edit mode holds the cursor: navigation does nothing while editing', () => {
    let s = reduce(loaded(), { type: 'startEdit' });
    const cursor = s.cursor;
    s = reduce(s, { type: 'move', unit: 'issue', dir: 1 }, { type: 'move', unit: 'segment', dir: 1 });
    expect(s.cursor).toBe(cursor);
    expect(selectCurrentIssue(s)?.key).toBe(cursor.issue);
  });
});
