// The database as Kysely sees it: one interface per table, written once, used by every repository.
import type { ColumnType, Generated } from 'kysely';

export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface Database {
  app_meta: AppMetaTable;
}

/** Generated is re-exported so migrations and repositories name it from one place. */
export type { Generated };
