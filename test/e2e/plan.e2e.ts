// The plan in Chromium: from the body map through the safety screen, tools and place, the psoas
// check and the overload review to a plan by keyboard alone; the worked examples; precautions,
// time cuts, a fall that reopens the safety screen, the offline plan; axe and 320 px on every
// screen; and the print view printed to PDF on A4 and Letter.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { safetyChecklists } from '../../src/content/safety-questions.js';
import { validatePlanRequest } from '../../src/core/contracts/plan.js';
import type { Answers } from '../../src/core/contracts/triage.js';
import { buildPlan } from '../../src/core/plan/index.js';
import { triage } from '../../src/core/triage/index.js';
import { planDoseWords } from '../../src/web/plan/plan-words.js';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';

const browser = browserPerFile();

const lowBackAndHamstring = { 'low-back-left': 6, 'thigh-back-upper-left': 5 };
const smallWithTennisBall = {
  tools: ['tennis-ball'],
  places: ['floor'],
  bodySize: 'small',
  minutes: 20,
  painfulSide: 'left',
  skipRegions: [],
  updatedAt: '2026-03-02T09:00:00.000Z',
};

interface Seed {
  readonly marks?: Readonly<Record<string, number>>;
  readonly answers?: Answers;
  readonly preferences?: Partial<typeof smallWithTennisBall> | null;
  readonly overload?: Readonly<Record<string, boolean>>;
}

/** A page whose device already holds a pain map, a current safety screen and preferences. */
async function seededPage(seed: Seed = {}, size?: { width: number }): Promise<Page> {
  const answers = seed.answers ?? { age: 40 };
  const now = new Date().toISOString();
  const records: Record<string, unknown> = {
    'pain-map': { marks: seed.marks ?? lowBackAndHamstring, updatedAt: now },
    safety: { answers, result: triage(answers), answeredAt: now, changeReportedAt: null },
  };
  if (seed.preferences !== null) {
    records.preferences = { ...smallWithTennisBall, ...seed.preferences };
  }
  if (seed.overload) {
    records.overload = { answers: seed.overload, answeredAt: now, traumaReportedAt: null };
  }
  const page = await browser.newPage(size);
  await page.addInitScript((values) => {
    for (const [key, value] of Object.entries(values)) {
      if (window.localStorage.getItem(`unknot.${key}`) === null) {
        window.localStorage.setItem(`unknot.${key}`, JSON.stringify(value));
      }
    }
  }, records);
  return page;
}

/** The focused element's name as a person would read it: aria-label, its label, or its text. */
const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    const name =
      element?.getAttribute('aria-label') ??
      element?.labels?.[0]?.textContent ??
      element?.textContent ??
      '';
    return name.replace(/\s+/g, ' ').trim();
  });

/** Presses Tab until the focused element's name starts with `name` (or is `name`, if exact). */
async function tabTo(
  page: Page,
  name: string,
  options: { inQuestion?: string; exact?: boolean } = {},
): Promise<void> {
  const { inQuestion, exact = false } = options;
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      (id) =>
        id === null ||
        document.activeElement?.closest<HTMLElement>('[data-question]')?.dataset.question === id,
      inQuestion ?? null,
    );
    const focused = await focusedName(page);
    if (inside && (exact ? focused === name : focused.startsWith(name))) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The plan the device kept, and the plan core builds for the same request. */
async function keptAndExpected(page: Page) {
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('unknot.plan') ?? 'null'));
  const checked = validatePlanRequest(kept.request);
  if (!checked.ok) throw new Error(checked.message);
  return { kept, expected: buildPlan(checked.value) };
}

/** Each step card's heading, tool and dose, in order. */
const stepCards = (page: Page) =>
  page.locator('.plan-steps article').evaluateAll((cards) =>
    cards.map((card) => {
      const fact = (label: string) =>
        [...card.querySelectorAll('dt')].find((dt) => dt.textContent === label)?.nextElementSibling
          ?.textContent ?? null;
      return {
        title: card.querySelector('h3')?.textContent ?? '',
        tool: fact('Tool'),
        dose: fact('Dose'),
      };
    }),
  );

async function openPlan(page: Page) {
  await page.goto('/plan');
  await page.getByRole('link', { name: 'Start the session' }).first().waitFor();
}

describe('making a plan by keyboard alone', () => {
  it('goes from the body map through the safety screen, tools and the checks to a plan and a session', async () => {
    const page = await browser.newPage();
    await page.goto('/map');
    await heading(page).waitFor();
    // The figure is one Tab stop; arrows move over it (see map.e2e.ts for the layout).
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      const region = await page.evaluate(() => document.activeElement?.getAttribute('data-region'));
      if (region) break;
    }
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter'])
      await page.keyboard.press(key);
    for (const key of ['ArrowDown', 'ArrowLeft', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter']) {
      await page.keyboard.press(key);
    }
    expect(await focusedName(page)).toMatch(/^Top of the back of the thigh .*your left, pain 5/);
    await tabTo(page, 'See what may cause it');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/results');
    await tabTo(page, 'Next: a short safety check');
    await page.keyboard.press('Enter');

    await page.waitForURL('**/safety**');
    const numbers: Readonly<Record<string, number>> = { age: 40, 'pain-weeks': 10, 'pain-now': 4 };
    for (const screen of safetyChecklists) {
      await expect(heading(page).textContent()).resolves.toBe(screen.title);
      for (const question of screen.questions) {
        const typed = numbers[question.id];
        if (question.answer.kind !== 'number' || typed === undefined) continue;
        await page.keyboard.press('Tab');
        while (
          (await page.evaluate(() => document.activeElement?.id)) !== `q-${question.id}-input`
        ) {
          await page.keyboard.press('Tab');
        }
        await page.keyboard.type(String(typed));
      }
      // A checklist is answered "None of these" in one press; the numbers go on to the result.
      await tabTo(page, screen.id === 'numbers' ? 'See my result' : 'None of these');
      await page.keyboard.press('Enter');
    }
    await page.waitForURL('**/safety/result');
    await tabTo(page, 'Or first choose your tools and place');
    await page.keyboard.press('Enter');

    await page.waitForURL('**/preferences');
    await expect(heading(page).textContent()).resolves.toBe('Your tools and place');
    await tabTo(page, 'Tennis ball');
    await page.keyboard.press('Space');
    await tabTo(page, 'Floor');
    await page.keyboard.press('Space');
    await tabTo(page, 'Medium'); // the chosen radio of a group takes the Tab stop
    await page.keyboard.press('ArrowUp');
    expect(await focusedName(page)).toBe('Small');
    await tabTo(page, 'Next: psoas check');
    await page.keyboard.press('Enter');

    await page.waitForURL('**/psoas-check');
    await tabTo(page, 'Start the check');
    await page.keyboard.press('Enter');
    await expect(heading(page).textContent()).resolves.toBe('Look 1 of 2: your feet');
    await tabTo(page, 'My left foot');
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
    expect(await focusedName(page)).toBe('Neither, they look the same');
    await tabTo(page, 'Next: shoulders');
    await page.keyboard.press('Enter');
    await tabTo(page, 'My left shoulder');
    for (const key of ['ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
    await tabTo(page, 'See what it may suggest');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main').textContent()).resolves.toContain(
      'Neither look hinted at a short psoas',
    );
    await tabTo(page, 'Next: what loads your back');
    await page.keyboard.press('Enter');

    await page.waitForURL('**/overload');
    await tabTo(page, 'I sleep in the same position');
    await page.keyboard.press('Space');
    await tabTo(page, 'Next: see my plan');
    await page.keyboard.press('Enter');

    await page.waitForURL('**/plan');
    await page.getByRole('link', { name: 'Start the session' }).first().waitFor();
    const { kept, expected } = await keptAndExpected(page);
    expect(kept.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(kept.request).toMatchObject({
      regions: [
        { id: 'low-back-left', intensity: 5 },
        { id: 'thigh-back-upper-left', intensity: 5 },
      ],
      preferences: { places: ['floor'], bodySize: 'small', minutes: 20 },
      psoasCheck: { footTurnsOut: 'none', shoulderLower: 'none' },
      overload: { sleep: true },
    });
    const cards = await stepCards(page);
    expect(cards.map((card) => card.dose)).toEqual(expected.steps.map(planDoseWords));
    expect(cards[0]?.title).toMatch(/^Step 1: .*buttock point/i);
    expect(cards[0]?.tool).toBe('Tennis ball');
    await expect(page.getByRole('main').textContent()).resolves.toContain(
      'You said you sleep in the same position',
    );

    await tabTo(page, 'Start the session');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/session');
    expect(pageProblems(page)).toEqual([]);
  }, 180_000);
});

describe('the plan for a small person with a tennis ball', () => {
  it('puts the gluteal point first, with the ball on the floor', async () => {
    const page = await seededPage();
    await openPlan(page);
    const { expected } = await keptAndExpected(page);
    const first = expected.steps[0]!;
    expect(first).toMatchObject({ step: 1, tools: ['tennis-ball'], place: 'floor' });
    expect(first.triggerPoint).toBe('glute-overlap-point-left');
    const cards = await stepCards(page);
    expect(cards).toHaveLength(expected.steps.length);
    expect(cards[0]).toMatchObject({ tool: 'Tennis ball', dose: planDoseWords(first) });
    await expect(page.locator('.plan-steps article').first().textContent()).resolves.toContain(
      'Step 1 of the method · Left side',
    );
    const drawing = page.locator('.plan-steps article').first().getByRole('img');
    await expect(drawing.count()).resolves.toBe(2);
  });

  it('uses only fists or thumbs when the same person is out in public', async () => {
    const page = await seededPage({ preferences: { places: ['public'] } });
    await openPlan(page);
    const { expected } = await keptAndExpected(page);
    const points = expected.steps.filter((step) => step.kind === 'trigger-point');
    expect(points[0]?.triggerPoint).toBe('glute-overlap-point-left');
    const cards = await stepCards(page);
    const pointTools = cards.filter((_, i) => expected.steps[i]?.kind === 'trigger-point');
    expect(pointTools.length).toBeGreaterThan(0);
    for (const card of pointTools) expect(['Fists and knuckles', 'Thumbs']).toContain(card.tool);
  });

  it('shows the gentler pressure for blood thinners, on the plan and on each changed step', async () => {
    const page = await seededPage({ answers: { age: 40, 'blood-thinners': true } });
    await openPlan(page);
    const { expected } = await keptAndExpected(page);
    const section = page.getByRole('region', { name: 'How your answers change this plan' });
    await expect(section.textContent()).resolves.toContain(expected.precautionsApplied[0]!.change);
    const cards = await stepCards(page);
    expect(cards[0]?.dose).toBe('Hold 6 seconds, 3 times');
    await expect(page.getByText('Changed for your safety: lighter pressure').count()).resolves.toBe(
      expected.steps.filter((step) => step.precautions.length > 0).length,
    );
  });

  it('says what it left out to fit the time', async () => {
    const page = await seededPage({ preferences: { minutes: 5 } });
    await openPlan(page);
    const leftOut = page.getByRole('region', { name: 'Left out today' });
    await expect(leftOut.textContent()).resolves.toMatch(
      /^Left out today ?Left out to fit your 5 minutes: /,
    );
    expect(await page.getByRole('main').textContent()).toContain('(you have 5)');
  });

  it('makes the same plan on the device when the server cannot be reached', async () => {
    const page = await seededPage();
    await page.route('**/api/plan', (route) => route.abort());
    await openPlan(page);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Made on this device');
    const { expected } = await keptAndExpected(page);
    expect((await stepCards(page)).map((card) => card.dose)).toEqual(
      expected.steps.map(planDoseWords),
    );
  });
});

describe('the way to a plan', () => {
  it('asks for the pain map, then tools and place, when they are missing', async () => {
    const noMap = await seededPage({ marks: {} });
    await noMap.goto('/plan');
    await expect(heading(noMap).textContent()).resolves.toBe('First, show where it hurts');
    const noPlace = await seededPage({ preferences: null });
    await noPlace.goto('/plan');
    await expect(heading(noPlace).textContent()).resolves.toBe('First, your tools and place');
    await expect(
      noPlace.getByRole('link', { name: 'Choose tools and place' }).getAttribute('href'),
    ).resolves.toBe('/preferences');
  });

  it('shows no steps when the safety screen stops self-care', async () => {
    const page = await seededPage({ answers: { 'chest-pain': true } });
    await page.goto('/plan');
    await heading(page).waitFor();
    await expect(page.locator('.plan-steps').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Start the session' }).count()).resolves.toBe(0);
  });

  it('asks for a place before going on, and keeps the choices on the device', async () => {
    const page = await seededPage({ preferences: null });
    await page.goto('/preferences');
    await page.getByRole('button', { name: 'Next: psoas check' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Pick at least one place where you are now.',
    );
    await page.getByRole('checkbox', { name: /^Wall/ }).check();
    await page.getByRole('button', { name: '5 minutes more' }).click();
    await page.getByRole('button', { name: 'Next: psoas check' }).click();
    await page.waitForURL('**/psoas-check');
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('unknot.preferences')!));
    expect(kept).toMatchObject({ places: ['wall'], minutes: 25, painfulSide: 'left' });
  });

  it('sends a fall or knock back to the warning-sign questions before the plan', async () => {
    const page = await seededPage();
    await page.goto('/overload');
    await page.getByRole('checkbox', { name: /slip, a fall, a knock/ }).check();
    await expect(page.getByRole('main').textContent()).resolves.toContain(
      'Before any point work, answer the warning-sign questions again.',
    );
    await page.getByRole('button', { name: 'Next: warning-sign questions' }).click();
    await page.waitForURL('**/safety**');
    const safety = await page.evaluate(() => JSON.parse(localStorage.getItem('unknot.safety')!));
    expect(safety.changeReportedAt).not.toBeNull();
    await page.goto('/plan');
    await expect(heading(page).textContent()).resolves.toBe('Check the warning signs again');
  });
});

const screens: readonly { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'preferences, areas to keep clear open',
    open: async (page) => {
      await page.goto('/preferences');
      await page.getByText('Areas to keep clear').click();
    },
  },
  { name: 'psoas check, getting ready', open: (page) => page.goto('/psoas-check').then(() => {}) },
  {
    name: 'psoas check, each look and the result',
    open: async (page) => {
      await page.goto('/psoas-check');
      await page.getByRole('button', { name: 'Start the check' }).click();
      await page.getByRole('radio', { name: 'My left foot' }).check();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Next: shoulders' }).click();
      await page.getByRole('radio', { name: 'My left shoulder' }).check();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'See what it may suggest' }).click();
    },
  },
  {
    name: 'overload, with the doctor and fall notes',
    open: async (page) => {
      await page.goto('/overload');
      await page.getByRole('checkbox', { name: /sore spots keep coming back/ }).check();
      await page.getByRole('checkbox', { name: /slip, a fall, a knock/ }).check();
    },
  },
  { name: 'plan', open: openPlan },
  {
    name: 'print view',
    open: async (page) => {
      await openPlan(page);
      await page.goto('/plan/print');
    },
  },
];

describe('every plan screen', () => {
  for (const screen of screens) {
    it(`passes axe and fits a 320 px phone: ${screen.name}`, async () => {
      const page = await seededPage(
        { answers: { age: 40, 'blood-thinners': true } },
        { width: 320 },
      );
      await screen.open(page);
      await heading(page).waitFor();
      await expectNoAxeViolations(page);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(pageProblems(page)).toEqual([]);
    });
  }
});

// Page sizes less the print stylesheet's @page margins (12 mm sides, 12 mm top, 14 mm bottom).
const paper = {
  A4: { width: 210 - 24, height: 297 - 26 },
  Letter: { width: 215.9 - 24, height: 279.4 - 26 },
} as const;
const px = (mm: number) => (mm * 96) / 25.4;

/**
 * The fewest pages the print view can take with no step split: the blocks (header, each step,
 * the precautions, the closing note) placed in order, a new page whenever the next one does
 * not fit. Measured in print media at the paper's width; 2 mm kept spare for rounding.
 */
async function fewestPages(page: Page, format: keyof typeof paper): Promise<number> {
  await page.setViewportSize({ width: Math.round(px(paper[format].width)), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const blocks = await page.evaluate(() => {
    const parts = [
      '.plan-print__head',
      ...[...document.querySelectorAll('.plan-print__step')].map((_, i) => `step:${i}`),
      '.plan-print__part',
      '.plan-print__note',
    ];
    const steps = [...document.querySelectorAll('.plan-print__step')];
    return parts.flatMap((part) => {
      const element = part.startsWith('step:')
        ? steps[Number(part.slice(5))]
        : document.querySelector(part);
      if (!element) return [];
      const style = getComputedStyle(element);
      return [
        element.getBoundingClientRect().height +
          Number.parseFloat(style.marginTop) +
          Number.parseFloat(style.marginBottom),
      ];
    });
  });
  await page.emulateMedia({ media: null });
  const pageHeight = px(paper[format].height - 2);
  let pages = 1;
  let used = 0;
  for (const height of blocks) {
    if (used > 0 && used + height > pageHeight) {
      pages += 1;
      used = 0;
    }
    used += height;
  }
  return pages;
}

const pdfPageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

/** Each page's text in reading order by position (-layout), one string per page, spaces collapsed. */
function pdfPagesText(pdf: Buffer, pages: number): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'unknot-plan-')), 'plan.pdf');
  writeFileSync(file, pdf);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' '),
  );
}

describe('the print view printed to PDF', () => {
  for (const minutes of [8, 20]) {
    it(`fits a ${minutes}-minute plan on as few A4 and Letter pages as it can, every dose kept`, async () => {
      const page = await seededPage({
        preferences: { minutes },
        answers: { age: 40, 'blood-thinners': true },
      });
      await openPlan(page);
      const { expected } = await keptAndExpected(page);
      await page.goto('/plan/print');
      await heading(page).waitFor();
      const doses = expected.steps.map(planDoseWords);
      const titles = expected.steps.map((step) => step.title);

      // On paper, every dose is shown and the Print button is not.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.plan-step__dose').allInnerTexts()).resolves.toEqual(doses);
      await expect(
        page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(),
      ).resolves.toBe(false);
      const unsplit = await page
        .locator('.plan-print__step')
        .evaluateAll((steps) => steps.map((step) => getComputedStyle(step).breakInside));
      expect(unsplit).toEqual(doses.map(() => 'avoid'));
      await page.emulateMedia({ media: null });

      for (const format of ['A4', 'Letter'] as const) {
        const fewest = await fewestPages(page, format);
        const pdf = await page.pdf({ format });
        const pages = pdfPageCount(pdf);
        expect(pages, `${format} pages`).toBeLessThanOrEqual(fewest);
        if (expected.steps.length <= 5) expect(pages).toBeLessThanOrEqual(2);
        if (hasPdftotext) {
          const text = pdfPagesText(pdf, pages);
          // No step is split: walking the pages in order, each step's title and its dose
          // sit on the same page.
          let at = { page: 0, cursor: 0 };
          expected.steps.forEach((_, i) => {
            const title = titles[i]!.split(' ').slice(0, 3).join(' ');
            while (at.page < pages && text[at.page]!.indexOf(title, at.cursor) < 0) {
              at = { page: at.page + 1, cursor: 0 };
            }
            const onPage = text[at.page] ?? '';
            const dose = onPage.indexOf(doses[i]!, onPage.indexOf(title, at.cursor));
            expect(
              dose,
              `${format}: step ${i + 1}'s dose on the page of its title`,
            ).toBeGreaterThan(0);
            at = { page: at.page, cursor: dose + doses[i]!.length };
          });
          expect(text.join(' ')).toContain('not a diagnosis');
        }
      }
    }, 90_000);
  }
});
