// From home to the first hold, counted as a person does it at 390 px in Chromium: taps (clicks
// and number boxes) and screens (a new address or main heading), for three people: no red flags
// on the quickest path, no red flags with the full personalisation, and a returning person. The
// counts and each screen's height go to bench/first-relief.json for `npm run bench`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { safetyChecklists } from '../../src/content/safety-questions.js';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';
import { mainButton } from './safety-answers.js';

const browser = browserPerFile();

interface Walk {
  taps: number;
  readonly screens: { readonly name: string; readonly height: number }[];
}

/** Counts taps and new screens; every new screen is checked with axe once. */
function counter(page: Page) {
  const walk: Walk = { taps: 0, screens: [] };
  let last = '';
  /** `again`: the same screen, now filled in (its height is measured again). */
  const look = async (again = false) => {
    await page.waitForLoadState('domcontentloaded');
    const heading = page.getByRole('heading', { level: 1 });
    await heading.first().waitFor();
    const name = `${new URL(page.url()).pathname} · ${((await heading.first().textContent()) ?? '').trim()}`;
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (name === last) {
      if (again) walk.screens[walk.screens.length - 1] = { name, height };
      return;
    }
    last = name;
    walk.screens.push({ name, height });
  };
  return {
    walk,
    look,
    async tap(target: Locator) {
      walk.taps += 1;
      await target.click();
      await look();
    },
    async type(target: Locator, text: string) {
      walk.taps += 1;
      await target.fill(text);
    },
  };
}

const firstHold = async (page: Page) => {
  await expect
    .poll(() => page.locator('.work').getAttribute('data-phase'), { timeout: 20_000 })
    .toBe('pressing');
};

const results: Record<string, Walk> = {};
afterAll(() => {
  mkdirSync('bench', { recursive: true });
  let before: Record<string, unknown> = {};
  try {
    before = JSON.parse(readFileSync('bench/first-relief.json', 'utf8'));
  } catch {
    // first run
  }
  writeFileSync(
    'bench/first-relief.json',
    `${JSON.stringify({ ...before, ...results, viewport: '390x844' }, null, 2)}\n`,
  );
});

/** Home, the map (one place), the points and the safety checklists, all "None of these". */
async function toSafetyResult(page: Page, count: ReturnType<typeof counter>) {
  await page.goto('/');
  await count.look();
  await count.tap(page.getByRole('link', { name: 'Start: show where it hurts' }));
  await count.tap(page.getByRole('button', { name: /^Low back beside the spine, your left/ }));
  await count.tap(page.getByRole('button', { name: 'See what may cause it' }));
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await count.look(true); // the cards are in: measure the full height
  await count.tap(page.getByRole('link', { name: 'Next: a short safety check' }));
  for (const screen of safetyChecklists.slice(0, -1)) {
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(screen.title);
    await count.tap(mainButton(page));
  }
  await count.type(page.getByLabel('How old are you?'), '40');
  await count.type(page.getByLabel(/How many weeks/), '2');
  await count.type(page.getByLabel(/How bad is your pain right now/), '6');
  await count.tap(mainButton(page));
  await page.waitForURL('**/safety/result');
  await count.look();
}

/** The plan page, once its plan is there. */
async function planReady(page: Page, count: ReturnType<typeof counter>) {
  await page.getByRole('link', { name: 'Start the session' }).first().waitFor();
  await count.look(true);
}

describe('from home to the first hold', () => {
  it('takes a new person with no red flags there on the quickest path within 25 taps', async () => {
    const page = await browser.newPage({ width: 390, height: 844 });
    const count = counter(page);
    await toSafetyResult(page, count);
    await expectNoAxeViolations(page);
    await count.tap(page.getByRole('button', { name: 'Start now with your hands' }));
    await planReady(page, count);
    await expect(
      page.getByRole('link', { name: 'Do the psoas check first' }).isVisible(),
    ).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await count.tap(page.getByRole('link', { name: 'Start the session' }).first());
    // The score from the safety check minutes ago stands: scoring is done, start is the action.
    await expect(
      page.getByRole('button', { name: '6 out of 10', pressed: true }).count(),
    ).resolves.toBe(1);
    await count.tap(page.getByRole('button', { name: 'Start the session' }));
    await count.tap(page.getByRole('button', { name: "I'm in position: start now" }));
    await firstHold(page);
    results.quickest = count.walk;
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('unknot.preferences')!));
    expect(kept).toMatchObject({ tools: [], minutes: 10 });
    expect(count.walk.taps).toBeLessThanOrEqual(25);
    expect(pageProblems(page)).toEqual([]);
  }, 240_000);

  it('counts the full personalisation: tools and place, the psoas check and what loads the back', async () => {
    const page = await browser.newPage({ width: 390, height: 844 });
    const count = counter(page);
    await toSafetyResult(page, count);
    await count.tap(page.getByRole('link', { name: 'Or first choose your tools and place' }));
    await count.tap(page.getByRole('checkbox', { name: /^Tennis ball/ }));
    await count.tap(page.getByRole('checkbox', { name: /^Floor/ }));
    await count.tap(page.getByRole('button', { name: 'Next: psoas check' }));
    await count.tap(page.getByRole('button', { name: 'Start the check' }));
    await count.tap(page.getByRole('radio', { name: 'Neither, they look the same' }));
    await count.tap(page.getByRole('button', { name: 'Next: shoulders' }));
    await count.tap(page.getByRole('radio', { name: /^Neither/ }));
    await count.tap(page.getByRole('button', { name: 'See what it may suggest' }));
    await count.tap(page.getByRole('button', { name: 'Next: what loads your back' }));
    await count.tap(page.getByRole('button', { name: 'Next: see my plan' }));
    await planReady(page, count);
    await expect(page.getByRole('region', { name: /fit you better/ }).count()).resolves.toBe(0);
    await count.tap(page.getByRole('link', { name: 'Start the session' }).first());
    await count.tap(page.getByRole('button', { name: 'Start the session' }));
    await count.tap(page.getByRole('button', { name: "I'm in position: start now" }));
    await firstHold(page);
    results.full = count.walk;
    expect(pageProblems(page)).toEqual([]);
  }, 240_000);

  it('takes a returning person with a current screen to the player in one tap', async () => {
    const page = await browser.newPage({ width: 390, height: 844 });
    const count = counter(page);
    await toSafetyResult(page, count);
    await count.tap(page.getByRole('button', { name: 'Start now with your hands' }));
    await page.getByRole('link', { name: 'Start the session' }).first().waitFor();
    const returning = counter(page);
    await page.goto('/');
    await returning.look();
    await returning.tap(page.getByRole('link', { name: "Start today's session" }));
    await page.waitForURL('**/session');
    await expect(
      page.getByRole('heading', { level: 1, name: "Today's session" }).isVisible(),
    ).resolves.toBe(true);
    results.returning = { ...returning.walk };
    expect(returning.walk.taps).toBeLessThanOrEqual(1);
  }, 240_000);

  it('walks the quickest path by keyboard alone, to the first hold', async () => {
    const page = await browser.newPage({ width: 390, height: 844 });
    const focusedName = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        const name =
          element?.getAttribute('aria-label') ??
          element?.labels?.[0]?.textContent ??
          element?.textContent ??
          '';
        return name.replace(/\s+/g, ' ').trim();
      });
    const tabTo = async (name: string) => {
      for (let presses = 0; presses < 80; presses += 1) {
        await page.keyboard.press('Tab');
        if ((await focusedName()).startsWith(name)) return;
      }
      throw new Error(`Tab never reached "${name}"`);
    };
    const go = async (name: string) => {
      await tabTo(name);
      await page.keyboard.press('Enter');
    };
    await page.goto('/');
    await go('Start: show where it hurts');
    await page.waitForURL('**/map');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // One Tab stop leads into the figure; Enter marks the place in focus (see map.e2e.ts).
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('data-region'))) break;
    }
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter'])
      await page.keyboard.press(key);
    await go('See what may cause it');
    await page.waitForURL('**/results');
    await go('Next: a short safety check');
    await page.waitForURL('**/safety**');
    for (const screen of safetyChecklists.slice(0, -1)) {
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        screen.title,
      );
      await go('None of these');
    }
    for (const [label, typed] of [
      ['How old are you?', '40'],
      ['How many weeks', '2'],
      ['How bad is your pain right now', '6'],
    ] as const) {
      await tabTo(label);
      await page.keyboard.type(typed);
    }
    await go('See my result');
    await page.waitForURL('**/safety/result');
    await go('Start now with your hands');
    await page.waitForURL('**/plan');
    await page.getByRole('link', { name: 'Start the session' }).first().waitFor();
    await go('Start the session');
    await page.waitForURL('**/session');
    await go('Start the session');
    await go("I'm in position: start now");
    await firstHold(page);
    expect(pageProblems(page)).toEqual([]);
  }, 240_000);
});
