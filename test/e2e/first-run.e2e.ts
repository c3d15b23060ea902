// A fresh server in Chromium: the first account needs the setup code from the server's log,
// the administrator closes sign-up and the form then says so plainly, and "sign out and clear
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

    // The administrator closes sign-up; a visitor's form then says so.
    const closed = await page.evaluate(async () => {
      const response = await fetch('/api/admin/settings', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ signups: 'closed' }),
      });
      return response.status;
    });
    expect(closed).toBe(200);
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
