// A fresh server in Chromium: the first account needs the setup code from the server's log,
// the administrator closes sign-up on the Administration page (by keyboard) and the form then
// says so plainly, and "sign out and clear
// this device" takes the health records off the browser.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPerFile, expectNoAxeViolations } from './browser.js';
import { type RunningServer, startServer } from './server-process.js';

const browser = browserPerFile();
const password = 'harbour kettle violet 7';
let server: RunningServer;

beforeAll(async () => {
  // A busy test machine is not overload: shedding stays off here.
  server = await startServer({
    entry: inject('serverEntry'),
    env: { MAX_EVENT_LOOP_DELAY_MS: '0' },
  });
});
afterAll(async () => {
  await server?.stop();
});

describe('a new server', () => {
  it('asks for the setup code from its log to make the first account, the administrator', async () => {
    const code = /setup code: ([A-Z2-9]+)/.exec(server.output())?.[1];
    expect(code).toBeDefined();
    const page = await browser.newPage({ baseURL: server.baseURL });
    await page.addInitScript(() => {
      if (localStorage.getItem('unknot.session-logs') === null)
        localStorage.setItem('unknot.session-logs', '[]');
    });
    await page.goto('/account');
    await page.getByRole('button', { name: 'Make an account' }).click();
    const codeField = page.getByLabel('Setup code');
    await expect.poll(() => codeField.isVisible(), { timeout: 10_000 }).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByLabel('Email').fill('owner@example.org');
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Make my account' }).click();
    await expect
      .poll(() => page.getByRole('alert').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringMatching(/setup code/i)]);
    await codeField.fill(code ?? '');
    await page.getByRole('button', { name: 'Make my account' }).click();
    await expect
      .poll(() => page.getByText('You are the administrator of this Unknot server').count(), {
        timeout: 10_000,
      })
      .toBe(1);

    // The administrator closes sign-up on the Administration page, by keyboard alone; the
    // page says the choice overrides the server's SIGNUPS setting.
    await page.goto('/admin');
    const open = page.getByRole('radio', { name: /^Open/ });
    await expect.poll(() => open.isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByText("This comes from the server's SIGNUPS setting").count()).toBe(1);
    await expectNoAxeViolations(page);
    await open.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /^Closed/ }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(
      await page
        .getByRole('button', { name: 'Save who may sign up' })
        .evaluate((button) => button === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').allTextContents(), { timeout: 10_000 })
      .toContain('Saved. Sign-up is now: Closed.');
    expect(
      await page
        .getByText(
          /You chose this here\. It overrides the server's SIGNUPS setting, which says "Open"/,
        )
        .count(),
    ).toBe(1);
    // Nothing sideways at 390 px, and still no axe violation.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await expectNoAxeViolations(page);
    await page.goto('/account');
    const visitor = await browser.newPage({ baseURL: server.baseURL, width: 320 });
    await visitor.goto('/account');
    await visitor.getByRole('button', { name: 'Make an account' }).click();
    await expect
      .poll(() => visitor.getByText('This server does not take new accounts').count(), {
        timeout: 10_000,
      })
      .toBe(1);
    await expectNoAxeViolations(visitor);

    // Signing out with "clear this device" leaves no health records in the browser.
    expect(await page.evaluate(() => localStorage.getItem('unknot.session-logs'))).not.toBeNull();
    await page.getByRole('button', { name: 'Sign out and clear this device' }).click();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('unknot.session-logs')), {
        timeout: 10_000,
      })
      .toBeNull();
  });
});
