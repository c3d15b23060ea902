// Password hashing (argon2id at the OWASP-recommended m=19456 KiB, t=2, p=1) and the rules a
// new password must meet, including a list of about 49,000 common passwords: the zxcvbn list
// shipped in @zxcvbn-ts/language-common 4.1.3 (MIT, common-passwords.LICENSE.txt) with our own.
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { type PasswordProblem, passwordProblem } from '../../core/contracts/account.js';
import { ApiError } from '../errors.js';
import commonPasswordList from './common-passwords.json' with { type: 'json' };
import { inHashSlot } from './hash-slots.js';

// Algorithm is a const enum, which isolatedModules cannot read; 2 is Argon2id in its typings.
const argon2id = 2 as Algorithm;

/** OWASP Password Storage Cheat Sheet, argon2id minimum configuration (m=19 MiB, t=2, p=1). */
export const argon2Options = {
  algorithm: argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** The PHC prefix every current hash starts with; an older hash is redone at sign-in. */
export const currentHashPrefix = '$argon2id$v=19$m=19456,t=2,p=1$';

const commonPasswords: ReadonlySet<string> = new Set(
  (commonPasswordList as string[]).map((entry) => entry.toLowerCase()),
);

// The same text typed on two devices can arrive composed or decomposed (é as one or two code
// points); NFC makes them one password.
const normalised = (password: string) => password.normalize('NFC');

export const hashPassword = (password: string): Promise<string> =>
  inHashSlot(() => hash(normalised(password), argon2Options));

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await inHashSlot(() => verify(passwordHash, normalised(password)));
  } catch (error) {
    // The server is too busy: say so (503) rather than "wrong password".
    if (error instanceof ApiError) throw error;
    // A damaged hash never signs anyone in.
    return false;
  }
}

export const needsRehash = (passwordHash: string): boolean =>
  !passwordHash.startsWith(currentHashPrefix);

let dummyHash: Promise<string> | null = null;

/**
 * Spends the time of one verification without an account, so a sign-in for an unknown email
 * takes as long as one with a wrong password and does not tell which emails have accounts.
 */
export async function verifyNobody(password: string): Promise<false> {
  dummyHash ??= hashPassword('no account has this password, it only spends time');
  await verifyPassword(await dummyHash, password);
  return false;
}

/** Why a new password is refused, or null when it may be used. */
export function newPasswordProblem(password: string, email: string): PasswordProblem | null {
  return passwordProblem(password, email) ?? (isCommon(password) ? 'common' : null);
}

/**
 * On the list as typed, or once digits and symbols around it are taken off: "Password123!"
 * is "password" with the ending everyone adds, and guessing programs try exactly that.
 */
function isCommon(password: string): boolean {
  const lower = normalised(password).toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return commonPasswords.has(lower) || (core.length >= 4 && commonPasswords.has(core));
}

export const commonPasswordCount = commonPasswords.size;
