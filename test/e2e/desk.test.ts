// The rest of the desk in Chromium: the sample on first start, keyboard-only review with the help
// overlay, search and the dark theme, recovery of the autosave after a reload, opening files by
// drag-and-drop with language detection, and a long document checked in the worker with progress.
import type { Page } from 'playwright-core';
import { startWebApp, type WebApp } from './harness';
import { buildRenderer, grid, issueItem, row, SAMPLE_MT, SAMPLE_SOURCE, screenshot, soon } from './ui-helpers';

jest.setTimeout(240_000);

let app: WebApp;
let page: Page;

beforeAll(async () => {
  buildRenderer();
  app = await startWebApp({ settings: { firstRun: true, uiLanguage: 'en', theme: 'light' } });
  page = app.page;
  await page.goto(app.url);
});

afterAll(async () => {
  await app?.close();
});

const live = () => page.locator('.statusbar [role=status]');
const current = () => page.locator('.issue-detail');

describe('review desk, more (web mode, Chromium)', () => {
  it('opens the sample by itself on first start', async () => {
    // The check runs in the worker: the page shows its progress meanwhile.
    await page.locator('.dialog.checking [role=progressbar]').waitFor({ timeout: 20_000 });
    await grid(page).locator('[role=row][aria-rowindex="2"]').waitFor({ timeout: 120_000 });
    expect(await page.locator('.doc-names').innerText()).toMatch(/fr\.source\.txt.*en\.mt\.txt/s);
    expect(await page.locator('#doc-from').inputValue()).toBe('fr');
    expect(await page.locator('#doc-to').inputValue()).toBe('en');
    // Low-confidence alignment is marked: "source site" has no counterpart.
    await issueItem(page, 'source site').click();
    await soon(async () => expect(await row(page, 'p29.s1').getAttribute('class')).toMatch(/low-confidence/));
    expect(await row(page, 'p29.s1').locator('.low-conf').count()).toBe(1);
    await screenshot(page, 'desk-01-first-run');
  });

  it('reviews from the keyboard alone', async () => {
    // j/k walk the issues in order; the side panel follows.
    const first = await page.locator('.issue-list button').first().getAttribute('data-issue');
    await page.locator('.issue-list button').first().click();
    await grid(page).focus();
    await page.keyboard.press('j');
    const second = await page.locator('.issue-list button[aria-current=true]').getAttribute('data-issue');
    expect(second).not.toBe(first);
    await page.keyboard.press('k');
    expect(await page.locator('.issue-list button[aria-current=true]').getAttribute('data-issue')).toBe(first);
    // Go to "watching sit-ins" by searching, and take its second suggestion with "2".
    await page.keyboard.press('Control+f');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('sit-in');
    await soon(async () => expect(await grid(page).getAttribute('aria-rowcount')).toBe('2'));
    await page.keyboard.press('Enter');
    await issueItem(page, 'watching sit-ins').click();
    await grid(page).focus();
    await page.keyboard.press('2');
    await soon(async () => expect(await live().innerText()).toBe('Accepted: staging sit-ins'));
    expect(await grid(page).locator('[role=gridcell].tgt').first().innerText()).toContain('are staging sit-ins at two entrances');
    await page.keyboard.press('Escape'); // clears the search
    await soon(async () => expect(await grid(page).getAttribute('aria-rowcount')).toBe('37'));
    // Arrow keys move by segment; m marks it reviewed.
    await page.keyboard.press('ArrowDown');
    const seg = await page.locator('#segment-grid').getAttribute('aria-activedescendant');
    await page.keyboard.press('m');
    await soon(async () => expect(await page.locator(`#${seg}`).getAttribute('class')).toMatch(/\breviewed\b/));
    // Enter edits, Escape leaves, the grid has the focus back.
    await page.keyboard.press('Enter');
    await page.locator(`#${seg} textarea`).waitFor();
    await page.keyboard.press('Escape');
    await soon(async () => expect(await page.evaluate(() => document.activeElement?.id)).toBe('segment-grid'));
    // Reject with a reason: Shift+R opens the reason box.
    await page.keyboard.press('j');
    const rejected = await current().locator('.issue-pair .flag').innerText();
    await page.keyboard.press('Shift+R');
    await page.keyboard.type('name as agreed');
    await page.keyboard.press('Enter');
    await soon(async () => expect(await live().innerText()).toBe(`Rejected: ${rejected} (name as agreed)`));
    // The help overlay lists the keys, from the keymap.
    await grid(page).focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.locator('tr').count()).toBeGreaterThan(15);
    await screenshot(page, 'desk-02-help');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });

  it('looks right in the dark theme', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Dark' }).click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.keyboard.press('Escape');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(20, 22, 27)');
    await issueItem(page, 'trapped drone').click();
    await page.mouse.move(2, 2);
    await screenshot(page, 'desk-03-dark');
  });

  it('offers the autosaved review after a reload, and restores it', async () => {
    await soon(async () => expect(await page.locator('.statusbar').innerText()).toMatch(/Saved automatically/), 10_000);
    await page.reload();
    const dialog = page.getByRole('alertdialog', { name: 'Unsaved review found' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('en.mt.txt');
    await screenshot(page, 'desk-04-recovery');
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await grid(page).locator('[role=row][aria-rowindex="2"]').waitFor({ timeout: 120_000 });
    expect(await issueItem(page, 'watching sit-ins').count()).toBe(0);
    expect(await page.locator('.progress-bars .progress-value').allInnerTexts()).toEqual([expect.stringMatching(/^2 \//), '1 / 36']);
  });

  it('opens a dropped file and a picked one, with their languages detected and changeable', async () => {
    await page.getByRole('button', { name: 'New' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
    await page.getByRole('heading', { name: 'Open a translation to review' }).waitFor();
    const drop = async (role: string, name: string, text: string) => {
      const data = await page.evaluateHandle(
        ({ name, text }) => {
          const dt = new DataTransfer();
          dt.items.add(new File([text], name, { type: 'text/plain' }));
          return dt;
        },
        { name, text },
      );
      await page.locator(`.pane[data-role=${role}]`).dispatchEvent('dragover', { dataTransfer: data });
      await page.locator(`.pane[data-role=${role}]`).dispatchEvent('drop', { dataTransfer: data });
    };
    const para = (t: string, n: number) => t.split('\n\n').slice(0, n).join('\n\n');
    await drop('source', 'article.fr.txt', para(SAMPLE_SOURCE, 6));
    // The other through the file picker.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.pane[data-role=target]').getByRole('button', { name: 'Choose file…' }).click()]);
    await chooser.setFiles({ name: 'article.en.txt', mimeType: 'text/plain', buffer: Buffer.from(para(SAMPLE_MT, 6), 'utf8') });
    await soon(async () => expect(await page.locator('#lang-source').inputValue()).toBe('fr'));
    await soon(async () => expect(await page.locator('#lang-target').inputValue()).toBe('en'));
    expect(await page.locator('.pane[data-role=target] .pane-foot').innerText()).toContain('article.en.txt · UTF-8');
    expect(await page.locator('#lang-target option:checked').innerText()).toMatch(/detected/);
    await page.locator('#lang-target').selectOption('en-GB');
    await screenshot(page, 'desk-05-start');
    await page.getByRole('button', { name: /Check translation/ }).click();
    await grid(page).locator('[role=row][aria-rowindex="2"]').waitFor({ timeout: 120_000 });
    expect(await page.locator('#doc-to').inputValue()).toBe('en-GB');
    expect(await grid(page).getAttribute('aria-rowcount')).toBe('7');
    expect(await page.locator('.doc-names').innerText()).toMatch(/article\.fr\.txt.*article\.en\.txt/s);
  });

  it('merges two segments, saves the project and opens it again', async () => {
    await row(page, 'p3.s1').click();
    await grid(page).focus();
    await page.keyboard.press('Control+m');
    const confirm = page.getByRole('alertdialog', { name: 'Merge segments?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'OK' }).click();
    await soon(async () => expect(await grid(page).getAttribute('aria-rowcount')).toBe('6'));
    expect(await row(page, 'p3.s1').locator('.seg-kind').innerText()).toBe('2-2');
    expect(await live().innerText()).toBe('Segments merged into p3.s1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    expect(download.suggestedFilename()).toBe('article.en.verso.json');
    const project = (await download.path()) as string;
    await page.getByRole('button', { name: 'New' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open project…' }).click()]);
    await chooser.setFiles(project);
    await grid(page).locator('[role=row][aria-rowindex="2"]').waitFor({ timeout: 60_000 });
    expect(await grid(page).getAttribute('aria-rowcount')).toBe('6');
    expect(await page.locator('#doc-to').inputValue()).toBe('en-GB');
    expect(await live().innerText()).toBe('Project opened: article.en.txt');
  });

  it('checks a long document in the worker, with progress, and shows it in virtual rows', async () => {
    await page.getByRole('button', { name: 'New' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
    const times = 25;
    const source = Array(times).fill(SAMPLE_SOURCE).join('\n\n');
    const target = Array(times).fill(SAMPLE_MT).join('\n\n');
    await page.getByLabel('Text of the Original').fill(source);
    await page.getByLabel('Text of the Machine translation').fill(target);
    await soon(async () => expect(await page.locator('#lang-target').inputValue()).toBe('en'));
    await page.getByRole('button', { name: /Check translation/ }).click();
    const progress = page.locator('.dialog.checking');
    await soon(async () => expect(await progress.innerText()).toMatch(/Checking segment \d+ of \d+/), 60_000);
    // The page stays responsive while the worker checks.
    const t0 = Date.now();
    await page.evaluate(() => 1 + 1);
    expect(Date.now() - t0).toBeLessThan(1000);
    await screenshot(page, 'desk-06-checking');
    await grid(page).locator('[role=row][aria-rowindex="2"]').waitFor({ timeout: 180_000 });
    const count = Number(await grid(page).getAttribute('aria-rowcount')) - 1;
    expect(count).toBeGreaterThan(800);
    expect(await grid(page).locator('[role=row]').count()).toBeLessThan(60);
    // Keyboard moves scroll the cursor's row into view.
    await grid(page).focus();
    const from = Number(await page.locator(`#${await grid(page).getAttribute('aria-activedescendant')}`).getAttribute('aria-rowindex'));
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    const active = await grid(page).getAttribute('aria-activedescendant');
    await soon(async () => expect(await page.locator(`#${active}`).isVisible()).toBe(true));
    expect(Number(await page.locator(`#${active}`).getAttribute('aria-rowindex'))).toBe(from + 40);
    await screenshot(page, 'desk-07-long-document');
    expect(app.errors).toEqual([]);
  });
});
