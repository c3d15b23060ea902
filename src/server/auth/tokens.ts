// Login-session tokens: 256 random bits for the cookie; only their SHA-256 reaches the database.
import { createHash, randomBytes } from 'node:crypto';

export const newSessionToken = (): string => randomBytes(32).toString('base64url');

export const tokenHash = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** 32 bytes in base64url are 43 characters; anything else is not one of ours. */
export const looksLikeSessionToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
