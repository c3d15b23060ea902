#!/usr/bin/env node
// npm run bench: measures Unknot against a bare Fastify hello-world baseline, side by side in
// one run (alternating rounds, medians), and writes bench/report.md and bench/report.json.
// Ratios, not absolute numbers, are what compare across machines.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTempPostgres } from '../scripts/postgres-temp.mjs';
import { firstReliefLines } from './first-relief.mjs';
import { lighthouseRuns } from './lighthouse.mjs';
import { load, median } from './load.mjs';
import { idleMb } from './memory.mjs';
import { overloadTest, writeOverloadReport } from './overload.mjs';
import { planWithHistory, planWithHistoryInProcess } from './plan-history.mjs';
import { commandUntilReady, freePort, spawnUntilReady } from './processes.mjs';
import { latency, personWithHistory, setupCodeIn } from './progress.mjs';
import { planRequest } from './requests.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 50;
const say = (m) => process.stdout.write(`[bench] ${m}\n`);
// BENCH_ONLY=memory,lighthouse runs just those parts; the others keep their figures from the
// previous report (each part has its own baseline from its own run, so its ratios still hold).
const allParts = [
  'throughput',
  'progress',
  'writes',
  'coldstart',
  'memory',
  'npmstart',
  'lighthouse',
];
const parts = new Set(process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : allParts);

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

// Resident memory, idle (after 5 s with no requests) and peak (from spawn to then, child
// processes included): a first start on an empty PGlite folder, a restart on it, PostgreSQL,
// and the hello-world.
async function memoryFigures() {
  const folder = mkdtempSync(join(tmpdir(), 'unknot-bench-memory-'));
  const measure = async (name, file, env, readyPath) => {
    const port = await freePort();
    const server = await spawnUntilReady(
      file,
      `http://127.0.0.1:${port}${readyPath}`,
      { HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
      300_000,
    );
    const idle = await idleMb(server.pid, 5000);
    const peak = server.peakMb();
    await server.stop();
    say(`memory, ${name}: idle ${idle.toFixed(0)} MB, peak ${peak.toFixed(0)} MB`);
    return { name, idleMb: idle, peakMb: peak, readyMs: server.readyMs };
  };
  const rows = [];
  try {
    const pglite = { DATA_DIR: folder };
    rows.push(await measure('first start, PGlite', 'dist/server/main.js', pglite, '/api/health'));
    rows.push(await measure('restart, PGlite', 'dist/server/main.js', pglite, '/api/health'));
    const postgres = await startTempPostgres(say);
    try {
      rows.push(
        await measure(
          'PostgreSQL',
          'dist/server/main.js',
          { DATABASE_URL: postgres.url },
          '/api/health',
        ),
      );
    } finally {
      postgres.stop();
    }
    rows.push(await measure('hello-world', 'bench/hello-server.mjs', {}, '/'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const hello = rows.find((r) => r.name === 'hello-world');
  return rows.map((r) => ({ ...r, idleRatio: r.idleMb / hello.idleMb }));
}

// `npm start` to a healthy server on a built checkout (nothing to build), against starting the
// built server directly and the hello-world, alternating, on an existing PGlite folder.
async function npmStartFigures() {
  const folder = mkdtempSync(join(tmpdir(), 'unknot-bench-start-'));
  const env = (port) => ({ HOST: '127.0.0.1', PORT: String(port), DATA_DIR: folder });
  const times = { npmStart: [], direct: [], hello: [] };
  try {
    // An untimed first `npm start` creates the folder and builds anything out of date, so the
    // timed rounds are restarts of a built checkout.
    {
      const port = await freePort();
      const first = await commandUntilReady(
        'npm',
        ['start'],
        `http://127.0.0.1:${port}/api/health`,
        env(port),
        600_000,
      );
      await first.stop();
    }
    for (let round = 0; round < 3; round++) {
      let port = await freePort();
      const viaNpm = await commandUntilReady(
        'npm',
        ['start'],
        `http://127.0.0.1:${port}/api/health`,
        env(port),
        300_000,
      );
      times.npmStart.push(viaNpm.readyMs);
      await viaNpm.stop();
      port = await freePort();
      const direct = await spawnUntilReady(
        'dist/server/main.js',
        `http://127.0.0.1:${port}/api/health`,
        env(port),
      );
      times.direct.push(direct.readyMs);
      await direct.stop();
      port = await freePort();
      const hello = await spawnUntilReady('bench/hello-server.mjs', `http://127.0.0.1:${port}/`, {
        PORT: String(port),
      });
      times.hello.push(hello.readyMs);
      await hello.stop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const result = {
    npmStartMs: median(times.npmStart),
    directMs: median(times.direct),
    helloMs: median(times.hello),
    rounds: times.npmStart.length,
  };
  say(
    `npm start to healthy: ${result.npmStartMs.toFixed(0)} ms; node dist/server/main.js ${result.directMs.toFixed(0)} ms; hello ${result.helloMs.toFixed(0)} ms`,
  );
  return {
    ...result,
    ratioToDirect: result.npmStartMs / result.directMs,
    ratioToHello: result.npmStartMs / result.helloMs,
  };
}

// Lighthouse in mobile mode on /, /map and /plan (a plan made first), beside a bare page.
async function lighthouseFigures() {
  const unknot = await startUnknot();
  const hello = await startHello();
  try {
    const marks = { 'low-back-left': 6, 'iliac-crest-left': 5, 'thigh-back-upper-left': 4 };
    const answers = { age: 44 };
    const now = new Date().toISOString();
    // The safety screen's result as the app stores it (core, from the build made above).
    const { triage } = await import('../dist/core/triage/index.js');
    const rows = await lighthouseRuns({
      base: unknot.base,
      baseline: `${hello.base}/page`,
      fresh: ['/', '/map'],
      records: {
        'pain-map': { marks, updatedAt: now },
        safety: { answers, result: triage(answers), answeredAt: now, changeReportedAt: null },
        preferences: {
          tools: ['tennis-ball'],
          places: ['floor', 'wall'],
          bodySize: 'small',
          minutes: 15,
          painfulSide: 'left',
          skipRegions: [],
          updatedAt: now,
        },
      },
      prepare: '/plan',
      withData: ['/plan'],
    });
    for (const r of rows) {
      say(
        `lighthouse ${r.path}: performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}, LCP ${r.lcpMs?.toFixed(0)} ms, TBT ${r.tbtMs?.toFixed(0)} ms, CLS ${r.cls?.toFixed(3)}`,
      );
    }
    return rows;
  } finally {
    await unknot.stop();
    await hello.stop();
  }
}

const previous = existsSync('bench/report.json')
  ? JSON.parse(readFileSync('bench/report.json', 'utf8'))
  : {};
const figures = {
  throughput: parts.has('throughput') ? [] : (previous.throughput ?? []),
  coldStart: parts.has('coldstart') ? null : (previous.coldStart ?? null),
  sessionLogWrites: parts.has('writes') ? [] : (previous.sessionLogWrites ?? []),
  progress: parts.has('progress') ? null : (previous.progress ?? null),
  memory: parts.has('memory') ? null : (previous.memory ?? null),
  npmStart: parts.has('npmstart') ? null : (previous.npmStart ?? null),
  lighthouse: parts.has('lighthouse') ? null : (previous.lighthouse ?? null),
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

  for (const endpoint of parts.has('throughput') ? endpoints : []) {
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
  if (parts.has('progress')) {
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
  if (parts.has('writes')) {
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
  }

  if (parts.has('coldstart')) {
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
  }

  if (parts.has('memory')) figures.memory = await memoryFigures();
  if (parts.has('npmstart')) figures.npmStart = await npmStartFigures();
  if (parts.has('lighthouse')) figures.lighthouse = await lighthouseFigures();
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
  // The machine's load while measuring: ratios hold under load, absolute figures do not.
  loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  partsMeasured: [...parts],
};
writeFileSync('bench/report.json', `${JSON.stringify({ machine, ...figures }, null, 2)}\n`);

const f = (n, d = 0) => n.toFixed(d);
const lines = [
  '# Unknot benchmark report',
  '',
  `Measured ${machine.date} on ${machine.cpus} cores (${machine.cpuModel}), Node ${machine.node},`,
  `load average ${machine.loadAverage.join(', ')} at the end. Parts measured in this run:`,
  `${machine.partsMeasured.join(', ')}; any other part is kept from an earlier run (each part`,
  'carries its own baseline from its own run).',
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
  ...(figures.memory
    ? [
        '## Memory',
        '',
        'Resident memory of the server process (and any child it starts): idle after 5 s without',
        'requests, and the peak from spawn to then. A first start creates the PGlite database.',
        '',
        '| server | idle MB | peak MB | idle ratio to hello-world |',
        '| --- | ---: | ---: | ---: |',
        ...figures.memory.map(
          (m) => `| ${m.name} | ${f(m.idleMb)} | ${f(m.peakMb)} | ${f(m.idleRatio, 1)} |`,
        ),
        '',
      ]
    : []),
  ...(figures.npmStart
    ? [
        '## npm start on a built checkout',
        '',
        `From running \`npm start\` (nothing to build) to the first 200 from \`/api/health\`, on an`,
        `existing PGlite folder; median of ${figures.npmStart.rounds} alternating rounds.`,
        '',
        '| npm start ms | node dist/server/main.js ms | hello ms | ratio to direct | ratio to hello |',
        '| ---: | ---: | ---: | ---: | ---: |',
        `| ${f(figures.npmStart.npmStartMs)} | ${f(figures.npmStart.directMs)} | ${f(figures.npmStart.helloMs)} | ${f(figures.npmStart.ratioToDirect, 2)} | ${f(figures.npmStart.ratioToHello, 1)} |`,
        '',
      ]
    : []),
  ...(figures.lighthouse
    ? [
        '## Lighthouse (mobile)',
        '',
        'Lighthouse 12 in its mobile mode (simulated slow 4G and a mid-range phone) in Chromium,',
        'as a new visitor on / and /map, and on /plan with a plan made first, beside a bare page of',
        'the hello-world server. Targets: performance at least 95 and accessibility 100.',
        '',
        '| page | performance | accessibility | best practices | LCP ms | TBT ms | CLS |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        ...figures.lighthouse.map(
          (l) =>
            `| ${l.path} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${f(l.lcpMs ?? 0)} | ${f(l.tbtMs ?? 0)} | ${f(l.cls ?? 0, 3)} |`,
        ),
        '',
      ]
    : []),
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
