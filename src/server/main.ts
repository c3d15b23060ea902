// Starts Unknot: reads settings, locks the PGlite folder, opens and migrates the database,
// opens the backup channel (PGlite), listens, and on SIGINT/SIGTERM finishes in-flight
// requests before closing the database.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DatabaseHandle, openDatabase } from '../db/connect.js';
import { createPgliteFolder } from '../db/create-pglite.js';
import { lockDataDir } from '../db/data-dir-lock.js';
import { migrateToLatest } from '../db/migrate.js';
import { checkPgliteVersion } from '../db/pglite-version.js';
import { hasAnyUser } from '../db/repositories/users.js';
import { buildApp } from './app.js';
import { ensureSetupCode } from './auth/setup-code.js';
import { serveControlSocket, socketPathTooLong } from './backup/control-socket.js';
import { readConfig } from './config.js';
import { loggerOptions } from './log-options.js';
import { defaultOverloadLimits } from './overload.js';
import { appVersion } from './version.js';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main() {
  const read = readConfig(process.env);
  if (!read.ok) fail(read.message);
  const { config } = read;
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${shownHost}:${config.port}`;

  let release = () => {};
  let stopping = false;
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  let database: DatabaseHandle;
  if (config.databaseUrl) {
    database = await openDatabase({ kind: 'postgres', url: config.databaseUrl }).catch((e: Error) =>
      fail(`Unknot cannot reach the PostgreSQL server in DATABASE_URL: ${e.message}`),
    );
  } else {
    await mkdir(config.dataDir, { recursive: true });
    const lock = await lockDataDir(config.dataDir, { url, now: new Date() });
    if (!lock.ok) fail(lock.message);
    release = lock.release;
    // Someone ended the lock's holder process: stop before another server can open the folder.
    lock.onLost(() => {
      process.stderr.write('Unknot lost the lock on its data folder; stopping.\n');
      void stop('lock lost');
    });
    const pgliteDir = join(config.dataDir, 'pglite');
    const exists = existsSync(pgliteDir);
    const version = checkPgliteVersion(config.dataDir, exists);
    if (!version.ok) {
      release();
      fail(version.message);
    }
    if (!exists) {
      await createPgliteFolder(pgliteDir).catch((error: Error) => {
        release();
        fail(`Unknot could not create its database in ${pgliteDir}: ${error.message}`);
      });
    }
    database = await openDatabase({ kind: 'pglite', dataDir: pgliteDir });
  }

  // On PGlite, `npm run backup` asks this process for a copy through a socket in DATA_DIR.
  const dumpDataDir = database.dumpDataDir;
  const control = dumpDataDir
    ? await serveControlSocket(
        config.dataDir,
        async () => new Uint8Array(await (await dumpDataDir()).arrayBuffer()),
        (message) => process.stderr.write(`Unknot could not make a backup: ${message}\n`),
      ).catch((error: Error) => {
        process.stderr.write(
          `Unknot cannot open its backup channel (${error.message}); \`npm run backup\` will ` +
            'work only while the server is stopped.\n',
        );
        return null;
      })
    : null;
  if (database.kind === 'pglite' && !control && socketPathTooLong(config.dataDir)) {
    process.stderr.write(
      'DATA_DIR is too long a path for the backup channel; `npm run backup` will work only ' +
        'while the server is stopped.\n',
    );
  }

  const closeAll = async () => {
    await control?.close();
    await database.close();
    release();
  };

  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await closeAll();
    fail((error as Error).message);
  }

  // A new server prints its one-time setup code: the first account (the administrator) needs it.
  const setupCode = await ensureSetupCode(database.db, () => hasAnyUser(database.db), new Date());
  if (setupCode) {
    process.stdout.write(
      `This server has no account yet. The first account made becomes its administrator and ` +
        `needs this setup code: ${setupCode}\n`,
    );
  }

  const webRoot = fileURLToPath(new URL('../web', import.meta.url));
  const built = await buildApp({
    database,
    version: appVersion,
    webRoot: existsSync(webRoot) ? webRoot : null,
    logger: loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    allowedHosts: config.allowedHosts,
    signups: config.signups,
    signUpsPerAddress: config.signUpsPerAddress,
    serveSourceMaps: config.serveSourceMaps,
    overload: { ...defaultOverloadLimits, maxEventLoopDelayMs: config.maxEventLoopDelayMs },
  });
  app = built;

  async function stop(signal: string) {
    if (stopping) return;
    stopping = true;
    // If something hangs, do not hang forever; the kernel frees the lock when we exit.
    const force = setTimeout(() => {
      process.stderr.write('Unknot did not stop within 10 s; exiting.\n');
      process.exit(1);
    }, 10_000);
    force.unref();
    try {
      await app?.close(); // stops accepting, waits for requests in flight
      await closeAll(); // then flushes and closes the database
      process.stdout.write(`Unknot stopped (${signal}).\n`);
      process.exit(0);
    } catch (error) {
      process.stderr.write(`Unknot did not stop cleanly: ${(error as Error).message}\n`);
      process.exit(1);
    }
  }
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await built.listen({ host: config.host, port: config.port });
  } catch (error) {
    await built.close().catch(() => {});
    await closeAll();
    const e = error as NodeJS.ErrnoException;
    fail(
      e.code === 'EADDRINUSE'
        ? `Port ${config.port} on ${config.host} is already in use. Set PORT to another port.`
        : `Unknot cannot listen on ${url}: ${e.message}`,
    );
  }
  const where =
    database.kind === 'pglite'
      ? `embedded PGlite in ${config.dataDir}`
      : 'PostgreSQL (DATABASE_URL)';
  const address = built.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stdout.write(
    `Unknot ${appVersion} is serving http://${shownHost}:${port} (database: ${where}).\n`,
  );
}

main().catch((error: Error) => fail(`Unknot could not start: ${error.message}`));
