// The endpoints of the therapist's work (issue 14), as entries of the endpoint table (spread into
// `endpoints` in endpoints.ts): findings, assigned plans, the suggested plan and the follow-up.
import { z } from 'zod';
import { endpoint, failures, NoContent } from './endpoint.js';
import { ProgressQuery } from './progress.js';
import {
  AssignedPlan,
  AssignedPlanList,
  AssignedPlanRequest,
  Finding,
  FindingList,
  FindingRequest,
  FollowUp,
  MAX_ASSIGNED_STEPS,
  MAX_NOTE_CHARS,
  MyAssignedPlans,
  PlanSuggestion,
} from './therapist-work.js';

const ClientParams = z.object({ clientId: z.string().max(100) });
const FindingParams = ClientParams.extend({
  findingId: z.uuid().describe('A UUID the therapist’s device made for this finding'),
});
const PlanParams = ClientParams.extend({
  planId: z.uuid().describe('A UUID the therapist’s device made for this plan'),
});

const tags = ['therapists'];
const notLinked = 'A client not linked to you (never, or no longer): 404.';

export const therapistWorkEndpoints = {
  putFinding: endpoint({
    method: 'PUT',
    path: '/api/therapist/clients/:clientId/findings/:findingId',
    summary: 'Save a trigger point you found by hand on this client (made or replaced)',
    description:
      'triggerPoint is a content point id; side must agree with it. tenderness 0-3, note at ' +
      `most ${MAX_NOTE_CHARS} characters. A point found tender (1 or more) ranks first in the ` +
      `client's plans. ${notLinked} An id used by another client or therapist: 409.`,
    tags,
    params: FindingParams,
    body: FindingRequest,
    responses: { 200: Finding, ...failures(400, 401, 403, 404, 409) },
  }),
  findings: endpoint({
    method: 'GET',
    path: '/api/therapist/clients/:clientId/findings',
    summary: "This client's findings by you, newest change first",
    description: notLinked,
    tags,
    params: ClientParams,
    responses: { 200: FindingList, ...failures(401, 403, 404) },
  }),
  deleteFinding: endpoint({
    method: 'DELETE',
    path: '/api/therapist/clients/:clientId/findings/:findingId',
    summary: 'Delete one of your findings on this client',
    description: `${notLinked} A finding that is not yours: 404.`,
    tags,
    params: FindingParams,
    responses: { 204: NoContent, ...failures(401, 403, 404) },
  }),
  myFindings: endpoint({
    method: 'GET',
    path: '/api/me/findings',
    summary: 'The trigger points your therapists found by hand, newest change first',
    tags,
    responses: { 200: FindingList, ...failures(401) },
  }),

  putAssignedPlan: endpoint({
    method: 'PUT',
    path: '/api/therapist/clients/:clientId/plans/:planId',
    summary: 'Assign a plan to this client (made or replaced; an ended plan starts again)',
    description:
      `At most ${MAX_ASSIGNED_STEPS} steps. Each step is checked against the content (a known ` +
      'point, technique or movement and tools; holds 10-90 s, 1-6 reps, a lying position at ' +
      "most 10 minutes) and against the client's current safety limits. A step that breaks " +
      'one is a 400 naming steps[i] and the rule in details.issues; nothing is saved. ' +
      `${notLinked} An id used by another client or therapist: 409.`,
    tags,
    params: PlanParams,
    body: AssignedPlanRequest,
    responses: { 200: AssignedPlan, ...failures(400, 401, 403, 404, 409) },
  }),
  assignedPlans: endpoint({
    method: 'GET',
    path: '/api/therapist/clients/:clientId/plans',
    summary: 'The plans you assigned to this client: active first, then ended ones',
    description: notLinked,
    tags,
    params: ClientParams,
    responses: { 200: AssignedPlanList, ...failures(401, 403, 404) },
  }),
  endAssignedPlan: endpoint({
    method: 'DELETE',
    path: '/api/therapist/clients/:clientId/plans/:planId',
    summary: 'End a plan you assigned: the client no longer sees it (it stays in your list)',
    description: `${notLinked} A plan that is not yours: 404.`,
    tags,
    params: PlanParams,
    responses: { 204: NoContent, ...failures(401, 403, 404) },
  }),
  planSuggestion: endpoint({
    method: 'GET',
    path: '/api/therapist/clients/:clientId/plan-suggestion',
    summary:
      'The plan Unknot builds for this client: their latest map and safety check, your findings, their tools and places',
    description:
      'The starting point of an assigned plan. plan is null while the client has no pain map ' +
      `or no safety check saved (missing says which). ${notLinked}`,
    tags,
    params: ClientParams,
    responses: { 200: PlanSuggestion, ...failures(401, 403, 404) },
  }),
  myAssignedPlans: endpoint({
    method: 'GET',
    path: '/api/me/assigned-plans',
    summary: 'The plans your therapists assigned to you, newest first',
    description:
      'onHold is set while your latest safety check stops self-care: do not use the plan then.',
    tags,
    responses: { 200: MyAssignedPlans, ...failures(401) },
  }),

  followUp: endpoint({
    method: 'GET',
    path: '/api/therapist/clients/:clientId/follow-up',
    summary:
      "One client's follow-up: sessions against plan and pain by week, what helps, check-ins, safety history",
    description:
      'Weeks count against the active assigned plan, else the client’s own plan. Check-in ' +
      `changes carry meaningful flags (NPRS 2 points, PSFS 2 points). ${notLinked}`,
    tags,
    params: ClientParams,
    query: ProgressQuery,
    responses: { 200: FollowUp, ...failures(400, 401, 403, 404) },
  }),
} as const;
