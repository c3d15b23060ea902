// Starting and stopping the servers under test, and timing spawn-to-first-200.
import { spawn } from 'node:child_process';
import { freePort } from '../scripts/postgres-temp.mjs';

export { freePort };

/** Spawns a server and resolves once `url` answers 200, with the time that took. */
export async function spawnUntilReady(file, url, env, timeoutMs = 60_000) {
  const began = process.hrtime.bigint();
  const child = spawn(process.execPath, [file], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A new Unknot server prints the setup code its first account needs.
  let stdout = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${file} exited: ${stderr}`);
    if (Date.now() > deadline) {
      // Not left behind: a server that never answered is still a process of this run.
      child.kill('SIGTERM');
      throw new Error(`${file} did not answer ${url} in time`);
    }
    try {
      const response = await fetch(url);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const readyMs = Number(process.hrtime.bigint() - began) / 1e6;
  return {
    readyMs,
    setupCode: () => /setup code: (\S+)/.exec(stdout)?.[1] ?? null,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
