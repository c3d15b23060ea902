// Builds the real app on a real, migrated test database for route tests (app.inject).
import type { DatabaseHandle } from '../db/connect.js';
import type { TestDatabase } from '../db/test-databases.js';
import { type BuildOptions, buildApp } from './app.js';
import type { App } from './app-types.js';
import type { Clock } from './auth/clock.js';

export interface TestApp {
  readonly app: App;
  readonly database: DatabaseHandle;
  close(): Promise<void>;
}

export async function startTestApp(
  target: TestDatabase,
  options: { webRoot?: string; clock?: Clock; build?: Partial<BuildOptions> } = {},
): Promise<TestApp> {
  const database = await target.openMigrated();
  const app = await buildApp({
    database,
    version: '0.0.0-test',
    webRoot: options.webRoot ?? null,
    ...(options.clock ? { clock: options.clock } : {}),
    // Tests run on a shared, busy machine: only the overload test turns shedding on.
    overload: { maxEventLoopDelayMs: 0, sampleIntervalMs: 1000 },
    ...options.build,
  });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
