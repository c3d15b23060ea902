import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './connect.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import { testDatabases } from './test-databases.js';

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' order by table_name`.execute(handle.db);
  return result.rows.map((r) => r.table_name);
}

describe.each(testDatabases())('migrations on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('applies every migration on an empty database', async () => {
    const result = await migrateToLatest(handle.db);
    expect(result.results?.map((r) => r.migrationName)).toEqual(Object.keys(migrations));
    expect(result.results?.every((r) => r.status === 'Success')).toBe(true);
    expect(await tableNames(handle)).toContain('app_meta');
  });

  it('changes nothing when run again on the same data', async () => {
    await handle.db.insertInto('app_meta').values({ key: 'probe', value: 'kept' }).execute();
    const before = await tableNames(handle);
    const again = await migrateToLatest(handle.db);
    expect(again.results).toEqual([]);
    expect(await tableNames(handle)).toEqual(before);
    const row = await handle.db
      .selectFrom('app_meta')
      .select('value')
      .where('key', '=', 'probe')
      .executeTakeFirstOrThrow();
    expect(row.value).toBe('kept');
  });
});
