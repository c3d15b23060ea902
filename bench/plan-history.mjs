// The plan that weighs a person's own sessions (issue 17), for a person with three years of
// daily sessions: POST /api/plan with useHistory, one request at a time. Target: p99 < 20 ms.
import autocannon from 'autocannon';

export const planHistoryTargetP99Ms = 20;

const body = {
  regions: [
    { id: 'low-back-left', intensity: 6 },
    { id: 'low-back-right', intensity: 5 },
    { id: 'thigh-back-upper-left', intensity: 4 },
  ],
  answers: { age: 44, 'pain-weeks': 3, 'pain-now': 6 },
  preferences: {
    tools: ['tennis-ball'],
    places: ['floor', 'wall'],
    bodySize: 'medium',
    minutes: 20,
  },
  useHistory: true,
};

/** Latency of the history plan; fails when the answer carries no history (the flag was lost). */
export async function planWithHistory(base, person, amount = 150) {
  const probe = await fetch(`${base}/api/plan`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: person.cookie },
    body: JSON.stringify(body),
  });
  const plan = await probe.json();
  if (!probe.ok || !plan.steps.some((step) => step.history)) {
    throw new Error(`POST /api/plan with useHistory gave no history: ${probe.status}`);
  }
  const result = await autocannon({
    url: `${base}/api/plan`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: person.cookie },
    body: JSON.stringify(body),
    connections: 1,
    amount,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${result.non2xx} non-2xx answers: ${JSON.stringify(result.statusCodeStats)}`);
  }
  return {
    sessions: person.sessions,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    targetP99Ms: planHistoryTargetP99Ms,
  };
}

/**
 * The same plan computed in this process from the build (no HTTP, no database): what the
 * history adds to POST /api/plan, robust to a busy machine. Imported late: dist comes from
 * the build.
 */
export async function planWithHistoryInProcess(amount = 300) {
  const { learnedPlan } = await import('../dist/core/plan-history/index.js');
  const { validatePlanRequest } = await import('../dist/core/contracts/plan.js');
  const { loggedSessionOf } = await import('../dist/core/progress/index.js');
  const { sessionLog } = await import('./session-data.mjs');
  const sessions = Array.from({ length: 3 * 365 }, (_, day) => loggedSessionOf(sessionLog(day)));
  const checked = validatePlanRequest(body);
  if (!checked.ok) throw new Error(checked.message);
  const clock = { now: new Date(Date.UTC(2026, 0, 2)).toISOString(), utcOffsetMinutes: 0 };
  const times = [];
  for (let i = 0; i < amount; i++) {
    const began = process.hrtime.bigint();
    learnedPlan(checked.value, sessions, clock);
    times.push(Number(process.hrtime.bigint() - began) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return {
    sessions: sessions.length,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    targetP99Ms: planHistoryTargetP99Ms,
  };
}
