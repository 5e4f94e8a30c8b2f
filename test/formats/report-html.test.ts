// The HTML QA report in a real browser (Debian's Chromium through playwright-core): it renders with
// no script and no network, the chart and the score are visible, and it prints. The screenshot is
// kept under test-output/screenshots/report.png for a person to look at.
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { buildQaReport, reportHtml } from '../../src/core/report';
import { reviewedSample } from './fixtures';

const CHROMIUM = process.env.VERSO_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = path.join(__dirname, '../../test-output/screenshots');

jest.setTimeout(60_000);

describe('HTML QA report in Chromium', () => {
  let browser: Browser;
  const { state, run } = reviewedSample();
  const report = buildQaReport({ state, run, sourceName: 'fr.source.txt', targetName: 'en.mt.txt', reviewer: 'Ana Reviewer', now: new Date('2024-05-01T10:00:00Z') });
  const html = reportHtml(report);

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the score, the verdict and the category chart; loads nothing and runs nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.setContent(html, { waitUntil: 'load' });

    const score = page.locator('#score-value');
    await expect(score.isVisible()).resolves.toBe(true);
    expect(await score.textContent()).toBe(String(report.score.score));
    await expect(page.locator('.verdict').textContent()).resolves.toBe(report.score.pass ? 'PASS' : 'FAIL');

    const chart = page.locator('svg#category-chart');
    await expect(chart.isVisible()).resolves.toBe(true);
    const box = await chart.boundingBox();
    expect(box && box.width > 400 && box.height > 40).toBe(true);
    const bars = await chart.locator('rect').count();
    expect(bars).toBeGreaterThanOrEqual(report.categories.filter((c) => c.total > 0).length);

    expect(await page.locator('table.issues tbody tr').count()).toBe(report.issues.length);
    expect(await page.locator('script').count()).toBe(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);

    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(path.join(SHOTS, 'report.html'), html);
    await page.screenshot({ path: path.join(SHOTS, 'report.png'), fullPage: false });
    await page.screenshot({ path: path.join(SHOTS, 'report-full.png'), fullPage: true });
    await page.close();
  });

  it('prints to PDF (A4) with the chart on the first page', async () => {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('svg#category-chart').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(path.join(SHOTS, 'report.pdf'), pdf);
    await page.close();
  });
});
