// The bad-night screen in Chromium under Playwright's clock: what it shows, the 10-minute rest
// timer, and the hip-hanging timer that cannot pass 10 minutes and says to stop if it hurts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';

const browser = browserPerFile();

/** The night screen with speech recorded (headless Chromium has no voices) on a test clock. */
async function nightPage(options: { width?: number; height?: number } = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    window.speechSynthesis.speak = (utterance) => {
      spoken.push(utterance.text);
    };
  });
  await page.clock.install();
  await page.goto('/night');
  return page;
}

const spoken = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);

/** Minutes and seconds on a timer as seconds, e.g. "4:59" -> 299. */
const secondsOn = async (page: Page, name: string): Promise<number> => {
  const text = (await page.getByRole('timer', { name }).textContent()) ?? '';
  const [minutes, seconds] = text.split(':').map(Number);
  return (minutes ?? 0) * 60 + (seconds ?? 0);
};

describe('the bad-night screen', () => {
  it('shows both positions with what to use, warm moist heat, bed tips and the signs that need help now', async () => {
    const page = await nightPage();
    await expect(
      page.getByRole('heading', { level: 1, name: 'A bad night' }).isVisible(),
    ).resolves.toBe(true);
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect(text).toContain('Position 1: knees bent');
    expect(text).toContain('Position 2: legs on a chair');
    expect(text).toMatch(/stack of books with a thick pillow/);
    expect(text).toMatch(/sturdy coffee table/);
    expect(text).toMatch(/Warm, moist heat/);
    expect(text).toMatch(/cold may make the muscles tighten/);
    expect(text).toMatch(/plywood board/);
    expect(text).toMatch(/medium-firm/);
    await expect(page.getByRole('img').count()).resolves.toBe(3);
    const warning = page.getByRole('complementary', { name: 'Get help now if' });
    await expect(warning.textContent()).resolves.toMatch(/Passing urine has changed/);
    await expect(
      warning.getByRole('link', { name: 'Go through the warning signs' }).getAttribute('href'),
    ).resolves.toBe('/safety');
    await expectNoAxeViolations(page);
    expect(pageProblems(page)).toEqual([]);
  });

  it('times 10 minutes in position, then says so', async () => {
    const page = await nightPage();
    await page.getByRole('button', { name: 'Start the 10-minute rest timer' }).click();
    expect(await secondsOn(page, 'Rest timer: time left')).toBeGreaterThan(598);
    await expectNoAxeViolations(page);
    await page.clock.runFor(5 * 60_000);
    const halfway = await secondsOn(page, 'Rest timer: time left');
    expect(halfway).toBeLessThanOrEqual(300);
    expect(halfway).toBeGreaterThan(290);
    await page.clock.runFor(halfway * 1000 + 500);
    await expect(page.getByRole('timer', { name: 'Rest timer: time left' }).count()).resolves.toBe(
      0,
    );
    const status = page.locator('.night-timer', { hasText: 'Rest timer' }).locator('[role=status]');
    await expect(status.textContent()).resolves.toMatch(/^Ten minutes are up/);
    expect((await spoken(page)).at(-1)).toMatch(/^Ten minutes are up/);
  });

  it('never sets hip hanging past 10 minutes, and says to stop if it hurts', async () => {
    const page = await nightPage();
    const more = page.getByRole('button', { name: 'One minute more' });
    for (let press = 0; press < 12 && !(await more.isDisabled()); press++) await more.click();
    await expect(more.isDisabled()).resolves.toBe(true);
    await expect(page.locator('output').textContent()).resolves.toBe('10 minutes');
    // A disabled button ignores a forced click too.
    await more.click({ force: true });
    await expect(page.locator('output').textContent()).resolves.toBe('10 minutes');

    await page.getByRole('button', { name: 'Start hanging for 10 minutes' }).click();
    expect(await secondsOn(page, 'Hip hanging timer: time left')).toBeLessThanOrEqual(600);
    const section = page.locator('.night-timer', { hasText: 'Hip hanging timer' });
    await expect(section.textContent()).resolves.toMatch(/If it hurts, stop at once/);
    expect(await spoken(page)).toEqual([
      'If it hurts, stop at once and put your hips back down on the floor.',
    ]);
    await expectNoAxeViolations(page);
    await page.clock.runFor(10 * 60_000 + 1_000);
    await expect(section.locator('.night-timer__status').textContent()).resolves.toMatch(
      /^Time is up/,
    );
    expect((await spoken(page)).at(-1)).toMatch(/^Time is up/);
  });

  it('can stop a timer early, and fits a 320 px wide phone', async () => {
    const page = await nightPage({ width: 320, height: 640 });
    await page.getByRole('button', { name: 'Start the 10-minute rest timer' }).click();
    await page.getByRole('button', { name: 'Stop the timer' }).click();
    await expect(page.getByRole('timer').count()).resolves.toBe(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
