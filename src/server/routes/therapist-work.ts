// The therapist's work on a linked client: findings made by hand, assigned plans (checked in core
// against the content and the client's current limits), the suggested starting plan, and the
// client's own view of both. Only while the link lasts; every read or change is logged.
import { findTriggerPoint } from '../../content/trigger-points.js';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { AssignedPlan, AssignedStep, Finding } from '../../core/contracts/therapist-work.js';
import { minutesOf, planMs, stepRulesFor } from '../../core/plan/index.js';
import {
  checkAssignedSteps,
  followUpWeeks,
  onHoldOf,
  safetyHistoryOf,
} from '../../core/therapists/index.js';
import {
  type AssignedPlanRow,
  activeAssignedPlans,
  assignedPlansByTherapist,
  endAssignedPlan,
  saveAssignedPlan,
} from '../../db/repositories/assigned-plans.js';
import {
  deleteFinding,
  type FindingRow,
  findingsOf,
  saveFinding,
} from '../../db/repositories/findings.js';
import { recordStores } from '../../db/repositories/stores.js';
import { type AccessResource, logAccess } from '../access-log.js';
import type { App } from '../app-types.js';
import type { RoleHooks } from '../auth/roles.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError, invalidInput } from '../errors.js';
import { route } from '../route.js';
import { type ClientSafety, clientSafety } from '../use-cases/client-safety.js';
import { clientStanding } from '../use-cases/client-standing.js';
import { planSuggestion } from '../use-cases/plan-suggestion.js';
import { linkedClientOf } from './linked-client.js';

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

/** The per-side point a finding names: a per-side id on its own side, or a pair and a side. */
function pointOfFinding(body: {
  readonly triggerPoint: string;
  readonly side: 'left' | 'right';
}): string {
  const exact = findTriggerPoint(body.triggerPoint);
  if (exact) {
    if (exact.side !== body.side) {
      throw invalidInput([
        {
          path: 'side',
          code: 'side_mismatch',
          message: `must be ${exact.side}, the side of this point.`,
        },
      ]);
    }
    return exact.id;
  }
  const paired = findTriggerPoint(`${body.triggerPoint}-${body.side}`);
  if (paired) return paired.id;
  throw invalidInput([
    {
      path: 'triggerPoint',
      code: 'unknown_point',
      message: 'is not a trigger point Unknot knows.',
    },
  ]);
}

/** Before any safety screen only the content is checked; the plan then waits on hold. */
const contentOnlyRules = stepRulesFor({
  answers: {},
  screen: { selfCareAllowed: true, precautions: [] },
});

export function therapistWorkRoutes(app: App, access: Access, roles: RoleHooks) {
  const therapistOnly = { onRequest: roles.therapist };
  const linkedClient = linkedClientOf(access);
  const logged = (
    request: Parameters<typeof logAccess>[1],
    clientId: string,
    action: 'read' | 'change',
    resource: AccessResource,
  ) =>
    logAccess(access, request, {
      capacity: 'therapist',
      subjectIds: [clientId],
      action,
      resource,
    });

  route(app, endpoints.putFinding, therapistOnly, async (request) => {
    const therapistId = access.person(request).userId;
    const link = await linkedClient(therapistId, request.params.clientId);
    const { body } = request;
    const saved = await saveFinding(access.db, {
      id: request.params.findingId.toLowerCase(),
      clientId: link.clientId,
      therapistId,
      triggerPoint: pointOfFinding(body),
      side: body.side,
      tenderness: body.tenderness,
      reproducesPain: body.reproducesPain ?? null,
      note: body.note,
      now: access.clock(),
    });
    if (!saved) throw new ApiError('conflict', 'This finding id is already used elsewhere.');
    await logged(request, link.clientId, 'change', 'findings');
    return findingAnswer(saved);
  });

  route(app, endpoints.findings, therapistOnly, async (request) => {
    const link = await linkedClient(access.person(request).userId, request.params.clientId);
    const items = (await findingsOf(access.db, link.clientId)).map(findingAnswer);
    await logged(request, link.clientId, 'read', 'findings');
    return { items };
  });

  route(app, endpoints.deleteFinding, therapistOnly, async (request, reply) => {
    const therapistId = access.person(request).userId;
    const link = await linkedClient(therapistId, request.params.clientId);
    const gone = await deleteFinding(access.db, {
      id: request.params.findingId.toLowerCase(),
      clientId: link.clientId,
      therapistId,
    });
    if (!gone) throw new ApiError('not_found', 'You have no finding with this id.');
    await logged(request, link.clientId, 'change', 'findings');
    return reply.status(204).send(null);
  });

  route(app, endpoints.myFindings, { onRequest: access.signedIn }, async (request) => {
    const items = (await findingsOf(access.db, access.person(request).userId)).map(findingAnswer);
    return { items };
  });

  route(app, endpoints.putAssignedPlan, therapistOnly, async (request) => {
    const therapistId = access.person(request).userId;
    const link = await linkedClient(therapistId, request.params.clientId);
    const safety = await clientSafety(access.db, link.clientId);
    const checked = checkAssignedSteps(request.body.steps, safety.rules ?? contentOnlyRules);
    if (!checked.ok) {
      throw invalidInput(
        (checked.details as { issues: Parameters<typeof invalidInput>[0] }).issues,
      );
    }
    const saved = await saveAssignedPlan(access.db, {
      id: request.params.planId.toLowerCase(),
      clientId: link.clientId,
      therapistId,
      steps: checked.value,
      sessionsPerWeek: request.body.sessionsPerWeek,
      note: request.body.note,
      now: access.clock(),
    });
    if (!saved) throw new ApiError('conflict', 'This plan id is already used elsewhere.');
    await logged(request, link.clientId, 'change', 'assigned-plans');
    return assignedPlanAnswer(saved, safety);
  });

  route(app, endpoints.assignedPlans, therapistOnly, async (request) => {
    const therapistId = access.person(request).userId;
    const link = await linkedClient(therapistId, request.params.clientId);
    const safety = await clientSafety(access.db, link.clientId);
    const rows = await assignedPlansByTherapist(access.db, link.clientId, therapistId);
    await logged(request, link.clientId, 'read', 'assigned-plans');
    return { items: rows.map((row) => assignedPlanAnswer(row, safety)) };
  });

  route(app, endpoints.endAssignedPlan, therapistOnly, async (request, reply) => {
    const therapistId = access.person(request).userId;
    const link = await linkedClient(therapistId, request.params.clientId);
    const ended = await endAssignedPlan(access.db, {
      id: request.params.planId.toLowerCase(),
      clientId: link.clientId,
      therapistId,
      now: access.clock(),
    });
    if (!ended) throw new ApiError('not_found', 'You have no plan with this id for this client.');
    await logged(request, link.clientId, 'change', 'assigned-plans');
    return reply.status(204).send(null);
  });

  route(app, endpoints.planSuggestion, therapistOnly, async (request) => {
    const link = await linkedClient(access.person(request).userId, request.params.clientId);
    const suggestion = await planSuggestion(access.db, link.clientId);
    await logged(request, link.clientId, 'read', 'plan-suggestion');
    return suggestion;
  });

  route(app, endpoints.followUp, therapistOnly, async (request) => {
    const link = await linkedClient(access.person(request).userId, request.params.clientId);
    const standing = await clientStanding(access, link.clientId, request.query);
    const { progress } = standing.progress;
    const screens = await recordStores.safetyScreens.all(access.db, link.clientId);
    const findings = await findingsOf(access.db, link.clientId);
    await logged(request, link.clientId, 'read', 'follow-up');
    const goal = progress.adherence.status === 'ready' ? progress.adherence.sessionsPerWeek : null;
    return {
      clock: standing.progress.clock,
      client: {
        clientId: link.clientId,
        displayName: link.clientDisplayName,
        since: link.since.toISOString(),
      },
      plan: {
        source: standing.assigned ? 'assigned' : goal === null ? 'none' : 'own',
        sessionsPerWeek: goal,
        assignedPlanId: standing.assigned?.id ?? null,
      },
      weeks: followUpWeeks(progress),
      whatHelps: progress.whatHelps,
      trend: progress.trend,
      checkIns: progress.checkIns,
      safetyHistory: safetyHistoryOf(screens),
      findings: findings.map(findingAnswer),
      needsAttention: standing.attention,
    } as const;
  });

  route(app, endpoints.myAssignedPlans, { onRequest: access.signedIn }, async (request) => {
    const me = access.person(request).userId;
    const safety = await clientSafety(access.db, me);
    const rows = await activeAssignedPlans(access.db, me);
    return {
      items: rows.map((row) => {
        const plan = assignedPlanAnswer(row, safety);
        return {
          id: plan.id,
          therapist: plan.therapist,
          steps: plan.steps,
          sessionsPerWeek: plan.sessionsPerWeek,
          note: plan.note,
          updatedAt: plan.updatedAt,
          createdAt: plan.createdAt,
          estimatedMinutes: plan.estimatedMinutes,
          onHold: plan.onHold,
        };
      }),
    };
  });
}
