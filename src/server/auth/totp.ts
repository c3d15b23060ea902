// Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30-second steps) and recovery codes.
// A code is accepted for the step before, the step of and the step after `now`, so a phone
// clock a little off still works; the caller keeps the last step used so no code works twice.
import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted either side of the current one. */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

const totpOf = (secret: string, label = 'Unknot') =>
  new TOTP({
    issuer: 'Unknot',
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

/** A new shared secret: 160 random bits (RFC 4226's recommended length) in base32. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The otpauth:// link an authenticator app reads from the QR code. */
export const otpauthUrl = (secret: string, accountName: string): string =>
  totpOf(secret, accountName).toString();

/** The code for a moment: for tests and for nothing else. */
export const totpCodeAt = (secret: string, at: Date): string =>
  totpOf(secret).generate({ timestamp: at.getTime() });

export const stepAt = (at: Date): number => Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);

/** The step the code belongs to, if it is right within the window around `now`; else null. */
export function matchingStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secret).validate({
    token: code,
    timestamp: now.getTime(),
    window: TOTP_WINDOW,
  });
  return delta === null ? null : stepAt(now) + delta;
}

// Crockford's base32 without look-alikes (no i, l, o, u): easy to read off paper and type.
const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

/** A recovery code: 12 random characters (60 bits) shown as xxxx-xxxx-xxxx. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((byte) => alphabet[byte & 31]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Looks like a recovery code, whatever the case, dashes or spaces. */
export const looksLikeRecoveryCode = (code: string): boolean =>
  /^[0-9a-z]{12}$/.test(normalRecoveryCode(code));

const normalRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');

/** Only this reaches the database. 60 random bits need no slow hash behind a rate limit. */
export const recoveryCodeHash = (code: string): string =>
  createHash('sha256')
    .update(`recovery:${normalRecoveryCode(code)}`)
    .digest('hex');
