// The Learn section in Chromium: every article reachable, headings in order, the muscles
// page's drawn referral with its text, tools softest first, no link off the site, no axe
// violations, no sideways scroll at 320 px, and a failed load that can be retried.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';

const browser = browserPerFile();

interface Article {
  readonly id: string;
  readonly title: string;
  readonly sections: readonly { readonly heading: string }[];
}

async function articles(page: Page): Promise<Article[]> {
  const response = await page.request.get('/api/content');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { articles: Article[] }).articles;
}

/** Opens a Learn page and waits until the guide has loaded. */
async function openLearn(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('main [role="status"]'));
}

const learnPages = [
  '/learn',
  '/learn/what-is-a-trigger-point',
  '/learn/muscles',
  '/learn/techniques',
  '/learn/tools',
  '/learn/psoas',
  '/learn/night',
  '/learn/causes',
];

/** Heading levels in document order inside main. */
const headingLevels = (page: Page) =>
  page.$$eval('main h1, main h2, main h3, main h4, main h5, main h6', (hs) =>
    hs.map((h) => Number(h.tagName.slice(1))),
  );

/** The largest step down between headings: 1 means no level is ever skipped. */
const headingJumps = (levels: readonly number[]) =>
  Math.max(0, ...levels.slice(1).map((level, i) => level - levels[i]!));

describe('the Learn section', () => {
  it('lists every article on the index, and each link opens that article', async () => {
    const page = await browser.newPage();
    const all = await articles(page);
    let contentRequests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/content') contentRequests += 1;
    });
    await openLearn(page, '/learn');
    await expect(page.getByRole('navigation', { name: 'On this page' }).isVisible()).resolves.toBe(
      true,
    );
    for (const article of all) {
      await expect(
        page.getByRole('link', { name: article.title, exact: true }).count(),
      ).resolves.toBe(1);
    }
    for (const article of all) {
      await page.getByRole('link', { name: article.title, exact: true }).click();
      // The article screen's code loads on its first visit: wait for its heading.
      await page.getByRole('heading', { level: 1, name: article.title }).waitFor();
      await expect(
        page.getByRole('heading', { level: 1, name: article.title }).isVisible(),
      ).resolves.toBe(true);
      expect(new URL(page.url()).pathname).toBe(`/learn/${article.id}`);
      await page.getByRole('link', { name: 'Back to Learn' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Learn' }).waitFor();
    }
    // The guide is fetched once per visit, however many Learn pages are opened.
    expect(contentRequests).toBe(1);
    expect(pageProblems(page)).toEqual([]);
  });

  it('gives an article one h1, its sections as h2s, its sources, and focus on its title', async () => {
    const page = await browser.newPage();
    const [article] = await articles(page);
    await openLearn(page, '/learn');
    await page.getByRole('link', { name: article!.title, exact: true }).click();
    const h1 = page.getByRole('heading', { level: 1, name: article!.title });
    await h1.waitFor();
    await expect(page.locator('main h1').count()).resolves.toBe(1);
    // Focus moves once the screen's code has loaded and it is shown: wait for it.
    await expect.poll(() => h1.evaluate((el) => el === document.activeElement)).toBe(true);
    for (const section of article!.sections) {
      await expect(
        page.getByRole('heading', { level: 2, name: section.heading }).isVisible(),
      ).resolves.toBe(true);
    }
    await expect(
      page.getByRole('heading', { level: 2, name: 'Sources' }).isVisible(),
    ).resolves.toBe(true);
    const levels = await headingLevels(page);
    expect(levels[0]).toBe(1);
    expect(levels.slice(1).every((level) => level === 2)).toBe(true);
    await expect(page.title()).resolves.toBe(`${article!.title} · Unknot`);
  });

  it('says when an article does not exist and leads back to Learn', async () => {
    const page = await browser.newPage();
    await openLearn(page, '/learn/no-such-article');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Article not found' }).isVisible(),
    ).resolves.toBe(true);
    await page.getByRole('link', { name: 'See all Learn articles' }).click();
    await page.getByRole('heading', { level: 1, name: 'Learn' }).waitFor();
    await expect(page.getByRole('heading', { level: 1, name: 'Learn' }).isVisible()).resolves.toBe(
      true,
    );
  });

  it('shows the gluteal point with where to find it and a referral drawing with a text version', async () => {
    const page = await browser.newPage();
    await openLearn(page, '/learn/muscles');
    const point = page.locator('section#glute-overlap-point');
    await expect(
      point
        .getByRole('heading', { level: 3, name: 'Buttock point below the hip bone' })
        .isVisible(),
    ).resolves.toBe(true);
    await expect(point.textContent()).resolves.toMatch(/Find the top of your hip bone at the back/);
    await expect(point.textContent()).resolves.toMatch(/not the same for everyone/);
    await expect(point.textContent()).resolves.toMatch(/Low back beside the spine/);
    const figure = point.getByRole('img', { name: /Buttock point below the hip bone/ });
    await expect(figure.count()).resolves.toBeGreaterThan(0);
    await expect(figure.first().getAttribute('aria-label')).resolves.toMatch(/Main pain area: /);
    await expect(point.getByText('Sources', { exact: true }).isVisible()).resolves.toBe(true);
    // Heading order: h1, then h2 muscles with h3 points, never skipping a level.
    const levels = await headingLevels(page);
    expect(levels[0]).toBe(1);
    expect(headingJumps(levels)).toBeLessThanOrEqual(1);
  });

  it('leads from a point to its technique, and shows that technique with steps and dose', async () => {
    const page = await browser.newPage();
    await openLearn(page, '/learn/muscles');
    await page
      .locator('section#glute-overlap-point')
      .getByRole('link', { name: 'Fists on the buttock point' })
      .click();
    const heading = page.getByRole('heading', { level: 3, name: 'Fists on the buttock point' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const entry = page.locator('section#glute-point-fists');
    await expect(entry.locator('ol li').count()).resolves.toBeGreaterThan(2);
    await expect(entry.textContent()).resolves.toMatch(/10 seconds. Do this 3 or 4 times/);
    await entry.getByText(/Longer hold option/).click();
    await expect(entry.textContent()).resolves.toMatch(/Hou CR/);
  });

  it('lists the tennis ball before the lacrosse ball, each with a stand-in from home', async () => {
    const page = await browser.newPage();
    await openLearn(page, '/learn/tools');
    const names = await page.locator('main h2').allTextContents();
    expect(names.indexOf('Tennis ball')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('Tennis ball')).toBeLessThan(names.indexOf('Lacrosse ball'));
    const tennis = page.locator('li#tennis-ball');
    await expect(tennis.getByText('From home instead').isVisible()).resolves.toBe(true);
    await expect(tennis.textContent()).resolves.toMatch(/old tennis ball/);
  });

  it.each(learnPages)(
    'links only within Unknot, keeps headings in order and passes axe on %s',
    async (path) => {
      const page = await browser.newPage();
      await openLearn(page, path);
      const hrefs = await page.$$eval('a[href]', (links) =>
        links.map((a) => (a as HTMLAnchorElement).href),
      );
      const origin = new URL(page.url()).origin;
      for (const href of hrefs) expect(new URL(href).origin, `links to ${href}`).toBe(origin);
      await expect(page.locator('main h1').count()).resolves.toBe(1);
      const levels = await headingLevels(page);
      expect(levels[0]).toBe(1);
      expect(headingJumps(levels)).toBeLessThanOrEqual(1);
      await expect(
        page.getByRole('link', { name: /Back to (Learn|the start)/ }).count(),
      ).resolves.toBeGreaterThan(0);
      await expectNoAxeViolations(page);
      expect(pageProblems(page)).toEqual([]);
    },
  );

  it('fits a 320 px wide phone without sideways scrolling on every Learn page', async () => {
    const page = await browser.newPage({ width: 320, height: 640 });
    for (const path of learnPages) {
      await openLearn(page, path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  it('says plainly when the guide cannot load, and loads it on Try again', async () => {
    const page = await browser.newPage();
    await page.route('**/api/content', (route) => route.abort());
    await page.goto('/learn/tools');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/cannot reach its server/);
    await page.unroute('**/api/content');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tennis ball' }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  });
});
