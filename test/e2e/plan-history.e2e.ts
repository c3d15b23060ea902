// The plan that learns, in Chromium: a person with a week of sessions logged on this device
// (no account) sees the point that helped first and the buttock point made gentler, each with
// its reasons in numbers, and the switch shows the plan from the pain map alone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../../src/core/contracts/session-log.js';
import type { Answers } from '../../src/core/contracts/triage.js';
import { triage } from '../../src/core/triage/index.js';
import { sampleSessionLog } from '../../src/db/repositories/sample-records.js';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';

const browser = browserPerFile();

/** Seven mornings up to yesterday: the hip-hiker point eases pain about 2 points each time;
 * the buttock point on the floor is too much on the last two. */
function week(): SessionLog[] {
  const yesterday = Date.now() - 86_400_000;
  return [2, 3, 2, 1, 2, 2, 2].map((drop, i) => {
    const base = sampleSessionLog(i + 1, drop);
    const startedAt = yesterday - (6 - i) * 86_400_000;
    const point = base.points[0]!;
    return {
      ...base,
      startedAt,
      endedAt: startedAt + 600_000,
      painBefore: 6,
      painAfter: 6 - drop,
      points: [
        {
          ...point,
          id: 'glute-overlap-point-left',
          triggerPoint: 'glute-overlap-point-left',
          technique: 'glute-point-ball-floor',
          endedBy: i >= 5 ? 'too-much' : 'completed',
        },
        {
          ...point,
          stepIndex: 1,
          id: 'ql-middle-inner-point-left',
          triggerPoint: 'ql-middle-inner-point-left',
          technique: 'ql-ball-floor',
          endedBy: 'completed',
        },
      ],
      events: [
        { type: 'start', at: startedAt, painBefore: 6 },
        { type: 'finish', at: startedAt + 600_000, painAfter: 6 - drop },
      ],
    } as SessionLog;
  });
}

async function devicePage(logs: readonly SessionLog[]): Promise<Page> {
  const answers: Answers = { age: 40, 'pain-now': 5 };
  const now = new Date().toISOString();
  const records: Record<string, unknown> = {
    'pain-map': {
      marks: { 'low-back-left': 6, 'low-back-right': 5, 'thigh-back-upper-left': 5 },
      updatedAt: now,
    },
    safety: { answers, result: triage(answers), answeredAt: now, changeReportedAt: null },
    preferences: {
      tools: ['tennis-ball'],
      places: ['floor', 'wall'],
      bodySize: 'medium',
      minutes: 30,
      painfulSide: 'left',
      skipRegions: [],
      updatedAt: now,
    },
    'session-logs': logs,
  };
  const page = await browser.newPage();
  await page.addInitScript((values) => {
    for (const [key, value] of Object.entries(values)) {
      if (window.localStorage.getItem(`unknot.${key}`) === null) {
        window.localStorage.setItem(`unknot.${key}`, JSON.stringify(value));
      }
    }
  }, records);
  await page.goto('/plan');
  await page.getByRole('heading', { name: 'Your plan', level: 1 }).waitFor();
  return page;
}

const steps = (page: Page) => page.locator('.plan-steps > li');
const firstPointCard = (page: Page) => steps(page).filter({ hasText: 'Point' }).first();

describe('a plan that learns from the sessions on this device', () => {
  it('puts the point that helped first, makes the too-much point gentler, says why, and the switch shows the map-only plan', async () => {
    const page = await devicePage(week());
    const toggle = page.getByRole('switch', { name: 'Use what my sessions showed' });
    await expect(toggle.isChecked()).resolves.toBe(true);

    const first = firstPointCard(page);
    await expect(first.textContent()).resolves.toContain(
      'Hip hiker (QL), inner point at the waist',
    );
    await expect(first.textContent()).resolves.toContain(
      'In 7 of your 7 sessions with this point, pain went down: about 2 points less pain on average. It clearly helps you, so it comes first.',
    );
    const buttock = steps(page).filter({ hasText: 'Buttock point below the hip bone (left)' });
    await expect(buttock.first().textContent()).resolves.toContain(
      'It was too much in 2 of your last 3 sessions. So this time you do it a gentler way',
    );
    await expectNoAxeViolations(page);

    await toggle.uncheck();
    await expect(
      page.getByText('You see the plan from your pain map alone.').isVisible(),
    ).resolves.toBe(true);
    await expect(firstPointCard(page).textContent()).resolves.toContain(
      'Buttock point below the hip bone (left)',
    );
    await expect(page.getByText(/sessions with this point/).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    await toggle.check();
    await expect(firstPointCard(page).textContent()).resolves.toContain(
      'Hip hiker (QL), inner point at the waist',
    );
    expect(pageProblems(page)).toEqual([]);
  });

  it('shows no switch and the map-only plan to a person with no sessions and no account', async () => {
    const page = await devicePage([]);
    await expect(page.getByRole('switch').count()).resolves.toBe(0);
    await expect(firstPointCard(page).textContent()).resolves.toContain(
      'Buttock point below the hip bone (left)',
    );
  });
});
