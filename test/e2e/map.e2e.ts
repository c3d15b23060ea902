// The body map and results screens in Chromium: marking by keyboard alone and by mouse, the
// pain map kept across a reload, clearing, the saddle warning, the zoomed view, errors from
// the server, axe-core on every state, and no sideways scrolling on a 320 px phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';

const browser = browserPerFile();

interface Focused {
  readonly region: string | null;
  readonly name: string;
  readonly type: string | null;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      region: element?.getAttribute('data-region') ?? null,
      name: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '',
      type: element?.getAttribute('type') ?? null,
    };
  });

/** Presses Tab until the focused element fits, failing after a bounded number of presses. */
async function tabUntil(page: Page, fits: (f: Focused) => boolean): Promise<Focused> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (fits(now)) return now;
  }
  throw new Error('Tab never reached the element');
}

async function press(page: Page, keys: readonly string[]): Promise<Focused> {
  for (const key of keys) await page.keyboard.press(key);
  return focused(page);
}

/** A page whose device already holds this pain map. */
async function pageWithMarks(marks: Record<string, number>, size?: { width: number }) {
  const page = await browser.newPage(size);
  await page.addInitScript((value) => {
    if (window.localStorage.getItem('unknot.pain-map') === null) {
      window.localStorage.setItem(
        'unknot.pain-map',
        JSON.stringify({ marks: value, updatedAt: '2026-01-01T00:00:00.000Z' }),
      );
    }
  }, marks);
  return page;
}

const region = (page: Page, name: RegExp) => page.getByRole('button', { name });
const seeCauses = (page: Page) => page.getByRole('button', { name: 'See what may cause it' });
const cardTitles = (page: Page) => page.getByRole('heading', { level: 2 }).allTextContents();

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const lowBackIntoThigh = {
  'low-back-left': 7,
  'iliac-crest-left': 5,
  'thigh-back-upper-left': 5,
};

describe('the body map by keyboard alone', () => {
  it('marks three places, sets a pain level and reaches the matching trigger points', async () => {
    const page = await browser.newPage();
    await page.goto('/map');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Where does it hurt?' }).isVisible(),
    ).resolves.toBe(true);
    await expect(seeCauses(page).getAttribute('aria-disabled')).resolves.toBe('true');

    // One Tab stop leads into the figure; the arrow keys move to the place on screen.
    const first = await tabUntil(page, (f) => f.region !== null);
    expect(first.region).toBe('neck-base-left');
    const lowBack = await press(page, ['ArrowDown', 'ArrowDown', 'ArrowDown']);
    expect(lowBack.name).toBe('Low back beside the spine, your left, not marked');
    expect((await press(page, ['Enter'])).name).toBe(
      'Low back beside the spine, your left, pain 5 of 10',
    );

    // Into the panel to set how much it hurts, then Done hands focus back to the figure.
    await tabUntil(page, (f) => f.type === 'range');
    await press(page, ['ArrowRight', 'ArrowRight']);
    await expect(page.getByRole('slider').getAttribute('aria-valuetext')).resolves.toBe(
      '7 of 10, severe',
    );
    await tabUntil(page, (f) => f.name === 'Done');
    const back = await press(page, ['Enter']);
    expect(back.name).toBe('Low back beside the spine, your left, pain 7 of 10');

    const crest = await press(page, ['ArrowDown', 'ArrowLeft']);
    expect(crest.region).toBe('iliac-crest-left');
    await press(page, ['Enter']);
    const thigh = await press(page, ['ArrowDown', 'ArrowDown', 'ArrowDown']);
    expect(thigh.region).toBe('thigh-back-upper-left');
    expect((await press(page, [' '])).name).toBe(
      'Top of the back of the thigh (upper hamstrings), your left, pain 5 of 10',
    );

    const list = await page.getByRole('region', { name: 'Where it hurts' }).textContent();
    expect(list).toContain('Low back beside the spine, your left: 7 of 10, severe');
    expect(list).toContain('Along the top of the hip bone, at the back, your left: 5 of 10');

    const button = await tabUntil(page, (f) => f.name === 'See what may cause it');
    expect(button.name).toBe('See what may cause it');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/results');
    await page.getByRole('heading', { level: 2 }).first().waitFor();

    const titles = await cardTitles(page);
    expect(titles).toHaveLength(5);
    expect(titles[0]).toBe('Buttock point below the hip bone (your left)');
    expect(titles.filter((t) => t.startsWith('Hip hiker (QL)')).length).toBeGreaterThanOrEqual(2);
    expect(titles.every((t) => t.endsWith('(your left)'))).toBe(true);
    const main = await page.getByRole('main').textContent();
    expect(main).toContain('Step 1 of the method');
    expect(main).toContain('Step 3 of the method');
    expect(main).toContain('May explain the pain in the left side of your low back');
    expect(main).toContain('a guide, not a diagnosis');
    expect(pageProblems(page)).toEqual([]);
  });

  it('changes the view with the arrow keys on the tabs and marks on the front', async () => {
    const page = await browser.newPage();
    await page.goto('/map');
    await tabUntil(page, (f) => f.name.startsWith('Back'));
    await press(page, ['ArrowRight']);
    await expect(
      page.getByRole('tab', { name: /Front/ }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    const first = await tabUntil(page, (f) => f.region !== null);
    expect(first.region).toBe('chest-right');
    await press(page, ['Enter']);
    await expect(page.getByRole('tab', { name: /Front/ }).textContent()).resolves.toContain(
      '1 marked',
    );
  });
});

describe('the body map by mouse or touch', () => {
  it('clicks through from the map to the results and back, the map kept', async () => {
    const page = await browser.newPage();
    await page.goto('/map');
    await region(page, /^Low back beside the spine, your left/).click();
    await page.getByRole('button', { name: 'One more' }).click();
    await page.getByRole('button', { name: 'One more' }).click();
    await expect(page.getByRole('slider').inputValue()).resolves.toBe('7');
    await page.getByRole('button', { name: 'Done' }).click();
    await region(page, /^Along the top of the hip bone, at the back, your left/).click();
    await region(page, /^Top of the back of the thigh \(upper hamstrings\), your left/).click();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(seeCauses(page).getAttribute('aria-disabled')).resolves.toBe('false');

    await seeCauses(page).click();
    await page.waitForURL('**/results');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect((await cardTitles(page))[0]).toBe('Buttock point below the hip bone (your left)');

    const more = page.getByRole('button', { name: /^Show \d+ more points?$/ });
    const hidden = Number((await more.textContent())?.match(/\d+/)?.[0]);
    await more.click();
    await expect(cardTitles(page)).resolves.toHaveLength(5 + hidden);
    // Focus lands on the first card that "show more" added.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H2');
    await expect(more.count()).resolves.toBe(0);

    const treat = page.getByRole('link', {
      name: 'How to treat it: Buttock point below the hip bone (your left)',
    });
    await expect(
      page.getByRole('link', { name: 'Next: a short safety check' }).getAttribute('href'),
    ).resolves.toBe('/safety');

    // How to treat it: the point's own entry on the Learn muscles page.
    await treat.click();
    await page.waitForURL('**/learn/muscles#glute-overlap-point');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Buttock point below the hip bone',
    );
    await page.goBack();
    await page.waitForURL('**/results');

    await page.getByRole('link', { name: 'Change where it hurts' }).click();
    await page.waitForURL('**/map');
    await expect(
      region(page, /^Low back beside the spine, your left/).getAttribute('aria-label'),
    ).resolves.toBe('Low back beside the spine, your left, pain 7 of 10');
    expect(pageProblems(page)).toEqual([]);
  });

  it('keeps the marks across a reload, and clears one or all of them', async () => {
    const page = await browser.newPage();
    await page.goto('/map');
    await region(page, /^Low back beside the spine, your left/).click();
    await region(page, /^Low back beside the spine, your right/).click();
    await region(page, /^Sacrum/).click();
    await page.reload();

    const list = page.getByRole('region', { name: 'Where it hurts' });
    await expect(list.getByRole('listitem').count()).resolves.toBe(3);
    await expect(
      region(page, /^Low back beside the spine, your right/).getAttribute('aria-label'),
    ).resolves.toBe('Low back beside the spine, your right, pain 5 of 10');

    await region(page, /^Low back beside the spine, your right/).click();
    await page.getByRole('button', { name: 'Clear this area' }).click();
    await expect(list.getByRole('listitem').count()).resolves.toBe(2);
    await expect(
      region(page, /^Low back beside the spine, your right/).getAttribute('aria-pressed'),
    ).resolves.toBe('false');

    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(list.textContent()).resolves.toContain('Nothing marked yet');
    await expect(seeCauses(page).getAttribute('aria-disabled')).resolves.toBe('true');
    await page.reload();
    await expect(list.textContent()).resolves.toContain('Nothing marked yet');
  });

  it('holds the way on back, with its reason, while every marked place is at 0', async () => {
    const page = await pageWithMarks({ sacrum: 0 });
    await page.goto('/map');
    await expect(seeCauses(page).getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(page.getByRole('main').textContent()).resolves.toContain(
      'Set the pain above 0 for at least one place you marked.',
    );
    // Playwright refuses to click a control marked disabled; a person can, and nothing happens.
    await seeCauses(page).click({ force: true });
    expect(new URL(page.url()).pathname).toBe('/map');
  });
});

describe('the saddle area', () => {
  it('opens the nerve warning questions of the safety screen the moment it is marked', async () => {
    const page = await browser.newPage();
    await page.goto('/map');
    await page.getByRole('tab', { name: /Front/ }).click();
    await region(page, /^Saddle area/).click();
    await page.waitForURL('**/safety?topic=*');
    await page.getByRole('heading', { name: 'Signs of squeezed nerves' }).waitFor();
    await expect(page.getByRole('main').textContent()).resolves.toContain(
      'Is there new numbness or tingling around your genitals, bottom or inner thighs?',
    );

    // Back on the map the mark is kept, with a way to those questions again.
    await page.goBack();
    await page.waitForURL('**/map');
    await page.getByRole('tab', { name: /Front/ }).click();
    await expect(region(page, /^Saddle area/).getAttribute('aria-label')).resolves.toBe(
      'Saddle area (genitals, anus, inner buttocks), pain 5 of 10',
    );
    const again = page.getByRole('link', { name: 'Answer the nerve questions' });
    await expect(again.getAttribute('href')).resolves.toBe('/safety?topic=nerves');
    await expectNoAxeViolations(page);
    expect(pageProblems(page)).toEqual([]);
  });
});

describe('the zoomed view', () => {
  it('draws the figure larger so even the smallest area is a big target', async () => {
    const page = await browser.newPage({ width: 320 });
    await page.goto('/map');
    const zoom = page.getByRole('button', { name: 'Zoom in' });
    await zoom.click();
    await expect(zoom.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByText('Your left', { exact: true }).first().isVisible()).resolves.toBe(
      true,
    );
    const tailbone = region(page, /^Tailbone/);
    await tailbone.scrollIntoViewIfNeeded();
    const box = await tailbone.boundingBox();
    expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(44);
    await tailbone.click();
    await expect(tailbone.getAttribute('aria-label')).resolves.toBe(
      'Tailbone (coccyx), pain 5 of 10',
    );
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

describe('the results page', () => {
  it('says plainly when nothing fits and suggests seeing a professional', async () => {
    const page = await pageWithMarks({ 'chest-left': 6 });
    await page.goto('/results');
    await page.getByRole('heading', { name: 'No point fits the places you marked' }).waitFor();
    const main = await page.getByRole('main').textContent();
    expect(main).toMatch(/see a doctor or a physiotherapist/);
    await expectNoAxeViolations(page);
  });

  it('asks for a map first when nothing is marked', async () => {
    const page = await browser.newPage();
    await page.goto('/results');
    await page.getByRole('heading', { name: 'Nothing marked yet' }).waitFor();
    await page.getByRole('link', { name: 'Mark where it hurts' }).click();
    await page.waitForURL('**/map');
    await expectNoAxeViolations(page);
  });

  it('explains an unreachable server and tries again on request', async () => {
    const page = await pageWithMarks(lowBackIntoThigh);
    await page.route('**/api/match', (route) => route.abort('connectionrefused'));
    await page.goto('/results');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('cannot reach its server');
    await expectNoAxeViolations(page);

    await page.unroute('**/api/match');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect((await cardTitles(page))[0]).toBe('Buttock point below the hip bone (your left)');
  });

  it("shows the server's reason for a request it refuses", async () => {
    const page = await pageWithMarks(lowBackIntoThigh);
    await page.route('**/api/match', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'unknown_region', message: 'Not a region on the body map: elbow.' },
        }),
      }),
    );
    await page.goto('/results');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('Not a region on the body map: elbow.');
    expect(text).toContain('Check the places you marked, then try again.');
    await expect(page.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(true);
  });
});

describe('accessibility and small screens', () => {
  it('passes axe-core on the map: back, front, and with the pain panel open', async () => {
    const page = await pageWithMarks({ 'low-back-left': 6 });
    await page.goto('/map');
    await expectNoAxeViolations(page);
    await region(page, /^Low back beside the spine, your left/).click();
    await page.getByRole('slider').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('tab', { name: /Front/ }).click();
    await expectNoAxeViolations(page);
    expect(pageProblems(page)).toEqual([]);
  });

  it('passes axe-core on the results, all points shown', async () => {
    const page = await pageWithMarks(lowBackIntoThigh);
    await page.goto('/results');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /^Show \d+ more points?$/ }).click();
    await expectNoAxeViolations(page);
    expect(pageProblems(page)).toEqual([]);
  });

  it('fits a 320 px phone without sideways scrolling, map and results', async () => {
    const page = await pageWithMarks(lowBackIntoThigh, { width: 320 });
    await page.goto('/map');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await region(page, /^Low back beside the spine, your left/).click();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.goto('/results');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});
