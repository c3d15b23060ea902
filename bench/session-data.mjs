// Made-up but valid session logs for the benchmark: one a day, a few trigger points each,
// shaped like what the session player records.
import { randomUUID } from 'node:crypto';

const points = [
  ['glute-overlap-point-left', 'glute-fists', 1],
  ['glute-overlap-point-right', 'glute-fists', 1],
  ['erector-lumbosacral-point-left', 'lumbosacral-fists', 2],
  ['erector-lumbosacral-point-right', 'lumbosacral-fists', 2],
  ['ql-crest-outer-point-left', 'ql-ball-floor', 3],
  ['ql-crest-outer-point-right', 'ql-ball-floor', 3],
  ['ql-middle-inner-point-left', 'ql-ball-floor', 3],
  ['ql-middle-inner-point-right', 'ql-ball-floor', 3],
];

export function sessionLog(day, startMs = Date.UTC(2023, 0, 1, 18)) {
  const startedAt = startMs + day * 86_400_000;
  const steps = points.map(([triggerPoint, technique, step]) => ({
    kind: 'trigger-point',
    id: triggerPoint,
    triggerPoint,
    technique,
    step,
    side: triggerPoint.endsWith('left') ? 'left' : 'right',
    tools: ['tennis-ball'],
    place: 'floor',
    dose: { mode: 'hold', seconds: 10, reps: 3 },
    why: 'It may send pain to where you marked.',
  }));
  const painBefore = 3 + (day % 5);
  const painAfter = Math.max(0, painBefore - (day % 3));
  return {
    id: randomUUID(),
    plan: { steps },
    startedAt,
    endedAt: startedAt + 600_000,
    painBefore,
    painAfter,
    points: steps.map((s, stepIndex) => ({
      stepIndex,
      id: s.id,
      triggerPoint: s.triggerPoint,
      technique: s.technique,
      side: s.side,
      repsDone: 3,
      secondsPressed: 30,
      endedBy: day % 7 === stepIndex ? 'skipped' : 'completed',
      rating: { tender: true, reproduced: stepIndex % 2 === 0, eased: day % 2 === 0 },
    })),
    events: [
      { type: 'start', at: startedAt, painBefore },
      { type: 'finish', at: startedAt + 600_000, painAfter },
    ],
  };
}
