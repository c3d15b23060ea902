#!/usr/bin/env node
// The one test command (npm run test:all): installs what is missing (npm packages; as root,
// Chromium and PostgreSQL through apt), starts a throwaway PostgreSQL, then runs the build,
// typecheck, lint, unit and database tests on PGlite and PostgreSQL, and the browser tests.
// Its last line is "N passed, N failed" (", N skipped" when any), summed over every runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTempPostgres } from './postgres-temp.mjs';
import { ensureChromium } from './system-deps.mjs';

const started = Date.now();
const log = (message) => process.stdout.write(`\n[test:all] ${message}\n`);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const work = mkdtempSync(join(tmpdir(), 'unknot-test-'));

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A single pass/fail check (build, typecheck, lint) counts as one test. */
function check(name, command, args, env) {
  log(name);
  if (run(command, args, env)) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
}

/** A Vitest run, counted test by test from its JSON report. */
function vitest(name, args, env) {
  log(name);
  const report = join(work, `${name.replace(/\W+/g, '-')}.json`);
  const ok = run(
    'npx',
    [
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  );
  if (!existsSync(report)) {
    totals.failed += 1;
    failures.push(`${name} (the runner did not finish)`);
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  const suiteErrors = (r.testResults ?? []).filter(
    (f) => f.status === 'failed' && !f.assertionResults?.some((a) => a.status === 'failed'),
  );
  if (suiteErrors.length > 0) {
    totals.failed += suiteErrors.length;
    failures.push(...suiteErrors.map((f) => `${name}: ${f.name} did not load`));
  }
  if (!ok || r.numFailedTests > 0) failures.push(name);
}

function needsInstall() {
  const marker = 'node_modules/.package-lock.json';
  if (!existsSync(marker)) return true;
  return statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
}

let postgres;
let stopped = false;
function stopAll() {
  if (stopped) return;
  stopped = true;
  try {
    postgres?.stop();
  } catch (error) {
    process.stderr.write(`Could not stop PostgreSQL: ${error.message}\n`);
  }
  rmSync(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

try {
  if (needsInstall()) {
    log('npm ci');
    if (!run('npm', ['ci', '--no-audit', '--no-fund'])) throw new Error('npm ci failed');
  }
  log('system packages');
  const chromium = ensureChromium(log);
  postgres = await startTempPostgres(log);

  check('build', 'npm', ['run', 'build', '--silent'], { NODE_ENV: 'production' });
  check('size budget (gzipped JavaScript per page)', 'node', ['scripts/size-budget.mjs']);
  check('typecheck', 'npm', ['run', 'typecheck', '--silent']);
  check('lint', 'npm', ['run', 'lint', '--silent']);
  vitest('unit tests', ['--project', 'unit']);
  vitest('database tests (PGlite and PostgreSQL)', ['--project', 'db'], {
    TEST_DATABASE_URL: postgres.url,
  });
  vitest('browser tests (Chromium)', ['--config', 'vitest.e2e.config.ts'], {
    UNKNOT_E2E_PREBUILT: '1',
    CHROMIUM_PATH: chromium,
    TEST_DATABASE_URL: postgres.url,
  });
} catch (error) {
  totals.failed += 1;
  failures.push(error.message);
  process.stderr.write(`\n[test:all] ${error.message}\n`);
} finally {
  stopAll();
}

const minutes = ((Date.now() - started) / 60000).toFixed(1);
if (failures.length) log(`failed: ${failures.join('; ')}`);
log(`done in ${minutes} min`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
process.exit(totals.failed > 0 ? 1 : 0);
