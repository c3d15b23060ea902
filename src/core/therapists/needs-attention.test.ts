import { describe, expect, it } from 'vitest';
import { type CheckIn, type LoggedSession, progressSummary } from '../progress/index.js';
import {
  type AttentionInput,
  byAttention,
  needsAttention,
  plannedGapDays,
} from './needs-attention.js';

const now = '2024-03-29T12:00:00Z';

const session = (date: string, painBefore: number | null): LoggedSession => ({
  id: `s-${date}-${painBefore}`,
  startedAt: `${date}T08:00:00Z`,
  painBefore,
  painAfter: painBefore === null ? null : Math.max(0, painBefore - 1),
  points: [],
});

const checkIn = (at: string, averagePain: number, walking?: number): CheckIn => ({
  id: `c-${at}`,
  at,
  averagePain,
  activities: walking === undefined ? [] : [{ name: 'Walking the dog', score: walking }],
});

function input(fixture: {
  sessions?: LoggedSession[];
  checkIns?: CheckIn[];
  sessionsPerWeek?: number | null;
  selfCareAllowed?: boolean | null;
}): AttentionInput {
  const summary = progressSummary({
    sessions: fixture.sessions ?? [],
    checkIns: fixture.checkIns ?? [],
    plan: null,
    clock: { now, utcOffsetMinutes: 0 },
  });
  if (!summary.ok) throw new Error(summary.message);
  return {
    now,
    latestSafetyScreen:
      fixture.selfCareAllowed === undefined || fixture.selfCareAllowed === null
        ? null
        : { answeredAt: '2024-03-20T09:00:00Z', selfCareAllowed: fixture.selfCareAllowed },
    sessionsPerWeek: fixture.sessionsPerWeek ?? null,
    progress: summary.value,
  };
}

const codes = (fixture: Parameters<typeof input>[0]) =>
  needsAttention(input(fixture)).map((item) => item.code);

describe('what needs a therapist’s attention', () => {
  it('is nothing for a client doing well', () => {
    expect(
      needsAttention(
        input({
          sessions: [session('2024-03-04', 6), session('2024-03-27', 5)],
          selfCareAllowed: true,
        }),
      ),
    ).toEqual([]);
  });

  it('flags a latest safety check that stopped self-care, and says so plainly', () => {
    const [first] = needsAttention(
      input({ sessions: [session('2024-03-28', 4)], selfCareAllowed: false }),
    );
    expect(first).toEqual({
      code: 'safety-stop',
      message:
        'Their latest safety check (2024-03-20) stopped self-care. Make sure a clinician has seen them before any routine.',
    });
  });

  it('flags no session for longer than the weekly goal allows, else a week', () => {
    expect(plannedGapDays(null)).toBe(7);
    expect(plannedGapDays(3)).toBe(3);
    expect(plannedGapDays(7)).toBe(1);
    expect(plannedGapDays(14)).toBe(1);
    // Last session 4 days ago: too long for 3 a week, fine without a goal.
    const fourDaysAgo = [session('2024-03-25', 4)];
    expect(codes({ sessions: fourDaysAgo, sessionsPerWeek: 3 })).toEqual(['no-recent-session']);
    expect(codes({ sessions: fourDaysAgo })).toEqual([]);
    expect(codes({ sessions: [session('2024-03-22', 4)] })).toEqual([]);
    const eightDays = needsAttention(input({ sessions: [session('2024-03-21', 4)] }));
    expect(eightDays).toEqual([
      {
        code: 'no-recent-session',
        message: 'No session for 8 days, since 2024-03-21 (the plan: at least one a week).',
      },
    ]);
    expect(needsAttention(input({}))[0]?.message).toBe(
      'No session saved yet (the plan: at least one a week).',
    );
  });

  it('flags pain before sessions 2 points or more above the first week, not 1.9', () => {
    const firstWeek = [session('2024-03-04', 3), session('2024-03-06', 4)]; // mean 3.5
    const worse = [...firstWeek, session('2024-03-26', 5), session('2024-03-28', 6)]; // 5.5
    expect(needsAttention(input({ sessions: worse }))).toEqual([
      {
        code: 'pain-worse',
        message:
          'Pain before sessions is 2 points worse in the week of 2024-03-25 than in their first week (2024-03-04).',
      },
    ]);
    const nearly = [...firstWeek, session('2024-03-26', 5), session('2024-03-28', 5.8)];
    expect(codes({ sessions: nearly })).toEqual([]);
    // Better is not worse.
    const better = [...firstWeek, session('2024-03-28', 1)];
    expect(codes({ sessions: better })).toEqual([]);
  });

  it('flags a meaningful change at the latest check-in, in pain or an activity, either way', () => {
    const recent = [session('2024-03-28', 4)];
    const painDown = needsAttention(
      input({ sessions: recent, checkIns: [checkIn('2024-03-04', 6), checkIn('2024-03-25', 3)] }),
    );
    expect(painDown).toEqual([
      {
        code: 'meaningful-change',
        message:
          'Their check-in on 2024-03-25 shows a meaningful change: average pain 3 points lower than at the first check-in.',
      },
    ]);
    const activity = needsAttention(
      input({
        sessions: recent,
        checkIns: [checkIn('2024-03-04', 5, 7), checkIn('2024-03-25', 5, 4)],
      }),
    );
    expect(activity[0]?.message).toBe(
      'Their check-in on 2024-03-25 shows a meaningful change: "Walking the dog" 3 points harder than at the first check-in.',
    );
    // A change of 1 point is not meaningful; a lone baseline has nothing to compare.
    expect(
      codes({ sessions: recent, checkIns: [checkIn('2024-03-04', 5), checkIn('2024-03-25', 6)] }),
    ).toEqual([]);
    expect(codes({ sessions: recent, checkIns: [checkIn('2024-03-25', 9)] })).toEqual([]);
  });

  it('lists several reasons most urgent first', () => {
    expect(
      codes({
        sessions: [session('2024-03-01', 2), session('2024-03-11', 7)],
        checkIns: [checkIn('2024-03-01', 2), checkIn('2024-03-11', 7)],
        selfCareAllowed: false,
      }),
    ).toEqual(['safety-stop', 'no-recent-session', 'pain-worse', 'meaningful-change']);
  });
});

describe('a harm report', () => {
  const harmed = (broughtBackAt: number | null): LoggedSession => ({
    ...session('2024-03-27', 3),
    painAfter: 7,
    harm: {
      reportedAt: Date.parse('2024-03-27T09:00:00Z'),
      because: 'pain-worse',
      step: {
        id: 'ql-rib-outer-point-left',
        triggerPoint: 'ql-rib-outer-point-left',
        title: 'Hip hiker, ball on the floor',
      },
      what: 'Sharp pain',
      where: 'Left side',
      howBad: 7,
      stillNow: true,
      broughtBackAt,
    },
  });
  const withReports = (sessions: LoggedSession[]) => {
    const summary = progressSummary({
      sessions,
      checkIns: [],
      plan: null,
      clock: { now, utcOffsetMinutes: 0 },
    });
    if (!summary.ok) throw new Error(summary.message);
    return {
      ...input({ sessions, selfCareAllowed: false }),
      harmReports: summary.value.harmReports,
    };
  };

  it('comes first, before even a safety stop, naming the step and how bad it was', () => {
    const found = needsAttention(withReports([harmed(null)]));
    expect(found.map((item) => item.code)).toEqual(['harm-reported', 'safety-stop']);
    expect(found[0]?.message).toMatch(/Hip hiker, ball on the floor.*7 out of 10, still hurts now/);
  });

  it('is no longer named once the client brought the step back', () => {
    const back = harmed(Date.parse('2024-03-28T09:00:00Z'));
    expect(needsAttention(withReports([back])).map((item) => item.code)).not.toContain(
      'harm-reported',
    );
  });

  it('puts the client who reported harm at the top of the list', () => {
    const attention = (code: 'harm-reported' | 'pain-worse') => [{ code, message: '' }];
    const list = [
      { clientId: 'a', displayName: 'Ana', needsAttention: attention('pain-worse') },
      { clientId: 'b', displayName: 'Ben', needsAttention: [] },
      { clientId: 'c', displayName: 'Cy', needsAttention: attention('harm-reported') },
    ];
    expect(byAttention(list).map((client) => client.displayName)).toEqual(['Cy', 'Ana', 'Ben']);
  });
});
