// The corrections memory end to end in Chromium (web mode, real server and SQLite memory): correct
// a segment by typing, take "Apply to similar" for the same error elsewhere, open the Corrections
// view from the keyboard and find the correction in the history (searched, signed by the reviewer
// from the settings), see the rule learned from it, and go back to the review.
import type { Page } from 'playwright-core';
import { startWebApp, type WebApp } from './harness';
import { buildRenderer, grid, issueItem, loadSample, row, screenshot, soon } from './ui-helpers';

jest.setTimeout(240_000);

let app: WebApp;
let page: Page;

beforeAll(async () => {
  buildRenderer();
  app = await startWebApp({ settings: { firstRun: false, uiLanguage: 'en', theme: 'light', reviewer: 'Ana Reviewer' } });
  page = app.page;
  await page.goto(app.url);
});

afterAll(async () => {
  await app?.close();
});

describe('corrections memory (web mode, Chromium)', () => {
  it('records a correction typed in a segment and offers it for the same error elsewhere', async () => {
    await loadSample(page);
    // p2.s1 has the first "trapped drone": edit it by typing.
    const target = row(page, 'p2.s1');
    await target.click();
    await grid(page).focus();
    await page.keyboard.press('e');
    const editor = target.locator('textarea[data-role=segment-editor]');
    await editor.waitFor();
    await editor.evaluate((el: HTMLTextAreaElement) => {
      const at = el.value.indexOf('trapped drone');
      el.setSelectionRange(at, at);
    });
    await page.keyboard.type('booby-', { delay: 15 });
    expect(await editor.inputValue()).toContain('by means of a booby-trapped drone which');
    await page.keyboard.press('Escape'); // leave the editor: the editing session is one correction
    await soon(async () => expect(await grid(page).locator('textarea[data-role=segment-editor]').count()).toBe(0));

    // The other two "trapped drone" are offered, ticked.
    const similar = page.getByRole('region', { name: /The same correction fits 2 other segments/ });
    await similar.waitFor();
    expect(await similar.getByRole('checkbox').count()).toBe(2);
    expect(await similar.locator('ins').allTextContents()).toEqual([expect.stringContaining('booby-'), expect.stringContaining('booby-')]);
    await screenshot(page, 'corrections-01-apply-similar');
    await similar.getByRole('button', { name: 'Apply to the selected (2)' }).click();
    await soon(async () => expect(await page.locator('.statusbar [role=status]').innerText()).toBe('Applied to 2 similar segments'));
    expect(await similar.count()).toBe(0);
    // And one accepted fix and one rejection from the keyboard, for the statistics.
    await issueItem(page, 'watching sit-ins').click();
    await grid(page).focus();
    await page.keyboard.press('a');
    await soon(async () => expect(await page.locator('.statusbar [role=status]').innerText()).toBe('Accepted: holding sit-ins'));
    await issueItem(page, 'Watch video').click();
    await grid(page).focus();
    await page.keyboard.press('r');
    await soon(async () => expect(await page.locator('.statusbar [role=status]').innerText()).toBe('Rejected: Watch video'));
  });

  it('finds the correction in the history of the Corrections view (Ctrl+Shift+H)', async () => {
    await grid(page).focus();
    await page.keyboard.press('Control+Shift+H');
    await page.getByRole('heading', { name: 'Corrections memory' }).waitFor();
    const history = page.getByRole('list', { name: 'Decisions, newest first' });
    await history.waitFor();
    await soon(async () => expect(await page.locator('.memory-filters [role=status]').innerText()).toBe('5 decisions'));
    // The typed edit and the two applied to similar segments.
    await page.getByRole('combobox', { name: 'Decision' }).selectOption('edit');
    await soon(async () => expect(await page.locator('.memory-filters [role=status]').innerText()).toBe('3 decisions'));
    const items = history.locator('li.memory-item');
    expect(await items.count()).toBe(3);
    for (const text of await items.allInnerTexts()) {
      expect(text).toMatch(/Edited/i);
      expect(text).toMatch(/by Ana Reviewer/);
      expect(text).toMatch(/en\.mt\.txt \(fr → en\)/);
    }
    expect(await items.locator('ins').allTextContents()).toEqual(Array(3).fill(expect.stringMatching(/booby-\]?$/)));
    // Search narrows the history.
    await page.locator('#corrections-search').fill('résidence');
    await soon(async () => expect(await page.locator('.memory-filters [role=status]').innerText()).toBe('1 decision'));
    expect(await items.first().innerText()).toContain('drone piégé');
    await screenshot(page, 'corrections-02-history');
    await page.locator('#corrections-search').fill('');
    await page.getByRole('combobox', { name: 'Decision' }).selectOption('');
    await soon(async () => expect(await page.locator('.memory-filters [role=status]').innerText()).toBe('5 decisions'));
    expect(await items.first().innerText()).toMatch(/Rejected.*Web page residue/is);
  });

  it('shows the rule learned from the repeated correction, and goes back with Escape', async () => {
    await page.getByRole('tab', { name: 'Learned rules' }).click();
    const rule = page.locator('li.rule').first();
    await rule.waitFor();
    expect(await rule.innerText()).toMatch(/learned from 3 corrections in 1 document/);
    expect(await rule.locator('.rule-pattern').innerText()).toMatch(/trapped drone → booby-/);
    expect(await rule.getByRole('switch').isChecked()).toBe(true);
    await screenshot(page, 'corrections-03-learned-rules');
    await page.getByRole('tab', { name: 'Statistics' }).click();
    const byCheck = page.locator('section', { has: page.getByRole('heading', { name: 'By check' }) });
    await byCheck.waitFor();
    expect(await byCheck.locator('tbody tr').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Rule pack\s+1\s+0\s+100%$/), expect.stringMatching(/^Web page residue\s+0\s+1\s+0%$/)]),
    );
    await screenshot(page, 'corrections-04-statistics');
    await page.keyboard.press('Escape');
    await grid(page).waitFor();
    expect(await grid(page).getAttribute('aria-rowcount')).toBe('37');
    expect(app.errors).toEqual([]);
  });
});
