// Builds the app into a folder of this run's own (unless the test runner already built
// dist/), so several people or agents can run browser tests at once without clobbering each
// other's build, then starts one server for all specs.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type RunningServer, startServer } from './server-process.js';

let server: RunningServer | undefined;
let buildDir: string | undefined;

export async function setup(project: TestProject) {
  if (process.env.UNKNOT_E2E_PREBUILT !== '1') {
    // Inside the repo, so the built server finds package.json and node_modules above it.
    buildDir = join(process.cwd(), `.e2e-${process.pid}`);
    execFileSync(
      'npx',
      [
        'vite',
        'build',
        '--config',
        'vite.config.ts',
        '--logLevel',
        'warn',
        '--outDir',
        join(buildDir, 'web'),
      ],
      // Vitest sets NODE_ENV=test; the build must be the production one people get.
      {
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: 'inherit',
      },
    );
    // Type errors are the typecheck's job; tsc still emits, and the tests show what breaks.
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', buildDir], {
      stdio: 'ignore',
    });
    process.env.UNKNOT_E2E_ENTRY = join(buildDir, 'server', 'main.js');
  }
  // Every browser test signs people up from 127.0.0.1; a busy test machine is not overload.
  server = await startServer({
    env: { SIGNUPS_PER_ADDRESS: '10000', MAX_EVENT_LOOP_DELAY_MS: '0' },
  });
  await claimAdministrator(server);
  project.provide('baseURL', server.baseURL);
  project.provide('serverEntry', process.env.UNKNOT_E2E_ENTRY ?? 'dist/server/main.js');
}

/**
 * A fresh server's first account needs the setup code from its log: the tests' administrator
 * takes it, so the accounts the browser tests make are ordinary ones.
 */
async function claimAdministrator(running: RunningServer) {
  const code = /setup code: ([A-Z2-9]+)/.exec(running.output())?.[1];
  if (!code) throw new Error(`No setup code in the server's output:\n${running.output()}`);
  const response = await fetch(`${running.baseURL}/api/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'e2e-admin@example.org',
      password: 'e2e administrator password',
      setupCode: code,
    }),
  });
  if (response.status !== 201) throw new Error(`Claiming the administrator: ${response.status}`);
}

export async function teardown() {
  await server?.stop();
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    serverEntry: string;
  }
}
