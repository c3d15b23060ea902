// The guided session in Chromium under Playwright's clock: a whole two-point session by
// keyboard alone, captions and speech for every cue, "too much" twice, pause, stop, the saved
// log, a hands-free run, and axe-core on every screen the player shows.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionEvent, SessionLog } from '../../src/core/contracts/session-log.js';
import { TriageResponse } from '../../src/core/contracts/triage.js';
import { newSession, next } from '../../src/core/session/index.js';
import { safetyScreen } from '../../src/core/spec/index.js';
import { twoPointPlan } from '../../src/web/session/sample-plan.js';
import { baseURL, browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';

const browser = browserPerFile();

/** A safety screen answered "no" to every sign, as the real /api/triage judges it. */
async function currentSafetyRecord() {
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
  expect(result.selfCareAllowed).toBe(true);
  return {
    answers,
    result,
    answeredAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
    changeReportedAt: null,
  };
}

const planRecord = {
  id: 'plan-e2e-1',
  createdAt: new Date().toISOString(),
  request: {},
  response: { steps: twoPointPlan.steps, estimatedMinutes: 3 },
};

interface Recorded {
  spoken: string[];
  tones: number[];
  vibrations: number[][];
  wakeLock: string[];
  media: string[];
}

/** Presses a headphone or lock-screen button: the page's Media Session handler for it. */
const pressMedia = (page: Page, action: 'play' | 'pause' | 'nexttrack') =>
  page.evaluate((name) => {
    const handlers = (window as unknown as { mediaHandlers: Record<string, (() => void) | null> })
      .mediaHandlers;
    handlers[name]?.();
  }, action);

/**
 * A device with a current safety screen and the two-point plan, whose speech, tones, buzzes
 * and wake lock are recorded (headless Chromium has no voices), on a clock the test runs.
 */
async function sessionPage(
  options: { plan?: boolean; safety?: boolean; width?: number; height?: number } = {},
): Promise<Page> {
  const page = await browser.newPage(options);
  const safety = options.safety === false ? null : await currentSafetyRecord();
  await page.addInitScript(
    ({ safety, plan }) => {
      if (safety !== null) localStorage.setItem('unknot.safety', JSON.stringify(safety));
      if (plan !== null) localStorage.setItem('unknot.plan', JSON.stringify(plan));
      const recorded = { spoken: [], tones: [], vibrations: [], wakeLock: [], media: [] } as {
        spoken: string[];
        tones: number[];
        vibrations: number[][];
        wakeLock: string[];
        media: string[];
      };
      // Headphone buttons: record each Media Session handler and keep it for the test to press.
      const mediaHandlers: Record<string, (() => void) | null> = {};
      (window as unknown as { mediaHandlers: typeof mediaHandlers }).mediaHandlers = mediaHandlers;
      const setActionHandler = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
      navigator.mediaSession.setActionHandler = (action, handler) => {
        recorded.media.push(`${action}:${handler === null ? 'cleared' : 'set'}`);
        mediaHandlers[action] = handler as (() => void) | null;
        setActionHandler(action, handler);
      };
      (window as unknown as { recorded: typeof recorded }).recorded = recorded;
      window.speechSynthesis.speak = (utterance) => {
        recorded.spoken.push(utterance.text);
      };
      const createOscillator = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        const oscillator = createOscillator.call(this);
        const start = oscillator.start.bind(oscillator);
        oscillator.start = (when?: number) => {
          recorded.tones.push(oscillator.frequency.value);
          start(when);
        };
        return oscillator;
      };
      navigator.vibrate = ((pattern: number | number[]) => {
        recorded.vibrations.push(Array.isArray(pattern) ? [...pattern] : [pattern]);
        return true;
      }) as Navigator['vibrate'];
      // A stand-in for speech recognition: the test hands it what was "heard".
      class FakeRecognition {
        continuous = false;
        interimResults = false;
        lang = '';
        onresult: ((event: unknown) => void) | null = null;
        onerror: ((event: unknown) => void) | null = null;
        onend: (() => void) | null = null;
        constructor() {
          (window as unknown as { recognition: FakeRecognition }).recognition = this;
        }
        start() {}
        stop() {}
      }
      (window as unknown as { SpeechRecognition: unknown }).SpeechRecognition = FakeRecognition;
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: {
          request: async () => {
            recorded.wakeLock.push('request');
            let released = false;
            return {
              get released() {
                return released;
              },
              release: async () => {
                released = true;
                recorded.wakeLock.push('release');
              },
            };
          },
        },
      });
    },
    { safety, plan: options.plan === false ? null : planRecord },
  );
  // The page's clock is the test's: runFor moves it on. (It also creeps on in real time, and
  // axe-core needs that, so the checks below allow a second or two of drift.)
  await page.clock.install();
  await page.goto('/session');
  return page;
}

const recorded = (page: Page): Promise<Recorded> =>
  page.evaluate(() => (window as unknown as { recorded: Recorded }).recorded);

const savedLogs = async (page: Page): Promise<SessionLog[]> =>
  JSON.parse((await page.evaluate(() => localStorage.getItem('unknot.session-logs'))) ?? '[]');

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** What has focus: its text, and the question it answers when it sits in a fieldset. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const legend = element?.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
    const name = element?.getAttribute('aria-label') ?? element?.textContent ?? '';
    return `${legend}|${name.trim()}`;
  });

/** Presses Tab until the focused control matches, as a keyboard user would. */
async function tabTo(page: Page, match: RegExp): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (match.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${match}; last focus: ${await focused(page)}`);
}

const countdown = (page: Page) => page.locator('.work__seconds').textContent();

/** Every line the machine said over this log, replayed in Node from the saved events. */
function linesOf(log: SessionLog): string[] {
  let state = newSession(log.plan);
  const lines: string[] = [];
  for (const event of log.events as SessionEvent[]) {
    const moved = next(state, event);
    if (!moved.ok) throw new Error(moved.message);
    state = moved.value.state;
    for (const cue of moved.value.cues) if (cue.kind === 'speak') lines.push(cue.text);
  }
  return lines;
}

/** Hands the fake recognition a final result, as if the person said `words`. */
const say = (page: Page, words: string) =>
  page.evaluate((transcript) => {
    const recognition = (
      window as unknown as { recognition?: { onresult: ((event: unknown) => void) | null } }
    ).recognition;
    recognition?.onresult?.({
      resultIndex: 0,
      results: { length: 1, 0: { isFinal: true, 0: { transcript } } },
    });
  }, words);

describe('the session player', () => {
  it('runs a two-point session by keyboard alone, speaking and captioning every cue, and saves the ratings and pain scores', async () => {
    const page = await sessionPage();
    await expect(heading(page).textContent()).resolves.toBe("Today's session");
    await expectNoAxeViolations(page);

    // Pain before: 6, then start.
    await tabTo(page, /\|6 out of 10$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /\|Start the session$/);
    await page.keyboard.press('Enter');

    // Point 1, left buttock: get into position, then the first hold starts by itself.
    await expect(heading(page).textContent()).resolves.toMatch(/buttock point.*Left side/);
    await expect(page.locator('.work__now').textContent()).resolves.toBe('Get into position');
    await expect(page.getByRole('button', { name: 'That helped' }).isDisabled()).resolves.toBe(
      true,
    );
    await expectNoAxeViolations(page);
    await page.clock.runFor(15_500);
    await expect(page.locator('.work__now').textContent()).resolves.toBe('Hold 1 of 3');
    await expect(page.locator('.work__facts').textContent()).resolves.toContain(
      'Hold 10 seconds, 3 times',
    );
    await expectNoAxeViolations(page);

    // Pause keeps the countdown where it was, however long the pause.
    await page.clock.runFor(3_000);
    await page.keyboard.press('Space');
    await expect(page.locator('.work__now').textContent()).resolves.toBe('Paused: hold 1 of 3');
    const atPause = Number(await countdown(page));
    expect(atPause).toBeGreaterThan(3);
    expect(atPause).toBeLessThanOrEqual(7);
    await page.clock.runFor(60_000);
    await expect(countdown(page).then(Number)).resolves.toBe(atPause);
    await expect(page.getByRole('button', { name: 'Resume' }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await expect(countdown(page).then(Number)).resolves.toBe(atPause);
    await page.keyboard.press('Space');
    await page.clock.runFor(2_000);
    await expect(countdown(page).then(Number)).resolves.toBeLessThanOrEqual(atPause - 2);

    // The rest of hold 1, a rest, hold 2, a rest, hold 3: then the quick rating.
    await page.clock.runFor(6_000 + 5_000 + 10_000 + 5_000 + 10_000);
    await expect(heading(page).textContent()).resolves.toBe('How was that point?');
    await expectNoAxeViolations(page);
    await tabTo(page, /^Was the spot sore.*\|Yes$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Did it bring on your usual pain\?\|Yes$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Did it ease while you pressed\?\|No$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /\|Save and go on$/);
    await page.keyboard.press('Enter');

    // Point 2, right hip hiker: "too much" once eases off, twice stops the point.
    await expect(heading(page).textContent()).resolves.toMatch(/Right side/);
    await page.clock.runFor(15_500); // the player looks every 250 ms
    await expect(page.locator('.work__now').textContent()).resolves.toBe('Hold 1 of 3');
    await tabTo(page, /\|Too much$/);
    await page.keyboard.press('Enter');
    await expect(page.locator('.work__now').textContent()).resolves.toBe('Ease off');
    await expectNoAxeViolations(page);
    await page.clock.runFor(10_500);
    await expect(page.locator('.work__now').textContent()).resolves.toBe('Hold 1 of 3, gently');
    await page.keyboard.press('Enter'); // still on "Too much": the second one
    await expect(heading(page).textContent()).resolves.toBe('All points are done');
    await expectNoAxeViolations(page);

    // Pain after: 3, then finish.
    await tabTo(page, /\|3 out of 10$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /\|Finish the session$/);
    await page.keyboard.press('Enter');
    await expect(heading(page).textContent()).resolves.toBe('Session done');
    await expectNoAxeViolations(page);

    const logs = await savedLogs(page);
    expect(logs).toHaveLength(1);
    const [log] = logs as [SessionLog];
    expect(log.planId).toBe('plan-e2e-1');
    expect(log.painBefore).toBe(6);
    expect(log.painAfter).toBe(3);
    expect(log.endedAt).not.toBeNull();
    expect(log.points).toMatchObject([
      {
        side: 'left',
        endedBy: 'completed',
        repsDone: 3,
        secondsPressed: 30, // the pause does not count
        rating: { tender: true, reproduced: true, eased: false },
      },
      { side: 'right', endedBy: 'too-much', repsDone: 0 },
    ]);
    expect(log.points[1]?.rating).toBeUndefined();

    // Every line the machine gave is captioned and handed to speech synthesis, in order.
    const lines = linesOf(log);
    expect(lines).toContain('Paused.');
    expect(lines).toContain('Carrying on.');
    // Holds 1 (and again on resume), 2 and 3 of the first point; 1 and 1 gently of the second.
    expect(lines.filter((line) => line.startsWith('Hold '))).toHaveLength(6);
    expect(lines).toContain('That is enough for this point. Moving on.');
    // Beside them, the player's own get-ready countdown before holds ("3.", "2.", "1.").
    const countdownLine = (line: string) => /^[123]\.$/.test(line);
    const captions = await page.locator('.captions__list li').allTextContents();
    expect(captions.filter((line) => !countdownLine(line))).toEqual(lines);
    const spoken = (await recorded(page)).spoken;
    expect(spoken.filter((line) => !countdownLine(line))).toEqual(lines);
    expect(spoken.filter(countdownLine).length).toBeGreaterThan(0);
    expect(pageProblems(page)).toEqual([]);
  });

  it('goes through a whole session hands-free once started: voice, beeps, buzzes and the screen kept on', async () => {
    const page = await sessionPage();
    await page.getByRole('button', { name: 'Start without a pain score' }).click();
    // Two points of 15 s positioning, 3 holds of 10 s with 5 s rests and a 20 s rating.
    await page.clock.runFor(2 * (15_000 + 30_000 + 10_000 + 20_000) + 1_000);
    await expect(heading(page).textContent()).resolves.toBe('All points are done');

    const sound = await recorded(page);
    expect(sound.spoken.filter((line) => /^Hold \d of 3\./.test(line))).toHaveLength(6);
    expect(sound.spoken.at(-1)).toBe('All points are done. How is your pain now, from 0 to 10?');
    // A spoken 3, 2, 1 before every hold: 3 holds on each of 2 points.
    expect(sound.spoken.filter((line) => line === '1.')).toHaveLength(6);
    // The start tone is one 880 Hz note; the end tone begins with a 587 Hz note.
    expect(sound.tones.filter((hz) => hz === 880)).toHaveLength(6);
    expect(sound.tones.filter((hz) => hz === 587)).toHaveLength(6);
    expect(sound.vibrations.filter((p) => p.length === 1 && p[0] === 200)).toHaveLength(6);
    expect(sound.wakeLock).toEqual(['request']);

    const [log] = await savedLogs(page);
    expect(log?.endedAt).toBeNull();
    expect(log?.points.map((p) => [p.side, p.endedBy, p.repsDone])).toEqual([
      ['left', 'completed', 3],
      ['right', 'completed', 3],
    ]);

    await page.getByRole('button', { name: 'Finish without a pain score' }).click();
    await expect(heading(page).textContent()).resolves.toBe('Session done');
    expect((await recorded(page)).wakeLock).toEqual(['request', 'release']);
    expect(await savedLogs(page)).toHaveLength(1);
  });

  it('sets Media Session handlers while the session runs, so headphone buttons pause, resume and skip, and clears them after', async () => {
    const page = await sessionPage();
    expect((await recorded(page)).media).toEqual([]);
    await page.getByRole('button', { name: 'Start without a pain score' }).click();
    await page.clock.runFor(1_000);
    expect((await recorded(page)).media).toEqual(['play:set', 'pause:set', 'nexttrack:set']);

    await pressMedia(page, 'pause');
    await expect(page.getByRole('button', { name: 'Resume' }).isVisible()).resolves.toBe(true);
    await pressMedia(page, 'play');
    await expect(page.getByRole('button', { name: 'Pause' }).isVisible()).resolves.toBe(true);
    await pressMedia(page, 'nexttrack');
    await expect(heading(page).textContent()).resolves.toMatch(/Right side/);

    await pressMedia(page, 'nexttrack');
    await expect(heading(page).textContent()).resolves.toBe('All points are done');
    expect((await recorded(page)).media.slice(3)).toEqual([
      'play:cleared',
      'pause:cleared',
      'nexttrack:cleared',
    ]);
    expect(pageProblems(page)).toEqual([]);
  });

  it('ends the current point when the person says "stop", and says it is listening', async () => {
    const page = await sessionPage();
    await page.getByText('Sound and voice settings').click();
    await page.getByRole('checkbox', { name: /Voice commands/ }).check();
    await page.getByRole('button', { name: 'Start without a pain score' }).click();
    await page.clock.runFor(1_000);
    await expect(
      page.getByText('Listening: say "stop" to end this point.').isVisible(),
    ).resolves.toBe(true);
    await say(page, 'stop');
    await expect(heading(page).textContent()).resolves.toMatch(/Right side/);
    const [log] = await savedLogs(page);
    expect(log?.points[0]?.endedBy).toBe('skipped');
  });

  it('asks before Escape stops a session, carries on when told to, and keeps what was done', async () => {
    const page = await sessionPage();
    await page.getByRole('button', { name: '4 out of 10' }).click();
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.clock.runFor(20_000);
    await page.keyboard.press('Escape');
    const dialog = page.getByRole('dialog', { name: 'Stop the session?' });
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(page.locator('.work__now').textContent()).resolves.toMatch(/^Hold 1 of 3/);

    await page.keyboard.press('Escape');
    await tabTo(page, /\|Stop now$/);
    await page.keyboard.press('Enter');
    await expect(heading(page).textContent()).resolves.toBe('Session done');
    const [log] = await savedLogs(page);
    expect(log?.endedAt).not.toBeNull();
    expect(log?.painBefore).toBe(4);
    expect(log?.points).toMatchObject([{ side: 'left', endedBy: 'skipped', repsDone: 0 }]);
    // 5 s into the first hold, plus the little real time the clock crept on meanwhile.
    expect(log?.points[0]?.secondsPressed).toBeGreaterThanOrEqual(5);
    expect(log?.points[0]?.secondsPressed).toBeLessThan(10);
  });

  it('skips and goes back with the arrow keys', async () => {
    const page = await sessionPage();
    await page.getByRole('button', { name: 'Start without a pain score' }).click();
    await page.keyboard.press('ArrowRight');
    await expect(heading(page).textContent()).resolves.toMatch(/Right side/);
    await page.keyboard.press('ArrowLeft');
    await expect(heading(page).textContent()).resolves.toMatch(/Left side/);
    const spoken = (await recorded(page)).spoken;
    expect(spoken).toContain('Skipping.');
    expect(spoken).toContain('Going back.');
  });

  it('without a plan, says so and leads to the plan page', async () => {
    const page = await sessionPage({ plan: false });
    await expect(heading(page).textContent()).resolves.toBe('No plan yet');
    await expect(
      page.getByRole('link', { name: 'Make my plan' }).getAttribute('href'),
    ).resolves.toBe('/plan');
    await expectNoAxeViolations(page);
  });

  it('fits a 320 px wide phone with the buttons at least 64 px tall', async () => {
    const page = await sessionPage({ width: 320, height: 640 });
    await page.getByRole('button', { name: 'Start without a pain score' }).click();
    await page.clock.runFor(15_000);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of ['Too much', 'That helped', 'Back', 'Skip', 'Pause', 'Stop']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box?.height, name).toBeGreaterThanOrEqual(64);
      expect(box?.width, name).toBeGreaterThanOrEqual(64);
    }
  });

  it('after a throttled tab wakes, says where the session is now instead of the backlog', async () => {
    const page = await sessionPage();
    await page.getByRole('button', { name: 'Start without a pain score' }).click();
    const before = (await recorded(page)).spoken.length;
    // fastForward fires each due timer once, as a tab the browser held back for a minute.
    await page.clock.fastForward(60_000);
    await expect(heading(page).textContent()).resolves.toBe('How was that point?');
    const caughtUp = (await recorded(page)).spoken.slice(before);
    expect(caughtUp).toHaveLength(2);
    expect(caughtUp.at(-1)).toMatch(/^How was that point\?/);
    const captions = await page.locator('.captions__list li').allTextContents();
    expect(captions.filter((line) => /^Hold \d of 3/.test(line))).toHaveLength(3);
  });

  it('takes voice commands once they are turned on, and never needs them', async () => {
    const page = await sessionPage();
    await page.getByText('Sound and voice settings').click();
    await expectNoAxeViolations(page);
    await page.getByRole('checkbox', { name: /Voice commands/ }).check();
    await page.getByRole('button', { name: 'Start without a pain score' }).click();
    await page.clock.runFor(15_500);
    await expect(page.locator('.work__now').textContent()).resolves.toBe('Hold 1 of 3');
    await say(page, 'too much');
    await expect(page.locator('.work__now').textContent()).resolves.toBe('Ease off');
    await say(page, 'pause');
    await expect(page.locator('.work__now').textContent()).resolves.toBe('Paused: ease off');
    await say(page, 'carry on');
    await say(page, 'next');
    await expect(heading(page).textContent()).resolves.toMatch(/Right side/);
    await say(page, 'what a lovely evening');
    await expect(heading(page).textContent()).resolves.toMatch(/Right side/);
  });

  it('sends a person with no current safety check to it first, on the same dark screen', async () => {
    const page = await sessionPage({ safety: false });
    await expect(heading(page).textContent()).resolves.toBe('A safety check comes first');
    await expectNoAxeViolations(page);
  });
});
