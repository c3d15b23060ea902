// PGlite's folder format may change between minor versions (stack-notes.md). Unknot pins
// PGlite exactly and writes the version that made a folder, so a mismatch stops the start
// with a clear message instead of a corrupted database.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const markerName = 'pglite-version';

export function installedPgliteVersion(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@electric-sql/pglite');
  const root = entry.slice(
    0,
    entry.lastIndexOf('@electric-sql/pglite') + '@electric-sql/pglite'.length,
  );
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
}

const majorMinor = (version: string) => version.split('.').slice(0, 2).join('.');

export type VersionCheck = { ok: true } | { ok: false; message: string };

/** Checks the marker in dataDir against the installed PGlite; writes it on a new folder. */
export function checkPgliteVersion(dataDir: string, pgliteFolderExists: boolean): VersionCheck {
  const installed = installedPgliteVersion();
  const path = join(dataDir, markerName);
  if (!existsSync(path)) {
    // A folder made before the marker existed is assumed to be this version's.
    writeFileSync(path, `${installed}\n`);
    return { ok: true };
  }
  const written = readFileSync(path, 'utf8').trim();
  if (majorMinor(written) === majorMinor(installed) || !pgliteFolderExists) {
    if (written !== installed) writeFileSync(path, `${installed}\n`);
    return { ok: true };
  }
  return {
    ok: false,
    message:
      `The data in ${dataDir} was written by PGlite ${written}, but this Unknot has PGlite ` +
      `${installed}, which may read it differently. Export your data with the older version, ` +
      'or move to a PostgreSQL server (DATABASE_URL).',
  };
}
