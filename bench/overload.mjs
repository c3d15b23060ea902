#!/usr/bin/env node
// The bounded load test: 1,000 connections for 20 s on POST /api/plan and on a signed-in write
// (PUT of one check-in), against Unknot with its production overload settings. It reports the
// status codes seen, p99 and the server's memory before and after, and fails if any answer is
// other than 2xx, 429 or 503 (or a connection errs): more load than the machine can serve must
// be shed, not answered ever slower or dropped. `node bench/overload.mjs` runs only this part
// (on the build in dist/); `npm run bench` runs it last. Writes bench/report.overload.{md,json}.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort, spawnUntilReady } from './processes.mjs';
import { setupCodeIn, signUpPerson } from './progress.mjs';
import { planRequest } from './requests.mjs';

const allowed = (code) => (code >= 200 && code < 300) || code === 429 || code === 503;

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

async function hammer({ url, method, body, headers, connections, seconds }) {
  const result = await autocannon({
    url,
    method,
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
  );
  return {
    statusCodes,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
  };
}

export async function overloadTest({ connections = 1000, seconds = 20, say = () => {} } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'unknot-overload-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Production settings: overload shedding on (MAX_EVENT_LOOP_DELAY_MS defaults to 500).
  const server = await spawnUntilReady(
    'dist/server/main.js',
    `${base}/api/health`,
    {
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    180_000,
  );
  const runs = [];
  // Other work on the machine takes CPU from both sides: say how busy it was.
  const loadAverage = loadavg()[0].toFixed(1);
  try {
    const cookie = await signUpPerson(base, setupCodeIn(server.output()));
    const checkInId = '0b0b0b0b-0000-4000-8000-0000000000aa';
    const targets = [
      { name: 'POST /api/plan', method: 'POST', path: '/api/plan', body: planRequest },
      {
        name: 'PUT /api/me/check-ins/{id} (signed in)',
        method: 'PUT',
        path: `/api/me/check-ins/${checkInId}`,
        headers: { cookie },
        body: {
          id: checkInId,
          at: '2024-03-04',
          averagePain: 4,
          activities: [{ name: 'Walking the dog', score: 6 }],
        },
      },
    ];
    for (const target of targets) {
      const before = rssMb(server.pid);
      const run = await hammer({ ...target, url: `${base}${target.path}`, connections, seconds });
      // Let the queue drain before reading memory and health.
      await new Promise((r) => setTimeout(r, 2000));
      const after = rssMb(server.pid);
      const health = await fetch(`${base}/api/health`).then((r) => r.status);
      const unexpected = Object.keys(run.statusCodes).filter((code) => !allowed(Number(code)));
      runs.push({
        endpoint: target.name,
        ...run,
        memoryMb: { before, after },
        healthAfter: health,
        onlyAllowedCodes: unexpected.length === 0,
        ok: unexpected.length === 0 && run.connectionErrors === 0 && health === 200,
      });
      say(
        `${target.name}: ${JSON.stringify(run.statusCodes)}, errors ${run.connectionErrors}, p99 ${run.p99Ms} ms, memory ${before.toFixed(0)} -> ${after.toFixed(0)} MB`,
      );
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { connections, seconds, loadAverage, runs, ok: runs.every((r) => r.ok) };
}

export function writeOverloadReport(figures) {
  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    date: new Date().toISOString(),
    loadAverage: figures.loadAverage,
  };
  writeFileSync(
    'bench/report.overload.json',
    `${JSON.stringify({ machine, ...figures }, null, 2)}\n`,
  );
  const codes = (run) =>
    Object.entries(run.statusCodes)
      .map(([code, count]) => `${code}: ${count}`)
      .join(', ');
  const lines = [
    '# Unknot overload report',
    '',
    `Measured ${machine.date} on ${machine.cpus} cores (${machine.cpuModel}), Node ${machine.node}, load average ${machine.loadAverage} at the start.`,
    `${figures.connections} connections for ${figures.seconds} s each (autocannon, same machine), against`,
    'Unknot on embedded PGlite with its production overload setting (MAX_EVENT_LOOP_DELAY_MS=500).',
    'Only 2xx, 429 and 503 may appear; a 503 carries Retry-After. Memory is the server',
    "process's resident set before the run and 2 s after it.",
    '',
    "A connection error is a request with no answer within autocannon's 10 s timeout.",
    '',
    '| endpoint | status codes | only 2xx/429/503 | connection errors | p50 ms | p99 ms | max ms | memory before MB | memory after MB | health after | pass |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...figures.runs.map(
      (r) =>
        `| ${r.endpoint} | ${codes(r)} | ${r.onlyAllowedCodes ? 'yes' : 'NO'} | ${r.connectionErrors} | ${r.p50Ms} | ${r.p99Ms} | ${r.maxMs} | ${r.memoryMb.before.toFixed(0)} | ${r.memoryMb.after.toFixed(0)} | ${r.healthAfter} | ${r.ok ? 'yes' : 'NO'} |`,
    ),
    '',
  ];
  writeFileSync('bench/report.overload.md', lines.join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const say = (m) => process.stdout.write(`[overload] ${m}\n`);
  const figures = await overloadTest({
    connections: Number(process.env.BENCH_CONNECTIONS ?? 1000),
    seconds: Number(process.env.BENCH_OVERLOAD_SECONDS ?? 20),
    say,
  });
  writeOverloadReport(figures);
  say(`wrote bench/report.overload.md (${figures.ok ? 'pass' : 'FAIL'})`);
  process.exitCode = figures.ok ? 0 : 1;
}
