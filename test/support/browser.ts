import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's package puts it here; CHROMIUM_PATH points elsewhere when it lives elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

export function launchChromium(): Promise<Browser> {
  // --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** A full-page screenshot under test-results/, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: `${RESULTS}${name}.png`, fullPage: true });
}

/** Signs in through the form, as a person would, and waits for the dashboard to draw. */
export async function signIn(page: Page, base: string, token: string): Promise<void> {
  await page.goto(`${base}/admin`);
  await page.getByLabel(/your token/i).fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/admin`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/**
 * Form fields on the page that have no label a screen reader would read (a <label>, or
 * aria-label): each is described by its tag, type and id.
 */
export async function unlabelledFields(page: Page): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
    .filter((el) => el.labels.length === 0 && !el.getAttribute('aria-label'))
    .map((el) => el.tagName.toLowerCase() + '[' + (el.type || '') + ']#' + el.id)`);
}
