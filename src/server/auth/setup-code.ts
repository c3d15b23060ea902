// The first administrator is claimed with a one-time setup code that the server prints in its
// log at start. Without it, any web page the owner visits could make the first account on a
// fresh server (through DNS rebinding) and so become its administrator.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { deleteMeta, readMeta, writeMetaOnce } from '../../db/repositories/app-meta.js';
import type { Db } from '../../db/schema.js';

const key = 'setup_code';

/**
 * While the server has no account: makes (once, shared by every server on the database) and
 * returns the setup code. Null once an account exists. main.ts calls this before listening, so
 * a running server always has a code until its first account is made.
 */
export async function ensureSetupCode(
  db: Db,
  anyAccount: () => Promise<boolean>,
  now: Date,
): Promise<string | null> {
  if (await anyAccount()) {
    await deleteMeta(db, key);
    return null;
  }
  // 10 characters from an alphabet without look-alikes (no 0/O, 1/l/I): easy to type.
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const code = [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
  return writeMetaOnce(db, key, code, now);
}

/** Whether making the first account needs a setup code (one was made and not yet used). */
export const setupCodeNeeded = async (db: Db): Promise<boolean> =>
  (await readMeta(db, key)) !== null;

/** True when no code is pending, or `given` is the pending one (compared in constant time). */
export async function setupCodeAccepted(db: Db, given: string | undefined): Promise<boolean> {
  const stored = await readMeta(db, key);
  if (stored === null) return true;
  const a = Buffer.from((given ?? '').trim().toUpperCase());
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The first account exists: the code is spent. */
export const spendSetupCode = (db: Db): Promise<void> => deleteMeta(db, key);
