import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/test-databases.js';
import { buildApp } from '../app.js';
import type { SignedUp } from '../auth/test-accounts.js';
import { appWithPeople } from '../auth/test-fixture.js';
import { endLink, invite, link, makeTherapist, setRole } from '../auth/test-therapists.js';

const day = 24 * 60 * 60 * 1000;

describe.each(testDatabases())('invitations and links on $kind', (target) => {
  const t = appWithPeople(target, {
    admin: 'admin@example.org',
    therapist: 'tess@example.org',
    client: 'cleo@example.org',
  });
  const { admin, therapist, client } = t.people;
  beforeAll(async () => {
    await makeTherapist(t, admin.cookie, therapist);
  });

  const as = (
    who: SignedUp | null,
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url,
      headers: who ? { cookie: who.cookie } : {},
      ...(payload ? { payload } : {}),
    });

  it('makes a 256-bit token, a link on the request’s origin and a QR code, open 7 days', async () => {
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/therapist/invitations',
      headers: { cookie: therapist.cookie, host: 'localhost:8080' },
      payload: {},
    });
    expect(made.statusCode).toBe(201);
    const { id, token, url, expiresAt, qr } = made.json();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(url).toBe(`http://localhost:8080/invite/${token}`);
    expect(Date.parse(expiresAt) - t.clock.now.getTime()).toBe(7 * day);
    expect(qr.rows).toHaveLength(qr.size);
    const listed = (await as(therapist, 'GET', '/api/therapist/invitations')).json().items;
    expect(listed[0]).toEqual({
      id,
      createdAt: t.clock.now.toISOString(),
      expiresAt,
      status: 'open',
    });
    expect(JSON.stringify(listed)).not.toContain(token);
    const stored = await t.database.db.selectFrom('invitations').select('token_hash').execute();
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('shows who invites, then links on accept, and the client lists the therapist', async () => {
    const token = await invite(t, therapist.cookie);
    const preview = await as(null, 'GET', `/api/invitations/${token}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json().therapist).toEqual({ id: therapist.id, displayName: 'tess' });
    const accepted = await as(client, 'POST', `/api/invitations/${token}/accept`, {});
    expect(accepted.statusCode).toBe(200);
    const { linkId } = accepted.json();
    expect(accepted.json().therapist).toEqual({ id: therapist.id, displayName: 'tess' });
    const mine = (await as(client, 'GET', '/api/me/therapists')).json().items;
    expect(mine).toEqual([
      {
        linkId,
        therapist: { id: therapist.id, displayName: 'tess' },
        since: t.clock.now.toISOString(),
      },
    ]);
    // Used: the same one answer as any other token that cannot be used.
    const again = await as(client, 'GET', `/api/invitations/${token}`);
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('invitation_not_found');
    const second = await invite(t, therapist.cookie);
    const twice = await as(client, 'POST', `/api/invitations/${second}/accept`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('already_linked');
    // The refused accept left the second invitation open.
    expect((await as(null, 'GET', `/api/invitations/${second}`)).statusCode).toBe(200);
    await endLink(t, client.cookie, linkId);
    expect((await as(client, 'GET', '/api/me/therapists')).json().items).toEqual([]);
    expect((await as(client, 'DELETE', `/api/me/therapists/${linkId}`)).statusCode).toBe(404);
    const relinked = await as(client, 'POST', `/api/invitations/${second}/accept`, {});
    expect(relinked.statusCode).toBe(200);
    await endLink(t, client.cookie, relinked.json().linkId);
  });

  it('answers 404 invitation_not_found alike for unknown, expired, revoked, declined and used', async () => {
    t.clock.advance(1000);
    const expired = await t.app.inject({
      method: 'POST',
      url: '/api/therapist/invitations',
      headers: { cookie: therapist.cookie },
      payload: { days: 1 },
    });
    t.clock.advance(1000);
    const revoked = await invite(t, therapist.cookie);
    t.clock.advance(1000);
    const declined = await invite(t, therapist.cookie);
    const revokedId = (await as(therapist, 'GET', '/api/therapist/invitations')).json().items[1].id;
    expect(
      (await as(therapist, 'DELETE', `/api/therapist/invitations/${revokedId}`)).statusCode,
    ).toBe(204);
    expect((await as(null, 'POST', `/api/invitations/${declined}/decline`)).statusCode).toBe(204);
    t.clock.advance(day + 1);
    const tokens = ['A'.repeat(43), 'not-a-token', expired.json().token, revoked, declined];
    const answers = new Set<string>();
    for (const token of tokens) {
      for (const [method, url] of [
        ['GET', `/api/invitations/${token}`],
        ['POST', `/api/invitations/${token}/accept`],
        ['POST', `/api/invitations/${token}/decline`],
      ] as const) {
        const response = await as(client, method, url, method === 'POST' ? {} : undefined);
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        answers.add(response.body);
      }
    }
    expect(answers.size).toBe(1);
    const statuses = (await as(therapist, 'GET', '/api/therapist/invitations')).json().items;
    expect(statuses.slice(0, 3).map((item: { status: string }) => item.status)).toEqual([
      'declined',
      'revoked',
      'expired',
    ]);
  });

  it('refuses a therapist’s own invitation, and invitations from a person', async () => {
    const token = await invite(t, therapist.cookie);
    const own = await as(therapist, 'POST', `/api/invitations/${token}/accept`, {});
    expect(own.statusCode).toBe(409);
    expect(own.json().error.code).toBe('own_invitation');
    const person = await as(client, 'POST', '/api/therapist/invitations', {});
    expect(person.statusCode).toBe(403);
    expect(person.json().error.code).toBe('not_a_therapist');
    expect((await as(null, 'POST', `/api/invitations/${token}/accept`, {})).statusCode).toBe(401);
    const tooLong = await as(therapist, 'POST', '/api/therapist/invitations', { days: 8 });
    expect(tooLong.statusCode).toBe(400);
  });

  it('ends every link and open invitation when the therapist is made a person again', async () => {
    const linkId = await link(t, therapist.cookie, client.cookie);
    const open = await invite(t, therapist.cookie);
    expect((await as(client, 'GET', '/api/me/therapists')).json().items).toHaveLength(1);
    await setRole(t, admin.cookie, therapist.id, 'person');
    expect((await as(client, 'GET', '/api/me/therapists')).json().items).toEqual([]);
    expect((await as(null, 'GET', `/api/invitations/${open}`)).statusCode).toBe(404);
    await setRole(t, admin.cookie, therapist.id, 'therapist');
    // Made a therapist again, it starts with no clients: the old link stays ended.
    expect((await as(client, 'GET', '/api/me/therapists')).json().items).toEqual([]);
    expect((await as(client, 'DELETE', `/api/me/therapists/${linkId}`)).statusCode).toBe(404);
  });

  it('never writes a token into the request log', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await buildApp({
      database: t.database,
      version: '0.0.0-test',
      webRoot: null,
      clock: () => t.clock.now,
      logger: { level: 'info', stream },
    });
    await logged.ready();
    const token = await invite(t, therapist.cookie);
    await logged.inject({ method: 'GET', url: `/api/invitations/${token}` });
    await logged.inject({ method: 'GET', url: `/invite/${token}?from=qr` });
    await logged.close();
    const text = lines.join('');
    expect(text).toContain('/api/invitations/[token]');
    expect(text).toContain('/invite/[token]?from=qr');
    expect(text).not.toContain(token);
  });
});
