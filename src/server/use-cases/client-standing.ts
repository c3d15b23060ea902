// Where a client stands for their therapist: progress counted against the active assigned plan
// (else the client's own goal), their safety now, whether that plan is on hold, and what needs
// attention. The clients list and one client's follow-up read it the same way.
import type { ProgressAnswer } from '../../core/contracts/progress.js';
import type { AssignedStep, OnHold } from '../../core/contracts/therapist-work.js';
import { type Attention, needsAttention, onHoldOf } from '../../core/therapists/index.js';
import { type AssignedPlanRow, activeAssignedPlans } from '../../db/repositories/assigned-plans.js';
import { type ClientSafety, clientSafety } from './client-safety.js';
import type { UseCaseDeps } from './deps.js';
import { type ProgressAsk, progressOf } from './progress.js';

export interface ClientStanding {
  readonly progress: ProgressAnswer;
  readonly safety: ClientSafety;
  /** The newest active plan a linked therapist assigned, if any. */
  readonly assigned: AssignedPlanRow | null;
  readonly onHold: OnHold | null;
  readonly attention: Attention[];
}

export async function clientStanding(
  deps: UseCaseDeps,
  clientId: string,
  ask: Pick<ProgressAsk, 'now' | 'utcOffsetMinutes'>,
): Promise<ClientStanding> {
  const assigned = (await activeAssignedPlans(deps.db, clientId))[0] ?? null;
  const progress = await progressOf(deps, clientId, {
    ...ask,
    ...(assigned
      ? {
          goal: {
            sessionsPerWeek: assigned.sessionsPerWeek,
            since: assigned.createdAt.toISOString(),
          },
        }
      : {}),
  });
  const safety = await clientSafety(deps.db, clientId);
  const onHold = assigned
    ? onHoldOf(assigned.steps as AssignedStep[], safety.screen, safety.rules)
    : null;
  const sessionsPerWeek =
    progress.progress.adherence.status === 'ready'
      ? progress.progress.adherence.sessionsPerWeek
      : null;
  const attention = needsAttention({
    now: progress.clock.now,
    latestSafetyScreen: safety.screen,
    sessionsPerWeek,
    progress: progress.progress,
    assignedPlanOnHold: onHold,
  });
  return { progress, safety, assigned, onHold, attention };
}
