import { defineConfig } from 'vitest/config';

// Unit and database tests sit beside the code. Database tests (*.db.test.ts) run on
// PGlite always and on PostgreSQL when TEST_DATABASE_URL is set (scripts/test-all.mjs sets it).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
