/** @jest-environment jsdom */
// The whole desk over an in-memory platform: the sample on first start, keyboard decisions through
// the keymap, autosave and recovery, projects, export, help, UI language and theme.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { toProject } from '../../src/core/review/project';
import { correctedText } from '../../src/core/review/working';
import { App } from '../../src/renderer/App';
import { KEYMAP } from '../../src/renderer/keymap';
import { EN, findIssue, sampleReview, testDesk } from './helpers';

jest.setTimeout(60_000);

// jsdom has no TextEncoder/TextDecoder: lend Node's.
Object.assign(globalThis, { TextEncoder: require('util').TextEncoder, TextDecoder: require('util').TextDecoder });

function start(init: Parameters<typeof testDesk>[0] = {}, lng = 'en') {
  const t = testDesk(init, lng);
  render(<App desk={t.desk} i18n={t.i18n} />);
  const state = () => t.desk.store.getState().app;
  return { ...t, state };
}

const press = (key: string, mods: Record<string, boolean> = {}) => fireEvent.keyDown(document.body, { key, ...mods });

afterEach(() => {
  document.documentElement.removeAttribute('dir');
  delete document.documentElement.dataset.theme;
});

describe('the desk', () => {
  it('opens the sample on first start, checked, with the review view', async () => {
    const t = start({ settings: { firstRun: true } });
    await act(() => t.desk.controller.init());
    await waitFor(() => expect(t.state().phase).toBe('review'));
    expect(t.api.settings.firstRun).toBe(false);
    expect(t.state().review!.issues.flat().length).toBe(sampleReview().issues.flat().length);
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe('37');
    expect(screen.getByRole('status').textContent).toMatch(/Opened: 36 segments/);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
  });

  it('offers the start screen otherwise: paste, languages detected, then check', async () => {
    const t = start();
    await act(() => t.desk.controller.init());
    expect(screen.getByRole('heading', { name: 'Open a translation to review' })).toBeTruthy();
    const check = screen.getByRole('button', { name: /Check translation/ }) as HTMLButtonElement;
    expect(check.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Text of the Original'), { target: { value: 'Le Premier ministre irakien a échappé à une tentative d’assassinat au moyen d’un drone piégé.' } });
    fireEvent.change(screen.getByLabelText('Text of the Machine translation'), { target: { value: 'The Iraqi Prime Minister escaped an assassination attempt by means of a trapped drone.' } });
    await waitFor(() => expect(t.desk.store.getState().session.start.target.lang).toBe('en'));
    expect(t.desk.store.getState().session.start.source.lang).toBe('fr');
    expect((screen.getByLabelText('Original: Language') as HTMLSelectElement).value).toBe('fr');
    // The editor may say otherwise.
    fireEvent.change(screen.getByLabelText('Machine translation: Language'), { target: { value: 'en-GB' } });
    expect(t.desk.store.getState().session.start.target).toMatchObject({ lang: 'en-GB', manual: true });
    fireEvent.click(check);
    await waitFor(() => expect(t.state().phase).toBe('review'));
    expect(t.state().review!.document.target.lang).toBe('en-GB');
    expect(t.state().review!.issues.flat().some((x) => x.target?.text === 'trapped drone')).toBe(true);
  });

  it('takes a dropped file through the platform’s decoder', async () => {
    const t = start();
    await act(() => t.desk.controller.init());
    const pane = document.querySelector('[data-role=target]')!;
    const file = new File([new TextEncoder().encode('\uFEFFThis is the translation of the article, in English.')], 'mt.txt', { type: 'text/plain' });
    await act(async () => {
      fireEvent.drop(pane, { dataTransfer: { files: [file] } });
      await new Promise((r) => setTimeout(r, 50));
    });
    await waitFor(() => expect(t.desk.store.getState().session.start.target.name).toBe('mt.txt'));
    expect(t.desk.store.getState().session.start.target).toMatchObject({ text: 'This is the translation of the article, in English.', encoding: 'UTF-8', lang: 'en' });
    expect(screen.getByText('mt.txt · UTF-8')).toBeTruthy();
    // A binary file is refused with a message naming it.
    await act(() => t.desk.controller.openFile('source', new File([new Uint8Array([0, 1, 2])], 'image.png')));
    expect(screen.getByRole('alert').textContent).toMatch(/image\.png/);
  });

  it('decides from the keyboard, autosaves, and exports exactly the corrected text', async () => {
    const t = start();
    act(() => t.desk.store.getState().dispatch({ type: 'loaded', review: sampleReview(), names: { source: 'fr.source.txt', target: 'en.mt.txt' } }));
    const drone = findIssue(t.state().review!, 'trapped drone');
    act(() => t.desk.store.getState().dispatch({ type: 'cursor', segment: drone.segment, issue: drone.key }));
    act(() => void press('a'));
    expect(t.state().review!.decisions[0]).toMatchObject({ kind: 'accept', after: 'booby-trapped drone' });
    const next = t.state().cursor;
    act(() => void press('r'));
    expect(t.state().review!.decisions[1]).toMatchObject({ kind: 'reject', segment: t.state().review!.document.segments[next.segment].id });
    act(() => void press('z', { ctrlKey: true }));
    expect(t.state().review!.decisions).toHaveLength(1);
    act(() => void press('j'));
    act(() => void press('k'));
    expect(t.state().cursor).toEqual(next);
    act(() => void press('m'));
    expect(t.state().review!.reviewed[next.segment]).toBe(true);
    await waitFor(() => expect(t.api.autosaved?.decisions).toHaveLength(1));
    expect(t.api.autosaved?.reviewed[next.segment]).toBe(true);

    await act(() => t.desk.controller.exportText());
    expect(t.api.saved).toHaveLength(1);
    expect(t.api.saved[0].name).toBe('en.mt.corrected.txt');
    expect(t.api.saved[0].text).toBe(EN.replace('a trapped drone which', 'a booby-trapped drone which'));
    expect(t.api.saved[0].text).toBe(correctedText(t.state().review!.document, t.state().review!.targets));
    expect(screen.getByRole('status').textContent).toBe('Exported en.mt.corrected.txt');
  });

  it('offers to recover an autosaved review at start', async () => {
    const s = sampleReview();
    const sit = findIssue(s, 'watching sit-ins');
    const autosaved = toProject({ ...s, rejected: { [sit.key]: 'ok' }, decisions: [{ kind: 'reject', segment: s.document.segments[sit.segment].id, before: 'watching sit-ins', at: 'x' }] }, { source: 'fr.source.txt', target: 'en.mt.txt' });
    const t = start({ autosaved });
    await act(() => t.desk.controller.init());
    const dialog = screen.getByRole('alertdialog', { name: 'Unsaved review found' });
    expect(within(dialog).getByText(/en\.mt\.txt/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(t.state().phase).toBe('review'));
    expect(t.state().review!.decisions).toHaveLength(1);
    expect(t.state().review!.issues.flat().some((x) => x.target?.text === 'watching sit-ins')).toBe(false);
  });

  it('saves and opens projects', async () => {
    const t = start();
    act(() => t.desk.store.getState().dispatch({ type: 'loaded', review: sampleReview(), names: { source: 'fr.source.txt', target: 'en.mt.txt' } }));
    const drone = findIssue(t.state().review!, 'trapped drone');
    act(() => t.desk.store.getState().dispatch({ type: 'decide', action: { type: 'accept', segment: drone.segment, key: drone.key } }));
    await act(() => t.desk.controller.saveProject());
    expect(t.api.projects[0].name).toBe('en.mt.verso.json');
    const other = start({ projectToOpen: JSON.parse(JSON.stringify(t.api.projects[0].project)) });
    await act(() => other.desk.controller.openProject());
    await waitFor(() => expect(other.state().phase).toBe('review'));
    expect(correctedText(other.state().review!.document, other.state().review!.targets)).toContain('booby-trapped drone which');
  });

  it('shows the keymap in the help overlay', async () => {
    const t = start();
    act(() => t.desk.store.getState().dispatch({ type: 'loaded', review: sampleReview(), names: { source: 'a', target: 'b' } }));
    act(() => void press('?', { shiftKey: true }));
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const b of KEYMAP) expect(within(help).getAllByText(t.i18n.t(`command.${b.command}`)).length).toBeGreaterThan(0);
    // Keys do nothing to the review while a dialog is open.
    act(() => void press('a'));
    expect(t.state().review!.decisions).toHaveLength(0);
    fireEvent.keyDown(help, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('switches the UI language (Arabic mirrors the page) and the theme', async () => {
    const t = start();
    await act(() => t.desk.controller.init());
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    fireEvent.change(screen.getByLabelText('Interface language'), { target: { value: 'ar' } });
    await waitFor(() => expect(document.documentElement.getAttribute('dir')).toBe('rtl'));
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(t.api.settings.uiLanguage).toBe('ar');
    expect(screen.getByRole('heading', { name: 'الإعدادات' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'داكنة' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    fireEvent.click(screen.getByRole('button', { name: 'مثل النظام' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(t.api.settings.theme).toBe('system');
  });

  it('follows the browser’s language when no UI language is set', async () => {
    const t = start({}, 'de');
    await act(() => t.desk.controller.init());
    expect(document.documentElement.getAttribute('lang')).toBe('de');
    expect(screen.getByRole('button', { name: /Beispiel laden/ })).toBeTruthy();
  });
});
