// `npm run backup -- FILE` and `npm run restore -- FILE`. Backup asks the server running on
// DATA_DIR for a copy through its control socket, or, with no server running, takes the
// folder's lock and copies the data itself. Restore only fills an empty DATA_DIR, so it can
// never overwrite data. On PostgreSQL both say to use pg_dump and pg_restore.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openDatabase } from '../../db/connect.js';
import { lockDataDir } from '../../db/data-dir-lock.js';
import { checkPgliteVersion, installedPgliteVersion } from '../../db/pglite-version.js';
import { readConfig } from '../config.js';
import { decodeBackup, encodeBackup } from './backup-file.js';
import { requestBackup, socketPathTooLong } from './control-socket.js';

export type CommandResult = { readonly ok: boolean; readonly message: string };

const majorMinor = (version: string) => version.split('.').slice(0, 2).join('.');

const onPostgres = (verb: 'backup' | 'restore'): CommandResult => ({
  ok: false,
  message:
    verb === 'backup'
      ? 'Unknot uses PostgreSQL here (DATABASE_URL), so back it up with PostgreSQL’s own tool, ' +
        'which copies a running database safely: pg_dump --format=custom --file=unknot.dump "$DATABASE_URL"'
      : 'Unknot uses PostgreSQL here (DATABASE_URL), so restore with PostgreSQL’s own tool ' +
        'into an empty database: pg_restore --dbname="$DATABASE_URL" unknot.dump',
});

function settings(env: NodeJS.ProcessEnv) {
  const read = readConfig(env);
  if (!read.ok) return { ok: false as const, message: read.message };
  return { ok: true as const, ...read.config };
}

/** Writes FILE whole or not at all, readable by its owner only (it holds health data). */
function writeAtomically(file: string, bytes: Buffer): void {
  const partial = `${file}.partial`;
  writeFileSync(partial, bytes, { mode: 0o600 });
  renameSync(partial, file);
}

type DirectDump =
  | { readonly kind: 'done'; readonly dump: Uint8Array }
  | { readonly kind: 'server-running' }
  | { readonly kind: 'failed'; readonly message: string };

async function dumpWithoutServer(dataDir: string): Promise<DirectDump> {
  const lock = await lockDataDir(dataDir, { url: 'npm run backup', now: new Date() });
  if (!lock.ok)
    return lock.held ? { kind: 'server-running' } : { kind: 'failed', message: lock.message };
  try {
    const version = checkPgliteVersion(dataDir, true);
    if (!version.ok) return { kind: 'failed', message: version.message };
    const database = await openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    try {
      const dump = await database.dumpDataDir?.();
      if (!dump) return { kind: 'failed', message: 'This database cannot be copied.' };
      return { kind: 'done', dump: new Uint8Array(await dump.arrayBuffer()) };
    } finally {
      await database.close();
    }
  } finally {
    await lock.release();
  }
}

export async function runBackup(
  env: NodeJS.ProcessEnv,
  file: string | undefined,
): Promise<CommandResult> {
  if (!file) return { ok: false, message: 'Say where to write the backup: npm run backup -- FILE' };
  const config = settings(env);
  if (!config.ok) return config;
  if (config.databaseUrl) return onPostgres('backup');
  if (existsSync(file))
    return {
      ok: false,
      message: `${file} already exists. Choose a new name, so no backup is overwritten.`,
    };
  const { dataDir } = config;
  if (!existsSync(join(dataDir, 'pglite')))
    return { ok: false, message: `There is no Unknot data in ${dataDir} (DATA_DIR) to back up.` };

  let dump: Uint8Array;
  let how: string;
  const direct = await dumpWithoutServer(dataDir);
  if (direct.kind === 'failed') return { ok: false, message: direct.message };
  if (direct.kind === 'done') {
    dump = direct.dump;
    how = 'No server was running; the backup command opened the data folder itself.';
  } else {
    // The folder is locked: a server is running on it, so ask it for the copy.
    const asked = await requestBackup(dataDir);
    if (!asked.ok) {
      const why = asked.unreachable
        ? socketPathTooLong(dataDir)
          ? `its path is too long for the backup channel (${dataDir}); use a shorter DATA_DIR`
          : 'it does not answer on its backup channel (an older Unknot?)'
        : asked.message;
      return {
        ok: false,
        message: `Unknot is running on ${dataDir}, and the backup was not made: ${why}. Stop the server and run the backup again; it then copies the folder itself.`,
      };
    }
    dump = asked.dump;
    how = 'The running server made the copy without stopping.';
  }
  const header = {
    unknotBackup: 1,
    pglite: installedPgliteVersion(),
    madeAt: new Date().toISOString(),
  } as const;
  writeAtomically(file, encodeBackup(header, dump));
  return {
    ok: true,
    message: `Backup written to ${file} (${(dump.byteLength / 1e6).toFixed(1)} MB). ${how} It holds health data: keep it as safe as the server, and delete old backups on a schedule, since they keep deleted accounts until then.`,
  };
}

export async function runRestore(
  env: NodeJS.ProcessEnv,
  file: string | undefined,
): Promise<CommandResult> {
  if (!file) return { ok: false, message: 'Say which backup to restore: npm run restore -- FILE' };
  const config = settings(env);
  if (!config.ok) return config;
  if (config.databaseUrl) return onPostgres('restore');
  const { dataDir } = config;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    return {
      ok: false,
      message: `${dataDir} (DATA_DIR) is not empty. A restore only goes into an empty folder, so it never overwrites data: set DATA_DIR to a new folder, or move this one aside, and run the restore again.`,
    };
  if (!existsSync(file)) return { ok: false, message: `There is no file ${file}.` };
  const decoded = decodeBackup(readFileSync(file));
  if (!decoded.ok) return decoded;
  const installed = installedPgliteVersion();
  if (majorMinor(decoded.header.pglite) !== majorMinor(installed))
    return {
      ok: false,
      message: `This backup was made with PGlite ${decoded.header.pglite}, and this Unknot has PGlite ${installed}, which may read it differently. Restore it with the Unknot version that made it, then export and import your data.`,
    };

  await mkdir(dataDir, { recursive: true });
  const lock = await lockDataDir(dataDir, { url: 'npm run restore', now: new Date() });
  if (!lock.ok) return { ok: false, message: lock.message };
  try {
    const database = await openDatabase({
      kind: 'pglite',
      dataDir: join(dataDir, 'pglite'),
      loadDataDir: new Blob([new Uint8Array(decoded.dump)]),
    });
    await database.close();
    checkPgliteVersion(dataDir, false);
  } catch (error) {
    // Leave the folder empty again, so a second try meets the same rules.
    await lock.release();
    for (const name of readdirSync(dataDir))
      rmSync(join(dataDir, name), { recursive: true, force: true });
    return { ok: false, message: `The backup could not be restored: ${(error as Error).message}` };
  }
  await lock.release();
  return {
    ok: true,
    message: `Restored the backup of ${decoded.header.madeAt} into ${dataDir}. Start Unknot with this DATA_DIR.`,
  };
}
