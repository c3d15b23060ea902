import { describe, expect, it } from 'vitest';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';

const browser = browserPerFile();

describe('offline use', () => {
  it('installs a service worker and opens the app again with no network', async () => {
    const page = await browser.newPage();
    await page.goto('/');
    const registered = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => 'ready'),
        new Promise((resolve) => setTimeout(() => resolve('not ready after 15 s'), 15_000)),
      ]),
    );
    expect(registered, pageProblems(page).join('\n')).toBe('ready');
    // The first load is not controlled yet; a reload is, and fills nothing new.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.context().setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Unknot' }).isVisible()).resolves.toBe(
      true,
    );
    await expectNoAxeViolations(page);
    await page.context().setOffline(false);
  });

  it('links a web app manifest with a name and an icon', async () => {
    const page = await browser.newPage();
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(href ?? '')).json();
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Unknot'),
      display: 'standalone',
    });
    expect(manifest.icons.length).toBeGreaterThan(0);
  });
});
