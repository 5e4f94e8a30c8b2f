import * as fs from 'fs';
import * as path from 'path';
import { buildDocument } from '../../../src/core/document';
import { runOptions } from '../../../src/core';
import { createReview, issueKey, reviewReducer, type ReviewAction, type ReviewState } from '../../../src/core/review/state';
import { correctedText, workingDocument } from '../../../src/core/review/working';
import { fromProject, toProject } from '../../../src/core/review/project';

const dir = path.join(__dirname, '../../../assets/samples/drone-attack');
const fr = fs.readFileSync(path.join(dir, 'fr.source.txt'), 'utf8');
const en = fs.readFileSync(path.join(dir, 'en.mt.txt'), 'utf8');
const run = runOptions();

function start(): ReviewState {
  return createReview(buildDocument(fr, en, 'fr', 'en'), run);
}
const act = (s: ReviewState, a: ReviewAction) => reviewReducer(s, a, run);

function find(state: ReviewState, text: string) {
  for (let i = 0; i < state.issues.length; i++) {
    const issue = state.issues[i].find((x) => x.target?.text === text);
    if (issue) return { segment: i, issue, key: issueKey(issue) };
  }
  throw new Error(`no open issue on "${text}"`);
}

describe('review state', () => {
  const initial = start();

  it('exports the machine translation unchanged, byte for byte, before any decision', () => {
    expect(correctedText(initial.document, initial.targets)).toBe(en);
  });

  it('accepting a fix writes it into the corrected text and closes the issue', () => {
    const { segment, key } = find(initial, 'trapped drone');
    const next = act(initial, { type: 'accept', segment, key });
    const text = correctedText(next.document, next.targets);
    expect(text).toContain('by means of a booby-trapped drone which targeted');
    expect(text.length).toBe(en.length + 'booby-'.length);
    expect(next.issues[segment].some((x) => x.target?.text === 'trapped drone')).toBe(false);
    expect(next.decisions[0]).toMatchObject({ kind: 'accept', before: 'trapped drone', after: 'booby-trapped drone' });
  });

  it('keeps later issues pointing at their characters after an earlier edit changes the length', () => {
    const first = find(initial, 'trapped drone');
    const next = act(initial, { type: 'accept', segment: first.segment, key: first.key });
    const doc = workingDocument(next.document, next.targets);
    for (const list of next.issues) for (const x of list) if (x.target) expect(doc.target.text.slice(x.target.start, x.target.end)).toBe(x.target.text);
  });

  it('a rejected flag stays rejected when its segment is checked again', () => {
    const { segment, key } = find(initial, 'watching sit-ins');
    let s = act(initial, { type: 'reject', segment, key, reason: 'house style' });
    expect(s.issues[segment].some((x) => issueKey(x) === key)).toBe(false);
    s = act(s, { type: 'edit', segment, text: s.targets[segment].replace('Meanwhile', 'In the meantime') });
    expect(s.issues[segment].some((x) => issueKey(x) === key)).toBe(false);
    expect(correctedText(s.document, s.targets)).toContain('In the meantime, supporters');
  });

  it('an edit is re-checked: typing the error away removes its flag', () => {
    const { segment } = find(initial, 'watching sit-ins');
    const s = act(initial, { type: 'edit', segment, text: initial.targets[segment].replace('watching', 'holding') });
    expect(s.issues[segment].some((x) => /sit-ins/.test(x.target?.text ?? ''))).toBe(false);
  });

  it('undo and redo walk back and forth through decisions', () => {
    const { segment, key } = find(initial, 'trapped drone');
    const accepted = act(initial, { type: 'accept', segment, key });
    const undone = act(accepted, { type: 'undo' });
    expect(correctedText(undone.document, undone.targets)).toBe(en);
    expect(undone.decisions).toHaveLength(0);
    const redone = act(undone, { type: 'redo' });
    expect(correctedText(redone.document, redone.targets)).toContain('booby-trapped drone which');
  });

  it('accepting every issue of one check fixes all its occurrences', () => {
    const ruleId = find(initial, 'trapped drone').issue.ruleId;
    const s = act(initial, { type: 'acceptAll', ruleId });
    const text = correctedText(s.document, s.targets);
    expect(text).not.toMatch(/(?<!booby-)trapped drone/);
    expect(s.issues.flat().some((x) => x.ruleId === ruleId)).toBe(false);
  });
});

describe('review projects', () => {
  it('save and reopen keep edits, rejections, reviewed marks and decisions', () => {
    let s = start();
    const drone = find(s, 'trapped drone');
    s = act(s, { type: 'accept', segment: drone.segment, key: drone.key });
    const sit = find(s, 'watching sit-ins');
    s = act(s, { type: 'reject', segment: sit.segment, key: sit.key, reason: 'checked' });
    s = act(s, { type: 'markReviewed', segment: 0, reviewed: true });
    const file = JSON.parse(JSON.stringify(toProject(s, { source: 'fr.source.txt', target: 'en.mt.txt' })));
    const back = fromProject(file, run);
    expect(correctedText(back.document, back.targets)).toBe(correctedText(s.document, s.targets));
    expect(back.reviewed[0]).toBe(true);
    expect(back.decisions).toHaveLength(2);
    expect(back.issues.flat().some((x) => x.target?.text === 'watching sit-ins')).toBe(false);
    expect(back.document.segments.map((x) => x.kind)).toEqual(s.document.segments.map((x) => x.kind));
  });

  it('refuses a file that is not a project, with a message', () => {
    expect(() => fromProject({ format: 'something' } as never, run)).toThrow(/not a Verso project/);
  });
});
