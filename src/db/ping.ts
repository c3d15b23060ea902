// A real round trip to the database, for readiness checks. Concurrent checks share the ping
// in flight (PGlite has one connection, so 50 health checks at once would queue 50 queries),
// and a success is reused for up to `maxAgeMs`: a busy health check costs no query, yet a
// database that goes away is reported within that time. A failure is never reused.
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

export interface PingOptions {
  /** How long a successful ping stands for the database, in milliseconds. */
  readonly maxAgeMs?: number;
  /** Milliseconds on a steady clock; tests pass their own. */
  readonly now?: () => number;
}

export function databasePinger(
  db: Kysely<Database>,
  options: PingOptions = {},
): () => Promise<boolean> {
  const maxAgeMs = options.maxAgeMs ?? 0;
  const now = options.now ?? (() => performance.now());
  let inFlight: Promise<boolean> | null = null;
  let okSince = Number.NEGATIVE_INFINITY;
  return () => {
    // A check started before `maxAgeMs` ago that then succeeded counts from when it started.
    if (now() - okSince < maxAgeMs) return Promise.resolve(true);
    if (inFlight) return inFlight;
    const started = now();
    inFlight = sql`select 1`
      .execute(db)
      .then(
        () => {
          okSince = started;
          return true;
        },
        () => false,
      )
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
}
