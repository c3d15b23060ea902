// PGlite does not lock its folder, and two processes on one folder silently lose writes
// (stack-notes.md). Unknot holds an operating-system lock (flock) on a file in the folder.
//
// Why flock through util-linux's `flock` command: Node has no flock of its own, the npm
// packages that add one are native add-ons that need a compiler or a download, and PGlite has
// no lock. The kernel releases a flock when the last process holding it ends, whatever its pid
// namespace, so a crash or `kill -9` frees the folder and a pid in the file means nothing. The
// child is `flock FILE sh -c 'echo locked; exec cat'`: cat reads our stdin pipe, so when this
// process ends in any way the pipe closes, cat and flock exit, and the lock goes with them.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LockHolder {
  readonly pid: number;
  readonly url: string;
  readonly startedAt: string;
}

export type LockOutcome =
  | {
      readonly ok: true;
      /** Frees the lock; the promise settles once the folder can be locked again. */
      release(): Promise<void>;
      onLost(listener: () => void): void;
    }
  | {
      readonly ok: false;
      /** True when another process holds the lock (a server is running on the folder). */
      readonly held: boolean;
      readonly holder: LockHolder | null;
      readonly message: string;
    };

export const lockFileName = 'unknot.lock';

/** flock(1)'s exit code when the lock is held by someone else (our choice, via -E). */
const HELD = 75;

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number') return null;
    return {
      pid: parsed.pid,
      url: String(parsed.url ?? 'unknown address'),
      startedAt: String(parsed.startedAt ?? ''),
    };
  } catch {
    return null;
  }
}

function heldMessage(dataDir: string, holder: LockHolder | null): string {
  const who = holder
    ? ` (process ${holder.pid} as its own system sees it, serving ${holder.url}, started ${holder.startedAt})`
    : '';
  return (
    `Unknot is already running on the data folder ${dataDir}${who}. ` +
    'Two servers on one PGlite folder would lose data. Stop that one first, ' +
    'or give this one another DATA_DIR.'
  );
}

/** Takes the lock for dataDir (which must exist), or says who holds it. */
export function lockDataDir(dataDir: string, me: { url: string; now: Date }): Promise<LockOutcome> {
  const path = join(dataDir, lockFileName);
  return new Promise((resolve) => {
    // detached: its own process group, so Ctrl-C in a terminal reaches only us; we release
    // the lock after the database is closed, not before.
    const child = spawn(
      'flock',
      [
        '--exclusive',
        '--nonblock',
        '--conflict-exit-code',
        String(HELD),
        path,
        'sh',
        '-c',
        'echo locked; exec cat >/dev/null',
      ],
      { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
    );
    // 'close' waits for every holder of the child's pipes, cat included, not only flock.
    const exited = new Promise<void>((done) => child.once('close', () => done()));
    let settled = false;
    let errors = '';
    const lost: Array<() => void> = [];
    let released = false;
    child.stderr.on('data', (d) => {
      errors += d;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      resolve({
        ok: false,
        held: false,
        holder: null,
        message:
          error.code === 'ENOENT'
            ? 'Unknot needs the `flock` command (util-linux) to lock its data folder; install ' +
              'it (Debian: apt-get install util-linux; macOS: brew install flock), or use ' +
              'PostgreSQL with DATABASE_URL.'
            : `Unknot could not lock its data folder ${dataDir}: ${error.message}`,
      });
    });
    child.on('exit', (code) => {
      if (!settled) {
        settled = true;
        if (code === HELD) {
          resolve({
            ok: false,
            held: true,
            holder: readHolder(path),
            message: heldMessage(dataDir, readHolder(path)),
          });
        } else {
          resolve({
            ok: false,
            held: false,
            holder: null,
            message: `Unknot could not lock its data folder ${dataDir}: ${errors.trim() || `flock exited with ${code}`}`,
          });
        }
        return;
      }
      if (!released) for (const listener of lost) listener();
    });
    child.stdout.once('data', () => {
      if (settled) return;
      settled = true;
      // The file's content is only for the message a second server shows; the lock is the flock.
      writeFileSync(
        path,
        JSON.stringify({ pid: process.pid, url: me.url, startedAt: me.now.toISOString() }),
      );
      // The child must not keep this process alive on its own.
      child.unref();
      for (const stream of [child.stdin, child.stdout, child.stderr]) {
        (stream as unknown as { unref?: () => void }).unref?.();
      }
      resolve({
        ok: true,
        release() {
          if (released) return exited;
          released = true;
          // The file stays (deleting it would let a waiting opener lock a stale inode); ending
          // the child frees the lock.
          // Keep this process alive until the child has gone, so the promise can settle.
          child.ref();
          for (const stream of [child.stdout, child.stderr]) {
            (stream as unknown as { ref?: () => void }).ref?.();
          }
          child.stdin.end();
          child.kill();
          return exited;
        },
        onLost(listener) {
          lost.push(listener);
        },
      });
    });
  });
}
