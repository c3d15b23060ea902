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
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx answers`);
  return {
    sessions: person.sessions,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    targetP99Ms: planHistoryTargetP99Ms,
  };
}
