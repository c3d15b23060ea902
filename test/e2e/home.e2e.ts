import { describe, expect, it } from 'vitest';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';

const browser = browserPerFile();

describe('home page', () => {
  it('shows the product name as the main heading, what it does, and that it is not a diagnosis', async () => {
    const page = await browser.newPage();
    await page.goto('/');
    const heading = page.getByRole('heading', { level: 1, name: 'Unknot' });
    await expect(heading.isVisible()).resolves.toBe(true);
    const text = await page.getByRole('main').textContent();
    expect(text).toMatch(/back pain/i);
    expect(text).toMatch(/not a diagnosis/i);
    await expectNoAxeViolations(page);
    expect(pageProblems(page)).toEqual([]);
  });

  it("leads a first-time visitor to the body map, and a returning one to today's session", async () => {
    const page = await browser.newPage();
    await page.goto('/');
    const start = page.getByRole('link', { name: 'Start: show where it hurts' });
    await expect(start.getAttribute('href')).resolves.toBe('/map');
    await expect(page.getByRole('link', { name: /Bad night/ }).getAttribute('href')).resolves.toBe(
      '/night',
    );
    await expect(
      page.getByRole('link', { name: 'Learn how it works' }).getAttribute('href'),
    ).resolves.toBe('/learn');
    await page.evaluate(() => {
      const step = {
        kind: 'trigger-point',
        id: 'glute-overlap-point-left',
        triggerPoint: 'glute-overlap-point-left',
        technique: null,
        step: 1,
        side: 'left',
        tools: ['fists'],
        place: 'floor',
        dose: { mode: 'hold', seconds: 10, reps: 3 },
        why: 'test',
      };
      localStorage.setItem(
        'unknot.plan',
        JSON.stringify({
          id: 'p1',
          createdAt: new Date().toISOString(),
          request: {},
          response: { steps: [step], estimatedMinutes: 2 },
        }),
      );
    });
    await page.reload();
    await expect(
      page.getByRole('link', { name: "Start today's session" }).getAttribute('href'),
    ).resolves.toBe('/session');
    await expectNoAxeViolations(page);
  });

  it('fits a 320 px wide phone without sideways scrolling', async () => {
    const page = await browser.newPage({ width: 320, height: 640 });
    await page.goto('/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('answers an unknown page with a page-not-found screen that leads back', async () => {
    const page = await browser.newPage();
    await page.goto('/no-such-page');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Page not found' }).isVisible(),
    ).resolves.toBe(true);
    await page.getByRole('link', { name: 'Go to the start' }).click();
    // The next screen's code loads on its first visit: wait for its heading.
    await page.getByRole('heading', { level: 1, name: 'Unknot' }).waitFor();
    await expect(page.getByRole('heading', { level: 1, name: 'Unknot' }).isVisible()).resolves.toBe(
      true,
    );
    await expectNoAxeViolations(page);
  });
});
