import { defineConfig } from 'vitest/config';

// End-to-end tests: playwright-core drives Debian's Chromium against the built app served by
// the real server (started once in global-setup). Files run one at a time: 2 cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
