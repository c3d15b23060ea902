// A real round trip to the database, for readiness checks. Concurrent checks share the ping
// in flight (PGlite has one connection, so 50 health checks at once would queue 50 queries).
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

export function databasePinger(db: Kysely<Database>): () => Promise<boolean> {
  let inFlight: Promise<boolean> | null = null;
  return () => {
    inFlight ??= sql`select 1`
      .execute(db)
      .then(
        () => true,
        () => false,
      )
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
}
