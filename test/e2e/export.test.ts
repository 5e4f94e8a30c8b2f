// Formats end to end in Chromium (web mode): File → Export… is a dialog reached with Ctrl+E; the
// QA report (HTML) and Word with tracked changes are built in the page and downloaded, and the
// files are what they say (a report with the score, a DOCX zip with the corrections as w:ins/w:del).
// A bilingual file dropped on the start screen opens as a review and exports back to its format.
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { startWebApp, type WebApp } from './harness';
import { buildRenderer, grid, issueItem, loadSample, screenshot, soon } from './ui-helpers';

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

const dialog = () => page.getByRole('dialog', { name: 'Export' });

async function exportAs(label: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await grid(page).focus();
  await page.keyboard.press('Control+e');
  await dialog().waitFor();
  await dialog().getByRole('radio', { name: label }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog().getByRole('button', { name: 'Export' }).click()]);
  await soon(async () => expect(await dialog().count()).toBe(0));
  return { name: download.suggestedFilename(), bytes: fs.readFileSync((await download.path()) as string) };
}

describe('export dialog (web mode, Chromium)', () => {
  it('opens from the keyboard with every format', async () => {
    await loadSample(page);
    // One decision, so the exports have a correction in them.
    await issueItem(page, 'trapped drone').click();
    await grid(page).focus();
    await page.keyboard.press('a');
    await soon(async () => expect(await page.locator('.statusbar [role=status]').innerText()).toBe('Accepted: booby-trapped drone'));
    await page.keyboard.press('Control+e');
    await dialog().waitFor();
    expect(await dialog().getByRole('radio').count()).toBe(8);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('txt');
    // Arrow keys move through the choices, as in any radio group.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await dialog().getByRole('radio', { name: /Word with tracked changes/ }).isChecked()).toBe(true);
    await screenshot(page, 'export-01-dialog');
    await page.keyboard.press('Escape');
    await soon(async () => expect(await dialog().count()).toBe(0));
  });

  it('downloads the QA report (HTML) with the score', async () => {
    const { name, bytes } = await exportAs(/QA report \(HTML\)/);
    expect(name).toBe('en.mt.qa-report.html');
    expect(bytes.length).toBeGreaterThan(0);
    const html = bytes.toString('utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    const score = /id="score-value">([\d.]+)<\/span><span class="verdict">(PASS|FAIL)/.exec(html);
    expect(score).not.toBeNull();
    expect(Number(score![1])).toBeGreaterThan(0);
    expect(html).toContain('Ana Reviewer');
    expect(html).toContain('booby-trapped drone');
    // Look at it as a person would.
    const report = path.join(app.dataDir, 'report.html');
    fs.mkdirSync(app.dataDir, { recursive: true });
    fs.writeFileSync(report, html);
    const view = await app.context.newPage();
    await view.goto(`file://${report}`);
    await screenshot(view, 'export-02-qa-report');
    await view.close();
  });

  it('downloads Word with tracked changes: a DOCX whose corrections are revisions', async () => {
    const { name, bytes } = await exportAs(/Word with tracked changes/);
    expect(name).toBe('en.mt.changes.docx');
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Ana Reviewer"[^>]*>.*booby-/s);
    expect(await page.locator('.statusbar [role=status]').innerText()).toBe('Exported en.mt.changes.docx');
    expect(app.errors).toEqual([]);
  });

  it('opens a dropped XLIFF as a review and exports it back as XLIFF', async () => {
    await page.getByRole('button', { name: 'New' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
    await page.getByRole('heading', { name: 'Open a translation to review' }).waitFor();
    const xliff = fs.readFileSync(path.join(__dirname, '../fixtures/formats/en-fr.xlf'), 'utf8');
    const data = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'en-fr.xlf', { type: 'application/xliff+xml' }));
      return dt;
    }, xliff);
    await page.locator('.pane[data-role=source]').dispatchEvent('drop', { dataTransfer: data });
    await grid(page).locator('[role=row][aria-rowindex="2"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('.doc-names').innerText()).toMatch(/en-fr\.xlf/);
    await screenshot(page, 'export-03-xliff-review');
    await page.keyboard.press('Control+e');
    await dialog().waitFor();
    expect(await dialog().getByRole('radio').first().getAttribute('value')).toBe('bilingual');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog().getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toBe('en-fr.reviewed.xlf');
    const out = fs.readFileSync((await download.path()) as string, 'utf8');
    expect(out).toContain('<xliff version="1.2"');
    expect(out).toContain('<note from="developer">Button label; keep it short.</note>');
    expect(app.errors).toEqual([]);
  });
});
