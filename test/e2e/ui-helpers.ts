// Helpers for the review desk's browser tests: a fresh renderer bundle, locators for the grid and
// the issue list, assertions that wait for the page, screenshots under test-output/screenshots/.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './harness';

export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const SAMPLE_DIR = path.join(ROOT, 'assets', 'samples', 'drone-attack');
export const SAMPLE_SOURCE = fs.readFileSync(path.join(SAMPLE_DIR, 'fr.source.txt'), 'utf8');
export const SAMPLE_MT = fs.readFileSync(path.join(SAMPLE_DIR, 'en.mt.txt'), 'utf8');

let built = false;
/** Bundles the renderer from the current sources once per test file (a few seconds), so no stale bundle is tested. */
export function buildRenderer(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-renderer.js')], { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export const grid = (page: Page): Locator => page.locator('#segment-grid');

/** A rendered grid row by segment id (rows outside the viewport are not in the DOM). */
export const row = (page: Page, id: string): Locator => grid(page).locator(`[role=row][data-segment="${id}"]`);

function exact(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The issue list's entry for a flagged text (nth when the text is flagged more than once). */
export function issueItem(page: Page, text: string, nth = 0): Locator & { count(): Promise<number> } {
  const all = page.locator('.issue-list button').filter({ has: page.locator('.item-text', { hasText: exact(text) }) });
  const one = all.nth(nth) as Locator & { count(): Promise<number> };
  one.count = () => all.count();
  return one;
}

/** Retries an assertion until it holds or `ms` pass, then fails with its last error. */
export async function soon(check: () => Promise<void> | void, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Clicks "Load sample" and waits for the review grid (the French dictionary takes a while to load). */
export async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Load sample/ }).click();
  await grid(page).locator('[role=row][aria-rowindex="2"]').waitFor({ timeout: 120_000 });
}
