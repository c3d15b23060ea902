// The server's secret for keyed hashes (rate-limit keys): 32 random bytes made once and kept
// in the database, so every server on one PostgreSQL hashes the same way and a copy of the
// failure table alone cannot be matched against guessed emails or addresses.
import { randomBytes } from 'node:crypto';
import { writeMetaOnce } from '../../db/repositories/app-meta.js';
import type { Db } from '../../db/schema.js';

export async function rateLimitSecret(db: Db, now: Date): Promise<Buffer> {
  const stored = await writeMetaOnce(db, 'rate_limit_key', randomBytes(32).toString('hex'), now);
  return Buffer.from(stored, 'hex');
}
