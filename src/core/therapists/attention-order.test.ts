import { describe, expect, it } from 'vitest';
import { type LoggedSession, progressSummary } from '../progress/index.js';
import { byAttention, needsAttention } from './needs-attention.js';

const now = '2024-03-29T12:00:00Z';

const session = (date: string, painBefore: number): LoggedSession => ({
  id: `s-${date}-${painBefore}`,
  startedAt: `${date}T08:00:00Z`,
  painBefore,
  painAfter: Math.max(0, painBefore - 1),
  points: [],
});

/** One client's attention from their sessions, goal, latest screen and assigned plan's hold. */
function client(
  displayName: string,
  fixture: {
    sessions: LoggedSession[];
    goal?: number;
    selfCareAllowed?: boolean;
    onHold?: 'safety-stop' | 'precaution';
  },
) {
  const summary = progressSummary({
    sessions: fixture.sessions,
    checkIns: [],
    plan: fixture.goal ? { sessionsPerWeek: fixture.goal, startedOn: '2024-03-04' } : null,
    clock: { now, utcOffsetMinutes: 0 },
  });
  if (!summary.ok) throw new Error(summary.message);
  return {
    clientId: `id-${displayName}`,
    displayName,
    needsAttention: needsAttention({
      now,
      latestSafetyScreen: {
        answeredAt: '2024-03-20T09:00:00Z',
        selfCareAllowed: fixture.selfCareAllowed ?? true,
      },
      sessionsPerWeek: fixture.goal ?? null,
      progress: summary.value,
      assignedPlanOnHold: fixture.onHold
        ? { reason: fixture.onHold, since: '2024-03-20T09:00:00Z', message: '' }
        : null,
    }),
  };
}

// Every day from 4 to 28 March: on plan (3 a week), no gap, pain steady.
const daily = Array.from({ length: 25 }, (_, i) =>
  session(`2024-03-${String(4 + i).padStart(2, '0')}`, 5),
);

describe('the clients list order', () => {
  const clients = [
    client('Ada (all well)', { sessions: daily, goal: 3 }),
    client('Ben (pain worse)', {
      sessions: [session('2024-03-05', 3), session('2024-03-27', 6)],
    }),
    client('Cy (stopped)', { sessions: daily, selfCareAllowed: false, onHold: 'safety-stop' }),
    client('Di (plan on hold)', { sessions: daily, goal: 3, onHold: 'precaution' }),
    client('Ed (no session)', { sessions: [session('2024-03-10', 5)] }),
    client('Flo (behind plan)', {
      sessions: ['04', '06', '08', '11', '13', '15', '20', '27'].map((day) =>
        session(`2024-03-${day}`, 5),
      ),
      goal: 3,
    }),
    client('Gus (no session, pain worse)', {
      sessions: [session('2024-03-04', 2), session('2024-03-12', 5)],
    }),
  ];

  it('gives each client its reasons, most urgent first', () => {
    expect(
      Object.fromEntries(clients.map((c) => [c.displayName, c.needsAttention.map((a) => a.code)])),
    ).toEqual({
      'Ada (all well)': [],
      'Ben (pain worse)': ['pain-worse'],
      'Cy (stopped)': ['safety-stop', 'plan-on-hold'],
      'Di (plan on hold)': ['plan-on-hold'],
      'Ed (no session)': ['no-recent-session'],
      'Flo (behind plan)': ['behind-plan'],
      'Gus (no session, pain worse)': ['no-recent-session', 'pain-worse'],
    });
  });

  it('puts who needs attention first: most urgent reason, then more reasons, then by name', () => {
    expect(byAttention([...clients].reverse()).map((c) => c.displayName)).toEqual([
      'Cy (stopped)',
      'Di (plan on hold)',
      'Gus (no session, pain worse)',
      'Ed (no session)',
      'Ben (pain worse)',
      'Flo (behind plan)',
      'Ada (all well)',
    ]);
  });

  it('says the plan on hold and being behind plan in one plain line each', () => {
    const byName = Object.fromEntries(clients.map((c) => [c.displayName, c.needsAttention]));
    expect(byName['Di (plan on hold)']?.[0]?.message).toBe(
      'The plan you assigned is on hold: a step no longer fits their latest safety answers; change the plan.',
    );
    expect(byName['Flo (behind plan)']?.[0]?.message).toBe(
      '1 of 3 planned sessions in the week of 2024-03-18.',
    );
  });
});
