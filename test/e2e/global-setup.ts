// Builds the app (unless the test runner already did) and starts one server for all specs.
import { execSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { type RunningServer, startServer } from './server-process.js';

let server: RunningServer | undefined;

export async function setup(project: TestProject) {
  if (process.env.UNKNOT_E2E_PREBUILT !== '1')
    execSync('npm run build --silent', { stdio: 'inherit' });
  server = await startServer();
  project.provide('baseURL', server.baseURL);
}

export async function teardown() {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
