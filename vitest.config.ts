import { defineConfig } from 'vitest/config';

// Two projects. `unit`: everything that needs no database, fast (npm test). `db`: the
// database tests (*.db.test.ts), each file on a copy of a template database made once per run
// by the global setup; they run on PGlite always and on PostgreSQL when TEST_DATABASE_URL is
// set (scripts/test-all.mjs sets it). `vitest run` with no --project runs both.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // One module cache per worker instead of one per file: about 4x faster here, and
          // safe because no unit test changes globals (the architecture suite has no say on
          // that; keep it so: stub nothing global, or restore it in afterEach).
          isolate: false,
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.db.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          // Shared module cache here too (each file still opens its own databases): loading
          // Fastify, Kysely and PGlite once per worker instead of once per file.
          isolate: false,
          include: ['src/**/*.db.test.ts'],
          globalSetup: ['src/db/test-global-setup.ts'],
        },
      },
    ],
  },
});
