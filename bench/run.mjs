#!/usr/bin/env node
// npm run bench: measures Unknot against a bare Fastify hello-world baseline, side by side in
// one run (alternating rounds, medians), and writes bench/report.md and bench/report.json.
// Ratios, not absolute numbers, are what compare across machines.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTempPostgres } from '../scripts/postgres-temp.mjs';
import { firstReliefLines } from './first-relief.mjs';
import { load, median } from './load.mjs';
import { overloadTest, writeOverloadReport } from './overload.mjs';
import { planWithHistory, planWithHistoryInProcess } from './plan-history.mjs';
import { freePort, spawnUntilReady } from './processes.mjs';
import { latency, personWithHistory, setupCodeIn } from './progress.mjs';
import { planRequest } from './requests.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 50;
const say = (m) => process.stdout.write(`[bench] ${m}\n`);

if (process.env.BENCH_SKIP_BUILD !== '1') {
  say('building');
  execSync('npm run build --silent', { stdio: 'inherit' });
}

const dataDir = mkdtempSync(join(tmpdir(), 'unknot-bench-'));
const unknotEnv = (port) => ({
  HOST: '127.0.0.1',
  PORT: String(port),
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
});

async function startUnknot() {
  const port = await freePort();
  const server = await spawnUntilReady(
    'dist/server/main.js',
    `http://127.0.0.1:${port}/api/health`,
    unknotEnv(port),
  );
  return { ...server, base: `http://127.0.0.1:${port}` };
}
async function startHello() {
  const port = await freePort();
  const server = await spawnUntilReady('bench/hello-server.mjs', `http://127.0.0.1:${port}/`, {
    PORT: String(port),
  });
  return { ...server, base: `http://127.0.0.1:${port}` };
}

// The API endpoints measured under load, each against the hello-world in the same round.
const endpoints = [
  { name: 'GET /api/health', method: 'GET', path: '/api/health' },
  {
    name: 'POST /api/match',
    method: 'POST',
    path: '/api/match',
    body: {
      regions: [
        { id: 'low-back-left', intensity: 6 },
        { id: 'iliac-crest-left', intensity: 5 },
        { id: 'thigh-back-upper-left', intensity: 4 },
      ],
    },
  },
  { name: 'POST /api/plan', method: 'POST', path: '/api/plan', body: planRequest },
];

const figures = {
  throughput: [],
  coldStart: null,
  sessionLogWrites: [],
  progress: null,
  planHistory: null,
};

const planHistoryWords = (p) =>
  `plan with history (${p.sessions} sessions): p50 ${p.p50Ms} ms, p99 ${p.p99Ms} ms (target under ${p.targetP99Ms} ms)`;

// BENCH_ONLY=plan-history measures only the plan that weighs three years of sessions, and
// writes no report (the report needs every figure).
if (process.env.BENCH_ONLY === 'plan-history') {
  const inProcess = await planWithHistoryInProcess();
  say(`in process, ${planHistoryWords(inProcess)}`);
  const unknot = await startUnknot();
  try {
    const planHistory = await planWithHistory(
      unknot.base,
      await personWithHistory(unknot.base, setupCodeIn(unknot.output())),
    );
    say(planHistoryWords(planHistory));
  } finally {
    await unknot.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(0);
}

try {
  // Create the PGlite folder once, so cold start measures opening existing data.
  await (await startUnknot()).stop();

  for (const endpoint of endpoints) {
    const subject = [];
    const baseline = [];
    for (let round = 0; round < rounds; round++) {
      const hello = await startHello();
      baseline.push(
        await load({
          url: `${hello.base}/`,
          method: endpoint.method,
          body: endpoint.body,
          connections,
          seconds,
        }),
      );
      await hello.stop();
      const unknot = await startUnknot();
      subject.push(
        await load({
          url: `${unknot.base}${endpoint.path}`,
          method: endpoint.method,
          body: endpoint.body,
          connections,
          seconds,
        }),
      );
      await unknot.stop();
      say(
        `${endpoint.name} round ${round + 1}: ${subject.at(-1).requestsPerSecond.toFixed(0)} req/s vs hello ${baseline.at(-1).requestsPerSecond.toFixed(0)}`,
      );
    }
    const s = {
      rps: median(subject.map((r) => r.requestsPerSecond)),
      p99: median(subject.map((r) => r.p99Ms)),
    };
    const b = {
      rps: median(baseline.map((r) => r.requestsPerSecond)),
      p99: median(baseline.map((r) => r.p99Ms)),
    };
    figures.throughput.push({
      endpoint: endpoint.name,
      unknot: {
        requestsPerSecond: s.rps,
        p99Ms: s.p99,
        non2xx: subject.reduce((n, r) => n + r.non2xx, 0),
      },
      baseline: { requestsPerSecond: b.rps, p99Ms: b.p99 },
      throughputRatio: s.rps / b.rps,
      p99Ratio: s.p99 / Math.max(b.p99, 1),
    });
  }

  // The progress view of a person with three years of daily sessions, next to hello-world.
  {
    const unknot = await startUnknot();
    const hello = await startHello();
    try {
      const person = await personWithHistory(unknot.base, setupCodeIn(unknot.output()));
      const view = await latency(`${unknot.base}/api/me/progress`, { cookie: person.cookie });
      const base = await latency(`${hello.base}/`);
      figures.progress = {
        sessions: person.sessions,
        unknot: view,
        baseline: base,
        p50Ratio: view.p50Ms / Math.max(base.p50Ms, 1),
        p99Ratio: view.p99Ms / Math.max(base.p99Ms, 1),
      };
      say(
        `progress view (${person.sessions} sessions): p50 ${view.p50Ms} ms, p99 ${view.p99Ms} ms`,
      );
      figures.planHistory = await planWithHistory(unknot.base, person);
      say(planHistoryWords(figures.planHistory));
    } finally {
      await unknot.stop();
      await hello.stop();
    }
  }

  // Session-log writes: the repository against a plain insert of the same row, same driver.
  // Imported late: these modules come from the build made above.
  const { sessionLogWrites } = await import('./storage.mjs');
  figures.sessionLogWrites.push({
    db: 'pglite',
    ...(await sessionLogWrites({ kind: 'pglite', dataDir: null })),
  });
  const postgres = await startTempPostgres(say);
  try {
    figures.sessionLogWrites.push({
      db: 'postgres',
      ...(await sessionLogWrites({ kind: 'postgres', url: postgres.url })),
    });
  } finally {
    postgres.stop();
  }
  for (const w of figures.sessionLogWrites) {
    say(
      `session-log writes on ${w.db}: ${w.repositoryPerSecond.toFixed(0)}/s vs plain insert ${w.plainPerSecond.toFixed(0)}/s`,
    );
  }

  const unknotStarts = [];
  const helloStarts = [];
  for (let round = 0; round < Math.max(rounds, 5); round++) {
    const hello = await startHello();
    helloStarts.push(hello.readyMs);
    await hello.stop();
    const unknot = await startUnknot();
    unknotStarts.push(unknot.readyMs);
    await unknot.stop();
  }
  const u = median(unknotStarts);
  const h = median(helloStarts);
  figures.coldStart = { unknotMs: u, baselineMs: h, ratio: u / h, rounds: unknotStarts.length };
  say(`cold start: ${u.toFixed(0)} ms vs hello ${h.toFixed(0)} ms`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  date: new Date().toISOString(),
  rounds,
  secondsPerRun: seconds,
  connections,
};
writeFileSync('bench/report.json', `${JSON.stringify({ machine, ...figures }, null, 2)}\n`);

const f = (n, d = 0) => n.toFixed(d);
const lines = [
  '# Unknot benchmark report',
  '',
  `Measured ${machine.date} on ${machine.cpus} cores (${machine.cpuModel}), Node ${machine.node}.`,
  `Each figure is the median of ${rounds} rounds of ${seconds} s with ${connections} connections (autocannon),`,
  'alternating Unknot and a bare Fastify hello-world server started by the benchmark, so the',
  'ratio is what compares across machines. Unknot runs on embedded PGlite with its full plugin',
  'stack (security headers, validation, error handling).',
  '',
  '## Throughput and latency under load',
  '',
  '| endpoint | Unknot req/s | hello req/s | ratio | Unknot p99 ms | hello p99 ms | p99 ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...figures.throughput.map(
    (t) =>
      `| ${t.endpoint} | ${f(t.unknot.requestsPerSecond)} | ${f(t.baseline.requestsPerSecond)} | ${f(t.throughputRatio, 2)} | ${f(t.unknot.p99Ms)} | ${f(t.baseline.p99Ms)} | ${f(t.p99Ratio, 1)} |`,
  ),
  '',
  '## Cold start',
  '',
  'From spawning the process to the first 200 from `/api/health` (Unknot, on an existing PGlite',
  'folder) or from `/` (hello-world).',
  '',
  '| Unknot ms | hello ms | ratio |',
  '| ---: | ---: | ---: |',
  `| ${f(figures.coldStart.unknotMs)} | ${f(figures.coldStart.baselineMs)} | ${f(figures.coldStart.ratio, 1)} |`,
  '',
  '## Progress view',
  '',
  `GET /api/me/progress for a person with ${figures.progress.sessions} daily sessions (three years, eight`,
  'points each), one request at a time, next to hello-world under the same load.',
  '',
  '| | p50 ms | p99 ms |',
  '| --- | ---: | ---: |',
  `| Unknot progress view | ${f(figures.progress.unknot.p50Ms)} | ${f(figures.progress.unknot.p99Ms)} |`,
  `| hello-world | ${f(figures.progress.baseline.p50Ms)} | ${f(figures.progress.baseline.p99Ms)} |`,
  `| ratio | ${f(figures.progress.p50Ratio, 1)} | ${f(figures.progress.p99Ratio, 1)} |`,
  '',
  '## Plan that weighs the sessions',
  '',
  `POST /api/plan with useHistory for the same person (${figures.planHistory.sessions} sessions), one`,
  `request at a time. Target: p99 under ${figures.planHistory.targetP99Ms} ms.`,
  '',
  '| p50 ms | p99 ms |',
  '| ---: | ---: |',
  `| ${f(figures.planHistory.p50Ms)} | ${f(figures.planHistory.p99Ms)} |`,
  '',
  '## Session-log writes',
  '',
  'One session log at a time through the repository (validation, upsert, unchanged check)',
  'against a plain insert of the same row through the same driver and connection.',
  '',
  '| database | repository writes/s | plain inserts/s | ratio |',
  '| --- | ---: | ---: | ---: |',
  ...figures.sessionLogWrites.map(
    (w) => `| ${w.db} | ${f(w.repositoryPerSecond)} | ${f(w.plainPerSecond)} | ${f(w.ratio, 2)} |`,
  ),
  '',
  'Anchors: Fastify itself is about 1.7 times Express 5 on hello-world; a phone-friendly page',
  'aims for LCP under 2.5 s.',
  '',
  ...firstReliefLines(),
];
writeFileSync('bench/report.md', lines.join('\n'));
say('wrote bench/report.md and bench/report.json');

// Last, on its own server: the bounded overload test (its own report, and a failing exit code
// if an answer other than 2xx, 429 or 503 appears).
const overload = await overloadTest({ say });
writeOverloadReport(overload);
say(`wrote bench/report.overload.md (${overload.ok ? 'pass' : 'FAIL'})`);
if (!overload.ok) process.exitCode = 1;
