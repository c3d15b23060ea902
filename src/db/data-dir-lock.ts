// PGlite does not lock its folder, and two processes on one folder silently lose writes
// (stack-notes.md). Unknot takes an exclusive lock file beside the PGlite folder first.
import { closeSync, existsSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface LockHolder {
  readonly pid: number;
  readonly url: string;
  readonly startedAt: string;
}

export type LockOutcome =
  | { readonly ok: true; release(): void }
  | { readonly ok: false; readonly holder: LockHolder; readonly message: string };

export const lockFileName = 'unknot.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; that still holds the folder.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A crashed holder's pid may have been reused by an unrelated program: only a Node process
  // counts as a holder (where /proc lets us check).
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline)) {
    try {
      return readFileSync(cmdline, 'utf8').includes('node');
    } catch {
      return true;
    }
  }
  return true;
}

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

/** Takes the lock for dataDir (which must exist), or says who holds it. */
export function lockDataDir(dataDir: string, me: { url: string; now: Date }): LockOutcome {
  const path = join(dataDir, lockFileName);
  const record = JSON.stringify({ pid: process.pid, url: me.url, startedAt: me.now.toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx' creates the file only if it does not exist: atomic, so exactly one process wins.
      const fd = openSync(path, 'wx');
      writeSync(fd, record);
      closeSync(fd);
      let released = false;
      return {
        ok: true,
        release() {
          if (released) return;
          released = true;
          const holder = readHolder(path);
          if (holder?.pid === process.pid) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
      return {
        ok: false,
        holder,
        message:
          `Unknot is already running on the data folder ${dataDir} ` +
          `(process ${holder.pid}, serving ${holder.url}, started ${holder.startedAt}). ` +
          'Two servers on one PGlite folder would lose data. Stop that one first, ' +
          'or give this one another DATA_DIR.',
      };
    }
    // The holder is gone (a crash or kill -9 left the file): clear it and try again.
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`Could not take the lock ${path}`);
}
