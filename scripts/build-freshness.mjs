// Which parts of the build (web app, server) are older than their sources, so `npm start`
// rebuilds only what changed. A stamp in dist/ records, per part, the newest source time, the
// number of source files (a deleted file counts as a change) and the build-time settings.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const shared = ['src/core', 'src/content', 'package-lock.json', 'tsconfig.json'];

export const buildParts = [
  {
    name: 'web app',
    script: 'build:web',
    inputs: ['src/web', ...shared, 'vite.config.ts', 'scripts/precompress.ts'],
    output: 'dist/web/index.html',
    // Settings read when the web app is built (such as VITE_UNKNOT_EMERGENCY_NUMBERS).
    env: /^VITE_/,
  },
  {
    name: 'server',
    script: 'build:server',
    inputs: ['src/server', 'src/db', ...shared, 'tsconfig.build.json'],
    output: 'dist/server/main.js',
    env: null,
  },
];

export const stampPath = 'dist/.build-stamp.json';

// Tests and test helpers never reach the build.
const notBuilt = /\.test\.tsx?$|\.test-support\.tsx?$|(^|\/)test-[^/]*$/;

/** Source files of a part: [path relative to root, modified time in ms]. */
export function sourcesOf(root, part) {
  const found = [];
  const walk = (path) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const name of readdirSync(full)) walk(`${path}/${name}`);
    } else if (!notBuilt.test(path)) {
      found.push([path, stat.mtimeMs]);
    }
  };
  for (const input of part.inputs) walk(input);
  return found;
}

const settingsOf = (part, env) =>
  part.env
    ? Object.fromEntries(
        Object.keys(env)
          .filter((k) => part.env.test(k))
          .sort()
          .map((k) => [k, env[k]]),
      )
    : {};

/** What a part's stamp would say about its sources now. */
export function stampOf(root, part, env, sources = sourcesOf(root, part)) {
  return {
    newestMs: Math.max(0, ...sources.map(([, ms]) => ms)),
    files: sources.length,
    settings: settingsOf(part, env),
  };
}

export function readStamps(root) {
  try {
    return JSON.parse(readFileSync(join(root, stampPath), 'utf8'));
  } catch {
    return {};
  }
}

export function writeStamps(root, stamps) {
  writeFileSync(join(root, stampPath), `${JSON.stringify(stamps, null, 2)}\n`);
}

/** Why a part must be built, in a few words, or null when its build is current. */
export function reasonToBuild(root, part, env, stamp) {
  if (!existsSync(join(root, part.output))) return 'not built yet';
  if (!stamp) return 'no record of the last build';
  const sources = sourcesOf(root, part);
  const now = stampOf(root, part, env, sources);
  const changed = sources.filter(([, ms]) => ms > stamp.newestMs).map(([path]) => path);
  if (changed.length > 0) {
    const more = changed.length > 1 ? ` and ${changed.length - 1} more` : '';
    return `changed: ${changed[0]}${more}`;
  }
  if (now.files !== stamp.files) return 'source files were added or removed';
  if (JSON.stringify(now.settings) !== JSON.stringify(stamp.settings ?? {}))
    return 'build settings changed';
  return null;
}

// `node scripts/build-freshness.mjs --stamp` (after `npm run build`): record both parts as built.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--stamp')) {
    const root = process.cwd();
    writeStamps(
      root,
      Object.fromEntries(buildParts.map((part) => [part.name, stampOf(root, part, process.env)])),
    );
  }
}
