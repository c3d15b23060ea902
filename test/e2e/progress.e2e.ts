// Progress in Chromium: a real session run in the player shows as a chart and a table, then
// moves to a new account; a longer history draws the day and week charts, what helps most
// with its range, and weeks against a goal; the weekly check-in flags a meaningful change with
// its source, on the device and in the account; axe-core and 320 px on every state.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CheckInRecord } from '../../src/core/contracts/records.js';
import type { SessionLog } from '../../src/core/contracts/session-log.js';
import { TriageResponse } from '../../src/core/contracts/triage.js';
import { safetyScreen } from '../../src/core/spec/index.js';
import { twoPointPlan } from '../../src/web/session/sample-plan.js';
import { loggedSession } from '../../src/web/sync/sync-fixtures.js';
import { baseURL, browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';

const browser = browserPerFile();
const day = 24 * 3_600_000;
let people = 0;
const newEmail = () => `progress${Date.now()}-${++people}@example.org`;

/** A safety screen with no warning signs, as the real /api/triage judges it. */
async function currentSafety() {
  const answers = Object.fromEntries(
    // Pain now left out: a fresh score from the screen would stand in at the session start.
    safetyScreen.questions
      .filter((q) => q.id !== 'pain-now')
      .map((q) => [q.id, q.type === 'boolean' ? false : q.id === 'age' ? 40 : 3]),
  );
  const response = await fetch(`${baseURL()}/api/triage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers }),
  });
  const result = TriageResponse.parse(await response.json());
  return {
    answers,
    result,
    answeredAt: new Date(Date.now() - 3_600_000).toISOString(),
    changeReportedAt: null,
  };
}

interface Seed {
  readonly logs?: readonly SessionLog[];
  readonly checkIns?: readonly CheckInRecord[];
  readonly width?: number;
}

async function device(seed: Seed = {}): Promise<Page> {
  const page = await browser.newPage({ width: seed.width ?? 390 });
  const safety = await currentSafety();
  const plan = {
    id: crypto.randomUUID(),
    createdAt: new Date(Date.now() - 30 * day).toISOString(),
    request: {},
    response: { steps: twoPointPlan.steps, estimatedMinutes: 3 },
  };
  await page.addInitScript(
    ({ safety, plan, logs, checkIns }) => {
      if (localStorage.getItem('unknot.plan') !== null) return; // seed once, not on every load
      localStorage.setItem('unknot.safety', JSON.stringify(safety));
      localStorage.setItem('unknot.plan', JSON.stringify(plan));
      if (logs.length > 0) localStorage.setItem('unknot.session-logs', JSON.stringify(logs));
      if (checkIns.length > 0) localStorage.setItem('unknot.check-ins', JSON.stringify(checkIns));
      // Headless Chromium has no voices; the player speaks into the void.
      window.speechSynthesis.speak = () => {};
    },
    { safety, plan, logs: seed.logs ?? [], checkIns: seed.checkIns ?? [] },
  );
  return page;
}

async function signUp(page: Page): Promise<void> {
  await page.goto('/account');
  await page.getByRole('button', { name: 'Make an account' }).click();
  await page.getByLabel('Email').fill(newEmail());
  await page.getByLabel('Password', { exact: true }).fill('river stone lamp 42');
  await page.getByRole('button', { name: 'Make my account' }).click();
  await expect
    .poll(() => page.locator('.account-notice').textContent())
    .toMatch(/Saved to your account|already has/);
}

const serverItems = (page: Page, path: string) =>
  page.evaluate(async (path) => {
    const response = await fetch(path);
    return ((await response.json()) as { items: unknown[] }).items;
  }, path);

const tableRows = (page: Page, caption: RegExp) =>
  page
    .getByRole('table', { name: caption })
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.slice(1).map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')),
    );

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const painGroup = (page: Page) =>
  page.getByRole('group', { name: 'Your average pain over the past week' });

describe('progress', () => {
  it('shows a session run in the player as before and after, in a chart and a table, and keeps it once signed up', async () => {
    const page = await device();
    await page.clock.install();
    await page.goto('/session');
    await page.getByRole('button', { name: '6 out of 10' }).click();
    await page.getByRole('button', { name: 'Start the session' }).click();
    // Two points: 15 s to get in position, three 10 s holds with 5 s rests, a 20 s rating.
    await page.clock.runFor(2 * (15_000 + 30_000 + 10_000 + 20_000) + 1_000);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('All points are done');
    await page.getByRole('button', { name: '2 out of 10' }).click();
    await page.getByRole('button', { name: 'Finish the session' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Session done');

    await page.goto('/progress');
    const chart = page.getByRole('img', { name: /^Pain before and after your session\./ });
    await expect(chart.isVisible()).resolves.toBe(true);
    await expect(chart.locator('circle').count()).resolves.toBe(2);
    await page.getByText('Show as a table').first().click();
    expect(await tableRows(page, /^Pain before and after your session/)).toEqual([
      [expect.any(String), '6', '2', '4 lower'],
    ]);
    await expect(
      page.getByText('Not enough data yet: 2 more sessions.').first().isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByText('Not enough data yet: pain scores on 2 more days.').first().isVisible(),
    ).resolves.toBe(true);
    await expectNoAxeViolations(page);

    await signUp(page);
    await expect(page.locator('.account-notice').textContent()).resolves.toContain('1 session');
    const [stored] = (await serverItems(page, '/api/me/session-logs')) as SessionLog[];
    expect([stored?.painBefore, stored?.painAfter]).toEqual([6, 2]);

    await page.getByRole('link', { name: 'See your progress' }).click();
    await expect
      .poll(() => page.getByText('This shows your history from your account.').count())
      .toBe(1);
    await expect(chart.isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    expect(pageProblems(page)).toEqual([]);
  });

  it('draws pain by day and week, what helps most with its range, and weeks against a goal', async () => {
    const now = Date.now();
    // Three weeks of sessions every other day: pain before falls from 7 to 4, a 3-point drop each time.
    const logs = Array.from({ length: 11 }, (_, i) => {
      const before = 7 - Math.floor((i * 3) / 10);
      return loggedSession(crypto.randomUUID(), now - (21 - 2 * i) * day, {
        before,
        after: before - 3,
      });
    });
    const page = await device({ logs });
    await page.goto('/progress');
    await expect(page.locator('.trend-lines li').first().textContent()).resolves.toMatch(
      /^Last 4 weeks: Pain is going down, by about 1\.1 points a week\.$/,
    );
    await expect(
      page
        .getByRole('img', { name: /^Average pain before sessions, day by day, over 11 days/ })
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('img', { name: /^Average pain before sessions, week by week/ }).isVisible(),
    ).resolves.toBe(true);
    for (const summary of await page.getByText('Show as a table').all()) await summary.click();
    expect(await tableRows(page, /day by day/)).toHaveLength(11);
    expect((await tableRows(page, /day by day/))[0]?.slice(1)).toEqual(['7', '1']);

    const points = page.getByRole('list', { name: 'Points' });
    await expect(points.getByRole('listitem').first().textContent()).resolves.toMatch(
      /Pain fell 3 points on average over 11 sessions \(likely range: 3 to 3\)\./,
    );
    await expect(page.getByText(/95% confidence interval/).isVisible()).resolves.toBe(true);

    await page.getByLabel('Sessions you aim for each week').selectOption('3');
    await expect
      .poll(() =>
        page
          .getByRole('list', { name: 'Your recent weeks, newest first' })
          .getByRole('listitem')
          .count(),
      )
      .toBeGreaterThan(1);
    await expect(page.getByText(/^You met your plan|^No streak yet/).isVisible()).resolves.toBe(
      true,
    );
    await expectNoAxeViolations(page);
    expect(pageProblems(page)).toEqual([]);
  });

  it('flags a meaningful change in the weekly check-in, citing its source, on the device and then in the account', async () => {
    const twoWeeksAgo = new Date(Date.now() - 14 * day).toISOString().slice(0, 10);
    const page = await device({
      checkIns: [
        {
          id: crypto.randomUUID(),
          at: twoWeeksAgo,
          averagePain: 8,
          activities: [{ name: 'Walking for 20 minutes', score: 2 }],
        },
      ],
    });
    await page.goto('/progress');
    await expect(page.getByText('This is your first check-in.').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Activity 1').inputValue()).resolves.toBe(
      'Walking for 20 minutes',
    );
    await expectNoAxeViolations(page);

    await painGroup(page).getByRole('radio', { name: '5', exact: true }).check();
    await page
      .getByRole('group', { name: 'How well can you do Walking for 20 minutes now?' })
      .getByRole('radio', { name: '5', exact: true })
      .check();
    await page.getByRole('button', { name: "Save this week's check-in" }).click();
    await expect.poll(() => page.getByText('Check-in saved on this device.').count()).toBe(1);
    const changes = page.locator('.change-list');
    await expect
      .poll(() => changes.textContent())
      .toContain(
        'Meaningful change: betterAverage pain is 3 points lower than at your first check-in (38% lower): a meaningful change.',
      );
    await expect(changes.textContent()).resolves.toContain(
      'Walking for 20 minutes: 3 points better than at your first check-in: a meaningful change.',
    );
    await expect(page.getByText(/Farrar JT et al\. 2001/).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);

    await signUp(page);
    await expect(page.locator('.account-notice').textContent()).resolves.toContain('2 check-ins');
    await page.goto('/progress');
    await expect
      .poll(() => page.getByText('This shows your history from your account.').count())
      .toBe(1);
    await expect(
      page.getByRole('button', { name: "Update this week's check-in" }).isVisible(),
    ).resolves.toBe(true);
    await painGroup(page).getByRole('radio', { name: '4', exact: true }).check();
    await page.getByRole('button', { name: "Update this week's check-in" }).click();
    await expect.poll(() => page.getByText('Check-in saved to your account.').count()).toBe(1);
    await expect
      .poll(() => changes.textContent())
      .toContain('Average pain is 4 points lower than at your first check-in (50% lower)');
    const stored = (await serverItems(page, '/api/me/check-ins')) as CheckInRecord[];
    expect(stored.map((checkIn) => checkIn.averagePain).sort()).toEqual([4, 8]);
    await expectNoAxeViolations(page);
    expect(pageProblems(page)).toEqual([]);
  });

  it('sends a session finished while signed in to the account by itself, and a check-in saved offline once back online', async () => {
    const page = await device();
    await signUp(page);
    await page.clock.install();
    await page.goto('/session');
    await page.getByRole('button', { name: '5 out of 10' }).click();
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.clock.runFor(2 * (15_000 + 30_000 + 10_000 + 20_000) + 1_000);
    await page.getByRole('button', { name: '3 out of 10' }).click();
    await page.getByRole('button', { name: 'Finish the session' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Session done');
    // No visit to progress or the account page: the upload follows the finished session.
    await page.clock.runFor(3_000);
    await expect
      .poll(async () =>
        ((await serverItems(page, '/api/me/session-logs')) as SessionLog[]).map(
          (log) => log.painAfter,
        ),
      )
      .toEqual([3]);

    await page.goto('/progress');
    await expect
      .poll(() => page.getByText('This shows your history from your account.').count())
      .toBe(1);
    await page.context().setOffline(true);
    await painGroup(page).getByRole('radio', { name: '3', exact: true }).check();
    await page.getByRole('button', { name: "Save this week's check-in" }).click();
    await expect
      .poll(() =>
        page
          .getByText(
            'Saved on this device. It goes to your account when the server can be reached.',
          )
          .count(),
      )
      .toBe(1);
    await page.context().setOffline(false);
    await page.clock.runFor(3_000);
    await expect
      .poll(async () =>
        ((await serverItems(page, '/api/me/check-ins')) as CheckInRecord[]).map(
          (c) => c.averagePain,
        ),
      )
      .toEqual([3]);
  });

  it('says what to do with no sessions yet, and fits a 320 px phone with and without a history', async () => {
    const empty = await device({ width: 320 });
    await empty.goto('/progress');
    await expect(empty.getByText(/^No sessions yet\./).isVisible()).resolves.toBe(true);
    expect(await noSidewaysScroll(empty)).toBe(true);
    await expectNoAxeViolations(empty);

    const logs = Array.from({ length: 4 }, (_, i) =>
      loggedSession(crypto.randomUUID(), Date.now() - (8 - 2 * i) * day, { before: 6, after: 3 }),
    );
    const page = await device({ logs, width: 320 });
    await page.goto('/progress');
    for (const summary of await page.getByText('Show as a table').all()) await summary.click();
    expect(await noSidewaysScroll(page)).toBe(true);
    await expectNoAxeViolations(page);
  });
});
