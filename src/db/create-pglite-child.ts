// The child process of create-pglite.ts: opens (so creates) the folder given as its argument,
// migrates it and closes it. A failure is one line on stderr and exit code 1.
import { openDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';

const dataDir = process.argv[2];
try {
  if (!dataDir) throw new Error('no folder given');
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
