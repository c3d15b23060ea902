// Reporting harm in Chromium: a session that ends 4 points worse asks whether something went
// wrong, takes a short report and gives advice; the next plan leaves the step out (both sides)
// until the person brings it back; progress shows the report. axe-core on every screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../../src/core/contracts/session-log.js';
import { triage } from '../../src/core/triage/index.js';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';

const browser = browserPerFile();

/** A device with a pain map low on the left, a current safety screen and a ball on the floor. */
async function seededPage(): Promise<Page> {
  const now = new Date().toISOString();
  const answers = { age: 40 };
  const records = {
    'pain-map': { marks: { 'low-back-left': 6, 'thigh-back-upper-left': 5 }, updatedAt: now },
    safety: { answers, result: triage(answers), answeredAt: now, changeReportedAt: null },
    preferences: {
      tools: ['tennis-ball'],
      places: ['floor'],
      bodySize: 'small',
      minutes: 10,
      painfulSide: 'left',
      skipRegions: [],
      updatedAt: now,
    },
  };
  const page = await browser.newPage({ width: 360 });
  await page.addInitScript((values) => {
    window.speechSynthesis.speak = () => {};
    for (const [key, value] of Object.entries(values)) {
      if (window.localStorage.getItem(`unknot.${key}`) === null) {
        window.localStorage.setItem(`unknot.${key}`, JSON.stringify(value));
      }
    }
  }, records);
  return page;
}

const savedLogs = async (page: Page): Promise<SessionLog[]> =>
  JSON.parse((await page.evaluate(() => localStorage.getItem('unknot.session-logs'))) ?? '[]');

/** The text of each step card, in order. */
const stepTitles = (page: Page) =>
  page
    .getByRole('region', { name: 'Your steps, in order' })
    .getByRole('listitem')
    .allTextContents();

const holds = (cards: readonly string[], title: string) =>
  cards.some((card) => card.includes(title));

describe('reporting harm after a session', () => {
  it('asks after a session 4 points worse, leaves the step out of the next plan, and brings it back', async () => {
    const page = await seededPage();
    const problems = pageProblems(page);
    await page.goto('/plan');
    await page.getByRole('heading', { name: 'Your plan', level: 1 }).waitFor();
    const before = await stepTitles(page);
    expect(before.length).toBeGreaterThan(1);

    // Pain 2 before; every step skipped; pain 6 after.
    await page.getByRole('link', { name: 'Start the session' }).first().click();
    await page.getByRole('button', { name: '2 out of 10' }).click();
    await page.getByRole('button', { name: 'Start the session' }).click();
    const painAfter = page.getByRole('heading', { name: 'All points are done' });
    for (let step = 0; step < 20 && !(await painAfter.isVisible()); step++) {
      await page.getByRole('button', { name: 'Skip', exact: true }).click();
    }
    await page.getByRole('button', { name: '6 out of 10' }).click();
    await page.getByRole('button', { name: 'Finish the session' }).click();
    await page.getByRole('heading', { name: 'Session done' }).waitFor();

    // The question, then the short report.
    const check = page.getByRole('region', { name: 'Did something go wrong?' });
    await expect(check.textContent()).resolves.toMatch(/3 or more points worse/);
    await expectNoAxeViolations(page);
    await check.getByRole('button', { name: 'Yes, report what happened' }).click();
    const firstStep = await check.getByRole('radio').first().isChecked();
    expect(firstStep).toBe(true);
    await check.getByRole('button', { name: 'Send the report' }).click();
    await expect(check.getByRole('alert').textContent()).resolves.toMatch(/how bad/);
    await check.getByLabel('What happened?').fill('A sharp pain when I pressed');
    await check.getByLabel('Where did it hurt?').fill('Left buttock');
    await check.getByRole('button', { name: '7 out of 10' }).click();
    await check.getByRole('radio', { name: 'Yes, it still hurts' }).check();
    await check.getByRole('button', { name: 'Send the report' }).click();
    await expect(check.getByRole('status').textContent()).resolves.toMatch(/report is saved/);
    await expect(check.textContent()).resolves.toMatch(/See a doctor or physio/);
    await expect(check.textContent()).resolves.toMatch(/Get help at once/);
    await expectNoAxeViolations(page);

    const [log] = await savedLogs(page);
    expect(log?.harm).toMatchObject({
      because: 'pain-worse',
      what: 'A sharp pain when I pressed',
      where: 'Left buttock',
      howBad: 7,
      stillNow: true,
      broughtBackAt: null,
    });
    const reported = log!.harm!.step;
    expect(holds(before, reported.title)).toBe(true);

    // The next plan leaves the step out and says why.
    await check.getByRole('link', { name: 'See your plan without this step' }).click();
    await page.getByRole('heading', { name: 'Your plan', level: 1 }).waitFor();
    const after = await stepTitles(page);
    expect(holds(after, reported.title)).toBe(false);
    await expect(
      page.getByRole('region', { name: 'Left out today' }).textContent(),
    ).resolves.toMatch(/You reported that this step hurt you/);
    const reportedList = page.getByRole('region', { name: 'Left out after your report' });
    await expect(reportedList.textContent()).resolves.toContain(reported.title);
    await expectNoAxeViolations(page);

    // Progress shows the report.
    await page.goto('/progress');
    const reports = page.getByRole('region', { name: 'Reports that something went wrong' });
    await expect(reports.textContent()).resolves.toMatch(/7 out of 10, still hurt when reported/);
    await expect(reports.textContent()).resolves.toMatch(/left out of the plan/);
    await expectNoAxeViolations(page);

    // Brought back, the step is in the plan again.
    await page.goto('/plan');
    await page.getByRole('button', { name: `Bring back ${reported.title}` }).click();
    await expect(reportedList.count()).resolves.toBe(0);
    await page.getByRole('region', { name: 'Your steps, in order' }).waitFor();
    expect(holds(await stepTitles(page), reported.title)).toBe(true);
    expect(problems).toEqual([]);
  });
});
