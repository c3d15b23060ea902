// Every migration, listed in code rather than read from the folder, so the built server
// (dist/) and the tests run the very same set without a file scan.
import type { Migration } from 'kysely/migration';
import * as appMeta from './0001-app-meta.js';

export const migrations: Record<string, Migration> = {
  '0001-app-meta': appMeta,
};
