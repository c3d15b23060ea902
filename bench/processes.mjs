// Starting and stopping the servers under test, timing spawn-to-first-200 and watching their
// resident memory from the spawn on.
import { spawn } from 'node:child_process';
import { freePort } from '../scripts/postgres-temp.mjs';
import { watchPeak } from './memory.mjs';

export { freePort };

/** Spawns a Node server file and resolves once `url` answers 200, with the time that took. */
export function spawnUntilReady(file, url, env, timeoutMs = 60_000) {
  return commandUntilReady(process.execPath, [file], url, env, timeoutMs);
}

/**
 * Spawns any command (such as `npm start`) in its own process group and resolves once `url`
 * answers 200. `pid` is the command's; `stop()` ends the whole group.
 */
export async function commandUntilReady(command, args, url, env, timeoutMs = 60_000) {
  const began = process.hrtime.bigint();
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  const memory = watchPeak(child.pid);
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    memory.stop();
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited: ${stderr}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${command} ${args.join(' ')} did not answer ${url} in time`);
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
    pid: child.pid,
    /** What the server printed, such as the setup code a fresh server needs for its first account. */
    output: () => stdout,
    /** The highest resident memory seen so far, in MB. */
    peakMb: () => memory.peak(),
    stop,
  };
}
