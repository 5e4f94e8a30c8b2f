/** @jest-environment jsdom */
// The issue panel: counts, filters, the selected issue's detail, accept (choosing a suggestion),
// reject with a reason, accept all of one check after a confirmation.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { correctedText } from '../../src/core/review/working';
import { IssuePanel } from '../../src/renderer/features/issues/IssuePanel';
import { ConfirmDialog } from '../../src/renderer/features/shell/Dialogs';
import { selectIssueList } from '../../src/renderer/state/selectors';
import { findIssue, loadedDesk } from './helpers';
import { renderInDesk } from './render';

function setup() {
  const t = loadedDesk();
  const view = renderInDesk(
    <>
      <IssuePanel />
      <ConfirmDialog />
    </>,
    t.desk,
    t.i18n,
  );
  const state = () => t.desk.store.getState().app;
  const select = (text: string, nth = 0) => {
    const { segment, key } = findIssue(state().review!, text, nth);
    act(() => t.desk.store.getState().dispatch({ type: 'cursor', segment, issue: key }));
    return { segment, key };
  };
  return { ...t, view, state, select };
}

const list = () => screen.getByRole('list', { name: 'Issue list' });

describe('IssuePanel', () => {
  it('lists the open issues with their counts by severity', () => {
    const { state } = setup();
    const total = state().review!.issues.flat().length;
    expect(screen.getByText(`${total} open`)).toBeTruthy();
    expect(within(list()).getAllByRole('button')).toHaveLength(total);
    const major = screen.getByRole('button', { name: /^Major/ });
    expect(major.getAttribute('aria-pressed')).toBe('true');
    expect(within(major).getByText(String(state().review!.issues.flat().filter((x) => x.severity === 'major').length))).toBeTruthy();
  });

  it('filters by severity, category and check', () => {
    const { state } = setup();
    fireEvent.click(screen.getByRole('button', { name: /^Major/ }));
    const minor = state().review!.issues.flat().filter((x) => x.severity === 'minor').length;
    expect(within(list()).getAllByRole('button')).toHaveLength(minor);
    fireEvent.click(screen.getByRole('button', { name: /^Major/ }));

    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'fluency' } });
    expect(selectIssueList(state()).every((r) => r.issue.category.startsWith('fluency'))).toBe(true);
    expect(within(list()).getAllByRole('button')).toHaveLength(selectIssueList(state()).length);
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText('Check'), { target: { value: 'sentence-boundary' } });
    expect(within(list()).getAllByRole('button').map((b) => b.querySelector('.item-text')?.textContent)).toEqual(['results. preliminary.']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(within(list()).getAllByRole('button').length).toBe(state().review!.issues.flat().length);
  });

  it('selecting an issue in the list shows its message, both texts and its suggestions', () => {
    const { state } = setup();
    const item = within(list()).getAllByRole('button').find((b) => b.textContent?.startsWith('watching sit-ins'))!;
    fireEvent.click(item);
    expect(item.getAttribute('aria-current')).toBe('true');
    const detail = screen.getByRole('region', { name: 'Current issue' });
    expect(within(detail).getByText(/observer un sit-in/)).toBeTruthy();
    expect(within(detail).getByText('observent des sit-in')).toBeTruthy();
    const suggestions = within(detail).getAllByTestId('accept');
    expect(suggestions.map((b) => b.querySelector('.sugg-text')?.textContent)).toEqual(['holding sit-ins', 'staging sit-ins']);
    expect(state().cursor.issue).toBe(findIssue(state().review!, 'watching sit-ins').key);
  });

  it('accepts the suggestion the editor chooses', () => {
    const { state, select } = setup();
    const { segment } = select('watching sit-ins');
    fireEvent.click(screen.getAllByTestId('accept')[1]);
    expect(state().review!.targets[segment]).toContain('staging sit-ins at two entrances');
    expect(state().review!.decisions[0]).toMatchObject({ kind: 'accept', suggestion: 1, after: 'staging sit-ins' });
  });

  it('a deleting suggestion says what it deletes', () => {
    setup().select('Watch video');
    const detail = screen.getByRole('region', { name: 'Current issue' });
    expect(within(detail).getByTestId('accept').textContent).toMatch(/Delete\s*Watch video/);
  });

  it('rejects, with an optional reason', () => {
    const { state, select } = setup();
    const first = select('watching sit-ins');
    fireEvent.click(screen.getByTestId('reject'));
    expect(state().review!.rejected[first.key]).toBe('');
    const second = select('political showcase');
    fireEvent.click(screen.getByRole('button', { name: /Reject with a reason/ }));
    const input = screen.getByLabelText('Reason for rejecting');
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'party name' } });
    fireEvent.submit(input.closest('form')!);
    expect(state().review!.rejected[second.key]).toBe('party name');
    expect(state().review!.decisions.map((d) => d.reason)).toEqual([undefined, 'party name']);
  });

  it('accepts every issue of one check after a confirmation, in one undoable step', () => {
    const { state, select } = setup();
    select('trapped drone');
    fireEvent.click(screen.getByRole('button', { name: 'Accept all (3)' }));
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByText(/every open issue/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(state().review!.decisions).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Accept all (3)' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'OK' }));
    const text = correctedText(state().review!.document, state().review!.targets);
    expect(text.match(/booby-trapped drone/g)).toHaveLength(3);
    expect(state().review!.past).toHaveLength(1);
    expect(state().announcement).toMatchObject({ key: 'announce.acceptedAll', values: { count: 3 } });
  });

  it('hides the issues of reviewed segments on request', () => {
    const { state, desk } = setup();
    const { segment } = findIssue(state().review!, 'trapped drone');
    act(() => desk.store.getState().dispatch({ type: 'decide', action: { type: 'markReviewed', segment, reviewed: true } }));
    fireEvent.click(screen.getByLabelText('Hide reviewed segments'));
    expect(within(list()).queryAllByRole('button').some((b) => b.textContent?.includes(state().review!.document.segments[segment].id))).toBe(false);
  });
});
