// Runs the migrations with Kysely's Migrator; safe to call on every start (it only applies
// what is new, and takes a lock so two servers on one PostgreSQL do not race).
import type { Kysely } from 'kysely';
import { type MigrationResultSet, Migrator } from 'kysely/migration';
import { migrations } from './migrations/index.js';

// Takes any Kysely: migrations are written against an untyped schema.
// biome-ignore lint/suspicious/noExplicitAny: the migrator needs no table types
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Database migration ${failed ?? ''} failed: ${cause}`);
  }
  return result;
}
