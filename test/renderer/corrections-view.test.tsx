/** @jest-environment jsdom */
// The Corrections view over a stand-in memory: reached by keyboard (Ctrl+Shift+H) and left with
// Escape; a searchable, paged history; learned rules with their provenance, switched off and on,
// edited as JSON with validation, exported as a rule pack; statistics per check and per rule with
// Restore for a demoted rule; the whole memory exported as TMX, JSON Lines or CSV.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CorrectionQuery, LearnedRule, RuleStats } from '../../src/shared/api';
import type { CorrectionRecord } from '../../src/core/corrections/types';
import { App } from '../../src/renderer/App';
import { testDesk, sampleReview } from './helpers';

jest.setTimeout(30_000);
Object.assign(globalThis, { TextEncoder: require('util').TextEncoder, TextDecoder: require('util').TextDecoder });

const DOC = { from: 'fr', to: 'en', title: 'en.mt.txt', hash: '0'.repeat(32) };

function record(i: number): CorrectionRecord {
  return {
    id: i,
    hash: String(i),
    document: DOC,
    everywhere: false,
    kind: i % 3 === 0 ? 'reject' : i % 3 === 1 ? 'accept' : 'edit',
    segment: `p${i}.s1`,
    ruleId: i % 3 === 2 ? null : 'calque/fr-en/piege',
    source: `Un drone piégé numéro ${i}.`,
    before: `A trapped drone number ${i}.`,
    after: i % 3 === 0 ? null : `A booby-trapped drone number ${i}.`,
    span: { start: 2, end: 15 },
    fix: i % 3 === 1 ? 'booby-trapped drone' : null,
    reason: i % 3 === 0 ? 'house style' : null,
    reviewer: 'Ana',
    at: new Date(Date.UTC(2025, 2, 1, 9, 0, i)).toISOString(),
  };
}

const RULE: LearnedRule = {
  id: 7,
  ruleId: 'learned/fr-en/trapped-drone',
  from: 'fr',
  to: 'en',
  key: 'trapped drone → booby-trapped drone',
  entry: {
    id: 'trapped-drone', kind: 'correction', source: 'drone* piégé*', target: 'trapped drone', fix: 'booby-trapped $2',
    message: 'The editor corrected “{{target}}” to “{{fix}}” here before.',
    examples: { good: [{ source: 'Un drone piégé.', target: 'A booby-trapped drone.' }], bad: [{ source: 'Un drone piégé.', target: 'A trapped drone.', flagged: 'trapped drone', fixed: 'A booby-trapped drone.' }] },
  } as LearnedRule['entry'],
  corrections: 3,
  documents: 2,
  provenance: 'learned from 3 corrections in 2 documents',
  enabled: true,
  edited: false,
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
};

const STATS: RuleStats = {
  rules: [
    { ruleId: 'double-space', check: 'double-space', accepted: 0, rejected: 6, total: 6, acceptRate: 0, severity: 'minor', demotedTo: 'neutral', recentAccepted: 0, recentRejected: 6, restoredAt: null },
    { ruleId: 'calque/fr-en/piege', check: 'rule-pack', accepted: 4, rejected: 1, total: 5, acceptRate: 0.8, severity: 'major', demotedTo: null, recentAccepted: 4, recentRejected: 1, restoredAt: null },
  ],
  checks: [
    { check: 'double-space', accepted: 0, rejected: 6, total: 6, acceptRate: 0 },
    { check: 'rule-pack', accepted: 4, rejected: 1, total: 5, acceptRate: 0.8 },
  ],
  overrides: { 'double-space': 'neutral' },
};

function start() {
  const t = testDesk();
  const all = Array.from({ length: 45 }, (_, i) => record(45 - i));
  const queries: CorrectionQuery[] = [];
  let rule = RULE;
  const api = t.api;
  api.corrections = jest.fn(async (q: CorrectionQuery) => {
    queries.push(q);
    const hit = all.filter((r) => (!q.text || `${r.source} ${r.before} ${r.after}`.includes(q.text)) && (!q.kind || r.kind === q.kind));
    const offset = q.offset ?? 0;
    return { ok: true as const, value: { total: hit.length, items: hit.slice(offset, offset + (q.limit ?? 50)) } };
  });
  api.learnedRules = jest.fn(async () => ({ ok: true as const, value: [rule] }));
  api.setLearnedRule = jest.fn(async (_id: number, patch) => {
    rule = { ...rule, ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}), ...(patch.entry ? { entry: patch.entry, edited: true } : {}) };
    return { ok: true as const, value: rule };
  });
  api.ruleStats = jest.fn(async () => ({ ok: true as const, value: STATS }));
  api.restoreRule = jest.fn(async () => ({ ok: true as const, value: { ...STATS, rules: STATS.rules.map((r) => ({ ...r, demotedTo: null })), overrides: {} } }));
  api.exportCorrections = jest.fn(async (format) => ({ ok: true as const, value: { name: `corrections-2025-03-01.${format}`, mediaType: 'text/plain', text: `${format} text`, count: 45 } }));
  api.recordDecisions = jest.fn(async () => ({ ok: true as const, value: { added: 0, duplicates: 0, learned: [] } }));
  render(<App desk={t.desk} i18n={t.i18n} />);
  act(() => t.desk.store.getState().dispatch({ type: 'loaded', review: sampleReview(), names: { source: 'fr.source.txt', target: 'en.mt.txt' } }));
  return { ...t, queries, state: () => t.desk.store.getState().app };
}

const press = (key: string, mods: Record<string, boolean> = {}) => fireEvent.keyDown(document.activeElement ?? document.body, { key, ...mods });

async function openView() {
  act(() => void fireEvent.keyDown(document.body, { key: 'H', ctrlKey: true, shiftKey: true }));
  await screen.findByRole('heading', { name: 'Corrections memory' });
}

describe('Corrections view', () => {
  it('opens with Ctrl+Shift+H, shows the history newest first, and goes back with Escape', async () => {
    const t = start();
    await openView();
    expect(t.state().view).toBe('corrections');
    const list = await screen.findByRole('list', { name: 'Decisions, newest first' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    expect(screen.getByText('45 decisions')).toBeTruthy();
    expect(within(list).getAllByRole('listitem')[0].getAttribute('data-correction')).toBe('45');
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
    // Review keys do nothing here: 'a' does not accept anything underneath.
    act(() => void fireEvent.keyDown(document.body, { key: 'a' }));
    expect(t.state().review!.decisions).toHaveLength(0);
    act(() => void fireEvent.keyDown(document.body, { key: 'Escape' }));
    expect(t.state().view).toBe('review');
    expect(screen.getByRole('grid')).toBeTruthy();
  });

  it('searches, filters by kind and pages through the history', async () => {
    const t = start();
    await openView();
    await screen.findByRole('list', { name: 'Decisions, newest first' });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(t.queries[t.queries.length - 1]).toMatchObject({ offset: 20, limit: 20 }));
    await waitFor(() => expect(screen.getByText('Page 2 of 3')).toBeTruthy());
    fireEvent.change(screen.getByPlaceholderText('Search words, rules, reasons…'), { target: { value: 'number 12.' } });
    await waitFor(() => expect(t.queries[t.queries.length - 1]).toMatchObject({ text: 'number 12.', offset: 0 }));
    await waitFor(() => expect(screen.getByText('1 decision')).toBeTruthy());
    const item = screen.getByRole('listitem');
    expect(item.textContent).toMatch(/Rejected/);
    expect(item.textContent).toMatch(/house style/);
    fireEvent.change(screen.getByPlaceholderText('Search words, rules, reasons…'), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Decision' }), { target: { value: 'edit' } });
    await waitFor(() => expect(t.queries[t.queries.length - 1]).toMatchObject({ kind: 'edit' }));
    await waitFor(() => expect(screen.getByText('15 decisions')).toBeTruthy());
  });

  it('lists learned rules with provenance; switches, edits with validation and exports a pack', async () => {
    const t = start();
    await openView();
    const tab = screen.getByRole('tab', { name: 'Learned rules' });
    // Arrow keys move between the tabs.
    act(() => screen.getByRole('tab', { name: 'History' }).focus());
    act(() => void press('ArrowRight'));
    expect(document.activeElement).toBe(tab);
    expect(tab.getAttribute('aria-selected')).toBe('true');
    await screen.findByText(/learned from 3 corrections in 2 documents/);
    expect(screen.getByText('trapped drone → booby-trapped $2')).toBeTruthy();
    const toggle = screen.getByRole('switch');
    fireEvent.click(toggle);
    await waitFor(() => expect(t.api.setLearnedRule).toHaveBeenCalledWith(7, { enabled: false }));
    await waitFor(() => expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(false));

    fireEvent.click(screen.getByRole('button', { name: 'Edit rule trapped-drone' }));
    const box = screen.getByRole('textbox', { name: 'Rule trapped-drone as JSON' }) as HTMLTextAreaElement;
    expect(JSON.parse(box.value).id).toBe('trapped-drone');
    fireEvent.change(box, { target: { value: '{ not json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not valid JSON/);
    fireEvent.change(box, { target: { value: JSON.stringify({ ...RULE.entry, id: 'other' }) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/must stay “trapped-drone”/);
    fireEvent.change(box, { target: { value: JSON.stringify({ ...RULE.entry, target: '' }) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not valid/);
    expect(t.api.setLearnedRule).toHaveBeenCalledTimes(1);
    const fixed = { ...RULE.entry, fix: 'booby-trapped drone' };
    fireEvent.change(box, { target: { value: JSON.stringify(fixed, null, 2) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(t.api.setLearnedRule).toHaveBeenLastCalledWith(7, { entry: fixed }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Rule trapped-drone as JSON' })).toBeNull());
    expect(screen.getByText(/edited/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Export as rule pack' }));
    await waitFor(() => expect(t.api.saved).toHaveLength(1));
    expect(t.api.saved[0].name).toBe('verso-learned-fr-en.json');
    const pack = JSON.parse(t.api.saved[0].text);
    expect(pack).toMatchObject({ id: 'fr-en', kind: 'learned', from: 'fr', to: 'en' });
    expect(pack.entries[0]).toMatchObject({ id: 'trapped-drone', fix: 'booby-trapped drone', disabled: true });
  });

  it('shows statistics per check and per rule, and restores a demoted rule', async () => {
    const t = start();
    await openView();
    fireEvent.click(screen.getByRole('tab', { name: 'Statistics' }));
    const byCheck = (await screen.findByRole('heading', { name: 'By check' })).parentElement!;
    const rows = within(byCheck).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['CheckAcceptedRejectedAccept rate', 'Double space060%', 'Rule pack4180%']);
    const byEntry = screen.getByRole('heading', { name: 'By rule-pack entry' }).parentElement!;
    expect(within(byEntry).getAllByRole('row')[1].textContent).toBe('calque/fr-en/piege4180%Major');
    expect(screen.getByText(/Info \(6 rejected, 0 accepted lately\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore double-space' }));
    await waitFor(() => expect(t.api.restoreRule).toHaveBeenCalledWith('double-space'));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Demoted rules' })).toBeNull());
  });

  it('exports the whole memory as TMX, JSON Lines or CSV', async () => {
    const t = start();
    await openView();
    fireEvent.click(screen.getByRole('tab', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: 'JSON Lines' }));
    await waitFor(() => expect(t.api.saved).toHaveLength(1));
    expect(t.api.exportCorrections).toHaveBeenCalledWith('jsonl');
    expect(t.api.saved[0]).toEqual({ name: 'corrections-2025-03-01.jsonl', text: 'jsonl text' });
    expect(screen.getByText('Exported 45 decisions to corrections-2025-03-01.jsonl')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'TMX' }));
    await waitFor(() => expect(t.api.saved).toHaveLength(2));
    expect(t.api.saved[1].name).toBe('corrections-2025-03-01.tmx');
  });

  it('says so when the memory is not available', async () => {
    const t = testDesk();
    render(<App desk={t.desk} i18n={t.i18n} />);
    act(() => t.desk.store.getState().dispatch({ type: 'view', view: 'corrections' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The corrections memory is not available here.');
    // Without a review open the way back is to the start screen.
    fireEvent.click(screen.getByRole('button', { name: /^Back/ }));
    expect(screen.getByRole('heading', { name: 'Open a translation to review' })).toBeTruthy();
  });
});
