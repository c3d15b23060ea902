// Starts the built Unknot server as a child process on a free port with its own data folder,
// and waits for /api/health: the same way a person runs it, minus the build.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  readonly baseURL: string;
  readonly dataDir: string;
  readonly process: ChildProcess;
  output(): string;
  stop(): Promise<number | null>;
}

/** The built server to start: dist/ after `npm run build`, or the e2e run's own build. */
export function serverEntry(): string {
  return process.env.UNKNOT_E2E_ENTRY ?? 'dist/server/main.js';
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startServer(
  options: {
    dataDir?: string;
    env?: Record<string, string>;
    timeoutMs?: number;
    entry?: string;
  } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const ownDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'unknot-e2e-'));
  const child = spawn(process.execPath, [options.entry ?? serverEntry()], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => {
    log += d;
  });
  child.stderr?.on('data', (d) => {
    log += d;
  });
  const baseURL = `http://127.0.0.1:${port}`;
  // A first start creates the database (in a child process); on a shared machine with a load
  // of 20-30 on 2 cores that alone took over a minute.
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited early:\n${log}`);
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (Date.now() >= deadline) throw new Error(`Server did not become healthy:\n${log}`);
  return {
    baseURL,
    dataDir,
    process: child,
    output: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise<number | null>((resolve) =>
          child.once('exit', (code) => resolve(code)),
        );
        child.kill('SIGTERM');
        await exited;
      }
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
      return child.exitCode;
    },
  };
}
