#!/usr/bin/env node
// npm start: builds the web app and the server only if their sources changed since the last
// build (saying what and why), then starts the server in this same process.
import { spawnSync } from 'node:child_process';
import { buildParts, readStamps, reasonToBuild, stampOf, writeStamps } from './build-freshness.mjs';

const root = process.cwd();
const say = (message) => process.stdout.write(`${message}\n`);
const stamps = readStamps(root);
const stale = buildParts
  .map((part) => ({ part, reason: reasonToBuild(root, part, process.env, stamps[part.name]) }))
  .filter((s) => s.reason !== null);

for (const [i, { part, reason }] of stale.entries()) {
  // Taken before building: a file saved during the build makes the next start build again.
  const stamp = stampOf(root, part, process.env);
  say(`Building the ${part.name} (${i + 1} of ${stale.length}; ${reason})...`);
  const began = Date.now();
  const result = spawnSync('npm', ['run', part.script, '--silent'], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`Building the ${part.name} failed; Unknot did not start.\n`);
    process.exit(result.status ?? 1);
  }
  say(`Built the ${part.name} in ${((Date.now() - began) / 1000).toFixed(1)} s.`);
  writeStamps(root, { ...readStamps(root), [part.name]: stamp });
}

await import('../dist/server/main.js');
