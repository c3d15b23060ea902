// The safety screen in Chromium: emergency answers stop everything at once, precautions say
// how the plan changes, the keyboard alone reaches a result, "not sure" counts as yes, the
// device gives the same result without the server, and every screen passes axe at 320 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { safetyChecklists } from '../../src/content/safety-questions.js';
import type { Answers } from '../../src/core/contracts/triage.js';
import { triage } from '../../src/core/triage/index.js';
import { redFlagChecklists } from '../../src/web/safety/screen-flow.js';
import { twoPointPlan } from '../../src/web/session/sample-plan.js';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';
import { answerScreen, mainButton, type Said } from './safety-answers.js';

const browser = browserPerFile();

type Plan = Said;

const everyTopicIdle = { age: 40, 'pain-weeks': 10, 'pain-now': 4 } as const;

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function headingText(page: Page): Promise<string> {
  return ((await heading(page).textContent()) ?? '').trim();
}

/** Walks every checklist from the first, checking each screen on the way (axe and width). */
async function walkAllTopics(page: Page, plan: Plan, check?: (page: Page) => Promise<void>) {
  for (const [i, screen] of safetyChecklists.entries()) {
    expect(await headingText(page)).toBe(screen.title);
    await expect(
      page.getByText(`Part ${i + 1} of ${safetyChecklists.length}`).isVisible(),
    ).resolves.toBe(true);
    await check?.(page);
    await answerScreen(page, screen, plan);
  }
  await page.waitForURL('**/safety/result**');
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function storedRecord(page: Page) {
  return page.evaluate(() => JSON.parse(window.localStorage.getItem('unknot.safety') ?? 'null'));
}

/** Puts a screen on the device as if answered at `answeredAt` (default: now). */
async function keepOnDevice(
  page: Page,
  answers: Answers,
  extra: { answeredAt?: string; changeReportedAt?: string | null } = {},
) {
  const record = {
    answers,
    result: triage(answers),
    answeredAt: extra.answeredAt ?? new Date().toISOString(),
    changeReportedAt: extra.changeReportedAt ?? null,
  };
  await page.goto('/');
  await page.evaluate((value) => {
    window.localStorage.setItem('unknot.safety', JSON.stringify(value));
  }, record);
}

describe('the safety screen', () => {
  it('goes straight to emergency help when the saddle question is answered yes', async () => {
    const page = await browser.newPage();
    await page.goto('/safety');
    expect(await headingText(page)).toBe('Signs that need help now');
    const saddle = safetyChecklists[0]!.questions[0]!;
    await page
      .getByRole('group', { name: saddle.prompt })
      .getByRole('button', { name: 'Yes', exact: true })
      .click();

    await page.waitForURL('**/safety/result');
    expect(await headingText(page)).toBe('Stop. Get emergency help now.');
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('Call 911 (US), 112 (EU) or 999 (UK)');
    expect(main).toContain('nerves at the bottom of the spine');
    for (const number of ['911', '112', '999']) {
      const dial = page.getByRole('link', { name: new RegExp(`^Call ${number}`) });
      await expect(dial.getAttribute('href')).resolves.toBe(`tel:${number}`);
    }
    // No way on to a routine from here.
    await expect(page.getByRole('link', { name: /Next/ }).count()).resolves.toBe(0);
    const record = await storedRecord(page);
    expect(record.answers).toEqual({ 'saddle-numbness': true });
    expect(record.result).toMatchObject({ level: 'emergency', selfCareAllowed: false });
    expect(Date.now() - Date.parse(record.answeredAt)).toBeLessThan(60_000);
    await expectNoAxeViolations(page);

    // The browser's Back leads to the earlier answer and the mis-tap question, not to a blank
    // questionnaire and not to anything further.
    await page.goBack();
    expect(await headingText(page)).toBe('Did you tap Yes by mistake?');
    await expect(
      page.getByRole('button', { name: 'Yes', exact: true, pressed: true }).count(),
    ).resolves.toBe(0);
    expect((await storedRecord(page)).result.selfCareAllowed).toBe(false);
    expect(pageProblems(page)).toEqual([]);
  });

  it('counts "not sure" on a nerve question as yes', async () => {
    const page = await browser.newPage();
    await page.goto('/safety');
    const [, bladder] = safetyChecklists[0]!.questions;
    await expect(page.getByRole('button', { name: 'Not sure' }).count()).resolves.toBe(7);
    await page
      .getByRole('group', { name: bladder!.prompt })
      .getByRole('button', { name: 'Not sure' })
      .click();
    await page.waitForURL('**/safety/result');
    expect(await headingText(page)).toBe('Stop. Get emergency help now.');
    const record = await storedRecord(page);
    expect(record.answers).toEqual({ 'bladder-change': true });
  });

  it('shows how the plan changes for blood thinners', async () => {
    const page = await browser.newPage();
    await page.goto('/safety');
    await walkAllTopics(page, { ...everyTopicIdle, 'blood-thinners': 'Yes' });
    expect(await headingText(page)).toBe('You can start self-care');
    const precautions = page.getByRole('region', { name: 'How your plan changes' });
    const text = (await precautions.textContent()) ?? '';
    expect(text).toContain('light to medium');
    expect(text).toContain('bruise');
    const next = page.getByRole('link', { name: 'Or first choose your tools and place' });
    await expect(next.getAttribute('href')).resolves.toBe('/preferences');
    await expect(
      page.getByRole('button', { name: 'Start now with your hands' }).isVisible(),
    ).resolves.toBe(true);
    const record = await storedRecord(page);
    expect(record.result.precautions.map((p: { id: string }) => p.id)).toEqual(['gentle-pressure']);
    expect(pageProblems(page)).toEqual([]);
  });

  it('can be answered with the keyboard alone, to a routine result', async () => {
    const page = await browser.newPage();
    await page.goto('/safety');
    const plan: Plan = { ...everyTopicIdle, 'leg-pain-below-knee': 'Yes' };
    for (const [i, screen] of safetyChecklists.entries()) {
      // Focus starts on the screen's heading, so the first Tab reaches its first answer.
      await expect(
        page.evaluate(
          () => document.activeElement?.tagName + (document.activeElement?.textContent ?? ''),
        ),
      ).resolves.toBe(`H1${screen.title}`);
      for (const question of screen.questions) {
        const wanted = plan[question.id];
        if (typeof wanted === 'number') {
          await tabTo(page, { question: question.id, text: 'number box' });
          await page.keyboard.type(String(wanted));
        } else if (wanted !== undefined) {
          await tabTo(page, { question: question.id, text: wanted });
          await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
        }
      }
      const words = screen.questions.some((q) => plan[q.id] === 'Yes')
        ? 'Next'
        : screen.id === 'numbers'
          ? 'See my result'
          : 'None of these';
      await tabTo(page, { text: words });
      await page.keyboard.press('Enter');
    }
    await page.waitForURL('**/safety/result');
    expect(await headingText(page)).toBe('You can go on with self-care');
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('see a doctor or physio soon');
    expect(main).toContain('sciatica');
    await tabTo(page, { text: 'Start now with your hands' });
  });

  it('gives the same result on the device when the server cannot be reached', async () => {
    const plan: Plan = { ...everyTopicIdle, fever: 'Yes', 'blood-thinners': 'Yes' };
    const online = await browser.newPage();
    await online.goto('/safety');
    await walkAllTopics(online, plan);
    const offline = await browser.newPage();
    let aborted = 0;
    await offline.route('**/api/triage', (route) => {
      aborted += 1;
      return route.abort('internetdisconnected');
    });
    await offline.goto('/safety');
    await walkAllTopics(offline, plan);
    expect(aborted).toBe(1);

    expect(await headingText(offline)).toBe('Stop self-treatment for now');
    const onlineRecord = await storedRecord(online);
    const offlineRecord = await storedRecord(offline);
    expect(offlineRecord.result).toEqual(onlineRecord.result);
    expect(offlineRecord.answers).toEqual(onlineRecord.answers);
    const resultText = (page: Page) => page.locator('.result').textContent();
    expect(await resultText(offline)).toBe(await resultText(online));
    const note = /could not reach its server/;
    expect((await offline.getByRole('status').textContent()) ?? '').toMatch(note);
    expect((await online.getByRole('main').textContent()) ?? '').not.toMatch(note);
    await expectNoAxeViolations(offline);
  });

  it('keeps answers when going back a screen, and asks for the numbers left open', async () => {
    const page = await browser.newPage();
    await page.goto('/safety');
    const [emergency, urgent, routine, precautions] = safetyChecklists;
    await answerScreen(page, emergency!, {});
    expect(await headingText(page)).toBe(urgent!.title);
    await answerScreen(page, urgent!, { 'weight-loss': 'Yes' });
    expect(await headingText(page)).toBe(routine!.title);
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await headingText(page)).toBe(urgent!.title);
    // The Yes is still there; the rest counted as no, so none is pressed.
    await expect(
      page.getByRole('button', { name: 'Yes', exact: true, pressed: true }).count(),
    ).resolves.toBe(1);
    await page.getByRole('button', { name: 'Take back my answer' }).click();
    await expect(mainButton(page).textContent()).resolves.toBe('None of these');
    await mainButton(page).click();
    await page.goBack();
    expect(await headingText(page)).toBe(urgent!.title);
    await page.goForward();
    expect(await headingText(page)).toBe(routine!.title);
    await answerScreen(page, routine!, {});
    await answerScreen(page, precautions!, {});
    // Age and weeks are needed: a blank one would switch rules off.
    await mainButton(page).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Please fill in');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q-age-input');
  });

  it('asks only the red-flag topics again after a reported change, and keeps the rest', async () => {
    const page = await browser.newPage();
    const before: Answers = { age: 40, 'pain-weeks': 10, 'blood-thinners': true };
    await keepOnDevice(page, before, {
      answeredAt: new Date(Date.now() - 60_000).toISOString(),
      changeReportedAt: new Date().toISOString(),
    });
    await page.goto('/safety');
    const count = redFlagChecklists.length;
    await expect(page.getByText(`Part 1 of ${count}`).isVisible()).resolves.toBe(true);
    for (const screen of redFlagChecklists) {
      expect(await headingText(page)).toBe(screen.title);
      // The small-fall question comes with the bone and bleeding ones; the answer stays.
      await answerScreen(page, screen, { 'blood-thinners': 'Yes' });
    }
    await page.waitForURL('**/safety/result');
    const record = await storedRecord(page);
    expect(record.changeReportedAt).toBeNull();
    expect(record.answers).toMatchObject(before);
    expect(record.answers['saddle-numbness']).toBe(false);
    expect(record.result.precautions[0].id).toBe('gentle-pressure');
  });

  it('opens at the nerve questions from the body map, and a screen from before no longer counts', async () => {
    const page = await browser.newPage();
    await keepOnDevice(page, { age: 40 });
    await page.goto('/safety?topic=nerves');
    expect(await headingText(page)).toBe('Signs that need help now');
    await expect(page.getByText(`Part 1 of ${redFlagChecklists.length}`).isVisible()).resolves.toBe(
      true,
    );
    const record = await storedRecord(page);
    expect(Date.parse(record.changeReportedAt)).toBeGreaterThanOrEqual(
      Date.parse(record.answeredAt),
    );
  });
});

/** A plan on the device, so /session would open the player if the gate let it. */
async function keepPlanOnDevice(page: Page) {
  const plan = {
    id: 'plan-safety-e2e',
    createdAt: new Date().toISOString(),
    request: {},
    response: { steps: twoPointPlan.steps, estimatedMinutes: 3 },
  };
  await page.goto('/');
  await page.evaluate((value) => {
    window.localStorage.setItem('unknot.plan', JSON.stringify(value));
  }, plan);
  await page.reload();
}

const gateTitles = [
  'A safety check comes first',
  'Time for a new safety check',
  'Check the warning signs again',
  'Stop. Get emergency help now.',
];

describe('the gate around the session player', () => {
  it('keeps the player shut after an emergency answer, by link and by the back button', async () => {
    const page = await browser.newPage();
    await keepPlanOnDevice(page);
    await page.getByRole('link', { name: "Start today's session" }).click();
    expect(await headingText(page)).toBe('A safety check comes first');
    await expect(page.getByRole('button', { name: 'Something changed' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Start the safety check' }).click();
    const saddle = safetyChecklists[0]!.questions[0]!;
    await page
      .getByRole('group', { name: saddle.prompt })
      .getByRole('button', { name: 'Yes', exact: true })
      .click();
    await page.waitForURL('**/safety/result');
    expect(await headingText(page)).toBe('Stop. Get emergency help now.');

    // Back, past the mis-tap question, to the session: the stop message, not the player.
    await page.goBack();
    expect(await headingText(page)).toBe('Did you tap Yes by mistake?');
    await page.goBack();
    await page.waitForURL('**/session');
    expect(await headingText(page)).toBe('Stop. Get emergency help now.');
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Something changed' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    // By link from the home screen, and by typing the address.
    await page.getByRole('link', { name: 'Unknot', exact: true }).click();
    await page.getByRole('link', { name: "Start today's session" }).click();
    expect(await headingText(page)).toBe('Stop. Get emergency help now.');
    await page.goto('/session');
    expect(await headingText(page)).toBe('Stop. Get emergency help now.');
    expect(pageProblems(page)).toEqual([]);
  });

  it('opens the player with a current screen, and "Something changed" shuts it until the red flags are answered', async () => {
    const page = await browser.newPage();
    await keepPlanOnDevice(page);
    await keepOnDevice(page, { age: 40, 'pain-weeks': 10 });
    await page.goto('/session');
    expect(gateTitles).not.toContain(await headingText(page));
    await page.getByRole('button', { name: 'Something changed' }).click();
    await page.waitForURL('**/safety**');
    // The screen's code loads on its first visit: wait for it rather than read at once.
    await page.getByText('Warning signs again').waitFor();
    await page.goto('/session');
    expect(await headingText(page)).toBe('Check the warning signs again');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Answer the warning-sign questions' }).click();
    for (const screen of redFlagChecklists) await answerScreen(page, screen, {});
    await page.waitForURL('**/safety/result');
    await page.goto('/session');
    expect(gateTitles).not.toContain(await headingText(page));
  });

  it('asks for a new screen when the last one is over 7 days old', async () => {
    const page = await browser.newPage();
    await keepPlanOnDevice(page);
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString();
    await keepOnDevice(page, { age: 40 }, { answeredAt: eightDaysAgo });
    await page.goto('/session');
    expect(await headingText(page)).toBe('Time for a new safety check');
    await expectNoAxeViolations(page);
    await noSidewaysScroll(page);
  });
});

describe('every safety screen and result', () => {
  it('passes axe and fits 320 px on every topic screen', async () => {
    const page = await browser.newPage({ width: 320, height: 640 });
    await page.goto('/safety');
    await walkAllTopics(page, everyTopicIdle, async (p) => {
      await expectNoAxeViolations(p);
      await noSidewaysScroll(p);
    });
    // A checklist with one question ticked, its follow-up open.
    await page.goto('/safety');
    await answerScreen(page, safetyChecklists[0]!, {});
    await page
      .getByRole('group', { name: /lost weight/ })
      .getByRole('button', { name: 'Yes', exact: true })
      .click();
    await expect(page.getByRole('button', { name: 'Take back my answer' }).count()).resolves.toBe(
      1,
    );
    await expectNoAxeViolations(page);
    await noSidewaysScroll(page);
    // The numbers with one flagged.
    await page.goto('/safety');
    for (const screen of safetyChecklists.slice(0, -1)) await answerScreen(page, screen, {});
    await mainButton(page).click();
    await expectNoAxeViolations(page);
    await noSidewaysScroll(page);
  });

  const results: readonly (readonly [string, Answers, string])[] = [
    ['emergency', { 'chest-pain': true }, 'Stop. Get emergency help now.'],
    ['urgent, within 48 hours', { 'weight-loss': true, age: 40 }, 'Stop self-treatment for now'],
    ['urgent, the same day', { 'leg-weakness-worsening': true }, 'Stop self-treatment for now'],
    ['under 16', { age: 12 }, 'Please stop here'],
    [
      'routine',
      { 'cancer-history': true, 'pain-weeks': 30, pregnant: true },
      'You can go on with self-care',
    ],
    [
      'self-care with precautions',
      { osteoporosis: true, 'hernia-or-belly-surgery': true },
      'You can start self-care',
    ],
  ];
  for (const [kind, answers, title] of results) {
    it(`passes axe and fits 320 px on the ${kind} result`, async () => {
      const page = await browser.newPage({ width: 320, height: 640 });
      await keepOnDevice(page, answers);
      await page.goto('/safety/result');
      expect(await headingText(page)).toBe(title);
      await expectNoAxeViolations(page);
      await noSidewaysScroll(page);
      expect(pageProblems(page)).toEqual([]);
    });
  }

  it('says what to do and when on the urgent results', async () => {
    const page = await browser.newPage();
    await keepOnDevice(page, { 'leg-weakness-worsening': true });
    await page.goto('/safety/result');
    let main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('See a doctor today.');
    expect(main).toContain('Tell them which leg is weaker');
    // A fever needs a doctor today (spec "when": "same-day"), with urgent care named when the
    // own doctor cannot see the person today; weight loss within 24 to 48 hours.
    await keepOnDevice(page, { fever: true });
    await page.goto('/safety/result');
    main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('See a doctor today.');
    expect(main).toContain('urgent care centre');
    expect(main).toContain('Tell them your temperature');
    await keepOnDevice(page, { 'weight-loss': true });
    await page.goto('/safety/result');
    main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('See a doctor within 24 to 48 hours.');
    expect(main).toContain('Tell them how much weight you have lost');
    await expect(page.getByRole('link', { name: /Next/ }).count()).resolves.toBe(0);
  });

  it('offers the safety check when none has been answered', async () => {
    const page = await browser.newPage();
    await page.goto('/safety/result');
    expect(await headingText(page)).toBe('No safety check yet');
    await page.getByRole('link', { name: 'Start the safety check' }).click();
    expect(await headingText(page)).toBe('Signs that need help now');
    await expectNoAxeViolations(page);
  });

  it('asks again on the result screen when the check is over 7 days old', async () => {
    const page = await browser.newPage();
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString();
    await keepOnDevice(page, { age: 40 }, { answeredAt: eightDaysAgo });
    await page.goto('/safety/result');
    await expect(
      page.getByRole('link', { name: 'Next: your tools and place' }).count(),
    ).resolves.toBe(0);
    await page.getByRole('link', { name: 'Answer the questions again' }).click();
    await page.getByText('Part 1 of 5').waitFor();
    await expectNoAxeViolations(page);
  });
});

/** Presses Tab until focus is on this question's number box, or its answer with this text. */
async function tabTo(page: Page, target: { question?: string; text: string }): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(({ question, text }) => {
      const element = document.activeElement;
      if (element === null) return false;
      if (question !== undefined && text === 'number box') {
        return element.id === `q-${question}-input`;
      }
      const inQuestion =
        question === undefined ||
        element.closest<HTMLElement>('[data-question]')?.dataset.question === question;
      return inQuestion && element.textContent?.trim() === text;
    }, target);
    if (found) return;
  }
  throw new Error(`Tab never reached ${target.text} ${target.question ?? ''}`);
}
