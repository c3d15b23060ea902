// Hand-made records for tests: valid against the contracts, with the details that tend to get
// lost on the way through a database (fractional milliseconds, nulls, optional fields).
import type {
  CheckInRecord,
  PainMapRecord,
  PlanRecord,
  SafetyScreenRecord,
  SessionLogRecord,
} from '../../core/contracts/records.js';
import { triage } from '../../core/triage/index.js';

/** A uuid (version 4 layout) made from a small number, so tests can name records. */
export const sampleId = (n: number, prefix = 'a'): string =>
  `${prefix.repeat(8).slice(0, 8)}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const samplePainMap = (n: number): PainMapRecord => ({
  id: sampleId(n, 'b'),
  drawnAt: `2024-03-${String((n % 28) + 1).padStart(2, '0')}T08:00:00+01:00`,
  regions: [
    { id: 'low-back-left', intensity: 6 },
    { id: 'sacroiliac-left', intensity: 4 },
  ],
});

export const sampleSafetyScreen = (n: number): SafetyScreenRecord => {
  const answers = { age: 40, 'pain-weeks': 3, 'blood-thinners': n % 2 === 0 };
  return {
    id: sampleId(n, 'c'),
    answeredAt: `2024-03-${String((n % 28) + 1).padStart(2, '0')}T07:30:00Z`,
    answers,
    result: triage(answers),
  };
};

export const samplePlan = (n: number): PlanRecord => ({
  id: sampleId(n, 'd'),
  createdAt: `2024-03-0${(n % 9) + 1}T09:00:00Z`,
  request: { regions: [{ id: 'low-back-left' }], preferences: { tools: ['tennis-ball'] } },
  response: { level: 'self-care-ok', steps: [], estimatedMinutes: 12 },
  sessionsPerWeek: 3,
});

/** A session on day `n` of March 2024 with two trigger points and one mobilisation. */
export const sampleSessionLog = (n: number, drop = 2): SessionLogRecord => {
  const startedAt = Date.UTC(2024, 2, 1 + (n % 28), 18, 0, 0) + 0.25;
  return {
    id: sampleId(n, 'e'),
    planId: sampleId(1, 'd'),
    plan: {
      steps: [
        {
          kind: 'trigger-point',
          id: 'glute-overlap-point-left',
          triggerPoint: 'glute-overlap-point-left',
          technique: 'ball-against-wall',
          step: 1,
          side: 'left',
          tools: ['tennis-ball'],
          place: 'wall',
          dose: { mode: 'hold', seconds: 30, reps: 3 },
          why: 'It may send pain to where you marked.',
        },
      ],
    },
    startedAt,
    endedAt: n % 5 === 0 ? null : startedAt + 600_000.5,
    painBefore: 6,
    painAfter: n % 5 === 0 ? null : 6 - drop,
    points: [
      {
        stepIndex: 0,
        id: 'glute-overlap-point-left',
        triggerPoint: 'glute-overlap-point-left',
        technique: 'ball-against-wall',
        side: 'left',
        repsDone: 3,
        secondsPressed: 90.5,
        endedBy: 'completed',
        rating: { tender: true, reproduced: true, eased: n % 2 === 0 },
      },
      {
        stepIndex: 1,
        id: 'cat-camel',
        triggerPoint: null,
        technique: null,
        side: null,
        repsDone: 5,
        secondsPressed: 0,
        endedBy: 'skipped',
      },
    ],
    events: [
      { type: 'start', at: startedAt, painBefore: 6 },
      { type: 'rate', at: startedAt + 100, tender: true, reproduced: true, eased: false },
      { type: 'finish', at: startedAt + 600_000.5, painAfter: 6 - drop },
    ],
  };
};

export const sampleCheckIn = (n: number): CheckInRecord => ({
  id: sampleId(n, 'f'),
  at:
    n % 2 === 0 ? `2024-03-${String((n % 28) + 1).padStart(2, '0')}` : '2024-03-10T20:00:00+01:00',
  averagePain: 5,
  activities: [
    { name: 'Sitting through a film', score: 4 },
    { name: '=cmd|calc', score: 6 },
  ],
});
