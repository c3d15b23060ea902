// Vitest global setup for the database tests: builds the PGlite dumps and, when
// TEST_DATABASE_URL is set, the PostgreSQL template once, and hands their places to every
// test file (test-databases.ts reads them with `inject`).
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { pgliteDumps, postgresTemplate } from './test-templates.js';

declare module 'vitest' {
  export interface ProvidedContext {
    unknotPgliteDumps: { empty: string; migrated: string };
    unknotPostgresTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  const dumps = await pgliteDumps(join(process.cwd(), 'node_modules', '.cache', 'unknot-pglite'));
  project.provide('unknotPgliteDumps', dumps);
  const url = process.env.TEST_DATABASE_URL;
  const template = url ? await postgresTemplate(url) : null;
  project.provide('unknotPostgresTemplate', template?.name ?? null);
  return async () => {
    await template?.drop();
  };
}
