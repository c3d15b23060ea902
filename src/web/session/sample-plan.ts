// A plan step made from a real technique of the knowledge base, shaped as POST /api/plan
// answers it, and a short two-point plan of such steps for the player's tests to run.
import type { PlaceId } from '../../content/ids.js';
import { techniques } from '../../content/techniques.js';
import { findTriggerPoint } from '../../content/trigger-points.js';
import type { SessionPlan, SessionStep } from '../../core/contracts/session-log.js';

export function techniqueStep(
  techniqueId: string,
  side: SessionStep['side'],
  place: PlaceId,
): SessionStep {
  const technique = techniques.find((t) => t.id === techniqueId);
  if (technique === undefined) throw new Error(`No technique ${techniqueId}`);
  const point = findTriggerPoint(technique.triggerPoint);
  const pointId = side === 'right' && point ? `${point.pair}-right` : technique.triggerPoint;
  return {
    kind: 'trigger-point',
    id: pointId,
    triggerPoint: pointId,
    technique: technique.id,
    step: point?.step ?? null,
    side,
    tools: [...technique.tools.slice(0, 1)],
    place,
    dose: {
      mode: technique.dose.mode,
      seconds: technique.dose.seconds,
      reps: technique.dose.reps.min,
    },
    why: 'This point matches where you marked pain.',
    title: technique.name,
    cues: { ...technique.cues },
  };
}

/** The buttock point on the left on the floor, then the hip hiker on the right, lying on side. */
export const twoPointPlan: SessionPlan = {
  steps: [
    techniqueStep('glute-point-ball-floor', 'left', 'floor'),
    techniqueStep('ql-ball-side-lying', 'right', 'floor'),
  ],
};
