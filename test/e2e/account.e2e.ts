// Accounts in Chromium against the real server: a device used without an account, then a new
// account that receives its session once (and not again on a second sign-in); readable
// errors for a wrong, weak or rate-limited password; reminders and their calendar file; the
// three downloads, an import, and deleting the account with all its data; axe and 320 px.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../../src/core/contracts/session-log.js';
import { loggedSession } from '../../src/web/sync/sync-fixtures.js';
import { browserPerFile, expectNoAxeViolations, pageProblems } from './browser.js';

const browser = browserPerFile();
const password = 'river stone lamp 42';
let people = 0;
/** Each test its own account: every run starts one server for all specs. */
const newEmail = () => `person${Date.now()}-${++people}@example.org`;

/** A session finished yesterday on this device, pain 6 before and 3 after. */
const deviceSession = (): SessionLog =>
  loggedSession(crypto.randomUUID(), Date.now() - 24 * 3_600_000, { before: 6, after: 3 });

async function deviceWith(logs: readonly SessionLog[], width = 390): Promise<Page> {
  const page = await browser.newPage({ width });
  await page.addInitScript((logs) => {
    if (localStorage.getItem('unknot.session-logs') === null) {
      localStorage.setItem('unknot.session-logs', JSON.stringify(logs));
    }
  }, logs);
  return page;
}

/** Refused requests (401, 403, 429) are what these tests ask for; anything else is a fault. */
const unexpectedProblems = (page: Page) =>
  pageProblems(page).filter(
    (problem) =>
      !/Failed to load resource: the server responded with a status of 4\d\d/.test(problem),
  );

const notice = (page: Page) => page.locator('.account-notice');
/** Every alert on the page: a form's refusal shows in its own alert. */
const alerts = (page: Page) => page.getByRole('alert').allTextContents();

async function fillEntry(page: Page, email: string, secret: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(secret);
}

async function signUp(page: Page, email: string) {
  await page.goto('/account');
  await page.getByRole('button', { name: 'Make an account' }).click();
  await fillEntry(page, email, password);
  await page.getByRole('button', { name: 'Make my account' }).click();
  await expect
    .poll(() => notice(page).textContent())
    .toMatch(/^Your account is made\. (Saved|Your)/);
}

/** Signs in with the form and answers the status the server gave. */
async function signIn(page: Page, email: string, secret = password): Promise<number> {
  await fillEntry(page, email, secret);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in')),
    page.getByRole('main').getByRole('button', { name: 'Sign in', exact: true }).last().click(),
  ]);
  return response.status();
}

/** GET from inside the page, with its cookie: what the server holds for this person. */
const serverGet = (page: Page, path: string) =>
  page.evaluate(async (path) => {
    const response = await fetch(path);
    return { status: response.status, body: await response.text() };
  }, path);

const serverSessionIds = async (page: Page): Promise<string[]> => {
  const { body } = await serverGet(page, '/api/me/session-logs');
  return (JSON.parse(body) as { items: { id: string }[] }).items.map((item) => item.id);
};

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('an account', () => {
  it('is never needed, and once made it receives the device’s earlier session once, not again on a second sign-in', async () => {
    const session = deviceSession();
    const page = await deviceWith([session]);
    await page.goto('/progress');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Your progress',
    );
    await expect(page.getByText('This shows what this device holds.').isVisible()).resolves.toBe(
      true,
    );
    await expect(
      page.getByRole('link', { name: 'Sign in', exact: true }).isVisible(),
    ).resolves.toBe(true);

    await page.getByRole('link', { name: 'Sign in or make an account' }).click();
    // The account screen loads on its first visit: wait for it, then read it.
    await page.getByText('You do not need an account.').waitFor();
    await expectNoAxeViolations(page);

    const email = newEmail();
    await page.getByRole('button', { name: 'Make an account' }).click();
    await expect(
      page.getByRole('list', { name: 'Password rules' }).textContent(),
    ).resolves.toContain('At least 10 characters');
    await expectNoAxeViolations(page);
    await fillEntry(page, email, password);
    await page.getByRole('button', { name: 'Make my account' }).click();
    await expect
      .poll(() => notice(page).textContent())
      .toBe('Your account is made. Saved to your account: 1 session.');
    await expect(page.getByText(`Signed in as ${email}`).isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('link', { name: 'Signed in: Account' }).getAttribute('href'),
    ).resolves.toBe('/account');
    await expectNoAxeViolations(page);
    expect(await serverSessionIds(page)).toEqual([session.id]);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect.poll(() => notice(page).textContent()).toMatch(/^You are signed out\./);
    await expect((await serverGet(page, '/api/me')).status).toBe(401);
    await expectNoAxeViolations(page);

    expect(await signIn(page, email)).toBe(200);
    await expect
      .poll(() => notice(page).textContent())
      .toBe('You are signed in. Your account already has everything this device holds.');
    expect(await serverSessionIds(page)).toEqual([session.id]);
    expect(unexpectedProblems(page)).toEqual([]);
  });

  it('says plainly who the administrator is: only the first account on the server', async () => {
    const page = await deviceWith([]);
    await signUp(page, newEmail());
    const me = JSON.parse((await serverGet(page, '/api/me')).body) as {
      account: { isAdmin: boolean };
    };
    const adminLine = page.getByText('You are the administrator of this Unknot server');
    await expect(adminLine.isVisible()).resolves.toBe(me.account.isAdmin);
    // Other specs ran first on this server, so the first account may be another test's.
    if (!me.account.isAdmin) await expect(adminLine.count()).resolves.toBe(0);
  });

  it('explains a bad email, a common password, a wrong password and too many tries in plain words', async () => {
    const page = await deviceWith([]);
    const email = newEmail();
    await page.goto('/account');
    await page.getByRole('button', { name: 'Make an account' }).click();
    await fillEntry(page, 'not an email', password);
    await page.getByRole('button', { name: 'Make my account' }).click();
    await expect(alerts(page)).resolves.toEqual([
      'Check the email address. It looks like name@example.org.',
    ]);

    // Passes every rule the device checks; the server knows it is common.
    await fillEntry(page, email, '1234567890');
    await page.getByRole('button', { name: 'Make my account' }).click();
    await expect
      .poll(() => alerts(page))
      .toEqual(['That password is on a list of the most common ones. Please pick another.']);
    await expectNoAxeViolations(page);

    await fillEntry(page, email, password);
    await page.getByRole('button', { name: 'Make my account' }).click();
    await expect.poll(() => notice(page).textContent()).toMatch(/^Your account is made\./);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect.poll(() => notice(page).textContent()).toMatch(/^You are signed out\./);

    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await signIn(page, email, `wrong password ${attempt}`)).toBe(401);
      await expect
        .poll(() => alerts(page))
        .toEqual(['The email or the password is not right. Check both and try again.']);
    }
    await expectNoAxeViolations(page);
    // Even the right password waits now: the account is shielded from guessing.
    expect(await signIn(page, email, password)).toBe(429);
    await expect
      .poll(() => alerts(page))
      .toEqual([
        expect.stringMatching(
          /^Too many wrong tries\. To keep your account safe, please wait \d+ minutes? and try again\.$/,
        ),
      ]);
    await expectNoAxeViolations(page);
    expect(unexpectedProblems(page)).toEqual([]);
  });

  it('changes the password, and signs out on every device', async () => {
    const page = await deviceWith([]);
    const email = newEmail();
    await signUp(page, email);
    await page.getByText('Change your password').click();
    await page.getByLabel('Your password now').fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill('a new long phrase 7');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect
      .poll(() => alerts(page))
      .toEqual(['That password is not right. Check it and try again.']);
    await page.getByLabel('Your password now').fill(password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'password is changed' }).count())
      .toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Sign out on every device' }).click();
    await expect.poll(() => notice(page).textContent()).toMatch(/signed out on every device/);
    expect(await signIn(page, email, 'a new long phrase 7')).toBe(200);
    await expect.poll(() => notice(page).textContent()).toMatch(/^You are signed in\./);
  });

  it('saves reminder days and time, gives a calendar file that repeats them, and reminds on the next visit', async () => {
    const page = await deviceWith([]);
    await signUp(page, newEmail());
    for (const day of [
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]) {
      await page.getByRole('checkbox', { name: day }).check();
    }
    // Midnight every day: the latest reminder time has always passed, and no session since.
    await page.getByLabel('Time').fill('00:00');
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await expect.poll(() => page.getByText('Reminders saved.').count()).toBe(1);
    await expectNoAxeViolations(page);

    const calendar = await download(page, 'Add to your calendar (.ics file)');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toMatch(/RRULE:FREQ=WEEKLY;[^\r\n]*BYDAY=MO,TU,WE,TH,FR,SA,SU/);

    await page.goto('/');
    const nudge = page.getByRole('link', { name: 'Reminder: time for your session' });
    await expect(nudge.isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await nudge.click();
    await page.getByText('It is time for your session.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(page.getByText('It is time for your session.').count()).resolves.toBe(0);
    await page.goto('/');
    await expect(nudge.count()).resolves.toBe(0);
  });

  it('downloads everything as JSON, CSV and FHIR with the session in each, brings an export back without doubling, and deletes it all', async () => {
    const session = deviceSession();
    const page = await deviceWith([session]);
    const email = newEmail();
    await signUp(page, email);

    const json = JSON.parse(await download(page, 'Download everything (JSON)')) as {
      format: string;
      sessionLogs: { id: string; painBefore: number; painAfter: number }[];
    };
    expect(json.format).toBe('unknot-export');
    expect(json.sessionLogs.map((log) => [log.id, log.painBefore, log.painAfter])).toEqual([
      [session.id, 6, 3],
    ]);
    const csv = await download(page, 'Download your sessions (CSV)');
    expect(csv.split(/\r?\n/)[0]).toMatch(/^session_id,started_at/);
    expect(csv).toContain(session.id);
    const fhir = JSON.parse(await download(page, 'Download for health records (FHIR)')) as {
      resourceType: string;
      entry: { resource: { resourceType: string; code?: { coding?: { code: string }[] } } }[];
    };
    expect(fhir.resourceType).toBe('Bundle');
    const painCodes = fhir.entry
      .filter((e) => e.resource.resourceType === 'Observation')
      .flatMap((e) => e.resource.code?.coding?.map((c) => c.code) ?? []);
    expect(painCodes).toContain('72514-3');

    await page.getByLabel('Bring back a JSON export').setInputFiles({
      name: 'unknot-export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(json)),
    });
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Nothing new' }).textContent())
      .toBe('Nothing new to bring back. Already here, so not doubled: 1 session.');
    await page.getByLabel('Bring back a JSON export').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await expect
      .poll(() => alerts(page))
      .toEqual([expect.stringMatching(/^This file is not an Unknot export\./)]);
    expect(await serverSessionIds(page)).toEqual([session.id]);

    await page.getByText('I want to delete my account').click();
    await page.getByLabel('Type your password to confirm').fill('not my password');
    await page.getByRole('button', { name: 'Delete my account and all its data' }).click();
    await expect
      .poll(() => alerts(page))
      .toContain('That password is not right. Check it and try again.');
    await expectNoAxeViolations(page);
    await page.getByLabel('Type your password to confirm').fill(password);
    await page.getByRole('button', { name: 'Delete my account and all its data' }).click();
    await expect
      .poll(() => notice(page).textContent())
      .toBe('Your account and all it kept on this server are deleted. You are signed out.');
    await expectNoAxeViolations(page);
    expect((await serverGet(page, '/api/me')).status).toBe(401);
    expect((await serverGet(page, '/api/me/session-logs')).status).toBe(401);

    expect(await signIn(page, email)).toBe(401);
    await expect
      .poll(() => alerts(page))
      .toEqual(['The email or the password is not right. Check both and try again.']);

    // The device kept its own copy until asked to clear it.
    const deviceLogs = () => page.evaluate(() => localStorage.getItem('unknot.session-logs'));
    expect(await deviceLogs()).toContain(session.id);
    await page.getByRole('button', { name: 'Clear this device too' }).click();
    await expect(page.getByText('This device is cleared too.').isVisible()).resolves.toBe(true);
    expect(await deviceLogs()).toBeNull();
    expect(unexpectedProblems(page)).toEqual([]);
  });

  it('fits a 320 px phone without sideways scrolling, signed out and signed in', async () => {
    const page = await deviceWith([deviceSession()], 320);
    await page.goto('/account');
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.getByRole('button', { name: 'Make an account' }).click();
    await fillEntry(page, newEmail(), password);
    await page.getByRole('button', { name: 'Make my account' }).click();
    await expect.poll(() => notice(page).textContent()).toMatch(/^Your account is made\./);
    await page.getByText('Change your password').click();
    await page.getByText('I want to delete my account').click();
    expect(await noSidewaysScroll(page)).toBe(true);
    await expectNoAxeViolations(page);
  });
});
