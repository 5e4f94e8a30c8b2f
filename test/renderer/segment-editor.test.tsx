/** @jest-environment jsdom */
// The segment editor: free editing re-checked as the editor types (debounced, that segment only),
// one undo step per editing session, Ctrl+Enter confirms the segment, Escape leaves; navigation
// keys stay in the text.
import { act, fireEvent, screen } from '@testing-library/react';
import { EDIT_DEBOUNCE_MS, SegmentEditor } from '../../src/renderer/features/editor/SegmentEditor';
import { findIssue, loadedDesk } from './helpers';
import { renderInDesk } from './render';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function setup(text = 'watching sit-ins') {
  const t = loadedDesk();
  const state = () => t.desk.store.getState().app;
  const { segment } = findIssue(state().review!, text);
  act(() => t.desk.store.getState().dispatch({ type: 'startEdit', segment }));
  const view = renderInDesk(<SegmentEditor index={segment} />, t.desk, t.i18n);
  const box = screen.getByRole('textbox') as HTMLTextAreaElement;
  return { ...t, state, segment, view, box };
}

describe('SegmentEditor', () => {
  it('opens focused on the segment’s current text, in the target language', () => {
    const { box, state, segment } = setup();
    expect(box.value).toBe(state().review!.targets[segment]);
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute('lang')).toBe('en');
    expect(box.getAttribute('dir')).toBe('ltr');
    expect(screen.getByRole('status').textContent).toMatch(/issues? in this text/);
  });

  it('re-checks what is typed after a pause, and only that segment', () => {
    const { box, state, segment } = setup();
    const before = state().review!;
    const text = box.value.replace('watching sit-ins', 'holding sit-ins');
    fireEvent.change(box, { target: { value: text } });
    expect(screen.getByRole('status').textContent).toBe('Checking…');
    expect(state().review!.targets[segment]).toBe(before.targets[segment]);
    act(() => jest.advanceTimersByTime(EDIT_DEBOUNCE_MS + 10));
    const after = state().review!;
    expect(after.targets[segment]).toBe(text);
    expect(after.issues[segment].some((x) => x.target?.text === 'watching sit-ins')).toBe(false);
    // Segments before keep their issues as they were; those after only move by the change in length.
    after.issues.forEach((list, i) => {
      if (i < segment) expect(list).toBe(before.issues[i]);
      if (i > segment) expect(list.map((x) => x.target && x.target.start - before.issues[i][list.indexOf(x)].target!.start)).toEqual(list.map((x) => (x.target ? -1 : null)));
    });
    expect(screen.getByRole('status').textContent).toMatch(/in this text/);
  });

  it('one editing session is one undo step', () => {
    const { box, state, segment, desk } = setup();
    const original = box.value;
    for (const word of ['h', 'ho', 'hol', 'holding']) {
      fireEvent.change(box, { target: { value: original.replace('watching', word) } });
      act(() => jest.advanceTimersByTime(EDIT_DEBOUNCE_MS + 10));
    }
    expect(state().review!.decisions.filter((d) => d.kind === 'edit')).toHaveLength(4);
    expect(state().review!.past).toHaveLength(1);
    act(() => desk.store.getState().dispatch({ type: 'decide', action: { type: 'undo' } }));
    expect(state().review!.targets[segment]).toBe(original);
    // The editor follows the text when it changes under it.
    expect(box.value).toBe(original);
  });

  it('Ctrl+Enter confirms: the text is kept, the segment marked reviewed, the cursor moves on', () => {
    const { box, state, segment } = setup();
    const text = box.value.replace('watching', 'staging');
    fireEvent.change(box, { target: { value: text } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(state().review!.targets[segment]).toBe(text);
    expect(state().review!.reviewed[segment]).toBe(true);
    expect(state().editing).toBeNull();
    expect(state().cursor.segment).toBe(segment + 1);
  });

  it('Escape leaves the editor and keeps what was typed', () => {
    const { box, state, segment } = setup();
    fireEvent.change(box, { target: { value: 'Short.' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(state().review!.targets[segment]).toBe('Short.');
    expect(state().review!.reviewed[segment]).toBe(false);
    expect(state().editing).toBeNull();
  });

  it('navigation keys are text while editing', () => {
    const { box, state } = setup();
    const cursor = state().cursor;
    for (const key of ['j', 'k', 'a', 'r', 'Enter', 'ArrowDown']) {
      const ev = fireEvent.keyDown(box, { key });
      expect(ev).toBe(true); // not prevented: the textarea gets the key
    }
    expect(state().cursor).toBe(cursor);
    expect(state().review!.decisions).toHaveLength(0);
  });
});
