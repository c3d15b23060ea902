// For therapist route tests: make an account a therapist, turn two-factor on, invite and accept,
// on top of the accounts test app (its clock decides which authenticator code is current).
import type { App } from '../app-types.js';
import type { AccountsTestApp } from './test-accounts.js';
import { TOTP_PERIOD_SECONDS, totpCodeAt } from './totp.js';

async function call(
  app: App,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH',
  url: string,
  cookie: string,
  payload?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
): Promise<any> {
  const response = await app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  if (response.statusCode >= 300) {
    throw new Error(`${method} ${url} ${response.statusCode}: ${response.body}`);
  }
  return response.body ? response.json() : null;
}

export const setRole = (t: AccountsTestApp, adminCookie: string, id: string, role: string) =>
  call(t.app, 'PUT', `/api/admin/accounts/${id}/role`, adminCookie, { role });

/** The next step's code: moves the clock on one step first, so no code is ever a replay. */
export function nextCode(t: AccountsTestApp, secret: string): string {
  t.clock.advance(TOTP_PERIOD_SECONDS * 1000);
  return totpCodeAt(secret, t.clock.now);
}

export async function turnOnTwoFactor(
  t: AccountsTestApp,
  cookie: string,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { secret } = await call(t.app, 'POST', '/api/me/two-factor', cookie);
  const { recoveryCodes } = await call(t.app, 'POST', '/api/me/two-factor/confirm', cookie, {
    code: nextCode(t, secret),
  });
  return { secret, recoveryCodes };
}

/** An open invitation's token, made by this therapist. */
export async function invite(t: AccountsTestApp, therapistCookie: string): Promise<string> {
  const made = await call(t.app, 'POST', '/api/therapist/invitations', therapistCookie, {});
  return made.token;
}

/** The link id of the client's accepted invitation. */
export async function link(
  t: AccountsTestApp,
  therapistCookie: string,
  clientCookie: string,
): Promise<string> {
  const token = await invite(t, therapistCookie);
  const accepted = await call(t.app, 'POST', `/api/invitations/${token}/accept`, clientCookie, {});
  return accepted.linkId;
}

export const endLink = (t: AccountsTestApp, clientCookie: string, linkId: string) =>
  call(t.app, 'DELETE', `/api/me/therapists/${linkId}`, clientCookie);

/** Makes a signed-up account a therapist with two-step sign-in on, as seeing clients needs. */
export async function makeTherapist(
  t: AccountsTestApp,
  adminCookie: string,
  who: { readonly id: string; readonly cookie: string },
): Promise<{ secret: string; recoveryCodes: string[] }> {
  await setRole(t, adminCookie, who.id, 'therapist');
  return turnOnTwoFactor(t, who.cookie);
}
