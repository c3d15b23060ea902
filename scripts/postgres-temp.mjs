// Starts a throwaway PostgreSQL server in a temporary folder on a free port, as a non-root
// user (initdb refuses root), with no system service; stop() removes every trace.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePostgres } from './system-deps.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function runAsUser() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) return null;
  const probe = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (probe.status === 0) return 'postgres';
  return 'nobody';
}

export async function startTempPostgres(log = () => {}) {
  const bin = ensurePostgres(log);
  const user = runAsUser();
  const dir = mkdtempSync(join(tmpdir(), 'unknot-pg-'));
  const dataDir = join(dir, 'data');
  const port = await freePort();
  if (user) {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (file, args) => {
    const cmd = user ? 'runuser' : file;
    const full = user ? ['-u', user, '--', file, ...args] : args;
    const result = spawnSync(cmd, full, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) {
      throw new Error(`${file} failed: ${result.stderr || result.stdout}`);
    }
    return result.stdout;
  };
  run(`${bin}/initdb`, [
    '-D',
    dataDir,
    '-U',
    'unknot',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-instructions',
  ]);
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  run(`${bin}/pg_ctl`, [
    '-D',
    dataDir,
    '-o',
    options,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    'start',
  ]);
  const url = `postgres://unknot@127.0.0.1:${port}/postgres`;
  log(`PostgreSQL (${bin.split('/').at(-2)}) on port ${port}`);
  return {
    url,
    port,
    stop() {
      try {
        run(`${bin}/pg_ctl`, ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
