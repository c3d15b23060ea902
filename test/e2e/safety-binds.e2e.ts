// Safety that binds (issue 12), in Chromium at 390 px: a site precaution makes the areas to keep
// clear a required step before any plan; the bad-night mode in pregnancy shows no lying-flat
// position; an emergency answer through "Something changed" shuts the printed plan, the plan and
// the player by address, back and reload, with Learn under a stop banner; and changing an
// emergency answer asks "I tapped Yes by mistake" and keeps a note of it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type SafetyChecklist, safetyChecklists } from '../../src/content/safety-questions.js';
import type { Answers } from '../../src/core/contracts/triage.js';
import { triage } from '../../src/core/triage/index.js';
import { redFlagChecklists } from '../../src/web/safety/screen-flow.js';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';
import { answerScreen, type Said } from './safety-answers.js';

const browser = browserPerFile();

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const headingText = async (page: Page) => ((await heading(page).textContent()) ?? '').trim();
const mainText = async (page: Page) =>
  ((await page.getByRole('main').textContent()) ?? '').replace(/\s+/g, ' ');

const idleAnswers = { age: 40, 'pain-weeks': 3, 'pain-now': 4 } as const;
const idle: Said = idleAnswers;

async function walk(page: Page, screens: readonly SafetyChecklist[], said: Said) {
  for (const screen of screens) {
    expect(await headingText(page)).toBe(screen.title);
    await answerScreen(page, screen, said);
  }
  await page.waitForURL('**/safety/result**');
}

const now = () => new Date().toISOString();
const painMap = () => ({ marks: { 'low-back-left': 6, 'mid-back-left': 5 }, updatedAt: now() });
const preferences = (skipRegions: string[] = []) => ({
  tools: ['tennis-ball'],
  places: ['floor'],
  bodySize: 'medium',
  minutes: 20,
  painfulSide: 'left',
  skipRegions,
  updatedAt: now(),
});
const screen = (answers: Answers) => ({
  answers,
  result: triage(answers),
  answeredAt: now(),
  changeReportedAt: null,
});

/** A page whose device holds these records before any page script runs (first load only). */
async function seeded(records: Readonly<Record<string, unknown>>): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript((values) => {
    for (const [key, value] of Object.entries(values)) {
      if (window.localStorage.getItem(`unknot.${key}`) === null) {
        window.localStorage.setItem(`unknot.${key}`, JSON.stringify(value));
      }
    }
  }, records);
  return page;
}

const stored = (page: Page, key: string) =>
  page.evaluate((k) => JSON.parse(window.localStorage.getItem(`unknot.${k}`) ?? 'null'), key);

describe('a precaution at the pressing site', () => {
  it('makes the areas to keep clear a required step before any plan, after a recent break', async () => {
    const page = await seeded({ 'pain-map': painMap() });
    await page.goto('/safety');
    await walk(page, safetyChecklists, { ...idle, 'recent-fracture-at-site': 'Yes' });
    expect(await headingText(page)).toBe('You can start self-care');
    await page.getByRole('link', { name: 'Next: your tools and place' }).click();
    await page.waitForURL('**/preferences');

    const keepClear = page.getByRole('region', { name: /Areas to keep clear \(needed\)/ });
    await keepClear.waitFor(); // the screen loads on its first visit
    await page.getByRole('checkbox', { name: /^Floor/ }).check();
    await page.getByRole('button', { name: 'Next: psoas check' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Tick the area you must not press',
    );
    expect(new URL(page.url()).pathname).toBe('/preferences');
    await expectNoAxeViolations(page);

    // No plan by typing its address either: the step comes first, with no way to a session.
    await page.goto('/plan');
    expect(await headingText(page)).toBe('First, mark the areas to keep clear');
    await expect(page.getByRole('link', { name: 'Start the session' }).count()).resolves.toBe(0);
    await expect(page.locator('.plan-step').count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await page.goto('/plan/print');
    await expect(page.locator('.plan-print__step').count()).resolves.toBe(0);

    await page.goto('/plan');
    await page.getByRole('link', { name: 'Mark the areas to keep clear' }).click();
    await page.waitForURL('**/preferences');
    await page
      .getByRole('checkbox', { name: 'Mid back beside the spine, at the lowest ribs, Left' })
      .check();
    await page.getByRole('button', { name: 'Next: psoas check' }).click();
    await page.waitForURL('**/psoas-check');
    await page.goto('/plan');
    await page.getByRole('link', { name: 'Start the session' }).first().waitFor();
    const kept = await stored(page, 'plan');
    expect(kept.request.skipRegions).toEqual(['mid-back-left']);
    expect(pageProblems(page)).toEqual([]);
  });
});

describe('the bad-night mode', () => {
  it('shows no lying-flat position in pregnancy, and says why', async () => {
    const page = await seeded({ safety: screen({ ...idleAnswers, pregnant: true }) });
    await page.goto('/night');
    expect(await headingText(page)).toBe('A bad night');
    const positions = await page
      .getByRole('heading', { level: 2, name: /^Position/ })
      .allTextContents();
    expect(positions).toEqual(['Position 1: on your side']);
    await expect(page.getByRole('img').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /Start hanging/ }).count()).resolves.toBe(0);
    const leftOut = page.getByRole('region', { name: 'Left out for you' });
    const said = (await leftOut.textContent()) ?? '';
    expect(said).toContain('Rest with your knees bent');
    expect(said).toContain('Rest with your legs on a chair');
    expect(said).toMatch(/pregnancy, lying flat on your back/);
    await expectNoAxeViolations(page);
    expect(pageProblems(page)).toEqual([]);
  });
});

describe('an emergency answer through "Something changed"', () => {
  const stopTitle = 'Stop. Get emergency help now.';

  it('shuts the printed plan, the plan and the player by address, back and reload; Learn shows the stop', async () => {
    const page = await seeded({
      'pain-map': painMap(),
      safety: screen(idleAnswers),
      preferences: preferences(),
    });
    await page.goto('/plan');
    await page.getByRole('link', { name: 'Start the session' }).first().waitFor();
    await page.goto('/plan/print');
    expect(await headingText(page)).toBe('Your Unknot plan');
    expect(await page.locator('.plan-print__step').count()).toBeGreaterThan(0);

    await page.goto('/plan');
    await page.getByRole('button', { name: 'Something changed' }).click();
    await page.waitForURL('**/safety**');
    const bladder = redFlagChecklists[0]!.questions.find((q) => q.id === 'bladder-change')!;
    await page
      .getByRole('group', { name: bladder.prompt })
      .getByRole('button', { name: 'Yes', exact: true })
      .click();
    await page.waitForURL('**/safety/result');
    expect(await headingText(page)).toBe(stopTitle);

    for (const address of ['/plan/print', '/session', '/plan']) {
      await page.goto(address);
      expect(await headingText(page)).toBe(stopTitle);
      await expect(page.locator('.plan-print__step, .plan-step').count()).resolves.toBe(0);
      await page.reload();
      expect(await headingText(page)).toBe(stopTitle);
    }
    await expectNoAxeViolations(page);
    // Back through /session to the print view: still the stop.
    await page.goBack();
    await page.waitForURL('**/session');
    expect(await headingText(page)).toBe(stopTitle);
    await page.goBack();
    await page.waitForURL('**/plan/print');
    expect(await headingText(page)).toBe(stopTitle);
    await expect(page.getByRole('button', { name: 'Print or save as PDF' }).count()).resolves.toBe(
      0,
    );

    // Learn may still teach, under the stop.
    await page.goto('/learn/techniques');
    const banner = page.getByRole('region', { name: 'Get emergency help now' });
    await expect(banner.isVisible()).resolves.toBe(true);
    await expect(banner.getByRole('link', { name: /^Call 112/ }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await page.goto('/results');
    await expect(
      page.getByRole('region', { name: 'Get emergency help now' }).isVisible(),
    ).resolves.toBe(true);
    expect(pageProblems(page)).toEqual([]);
  });
});

describe('changing an emergency answer', () => {
  it('shows the earlier answer, asks "I tapped Yes by mistake", and keeps a note of the change', async () => {
    const emergency = screen({ ...idleAnswers, 'bladder-change': true });
    const page = await seeded({ safety: emergency });
    await page.goto('/safety');
    expect(await headingText(page)).toBe('Did you tap Yes by mistake?');
    const bladder = safetyChecklists[0]!.questions.find((q) => q.id === 'bladder-change')!;
    const text = await mainText(page);
    expect(text).toContain(bladder.prompt);
    expect(text).toContain('Your answer: Yes');
    await expect(page.getByText(/^Safety check · Part/).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    // A reload does not skip the question.
    await page.reload();
    expect(await headingText(page)).toBe('Did you tap Yes by mistake?');
    await page.getByRole('button', { name: 'I tapped Yes by mistake' }).click();
    expect(await headingText(page)).toBe(safetyChecklists[0]!.title);
    await expect(page.getByText(`Part 1 of ${safetyChecklists.length}`).isVisible()).resolves.toBe(
      true,
    );
    await walk(page, safetyChecklists, idle);
    expect(await headingText(page)).toBe('You can start self-care');

    const record = await stored(page, 'safety');
    expect(record.result.level).toBe('self-care-ok');
    expect(record.correction).toMatchObject({
      kind: 'mis-tap',
      earlier: { answeredAt: emergency.answeredAt, level: 'emergency', yes: ['bladder-change'] },
    });
    expect(Date.now() - Date.parse(record.correction.confirmedAt)).toBeLessThan(120_000);
    expect(pageProblems(page)).toEqual([]);
  });
});

describe('after an urgent stop', () => {
  it('lets "A doctor has checked me since" with its day go on, every precaution kept and the check recorded', async () => {
    // Age 70 with thin bones: the fracture rule stops self-care (urgent), and older people get this
    // way forward instead of nothing.
    const answers = { ...idleAnswers, age: 70, osteoporosis: true, 'blood-thinners': true };
    const page = await seeded({
      'pain-map': painMap(),
      safety: screen(answers),
      preferences: preferences(),
    });
    await page.goto('/plan');
    expect(await headingText(page)).toBe('Stop self-treatment for now');
    await page.getByRole('link', { name: 'Change your answers' }).click();
    await page.waitForURL('**/safety');
    expect(await headingText(page)).toBe('Your last check stopped self-treatment');
    await expect(
      page.getByRole('button', { name: 'I tapped Yes by mistake' }).count(),
    ).resolves.toBe(0);
    const form = page.getByRole('region', { name: 'A doctor has checked me since' });
    await form.getByRole('button', { name: 'Go on with self-care' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Please give the day');
    await expectNoAxeViolations(page);

    const today = await page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    await form.getByLabel('The day the doctor checked you').fill(today);
    await form.getByRole('button', { name: 'Go on with self-care' }).click();
    await page.waitForURL('**/safety/result**');
    expect(await headingText(page)).toBe('You can go on with self-care');
    const precautions =
      (await page.getByRole('region', { name: 'How your plan changes' }).textContent()) ?? '';
    expect(precautions).toContain('light to medium');
    const record = await stored(page, 'safety');
    expect(record.clearance).toEqual({ checkedOn: today });
    expect(record.result).toMatchObject({ level: 'urgent', selfCareAllowed: true });

    await page.goto('/plan');
    await page.getByRole('link', { name: 'Start the session' }).first().waitFor();
    const kept = await stored(page, 'plan');
    expect(kept.request.clearance).toEqual({ checkedOn: today });
    expect(kept.response.precautionsApplied.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(['gentle-pressure', 'fragile-bones']),
    );
    expect(pageProblems(page)).toEqual([]);
  });
});
