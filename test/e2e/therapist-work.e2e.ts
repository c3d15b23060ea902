// The therapist's work in Chromium against a server of this spec's own: a therapist marks two
// points found by hand on a client's map, builds a plan from Unknot's suggestion (removes a
// step, changes a dose, writes notes), prints it as a handout on A4 and Letter (pages counted
// in the PDF), the client sees it on Home and plays it in the player under Playwright's clock,
// and the therapist's follow-up shows the session. axe on every page, at 390 px and wide.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answeredSafety, loggedSession } from '../../src/web/sync/sync-fixtures.js';
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
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** A JSON request from inside the page, with its cookies; answers status and body. */
function api(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, path, body },
  );
}

async function signUpInForm(page: Page, email: string, displayName: string) {
  await page.goto('/account');
  await page.getByRole('button', { name: 'Make an account' }).click();
  await page.getByLabel('Your name (optional)').fill(displayName);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Make my account' }).click();
  await expect.poll(() => page.getByText(`Signed in as ${email}`).count()).toBe(1);
}

/** Counts the pages of a PDF Chromium made (each page object is "/Type /Page"). */
const pdfPages = (pdf: Buffer): number =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe("the therapist's work", () => {
  it('marks points, assigns and prints a plan, the client plays it, and the follow-up shows it', {
    timeout: 600_000,
  }, async () => {
    const stamp = Date.now();
    const therapistEmail = `therapist${stamp}@example.org`;

    // Accounts made by the API: the administrator (first account), the therapist with two-step
    // sign-in on, and the client linked by an invitation. The screens under test come after.
    const admin = await open(wide);
    await admin.goto('/');
    const setupCode = setupCodeOf(running());
    expect(
      (
        await api(admin, 'POST', '/api/auth/sign-up', {
          email: `admin${stamp}@example.org`,
          password,
          setupCode,
        })
      ).status,
    ).toBe(201);

    const therapist = await open(narrow);
    await signUpInForm(therapist, therapistEmail, 'Dr Ana Lopez');
    const me = await api(therapist, 'GET', '/api/me');
    const role = await api(admin, 'PUT', `/api/admin/accounts/${me.body.account.id}/role`, {
      role: 'therapist',
    });
    expect(role.status).toBe(200);
    const setup = await api(therapist, 'POST', '/api/me/two-factor');
    expect(
      (
        await api(therapist, 'POST', '/api/me/two-factor/confirm', {
          code: codeNow(setup.body.secret),
        })
      ).status,
    ).toBe(200);
    const invitation = await api(therapist, 'POST', '/api/therapist/invitations', {});
    expect(invitation.status).toBe(201);

    // The client keeps a pain map and a safety check in their account, and on this device.
    const safety = answeredSafety(new Date(Date.now() - 3_600_000).toISOString());
    const client = await open(narrow);
    await client.addInitScript((record) => {
      if (localStorage.getItem('unknot.safety') === null) {
        localStorage.setItem('unknot.safety', JSON.stringify(record));
      }
      window.speechSynthesis.speak = () => {};
    }, safety);
    await signUpInForm(client, `client${stamp}@example.org`, 'Chris Client');
    const mapId = crypto.randomUUID();
    const painMap = {
      id: mapId,
      drawnAt: new Date().toISOString(),
      regions: [
        { id: 'low-back-left', intensity: 6 },
        { id: 'buttock-upper-left', intensity: 5 },
        { id: 'buttock-upper-right', intensity: 3 },
      ],
    };
    expect((await api(client, 'PUT', `/api/me/pain-maps/${mapId}`, painMap)).status).toBe(201);
    const screenId = crypto.randomUUID();
    expect(
      (await api(client, 'PUT', `/api/me/safety-screens/${screenId}`, { id: screenId, ...safety }))
        .status,
    ).toBe(201);
    const earlier = loggedSession(crypto.randomUUID(), Date.now() - 3 * 86_400_000, {
      before: 6,
      after: 4,
    });
    expect((await api(client, 'PUT', `/api/me/session-logs/${earlier.id}`, earlier)).status).toBe(
      201,
    );
    const token = new URL(invitation.body.url).pathname.split('/').at(-1);
    expect((await api(client, 'POST', `/api/invitations/${token}/accept`, {})).status).toBe(200);

    // The therapist opens the client and marks two points found by hand.
    await therapist.goto('/therapist');
    const clientLink = therapist.getByRole('link', { name: 'Chris Client' });
    await expect.poll(() => clientLink.count()).toBe(1);
    await checkBothWidths(therapist);
    await clientLink.click();
    await expect.poll(() => heading(therapist)).toBe('Chris Client');
    const found = therapist.getByRole('region', { name: 'Points found by hand' });
    await expect.poll(() => found.getByText('No points marked yet.').count()).toBe(1);
    await found
      .getByRole('group', { name: /Back of the body/ })
      .getByRole('button', { name: /^Low back.*their left/i })
      .first()
      .click();
    const form = therapist.getByRole('form', { name: 'Mark a point you found' });
    await expect.poll(() => form.count()).toBe(1);
    await checkBothWidths(therapist);
    await form.getByRole('radio', { name: '3: Very tender' }).check();
    await form
      .getByRole('group', { name: 'Did pressing it bring on their usual pain?' })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await form.getByLabel('Note (optional)').fill('Tight band <b>beside</b> the spine.');
    await form.getByRole('button', { name: 'Save this point' }).click();
    await expect
      .poll(() => therapist.getByRole('status').allTextContents())
      .toContainEqual(expect.stringMatching(/^Saved: .*left side\.$/));
    await found.getByRole('button', { name: 'Mark a point from the list' }).click();
    await form.getByLabel('Point').selectOption({ label: 'Buttock point below the hip bone' });
    await form.getByRole('radio', { name: 'Right' }).check();
    await form.getByRole('radio', { name: '2: Tender' }).check();
    await form.getByRole('button', { name: 'Save this point' }).click();
    const points = therapist.getByRole('list', { name: 'Points you found on Chris Client' });
    await expect.poll(() => points.getByRole('listitem').count()).toBe(2);
    // The note is text: the angle brackets show, nothing turns bold.
    await expect(points.textContent()).resolves.toContain('Tight band <b>beside</b> the spine.');
    expect(await points.locator('b').count()).toBe(0);
    await checkBothWidths(therapist);

    // A plan from Unknot's suggestion: remove the last step, change a dose, add notes, save.
    await therapist.getByRole('link', { name: 'Plan for Chris Client' }).click();
    await expect.poll(() => heading(therapist)).toBe('Plan for Chris Client');
    const steps = therapist.getByRole('region', { name: /^Steps, in order/ }).getByRole('article');
    await expect.poll(() => steps.count()).toBeGreaterThan(1);
    const suggested = await steps.count();
    await checkBothWidths(therapist);
    await therapist
      .getByRole('button', { name: /^Remove: step/ })
      .last()
      .click();
    await expect.poll(() => steps.count()).toBe(suggested - 1);
    const seconds = steps.first().getByLabel(/^Seconds each time/);
    await seconds.fill('45');
    await expect(seconds.inputValue()).resolves.toBe('45');
    await steps
      .first()
      .getByLabel('Note for this step (optional)')
      .fill('Breathe out as you lean in.');
    await therapist.getByLabel('Sessions per week (1 to 14)').fill('3');
    await therapist
      .getByLabel('Note for Chris Client (optional)')
      .fill('Little and often. Call me if it flares.');
    await therapist.getByRole('button', { name: 'Give this plan to Chris Client' }).click();
    await expect
      .poll(() => therapist.getByRole('status').allTextContents())
      .toContainEqual(
        expect.stringContaining('Saved. Chris Client sees this plan on their home screen'),
      );
    await checkBothWidths(therapist);

    // The handout: every step, the notes, the safety rules and a QR code; whole steps per page.
    await therapist.getByRole('link', { name: 'Print a handout of this plan' }).click();
    await expect.poll(() => heading(therapist)).toBe('Your self-care plan');
    await expect
      .poll(() =>
        therapist
          .getByRole('img', { name: 'QR code that opens this plan in the Unknot app' })
          .count(),
      )
      .toBe(1);
    const handout = (await therapist.getByRole('main').textContent()) ?? '';
    for (const part of [
      'From Dr Ana Lopez, for Chris Client',
      'Little and often. Call me if it flares.',
      'Breathe out as you lean in.',
      'How to find it:',
      'Safety rules',
      'Hold 45 seconds',
    ]) {
      expect(handout).toContain(part);
    }
    await checkBothWidths(therapist);
    await therapist.emulateMedia({ media: 'print' });
    const a4 = pdfPages(await therapist.pdf({ format: 'A4' }));
    const letter = pdfPages(await therapist.pdf({ format: 'Letter' }));
    console.info(`handout of ${suggested - 1} steps: ${a4} A4 pages, ${letter} Letter pages`);
    expect(a4).toBeGreaterThan(0);
    expect(letter).toBeGreaterThan(0);
    // Fewest pages: at least two steps share a page (a step is never split, plan-print.css).
    expect(a4).toBeLessThan(suggested);
    expect(letter).toBeLessThan(suggested);
    await therapist.emulateMedia({ media: 'screen' });

    // The client sees it on Home and plays it in the same player, on the test's clock.
    await client.clock.install();
    await client.goto('/');
    const block = client.getByRole('region', { name: 'Your plan from Dr Ana Lopez' });
    await expect.poll(() => block.count()).toBe(1);
    await expect(block.textContent()).resolves.toContain('Little and often. Call me if it flares.');
    await checkBothWidths(client);
    await block.getByRole('link', { name: 'Start this plan' }).click();
    await expect
      .poll(() => client.getByRole('button', { name: 'Start without a pain score' }).count())
      .toBe(1);
    await checkBothWidths(client);
    await client.getByRole('button', { name: '5 out of 10' }).click();
    await client.getByRole('button', { name: 'Start the session' }).click();
    await client.clock.runFor(40_000);
    await checkBothWidths(client);
    await client.getByRole('button', { name: 'Stop', exact: true }).click();
    await client
      .getByRole('dialog', { name: 'Stop the session?' })
      .getByRole('button', { name: /^Stop/ })
      .click();
    await client.clock.runFor(3_000);
    await expect.poll(() => heading(client)).toMatch(/Session done|How is your pain now/);
    await checkBothWidths(client);
    // Uploads wait for the player's writes to settle.
    await client.clock.runFor(5_000);
    await expect
      .poll(
        async () => (await api(client, 'GET', '/api/me/session-logs?limit=5')).body.items.length,
        {
          timeout: 15_000,
        },
      )
      .toBe(2);

    // The therapist's list and follow-up show the session.
    await therapist.goto('/therapist');
    await expect.poll(() => therapist.getByRole('link', { name: 'Chris Client' }).count()).toBe(1);
    await checkBothWidths(therapist);
    await therapist.getByRole('link', { name: 'Chris Client' }).click();
    await therapist.getByRole('link', { name: 'Follow-up' }).click();
    await expect.poll(() => heading(therapist)).toBe('Follow-up: Chris Client');
    await expect
      .poll(() => therapist.getByRole('list', { name: 'Recent weeks, newest first' }).textContent())
      .toMatch(/This week\s*[1-9]\d* of \d+ planned sessions/);
    await checkBothWidths(therapist);
    await therapist.getByRole('link', { name: 'Back to this client' }).click();
    await therapist.getByRole('link', { name: 'Back to your clients' }).click();
    await expect.poll(() => heading(therapist)).toBe('Your clients');

    for (const page of [therapist, client]) {
      expect(pageProblems(page).filter((problem) => !/status of 4\d\d/.test(problem))).toEqual([]);
    }
  });
});
