/** @jest-environment jsdom */
// File → Export… as a dialog (Ctrl+E): every format built in the page, text saved through
// saveText and Word files through saveBytes; a bilingual file dropped on the start screen opens as
// a review of its units and exports back to its own format. And "Apply to similar" above the grid.
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync, strFromU8 } from 'fflate';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { correctedText } from '../../src/core/review/working';
import { App } from '../../src/renderer/App';
import { exportFileName } from '../../src/renderer/state/exporting';
import { isBilingualFile } from '../../src/renderer/state/bilingual-open';
import { EN, findIssue, sampleReview, testDesk } from './helpers';

jest.setTimeout(60_000);
Object.assign(globalThis, { TextEncoder: require('util').TextEncoder, TextDecoder: require('util').TextDecoder });

const FIXTURES = path.join(__dirname, '../fixtures/formats');

function start() {
  const t = testDesk({ settings: { reviewer: 'Ana Reviewer' } });
  render(<App desk={t.desk} i18n={t.i18n} />);
  return { ...t, state: () => t.desk.store.getState().app };
}

function load(t: ReturnType<typeof start>) {
  act(() => t.desk.store.getState().dispatch({ type: 'loaded', review: sampleReview(), names: { source: 'fr.source.txt', target: 'en.mt.txt' } }));
  const drone = findIssue(t.state().review!, 'trapped drone');
  act(() => t.desk.store.getState().dispatch({ type: 'decide', action: { type: 'accept', segment: drone.segment, key: drone.key } }));
}

const openDialog = () => {
  act(() => void fireEvent.keyDown(document.body, { key: 'e', ctrlKey: true }));
  return screen.getByRole('dialog', { name: 'Export' });
};

describe('export dialog', () => {
  it('opens with Ctrl+E and the toolbar button, offering every format, the first one focused', async () => {
    const t = start();
    await act(() => t.desk.controller.init());
    load(t);
    const dialog = openDialog();
    const radios = within(dialog).getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['txt', 'docx', 'docx-changes', 'xliff', 'xliff12', 'report-html', 'report-csv', 'report-json']);
    expect(document.activeElement).toBe(radios[0]);
    expect(within(dialog).getByRole('radio', { name: /Word with tracked changes/ })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('dialog', { name: 'Export' })).toBeTruthy();
    act(() => void fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('saves the corrected text and the QA report through saveText', async () => {
    const t = start();
    await act(() => t.desk.controller.init());
    load(t);
    let dialog = openDialog();
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Export' })));
    await waitFor(() => expect(t.api.saved).toHaveLength(1));
    expect(t.api.saved[0]).toEqual({ name: 'en.mt.corrected.txt', text: correctedText(t.state().review!.document, t.state().review!.targets) });
    expect(t.api.saved[0].text).toBe(EN.replace('a trapped drone which', 'a booby-trapped drone which'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Exported en.mt.corrected.txt');

    dialog = openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: /QA report \(HTML\)/ }));
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Export' })));
    await waitFor(() => expect(t.api.saved).toHaveLength(2));
    expect(t.api.saved[1].name).toBe('en.mt.qa-report.html');
    expect(t.api.saved[1].text).toMatch(/^<!DOCTYPE html>/);
    expect(t.api.saved[1].text).toContain('Ana Reviewer');
    expect(t.api.saved[1].text).toMatch(/id="score-value">[\d.]+<\/span><span class="verdict">(PASS|FAIL)/);

    dialog = openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: /XLIFF 2\.0/ }));
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Export' })));
    await waitFor(() => expect(t.api.saved).toHaveLength(3));
    expect(t.api.saved[2].name).toBe('en.mt.review.xlf');
    expect(t.api.saved[2].text).toContain('booby-trapped drone');
  });

  it('saves Word files as bytes through saveBytes, tracked changes signed by the reviewer', async () => {
    const t = start();
    await act(() => t.desk.controller.init());
    load(t);
    const dialog = openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: /Word with tracked changes/ }));
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Export' })));
    await waitFor(() => expect(t.api.savedBytes).toHaveLength(1));
    const { name, bytes } = t.api.savedBytes[0];
    expect(name).toBe('en.mt.changes.docx');
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Ana Reviewer"/);
    expect(xml).toContain('booby-');
    expect(t.api.saved).toHaveLength(0);
  });

  it('names the files after the translation', () => {
    expect(exportFileName('en.mt.txt', 'docx', 'docx')).toBe('en.mt.corrected.docx');
    expect(exportFileName('dir/report.xlf', 'bilingual', 'xlf')).toBe('report.reviewed.xlf');
    expect(exportFileName('', 'report-csv', 'csv')).toBe('translation.qa-report.csv');
  });
});

describe('bilingual files', () => {
  it('tells bilingual files from texts', () => {
    expect(isBilingualFile('a.xlf', '<xliff')).toBe(true);
    expect(isBilingualFile('a.txt', '<?xml version="1.0"?>\n<tmx version="1.4">')).toBe(true);
    expect(isBilingualFile('a.tsv', 'fr\ten\nx\ty')).toBe(true);
    expect(isBilingualFile('notes.txt', 'a\tb\nc\td')).toBe(false);
    expect(isBilingualFile('article.txt', 'Le chat, le chien.')).toBe(false);
  });

  it('opens a dropped XLIFF as a segmented review and exports it back as XLIFF with the edits', async () => {
    const t = start();
    await act(() => t.desk.controller.init());
    const xliff = fs.readFileSync(path.join(FIXTURES, 'en-fr.xlf'));
    const pane = document.querySelector('[data-role=source]')!;
    await act(async () => {
      fireEvent.drop(pane, { dataTransfer: { files: [new File([xliff], 'en-fr.xlf')] } });
      await new Promise((r) => setTimeout(r, 50));
    });
    await waitFor(() => expect(t.state().phase).toBe('review'), { timeout: 10_000 });
    const review = t.state().review!;
    expect(review.document.source.lang).toBe('en');
    expect(review.document.target.lang).toBe('fr');
    expect(t.desk.store.getState().session.bilingual?.format).toBe('xliff12');
    expect(t.state().names).toEqual({ source: 'en-fr.xlf', target: 'en-fr.xlf' });
    // Segment "count": edit its target.
    const i = review.targets.findIndex((x) => x.includes('nouveaux messages'));
    act(() => t.desk.store.getState().dispatch({ type: 'decide', action: { type: 'edit', segment: i, text: review.targets[i].replace('nouveaux messages', 'messages non lus') } }));
    const dialog = openDialog();
    const first = within(dialog).getAllByRole('radio')[0] as HTMLInputElement;
    expect(first.value).toBe('bilingual');
    expect(within(dialog).getByText('XLIFF 1.2: the opened file, reviewed')).toBeTruthy();
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Export' })));
    await waitFor(() => expect(t.api.saved).toHaveLength(1));
    expect(t.api.saved[0].name).toBe('en-fr.reviewed.xlf');
    const out = t.api.saved[0].text;
    expect(out).toContain('<xliff version="1.2"');
    expect(out.replace(/<\/?mrk[^>]*>/g, '')).toContain('messages non lus'); // issues are ITS <mrk> annotations
    expect(out).toContain('<note from="developer">Button label; keep it short.</note>'); // the rest of the file kept
    expect(out.replace(/<\/?mrk[^>]*>/g, '')).toContain('<g id="1" ctype="bold">Enregistrer</g>'); // inline tags kept
  });

  it('opens a TSV with a language header, one segment per row', async () => {
    const t = start();
    await act(() => t.desk.controller.init());
    const tsv = fs.readFileSync(path.join(FIXTURES, 'fr-en.tsv'), 'utf8');
    await act(() => t.desk.controller.openFile('target', new File([tsv], 'fr-en.tsv')));
    await waitFor(() => expect(t.state().phase).toBe('review'), { timeout: 10_000 });
    const rows = tsv.split('\n').slice(1).filter((l) => l.trim()).length;
    expect(t.state().review!.document.segments).toHaveLength(rows);
    expect(t.state().review!.targets[0]).toBe('The cat is sleeping.');
  });

  it('refuses a broken bilingual file with a message naming it', async () => {
    const t = start();
    await act(() => t.desk.controller.init());
    await act(() => t.desk.controller.openFile('source', new File(['<xliff version="1.2"><file><body><trans-unit'], 'broken.xlf')));
    expect(screen.getByRole('alert').textContent).toMatch(/broken\.xlf could not be opened as a bilingual file/);
    expect(t.state().phase).toBe('start');
  });
});

describe('apply to similar', () => {
  it('offers the other segments after an edit and applies the ticked ones', async () => {
    const t = start();
    await act(() => t.desk.controller.init());
    act(() => t.desk.store.getState().dispatch({ type: 'loaded', review: sampleReview(), names: { source: 'fr.source.txt', target: 'en.mt.txt' } }));
    const review = t.state().review!;
    const seg = review.targets.findIndex((x) => x.includes('trapped drone'));
    act(() => {
      const d = t.desk.store.getState().dispatch;
      d({ type: 'startEdit', segment: seg });
      d({ type: 'decide', action: { type: 'edit', segment: seg, text: review.targets[seg].replace('trapped drone', 'booby-trapped drone') }, session: t.state().editSession });
      d({ type: 'stopEdit' });
    });
    const region = await screen.findByRole('region', { name: /The same correction fits 2 other segments/ });
    const boxes = within(region).getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    fireEvent.click(boxes[1]); // untick the second
    fireEvent.click(within(region).getByRole('button', { name: 'Apply to the selected (1)' }));
    expect(screen.queryByRole('region', { name: /same correction/ })).toBeNull();
    const after = t.state().review!.targets.filter((x) => x.includes('booby-trapped drone'));
    expect(after).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe('Applied to 1 similar segment');
  });
});
