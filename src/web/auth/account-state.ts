// Who is signed in on this device. The device remembers the account the server last confirmed,
// so screens know at once and nothing asks the server while signed out (a signed-out visit
// makes no account request at all); GET /api/me checks it when the app opens.
import type { Account, SignUpOptions } from '../../core/contracts/account.js';
import { endpoints } from '../../core/contracts/endpoints.js';
import { ApiFailure, callApi } from '../api.js';
import { forgetAccount } from '../device/forget-account.js';
import { accountRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';

export function useAccount(): Account | null {
  return useDeviceRecord(accountRecord);
}

export { forgetAccount };

/**
 * Asks the server whether the remembered account is still signed in. A 401 (signed out on
 * every device, or the login ran out) forgets it; no answer at all keeps it for later.
 */
export async function confirmAccount(): Promise<Account | null> {
  if (accountRecord.read() === null) return null;
  try {
    const { account } = await callApi(endpoints.me);
    accountRecord.write(account);
    return account;
  } catch {
    // A 401 has made callApi forget the account; no answer at all keeps it for later.
    return accountRecord.read();
  }
}

export type EntryMode = 'sign-in' | 'sign-up';

/**
 * What else sign-up (a display name, a new server's setup code, an invitation) or sign-in (a
 * two-step code) may send.
 */
export interface EntryExtras {
  readonly displayName?: string;
  readonly setupCode?: string;
  readonly invitation?: string;
  readonly totp?: string;
}

/**
 * Signs in or makes an account; throws ApiFailure with the server's reason (`totp_required`
 * when the account has two-step sign-in and no code was sent).
 */
export async function enterAccount(
  mode: EntryMode,
  email: string,
  password: string,
  extras: EntryExtras = {},
): Promise<Account> {
  const setupCode = extras.setupCode?.trim() ?? '';
  const { account } =
    mode === 'sign-up'
      ? await callApi(endpoints.signUp, {
          body: {
            email,
            password,
            ...(extras.displayName === undefined ? {} : { displayName: extras.displayName }),
            ...(setupCode === '' ? {} : { setupCode }),
            ...(extras.invitation === undefined ? {} : { invitation: extras.invitation }),
          },
        })
      : await callApi(endpoints.signIn, {
          body: { email, password, ...(extras.totp === undefined ? {} : { totp: extras.totp }) },
        });
  accountRecord.write(account);
  return account;
}

/** Whether this server takes new accounts, and whether the first one needs the setup code. */
export const signUpOptions = (): Promise<SignUpOptions> => callApi(endpoints.signUpOptions);

/** Signs out here, or on every device; this device forgets the account either way. */
export async function leaveAccount(everywhere: boolean): Promise<void> {
  try {
    await callApi(everywhere ? endpoints.signOutEverywhere : endpoints.signOut);
  } catch (error) {
    // Already signed out on the server: this device only needs to forget it.
    if (!(error instanceof ApiFailure && error.status === 401)) throw error;
  }
  forgetAccount();
}
