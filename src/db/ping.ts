// A real round trip to the database, for readiness checks.
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

export async function pingDatabase(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
