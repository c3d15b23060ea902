import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort, startServer as startBuilt } from './server-process.js';

const entry = inject('serverEntry');
const startServer = (options: { dataDir: string }) => startBuilt({ ...options, entry });

const dataDir = mkdtempSync(join(tmpdir(), 'unknot-lifecycle-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runSecond(env: Record<string, string>, wrapper: readonly string[] = []) {
  return new Promise<{ code: number | null; output: string; ms: number }>((resolve) => {
    const began = Date.now();
    const [command, ...args] = [...wrapper, process.execPath, entry];
    const child = spawn(command as string, args, {
      env: { ...process.env, HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - began });
    });
  });
}

describe('the server process', () => {
  it('refuses a second server on the same data folder at once, naming the running one, while the first keeps serving', async () => {
    const first = await startServer({ dataDir });
    try {
      // The baseline is the same program stopping at its first check (a wrong setting),
      // measured in the same run: on a loaded machine Node's own start takes seconds, and
      // the refusal must add no wait for the lock on top of it.
      const baseline = await runSecond({ DATA_DIR: dataDir, SIGNUPS: 'not-a-mode' });
      expect(baseline.output).toContain('SIGNUPS');
      const second = await runSecond({ DATA_DIR: dataDir, PORT: String(await freePort()) });
      expect(second.code).not.toBe(0);
      expect(second.ms).toBeLessThan(baseline.ms + 2000);
      expect(second.output).toContain('already running');
      expect(second.output).toContain(String(first.process.pid));
      expect(second.output).toContain(first.baseURL);
      const health = await fetch(`${first.baseURL}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      expect(await first.stop()).toBe(0);
    }
  });

  it('stops cleanly on SIGTERM and SIGINT, frees the folder, and opens the same data again', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const server = await startServer({ dataDir });
      const inFlight = Array.from({ length: 20 }, () =>
        fetch(`${server.baseURL}/api/health`)
          .then((r) => r.status)
          .catch(() => 0),
      );
      const exited = new Promise<number | null>((resolve) => server.process.once('exit', resolve));
      server.process.kill(signal);
      expect(await exited).toBe(0);
      const statuses = await Promise.all(inFlight);
      // Requests either completed or were refused before they started; none got a 5xx mid-way.
      for (const status of statuses) expect([0, 200, 503]).toContain(status);
    }
    const again = await startServer({ dataDir });
    const body = await (await fetch(`${again.baseURL}/api/health`)).json();
    expect(body).toMatchObject({ status: 'ok', db: 'pglite' });
    expect(await again.stop()).toBe(0);
  });

  it('refuses a second server started in another pid namespace (a container on the same volume)', async () => {
    const first = await startServer({ dataDir });
    try {
      const second = await runSecond({ DATA_DIR: dataDir, PORT: String(await freePort()) }, [
        'unshare',
        '--pid',
        '--fork',
        '--mount-proc',
      ]);
      expect(second.code).not.toBe(0);
      expect(second.output).toContain('already running');
      expect((await fetch(`${first.baseURL}/api/health`)).status).toBe(200);
    } finally {
      expect(await first.stop()).toBe(0);
    }
  });

  it('starts when the lock file names a live process that is not holding the folder', async () => {
    // This test runner is a live Node process: the old pid check would have refused.
    writeFileSync(
      join(dataDir, 'unknot.lock'),
      JSON.stringify({ pid: process.pid, url: 'http://127.0.0.1:1', startedAt: 'earlier' }),
    );
    const server = await startServer({ dataDir });
    expect((await fetch(`${server.baseURL}/api/health`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
  });

  it('takes over a lock left by a server that was killed outright', async () => {
    const crashed = await startServer({ dataDir });
    const exited = new Promise((resolve) => crashed.process.once('exit', resolve));
    crashed.process.kill('SIGKILL');
    await exited;
    expect(existsSync(join(dataDir, 'unknot.lock'))).toBe(true);
    const next = await startServer({ dataDir });
    expect((await fetch(`${next.baseURL}/api/health`)).status).toBe(200);
    expect(await next.stop()).toBe(0);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'serves from a PostgreSQL server when DATABASE_URL is set, with no PGlite folder',
    async () => {
      const pgDir = mkdtempSync(join(tmpdir(), 'unknot-pg-mode-'));
      const server = await startBuilt({
        entry,
        dataDir: pgDir,
        env: { DATABASE_URL: process.env.TEST_DATABASE_URL ?? '' },
      });
      try {
        const body = await (await fetch(`${server.baseURL}/api/health`)).json();
        expect(body).toMatchObject({ status: 'ok', db: 'postgres' });
        expect(existsSync(join(pgDir, 'pglite'))).toBe(false);
      } finally {
        expect(await server.stop()).toBe(0);
        rmSync(pgDir, { recursive: true, force: true });
      }
    },
  );

  it('exits with a readable message when a setting is wrong', async () => {
    const result = await runSecond({ DATA_DIR: dataDir, PORT: 'not-a-port' });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/PORT/);
    expect(result.output).not.toMatch(/\n\s+at /); // no stack trace
  });
});
