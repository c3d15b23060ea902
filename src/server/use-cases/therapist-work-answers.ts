// Findings and assigned plans as the API answers them, from their rows: a plan on hold or not
// by the client's safety now. Used by the therapist's routes, the client's routes and the export.
import type { AssignedPlan, AssignedStep, Finding } from '../../core/contracts/therapist-work.js';
import { minutesOf, planMs } from '../../core/plan/index.js';
import { onHoldOf } from '../../core/therapists/index.js';
import type { AssignedPlanRow } from '../../db/repositories/assigned-plans.js';
import type { FindingRow } from '../../db/repositories/findings.js';
import type { ClientSafety } from './client-safety.js';

export const findingAnswer = (row: FindingRow): Finding => ({
  id: row.id,
  clientId: row.clientId,
  therapist: row.therapist,
  triggerPoint: row.triggerPoint,
  side: row.side,
  tenderness: row.tenderness,
  reproducesPain: row.reproducesPain,
  note: row.note,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** A stored plan as answered, on hold or not by the client's safety now (ended: never). */
export const assignedPlanAnswer = (row: AssignedPlanRow, safety: ClientSafety): AssignedPlan => {
  const steps = row.steps as AssignedStep[];
  return {
    id: row.id,
    clientId: row.clientId,
    therapist: row.therapist,
    steps,
    sessionsPerWeek: row.sessionsPerWeek,
    note: row.note,
    estimatedMinutes: minutesOf(planMs(steps)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    onHold: row.endedAt ? null : onHoldOf(steps, safety.screen, safety.rules),
  };
};
