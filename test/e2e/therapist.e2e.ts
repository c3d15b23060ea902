// Therapists and their clients in Chromium against a server of this spec's own (so its first
// account is the administrator): the administrator makes a therapist; the therapist turns on
// two-step sign-in (codes computed here from the secret) and makes an invitation; a new client
// opens the link in a second browser, signs up, reads the consent and accepts; the therapist
// sees the client's map and sessions; the client ends sharing and reads the access log; the
// therapist's view of the client is gone. Keyboard and axe on every page, at 390 px and wide.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loggedSession } from '../../src/web/sync/sync-fixtures.js';
import { browserPerFile, pageProblems } from './browser.js';
import {
  checkBothWidths,
  codeNow,
  narrow,
  ownServer,
  password,
  setupCodeOf,
  wide,
} from './own-server.js';

const browser = browserPerFile();
const { open, running } = ownServer(browser);

/** Refusals the flow asks for (401 before the code, 404 once sharing ends) are not faults. */
const unexpectedProblems = (page: Page) =>
  pageProblems(page).filter(
    (problem) =>
      !/Failed to load resource: the server responded with a status of 4\d\d/.test(problem),
  );

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
/** Tabs forward until the control has focus, then presses Enter: the keyboard alone does it. */
async function pressByKeyboard(page: Page, control: Locator, most = 80) {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (await control.evaluate((element) => element === document.activeElement)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`Tab never reached ${control.toString()}`);
}

const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' });

async function signUp(page: Page, email: string, displayName: string, setupCode?: string) {
  await page.getByRole('button', { name: 'Make an account' }).click();
  if (setupCode !== undefined) await page.getByLabel('Setup code').fill(setupCode);
  await page.getByLabel('Your name (optional)').fill(displayName);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Make my account' }).click();
}

/** Data the client has kept in their account: one pain map and one session, both yesterday. */
async function keepClientData(page: Page) {
  const yesterday = Date.now() - 24 * 3_600_000;
  const painMap = {
    id: crypto.randomUUID(),
    drawnAt: new Date(yesterday).toISOString(),
    regions: [{ id: 'low-back-left', intensity: 6 }],
  };
  const session = loggedSession(crypto.randomUUID(), yesterday, { before: 6, after: 3 });
  const statuses = await page.evaluate(
    async ({ painMap, session }) => {
      const put = (path: string, body: unknown) =>
        fetch(path, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then((r) => r.status);
      return [
        await put(`/api/me/pain-maps/${painMap.id}`, painMap),
        await put(`/api/me/session-logs/${session.id}`, session),
      ];
    },
    { painMap, session },
  );
  expect(statuses).toEqual([201, 201]);
}

describe('therapists and their clients', () => {
  // One long story across three browsers, with axe twice on every page: minutes, not seconds.
  it('runs from making a therapist to a client ending sharing, by keyboard, with axe at 390 px and desktop width', {
    timeout: 300_000,
  }, async () => {
    const stamp = Date.now();
    const therapistEmail = `therapist${stamp}@example.org`;
    const clientEmail = `client${stamp}@example.org`;

    // The first account on this server is the administrator's.
    const admin = await open(wide);
    await admin.goto('/account');
    await signUp(admin, `admin${stamp}@example.org`, 'Sam Admin', setupCodeOf(running()));
    await expect
      .poll(() => admin.getByText('You are the administrator of this Unknot server').count())
      .toBe(1);

    const therapist = await open(narrow);
    await therapist.goto('/account');
    await signUp(therapist, therapistEmail, 'Dr Ana Lopez');
    await expect.poll(() => therapist.getByText(`Signed in as ${therapistEmail}`).count()).toBe(1);
    await checkBothWidths(therapist);

    // The administrator makes that account a therapist, by keyboard.
    await admin.getByRole('link', { name: 'Administration: accounts and roles' }).click();
    await expect.poll(() => heading(admin)).toBe('Administration');
    await expect.poll(() => admin.getByRole('table').count()).toBe(1);
    await checkBothWidths(admin);
    await pressByKeyboard(admin, button(admin, 'Make therapist: Dr Ana Lopez'));
    await expect
      .poll(() => admin.getByRole('status').allTextContents())
      .toContain(`${therapistEmail} is now a therapist.`);
    const row = admin.getByRole('row').filter({ hasText: therapistEmail });
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toContain('Therapist');

    // The therapist is sent to set up two-step sign-in before any client.
    await therapist.goto('/');
    await expect.poll(() => heading(therapist)).toBe('Your clients');
    await expect
      .poll(() =>
        therapist.getByRole('heading', { name: 'First, turn on two-step sign-in' }).count(),
      )
      .toBe(1);
    await checkBothWidths(therapist);
    await therapist.getByRole('link', { name: 'Set up two-step sign-in' }).click();
    await expect.poll(() => heading(therapist)).toBe('Your account');
    await pressByKeyboard(therapist, button(therapist, 'Set up two-step sign-in'));
    const qr = therapist.getByRole('img', {
      name: 'QR code to add Unknot to your authenticator app',
    });
    await expect.poll(() => qr.count()).toBe(1);
    expect(await qr.locator('rect').count()).toBeGreaterThan(20);
    const secret = (await therapist.locator('.two-factor-secret code').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    await checkBothWidths(therapist);
    await therapist.getByLabel(/Type the 6-digit code the app shows/).fill(codeNow(secret));
    await therapist.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    const codes = therapist
      .getByRole('region', { name: 'Your recovery codes' })
      .getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    const recoveryCode = ((await codes.first().textContent()) ?? '').trim();
    await checkBothWidths(therapist);
    await therapist.getByRole('button', { name: 'I have kept them' }).click();
    await expect
      .poll(() => therapist.getByRole('status').allTextContents())
      .toContain('Two-step sign-in is on.');

    // Signing in again asks for the code only now; a recovery code works in its place.
    await therapist.getByRole('button', { name: 'Sign out', exact: true }).click();
    await therapist.getByLabel('Email').fill(therapistEmail);
    await therapist.getByLabel('Password', { exact: true }).fill(password);
    await therapist
      .getByRole('main')
      .getByRole('button', { name: 'Sign in', exact: true })
      .last()
      .click();
    await expect.poll(() => therapist.getByLabel('6-digit code from your app').count()).toBe(1);
    await checkBothWidths(therapist);
    await therapist.getByRole('button', { name: 'Use a recovery code' }).click();
    await therapist.getByLabel('Recovery code').fill(recoveryCode);
    await therapist.getByLabel('Recovery code').press('Enter');
    await expect.poll(() => heading(therapist)).toBe('Your clients');

    // An invitation: link, QR code and expiry, shown once.
    await expect
      .poll(() => therapist.getByText('No clients yet.', { exact: false }).count())
      .toBe(1);
    await pressByKeyboard(therapist, button(therapist, 'Make an invitation'));
    const card = therapist.getByRole('region', { name: 'Invitation from Dr Ana Lopez' });
    await expect.poll(() => card.count()).toBe(1);
    await expect(
      card.getByRole('img', { name: 'The invitation link as a QR code' }).count(),
    ).resolves.toBe(1);
    const link = ((await card.locator('code').textContent()) ?? '').trim();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{22,}$/);
    await expect(card.textContent()).resolves.toContain('It works once, until');
    await expect
      .poll(() =>
        therapist.getByRole('list', { name: 'Open invitations' }).getByRole('listitem').count(),
      )
      .toBe(1);
    await checkBothWidths(therapist);

    // A new client, in a browser of their own, opens the link.
    const client = await open(narrow);
    await client.goto('/invite/this-is-not-an-invitation');
    await expect.poll(() => heading(client)).toBe("This invitation can't be used");
    await checkBothWidths(client);
    await client.goto(new URL(link, running().baseURL).pathname);
    await expect
      .poll(() => heading(client))
      .toBe('Dr Ana Lopez invites you to share your Unknot data');
    await checkBothWidths(client);
    await signUp(client, clientEmail, 'Chris Client');
    await expect.poll(() => heading(client)).toBe('Share your data with Dr Ana Lopez?');
    const consent = (await client.getByRole('main').textContent()) ?? '';
    for (const part of [
      'Your pain maps',
      'Your safety check',
      'Your sessions',
      'Your progress',
      'Your weekly check-ins',
      'Mark the points they find by hand',
      'Give you plans',
      'You can end sharing at any time',
    ]) {
      expect(consent).toContain(part);
    }
    await checkBothWidths(client);
    await keepClientData(client);
    await pressByKeyboard(client, button(client, 'Yes, share with Dr Ana Lopez'));
    await expect.poll(() => heading(client)).toBe('You now share your data with Dr Ana Lopez');
    await checkBothWidths(client);

    // The therapist sees the client, their map and their sessions, read-only.
    await therapist.reload();
    const clientLink = therapist.getByRole('link', { name: 'Chris Client' });
    await expect.poll(() => clientLink.count()).toBe(1);
    await checkBothWidths(therapist);
    await clientLink.click();
    await expect.poll(() => heading(therapist)).toBe('Chris Client');
    await expect
      .poll(() => therapist.getByRole('img', { name: /Chris Client's pain map of/ }).count())
      .toBe(1);
    await expect(
      therapist.getByRole('region', { name: 'Marked areas' }).textContent(),
    ).resolves.toMatch(/Low back.*their left/i);
    await expect
      .poll(() => therapist.getByText('Pain before and after your session').count())
      .toBeGreaterThan(0);
    await checkBothWidths(therapist);
    const clientUrl = therapist.url();

    // A revoked invitation's link stops working at once.
    await therapist.getByRole('link', { name: 'Back to your clients' }).click();
    await therapist.getByRole('button', { name: 'Make an invitation' }).click();
    const second = ((await card.locator('code').textContent()) ?? '').trim();
    const openList = therapist.getByRole('list', { name: 'Open invitations' });
    await expect.poll(() => openList.getByRole('listitem').count()).toBe(1);
    await openList.getByRole('button', { name: /^Revoke/ }).click();
    await expect.poll(() => therapist.getByText('No invitation is open.').count()).toBe(1);
    await expect(card.count()).resolves.toBe(0);
    const stranger = await open(narrow);
    await stranger.goto(new URL(second, running().baseURL).pathname);
    await expect.poll(() => heading(stranger)).toBe("This invitation can't be used");

    // The client reads who looked, and ends sharing.
    await client.getByRole('link', { name: 'Go to your account' }).click();
    await expect.poll(() => heading(client)).toBe('Your account');
    const log = client.getByRole('region', { name: 'Who has looked at your data' });
    await expect
      .poll(() => log.textContent())
      .toContain('Dr Ana Lopez (your therapist) looked at your pain maps');
    const therapists = client.getByRole('region', { name: 'Your therapists' });
    await expect.poll(() => therapists.textContent()).toContain('Dr Ana Lopez');
    await checkBothWidths(client);
    await therapists.getByRole('button', { name: 'End sharing with Dr Ana Lopez' }).click();
    await checkBothWidths(client);
    await therapists.getByRole('button', { name: 'Yes, end sharing' }).click();
    await expect
      .poll(() => therapists.textContent())
      .toContain('Sharing with Dr Ana Lopez has ended.');
    await expect
      .poll(() => therapists.textContent())
      .toContain('You share your data with no therapist.');

    // The therapist's view of the client is gone at once.
    await therapist.goto(clientUrl);
    await expect.poll(() => heading(therapist)).toBe("This client's data is not available");
    await checkBothWidths(therapist);
    await therapist.goto('/therapist');
    await expect
      .poll(() => therapist.getByText('No clients yet.', { exact: false }).count())
      .toBe(1);
    await expect(therapist.getByRole('link', { name: 'Chris Client' }).count()).resolves.toBe(0);

    // Making the therapist a person again asks first, since it ends access to every client.
    await admin.reload();
    await admin.getByRole('button', { name: 'Make person: Dr Ana Lopez' }).click();
    await expect
      .poll(() => admin.getByText('Dr Ana Lopez will lose access to every client at once.').count())
      .toBe(1);
    await checkBothWidths(admin);
    await admin.getByRole('button', { name: 'Yes, make person' }).click();
    await expect
      .poll(() => admin.getByRole('status').allTextContents())
      .toContain(`${therapistEmail} is a person again. Their access to every client has ended.`);

    for (const page of [admin, therapist, client]) expect(unexpectedProblems(page)).toEqual([]);
  });
});
