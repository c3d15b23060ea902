// Finds, and as root installs with apt, what the tests need from the system: Debian's
// Chromium and PostgreSQL. A developer who is not root gets a clear message instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export const chromiumPath = '/usr/bin/chromium';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

let aptUpdated = false;
function aptInstall(packages, log) {
  if (!isRoot()) {
    throw new Error(
      `Missing system packages: ${packages.join(', ')}. Install them with: sudo apt-get install -y ${packages.join(' ')}`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    log(`apt-get update`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  log(`apt-get install ${packages.join(' ')}`);
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
}

/** Debian's Chromium for the browser tests, and pdftotext to read the printed plan's PDF. */
export function ensureChromium(log) {
  const missing = [];
  if (!existsSync(chromiumPath)) missing.push('chromium', 'fonts-dejavu-core');
  if (!existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');
  if (missing.length) aptInstall(missing, log);
  return chromiumPath;
}

/** The folder holding initdb and pg_ctl of the newest installed PostgreSQL. */
export function postgresBinDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(`${root}/${v}/bin/initdb`) && existsSync(`${root}/${v}/bin/postgres`))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? `${root}/${versions[0]}/bin` : null;
}

export function ensurePostgres(log) {
  let dir = postgresBinDir();
  if (!dir) {
    // postgresql-common would create and start a system cluster; we start our own instead.
    aptInstall(['postgresql'], log);
    spawnSync('service', ['postgresql', 'stop'], { stdio: 'ignore' });
    dir = postgresBinDir();
  }
  if (!dir)
    throw new Error('PostgreSQL was installed but initdb was not found under /usr/lib/postgresql.');
  return dir;
}
