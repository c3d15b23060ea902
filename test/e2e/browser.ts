// Opens Debian's Chromium with playwright-core (never a downloaded browser) and checks pages
// with axe-core. Element lookups in specs go by role and accessible name.
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

const chromiumFlags = [
  '--no-sandbox', // needed as root; the test machine has no other users' data to protect
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumFlags,
    headless: true,
  });
}

export const baseURL = () => inject('baseURL');

/** One browser per spec file; a fresh context (empty storage) per call to newPage. */
export function browserPerFile() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
  });
  return {
    /** `baseURL` points a page at a spec's own server instead of the shared one. */
    async newPage(
      options: { width?: number; height?: number; baseURL?: string } = {},
    ): Promise<Page> {
      const context = await browser.newContext({
        baseURL: options.baseURL ?? baseURL(),
        viewport: { width: options.width ?? 390, height: options.height ?? 844 },
        reducedMotion: 'reduce',
      });
      contexts.push(context);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      (page as Page & { problems: string[] }).problems = problems;
      // Screens load on their first visit (code-split): a page is there once its screen has
      // replaced the loading line, so every goto waits for that before a spec reads the page.
      const goto = page.goto.bind(page);
      page.goto = async (url, gotoOptions) => {
        const response = await goto(url, gotoOptions);
        if (response?.headers()['content-type']?.startsWith('text/html')) await screenShown(page);
        return response;
      };
      // A reload loads the screen's code again: wait for it the same way.
      const reload = page.reload.bind(page);
      page.reload = async (reloadOptions) => {
        const response = await reload(reloadOptions);
        if (response?.headers()['content-type']?.startsWith('text/html')) await screenShown(page);
        return response;
      };
      return page;
    },
  };
}

/** Waits until the app has shown a screen: its code has loaded and the loading line is gone. */
export async function screenShown(page: Page): Promise<void> {
  await page.locator('main').waitFor();
  await page.locator('[data-screen-loading]').waitFor({ state: 'detached' });
}

/** Runs axe-core (WCAG 2.x A and AA rules) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** JavaScript errors and console errors the page raised since it opened. */
export function pageProblems(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}
