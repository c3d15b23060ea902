// For browser tests that need a server of their own (so its first account is the
// administrator): the server started and stopped around the file, pages opened on it at a phone
// or a desktop width, axe at both widths, and two-step codes computed from a secret.
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { type browserPerFile, expectNoAxeViolations } from './browser.js';
import { type RunningServer, startServer } from './server-process.js';

export const password = 'river stone lamp 42';
export const wide = { width: 1280, height: 900 };
export const narrow = { width: 390, height: 844 };

/** Starts a server for this file; `open` makes a page on it at the given size. */
export function ownServer(browser: ReturnType<typeof browserPerFile>) {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    // As in global-setup: a busy test machine is not overload.
    server = await startServer({
      entry: inject('serverEntry'),
      env: { MAX_EVENT_LOOP_DELAY_MS: '0' },
    });
  });
  afterAll(async () => {
    await server?.stop();
  });
  const running = (): RunningServer => {
    if (!server) throw new Error('The server has not started yet.');
    return server;
  };
  return {
    running,
    open: (size: { width: number; height: number }) =>
      browser.newPage({ ...size, baseURL: running().baseURL }),
  };
}

/** A fresh server's first account needs the setup code it printed at start (as in global-setup). */
export function setupCodeOf(running: RunningServer): string {
  const code = /setup code: ([A-Z2-9]+)/.exec(running.output())?.[1];
  if (!code) throw new Error(`No setup code in the server's output:\n${running.output()}`);
  return code;
}

export const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** axe at this width and at the other one, and nothing wider than a 390 px screen. */
export async function checkBothWidths(page: Page) {
  const size = page.viewportSize() ?? narrow;
  await expectNoAxeViolations(page);
  await page.setViewportSize(size.width === narrow.width ? wide : narrow);
  await expectNoAxeViolations(page);
  await page.setViewportSize(narrow);
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.setViewportSize(size);
}

/** The two-step code for this secret now, as an authenticator app would show it. */
export const codeNow = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret.replace(/\s+/g, '')) }).generate();
