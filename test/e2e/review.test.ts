// The review desk end to end in Chromium (web mode, real server): open the sample, find the flags,
// decide three of them (accept, reject, edit by typing), undo and redo, switch the UI to Arabic
// and see the layout mirror, export and compare the file byte for byte with the machine
// translation carrying exactly those edits (computed here, independently of the app).
import * as fs from 'fs';
import type { Locator, Page } from 'playwright-core';
import { startWebApp, type WebApp } from './harness';
import { buildRenderer, grid, issueItem, loadSample, row, SAMPLE_MT, screenshot, soon } from './ui-helpers';

jest.setTimeout(180_000);

let app: WebApp;
let page: Page;

beforeAll(async () => {
  buildRenderer();
  app = await startWebApp({ settings: { firstRun: false, uiLanguage: 'en' } });
  page = app.page;
  await page.goto(app.url);
});

afterAll(async () => {
  await app?.close();
});

const live = () => page.locator('.statusbar [role=status]');

/** Selects an issue in the side panel; answers the grid row of its segment. */
async function select(text: string, nth = 0): Promise<Locator> {
  const item = issueItem(page, text, nth);
  await item.click();
  const key = (await item.getAttribute('data-issue')) as string;
  const mark = grid(page).locator(`mark.flag.active[data-issue="${key.replace(/"/g, '\\"')}"]`).first();
  await mark.waitFor();
  // Away from the list, so no other entry is hovered.
  await page.mouse.move(2, 2);
  const id = (await mark.locator('xpath=ancestor::*[@role="row"]').getAttribute('data-segment')) as string;
  return row(page, id);
}

describe('review desk (web mode, Chromium)', () => {
  it('opens the sample and shows the flags with the source words they concern', async () => {
    await loadSample(page);
    await soon(async () => expect(await issueItem(page, 'trapped drone').count()).toBe(3));
    // Each "trapped drone" is highlighted in its row, with the French words it mistranslates.
    for (let i = 0; i < 3; i++) {
      const r = await select('trapped drone', i);
      expect(await r.locator('mark.flag.active').innerText()).toBe('trapped drone');
      expect(await r.locator('.src .src-hl').innerText()).toBe('drone piégé');
      expect(await r.locator('[role=gridcell].src').getAttribute('lang')).toBe('fr');
      expect(await r.locator('[role=gridcell].tgt').getAttribute('lang')).toBe('en');
    }
    // The sentence the translation breaks in two, flagged with the fix that joins it.
    const broken = await select('results. preliminary.');
    expect(await broken.locator('mark.flag.active').innerText()).toBe('results. preliminary.');
    expect(await page.locator('.issue-detail .suggestion').first().innerText()).toContain('preliminary results');
    // "watching sit-ins" and the French it mistranslates ("observent des sit-in").
    const sit = await select('watching sit-ins');
    expect(await sit.locator('mark.flag.active').innerText()).toBe('watching sit-ins');
    expect(await sit.locator('.src .src-hl').innerText()).toBe('observent des sit-in');
    // Hovering a flag that is not selected lights up its source words as well.
    const drone = await select('trapped drone', 0);
    await issueItem(page, 'on the night of Saturday to Sunday').click();
    expect(await drone.locator('.src .src-hl').innerText()).toBe('nuit de samedi à');
    await drone.locator('mark.flag', { hasText: 'trapped drone' }).hover();
    await soon(async () => expect(await drone.locator('.src .src-hl').allInnerTexts()).toContain('drone piégé'));
    await page.mouse.move(5, 400);
    // The grid says how many rows it has though only those on screen exist.
    expect(await grid(page).getAttribute('aria-rowcount')).toBe('37');
    expect(await grid(page).locator('[role=row]').count()).toBeLessThan(37);
    await screenshot(page, 'review-01-sample-flags');
  });

  it('accepts a fix, rejects a flag and edits a segment by typing', async () => {
    // Accept: the first "trapped drone" becomes "booby-trapped drone".
    const drone = await select('trapped drone', 0);
    await page.locator('.issue-detail [data-testid=accept]').first().click();
    await soon(async () => expect(await drone.locator('.tgt').innerText()).toContain('by means of a booby-trapped drone which targeted'));
    await soon(async () => expect(await issueItem(page, 'trapped drone').count()).toBe(2));
    expect(await live().innerText()).toBe('Accepted: booby-trapped drone');

    // Reject, from the keyboard: "watching sit-ins" stays as it is.
    await select('watching sit-ins');
    await grid(page).focus();
    await page.keyboard.press('r');
    await soon(async () => expect(await issueItem(page, 'watching sit-ins').count()).toBe(0));
    expect(await live().innerText()).toBe('Rejected: watching sit-ins');

    // Edit: open the segment editor with E, select the broken words and type over them.
    const broken = await select('results. preliminary.');
    await grid(page).focus();
    await page.keyboard.press('e');
    const editor = broken.locator('textarea[data-role=segment-editor]');
    await editor.waitFor();
    expect(await editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await editor.evaluate((el: HTMLTextAreaElement) => {
      const at = el.value.indexOf('results. preliminary.');
      el.setSelectionRange(at, at + 'results. preliminary.'.length);
    });
    // j and k are letters while editing, not "next issue": type them and take them back.
    await page.keyboard.type('preliminary results.jk', { delay: 10 });
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    expect(await editor.inputValue()).toContain('according to the preliminary results.');
    // Re-checked as typed: the flag is gone from the list.
    await soon(async () => expect(await issueItem(page, 'results. preliminary.').count()).toBe(0));
    await screenshot(page, 'review-02-editing');
    await page.keyboard.press('Control+Enter'); // confirm: reviewed, next segment
    await soon(async () => expect(await grid(page).locator('textarea[data-role=segment-editor]').count()).toBe(0));
    const p5 = row(page, 'p5.s1');
    expect(await p5.locator('.tgt').innerText()).toContain('according to the preliminary results.');
    expect(await p5.getAttribute('class')).toMatch(/\breviewed\b/);
    expect(await page.locator('.progress-bars .progress-value').allInnerTexts()).toEqual([expect.stringMatching(/^2 \/ \d+$/), '1 / 36']);
    await screenshot(page, 'review-03-decisions');
  });

  it('undoes and redoes decisions', async () => {
    await grid(page).focus();
    await page.keyboard.press('Control+z'); // the reviewed mark
    await page.keyboard.press('Control+z'); // the edit (one step for the whole editing session)
    await soon(async () => expect(await row(page, 'p5.s1').locator('.tgt').innerText()).toContain('according to the results. preliminary.'));
    expect(await row(page, 'p5.s1').getAttribute('class')).not.toMatch(/\breviewed\b/);
    expect(await live().innerText()).toBe('Undone');
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+y');
    await soon(async () => expect(await row(page, 'p5.s1').locator('.tgt').innerText()).toContain('according to the preliminary results.'));
    expect(await row(page, 'p5.s1').getAttribute('class')).toMatch(/\breviewed\b/);
    expect(await live().innerText()).toBe('Redone');
    // The toolbar buttons do the same.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await soon(async () => expect(await row(page, 'p5.s1').getAttribute('class')).not.toMatch(/\breviewed\b/));
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await soon(async () => expect(await row(page, 'p5.s1').getAttribute('class')).toMatch(/\breviewed\b/));
    // The changes view: two segments changed, word by word.
    await grid(page).focus();
    await page.keyboard.press('d');
    await soon(async () => expect(await page.locator('.change-list > li').count()).toBe(2));
    const inserted = await page.locator('.change-list ins').evaluateAll((els) =>
      els.map((el) => [...el.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join('')),
    );
    expect(inserted).toEqual(['booby-', 'preliminary ']);
    await screenshot(page, 'review-04-changes');
    await page.keyboard.press('d');
    await grid(page).waitFor();
  });

  it('mirrors the whole layout in Arabic', async () => {
    const sideBefore = (await page.locator('#issue-panel').boundingBox())!;
    const mainBefore = (await page.locator('.main-pane').boundingBox())!;
    expect(sideBefore.x).toBeGreaterThan(mainBefore.x);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.locator('#ui-language').selectOption('ar');
    await soon(async () => expect(await page.locator('html').getAttribute('dir')).toBe('rtl'));
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.keyboard.press('Escape');
    const side = (await page.locator('#issue-panel').boundingBox())!;
    const main = (await page.locator('.main-pane').boundingBox())!;
    expect(side.x).toBeLessThan(main.x);
    expect(side.x + side.width).toBeLessThanOrEqual(main.x + 1);
    // The original column is now on the right of the translation; each text keeps its own direction.
    const first = grid(page).locator('[role=row]:not(.head)').first();
    const src = (await first.locator('.src').boundingBox())!;
    const tgt = (await first.locator('.tgt').boundingBox())!;
    expect(src.x).toBeGreaterThan(tgt.x);
    expect(await first.locator('.tgt').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('#issues-title').innerText()).not.toBe('Issues');
    await screenshot(page, 'review-05-arabic');
  });

  it('exports exactly the corrected text', async () => {
    const expected = SAMPLE_MT.replace('by means of a trapped drone which', 'by means of a booby-trapped drone which').replace(
      'according to the results. preliminary.',
      'according to the preliminary results.',
    );
    expect(expected.length).toBe(SAMPLE_MT.length + 'booby-'.length - 1);
    // The toolbar's Export opens the export dialog; the corrected text is its first choice.
    await page.locator('.toolbar .export').click();
    await page.locator('.export-dialog').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-dialog button[type=submit]').click()]);
    expect(download.suggestedFilename()).toBe('en.mt.corrected.txt');
    const bytes = fs.readFileSync((await download.path()) as string);
    expect(Buffer.compare(bytes, Buffer.from(expected, 'utf8'))).toBe(0);
    await screenshot(page, 'review-06-exported');
    expect(app.errors).toEqual([]);
  });
});
