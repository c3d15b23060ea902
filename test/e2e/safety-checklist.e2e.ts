// The safety checklists in Chromium at 390 px: one "Yes" at a time, every question of the
// spec is still asked and sent, holding everything triage()'s rules read; an emergency Yes
// still jumps straight to its result; and no way (typed address, Back, reload) reaches the
// player without a current screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { safetyChecklists } from '../../src/content/safety-questions.js';
import type { Answers } from '../../src/core/contracts/triage.js';
import { safetyScreen } from '../../src/core/spec/index.js';
import { triage } from '../../src/core/triage/index.js';
import { twoPointPlan } from '../../src/web/session/sample-plan.js';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';
import { answerScreen, type Said, tickAnswers } from './safety-answers.js';

const browser = browserPerFile();
const numbers = { age: 40, 'pain-weeks': 10, 'pain-now': 4 } as const;
const headingText = async (page: Page) =>
  ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
const stored = (page: Page, key: string) =>
  page.evaluate((k) => JSON.parse(window.localStorage.getItem(`unknot.${k}`) ?? 'null'), key);

/** Every question id a rule's conditions read ('age>50' reads age). */
const idsRulesRead: ReadonlySet<string> = new Set(
  safetyScreen.rules.flatMap((rule) =>
    [...(rule.all ?? []), ...(rule.any ?? []), ...(rule.atLeast?.of ?? [])].map(
      (condition) => /^[a-z0-9-]+/.exec(condition)?.[0] ?? condition,
    ),
  ),
);
const levelOf = new Map(safetyScreen.questions.map((q) => [q.id, q.level]));
const booleanIds = safetyScreen.questions.filter((q) => q.type === 'boolean').map((q) => q.id);

/** Starts a fresh screen on this page and records the answers it sends to /api/triage. */
async function freshScreen(page: Page): Promise<Answers[]> {
  const sent: Answers[] = [];
  await page.unroute('**/api/triage');
  await page.route('**/api/triage', async (route) => {
    sent.push(route.request().postDataJSON().answers);
    await route.continue();
  });
  await page.goto('/');
  await page.evaluate(() => window.localStorage.removeItem('unknot.safety'));
  await page.goto('/safety');
  return sent;
}

describe('the safety checklists', () => {
  it('ask every question: one Yes at a time, the answers sent cover every rule triage() applies', async () => {
    const page = await browser.newPage();
    expect(idsRulesRead.size).toBeGreaterThan(10);
    for (const screen of safetyChecklists) {
      for (const question of screen.questions) {
        if (question.answer.kind !== 'yes-no') continue;
        const sent = await freshScreen(page);
        const said: Said = { ...numbers, [question.id]: 'Yes' };
        for (const each of safetyChecklists) {
          expect(await headingText(page), question.id).toBe(each.title);
          if (levelOf.get(question.id) === 'emergency') {
            await tickAnswers(page, each, said); // the Yes alone ends the screen
            break;
          }
          await answerScreen(page, each, said);
        }
        await page.waitForURL('**/safety/result**');
        const record = await stored(page, 'safety');
        if (levelOf.get(question.id) === 'emergency') {
          // Straight to its result, with nothing further asked and nothing waited for.
          expect(sent, question.id).toEqual([]);
          expect(record.answers[question.id]).toBe(true);
          expect(record.result.level).toBe('emergency');
          continue;
        }
        expect(sent, question.id).toHaveLength(1);
        const answers = sent[0]!;
        // Every spec question answered: the one Yes, every other boolean a No, the numbers.
        const expected = {
          ...Object.fromEntries(booleanIds.map((id) => [id, id === question.id])),
          ...numbers,
        };
        expect(answers, question.id).toEqual(expected);
        for (const id of idsRulesRead) expect(Object.keys(answers), id).toContain(id);
        expect(record.result, question.id).toEqual(triage(expected));
      }
    }
    expect(pageProblems(page)).toEqual([]);
    // About 35 walks through the checklists, one per question.
  }, 300_000);
});

/** A plan on the device, so /session would open the player if the gate let it. */
async function withPlan(page: Page) {
  const plan = {
    id: 'plan-checklist-e2e',
    createdAt: new Date().toISOString(),
    request: {},
    response: { steps: twoPointPlan.steps, estimatedMinutes: 3 },
  };
  await page.goto('/');
  await page.evaluate((value) => {
    window.localStorage.setItem('unknot.plan', JSON.stringify(value));
    window.localStorage.removeItem('unknot.safety');
  }, plan);
}

const gateTitles = [
  'A safety check comes first',
  'Time for a new safety check',
  'Check the warning signs again',
  'Stop. Get emergency help now.',
];
const playerShut = async (page: Page) => {
  expect(gateTitles).toContain(await headingText(page));
  await expect(page.locator('.start__go, .work').count()).resolves.toBe(0);
};

describe('the way to the player', () => {
  it('stays shut without a current screen: typed address, Back and reload, part-way and after a change', async () => {
    const page = await browser.newPage();
    await withPlan(page);
    await page.goto('/session');
    await playerShut(page);
    await page.reload();
    await playerShut(page);

    // Part-way through the checklists, the player is still shut, by address and by Back.
    await page.goto('/safety');
    await answerScreen(page, safetyChecklists[0]!, {});
    await answerScreen(page, safetyChecklists[1]!, {});
    await page.goto('/session');
    await playerShut(page);
    await page.goBack();
    await page.waitForURL('**/safety**');
    // A reload forgets answers not yet sent: the check starts again rather than guess.
    expect(await headingText(page)).toBe(safetyChecklists[0]!.title);
    await page.goForward();
    await page.waitForURL('**/session');
    await playerShut(page);

    // Done: the player opens. "Something changed" shuts it again, whichever way back.
    await page.goto('/safety');
    for (const screen of safetyChecklists) await answerScreen(page, screen, numbers);
    await page.waitForURL('**/safety/result');
    await page.goto('/session');
    expect(gateTitles).not.toContain(await headingText(page));
    await page.getByRole('button', { name: 'Something changed' }).click();
    await page.waitForURL('**/safety**');
    await page.goBack();
    await page.waitForURL('**/session');
    await playerShut(page);
    await page.reload();
    await playerShut(page);
    await expectNoAxeViolations(page);
  });
});
