/** @jest-environment jsdom */
// The changes view: the machine translation against the corrected text, word by word, per segment
// and for the whole document.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { ChangesView, diffParts, DiffView } from '../../src/renderer/features/changes/DiffView';
import { createI18n } from '../../src/renderer/i18n';
import { findIssue, loadedDesk } from './helpers';
import { renderInDesk } from './render';

const visible = (el: Element) =>
  [...el.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join('');

describe('DiffView', () => {
  it('marks inserted and deleted words, whitespace included', () => {
    expect(diffParts('a trapped drone', 'a booby-trapped drone')).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'ins', text: 'booby-' },
      { kind: 'same', text: 'trapped drone' },
    ]);
    expect(diffParts('watching sit-ins', 'holding sit-ins')).toEqual([
      { kind: 'del', text: 'watching' },
      { kind: 'ins', text: 'holding' },
      { kind: 'same', text: ' sit-ins' },
    ]);
    expect(diffParts('a  b', 'a b').some((p) => p.kind !== 'same')).toBe(true);
    const i18n = createI18n('en');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <DiffView before="the results. preliminary." after="the preliminary results." lang="en" />
      </I18nextProvider>,
    );
    expect([...container.querySelectorAll('ins')].map(visible)).toEqual(['preliminary ']);
    expect([...container.querySelectorAll('del')].map(visible)).toEqual([' preliminary.']);
    // Screen readers hear which is which.
    expect(container.querySelector('ins')!.textContent).toMatch(/^\[inserted: /);
    expect(container.querySelector('.diff')!.getAttribute('lang')).toBe('en');
  });

  it('text without changes has no marks', () => {
    const { container } = render(
      <I18nextProvider i18n={createI18n('en')}>
        <DiffView before="same text" after="same text" lang="fr" />
      </I18nextProvider>,
    );
    expect(container.querySelectorAll('ins, del')).toHaveLength(0);
    expect(container.textContent).toBe('same text');
  });
});

describe('ChangesView', () => {
  it('shows the changed segments, and the whole document on request', () => {
    const { desk, i18n } = loadedDesk();
    const dispatch = desk.store.getState().dispatch;
    renderInDesk(<ChangesView />, desk, i18n);
    expect(screen.getByText(/No changes yet/)).toBeTruthy();
    const review = () => desk.store.getState().app.review!;
    const drone = findIssue(review(), 'trapped drone');
    const broken = findIssue(review(), 'results. preliminary.');
    act(() => {
      dispatch({ type: 'decide', action: { type: 'accept', segment: drone.segment, key: drone.key } });
      dispatch({ type: 'decide', action: { type: 'accept', segment: broken.segment, key: broken.key } });
    });
    expect(screen.getByText('2 segments changed')).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByRole('button').textContent).toBe(`Segment ${review().document.segments[drone.segment].id}`);
    expect([...items[0].querySelectorAll('ins')].map(visible)).toEqual(['booby-']);

    fireEvent.click(screen.getByRole('button', { name: 'Whole document' }));
    const whole = document.querySelector('.changes-body .diff')!;
    expect([...whole.querySelectorAll('ins')].map(visible)).toEqual(['booby-', 'preliminary ']);
    expect(whole.textContent!.length).toBeGreaterThan(review().document.target.text.length);

    // A segment's link goes to it in the review.
    fireEvent.click(screen.getByRole('button', { name: 'By segment' }));
    fireEvent.click(within(screen.getAllByRole('listitem')[1]).getByRole('button'));
    expect(desk.store.getState().app).toMatchObject({ view: 'review', cursor: { segment: broken.segment } });
  });
});
