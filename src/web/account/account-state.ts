// Who is signed in on this device. The device remembers the account the server last confirmed,
// so screens know at once and nothing asks the server while signed out (a signed-out visit
// makes no account request at all); GET /api/me checks it when the app opens.
import { z } from 'zod';
import { type Account, AccountAnswer, SignUpOptions } from '../../core/contracts/account.js';
import { ApiFailure, callApi } from '../api.js';
import { accountRecord, remindersRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';

/** 204 answers have no body; callApi reads that as null. */
export const NoContent = z.null();

export function useAccount(): Account | null {
  return useDeviceRecord(accountRecord);
}

/** Forgets the account on this device. What the device holds of its own stays. */
export function forgetAccount(): void {
  accountRecord.clear();
  remindersRecord.clear();
}

/**
 * Asks the server whether the remembered account is still signed in. A 401 (signed out on
 * every device, or the login ran out) forgets it; no answer at all keeps it for later.
 */
export async function confirmAccount(): Promise<Account | null> {
  if (accountRecord.read() === null) return null;
  try {
    const { account } = await callApi('GET', '/api/me', AccountAnswer);
    accountRecord.write(account);
    return account;
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 401) forgetAccount();
    return accountRecord.read();
  }
}

export type EntryMode = 'sign-in' | 'sign-up';

/** Signs in or makes an account; throws ApiFailure with the server's reason. */
export async function enterAccount(
  mode: EntryMode,
  email: string,
  password: string,
  setupCode = '',
): Promise<Account> {
  const path = mode === 'sign-up' ? '/api/auth/sign-up' : '/api/auth/sign-in';
  const body =
    mode === 'sign-up' && setupCode.trim() !== ''
      ? { email, password, setupCode: setupCode.trim() }
      : { email, password };
  const { account } = await callApi('POST', path, AccountAnswer, body);
  accountRecord.write(account);
  return account;
}

/** Whether this server takes new accounts, and whether the first one needs the setup code. */
export const signUpOptions = (): Promise<SignUpOptions> =>
  callApi('GET', '/api/auth/sign-up-options', SignUpOptions);

/** Signs out here, or on every device; this device forgets the account either way. */
export async function leaveAccount(everywhere: boolean): Promise<void> {
  const path = everywhere ? '/api/auth/sign-out-everywhere' : '/api/auth/sign-out';
  try {
    await callApi('POST', path, NoContent);
  } catch (error) {
    // Already signed out on the server: this device only needs to forget it.
    if (!(error instanceof ApiFailure && error.status === 401)) throw error;
  }
  forgetAccount();
}
