// Every endpoint of the Unknot API in one table: the server registers each route from its
// entry (src/server/route.ts) and the web client calls it through the same entry (src/web/api.ts).
//
// How to add a route:
// 1. Write its schemas in the contracts module of its topic (body, query, params, answers).
// 2. Add an entry below: `name: endpoint({ method, path, summary, tags, body?, query?, params?,
//    responses: { 200: Answer, ...failures(400, 401) } })`. Every status the route can answer
//    is listed; 2xx answers get a real schema (NoContent for a 204), failures come from
//    `failures(...)`. Paths use Fastify's `:param` form.
// 3. On the server: `route(app, endpoints.name, { onRequest: access.signedIn }, handler)` in the
//    route group of its topic. The handler gets typed params, query and body, already checked.
// 4. On the web: `callApi(endpoints.name, { params, query, body })` answers the parsed 2xx body.
// The test in src/server/openapi.db.test.ts fails when an entry is not registered or documented.
import { z } from 'zod';
import {
  AccountAnswer,
  ChangeAccountRequest,
  ChangePasswordRequest,
  DeleteAccountRequest,
  SignInRequest,
  SignUpOptions,
  SignUpRequest,
} from './account.js';
import { ContentResponse } from './content.js';
import { type Endpoint, endpoint, failures, NoContent } from './endpoint.js';
import { ExportDocument, ImportAnswer } from './export.js';
import { HealthResponse } from './health.js';
import { MatchRequest, MatchResponse } from './match.js';
import { PlanRequest, PlanResponse } from './plan.js';
import { ProgressAnswer, ProgressQuery } from './progress.js';
import {
  PageQuery,
  pageOf,
  type RecordKind,
  ReminderSettings,
  RemindersAnswer,
  recordKinds,
  SyncAnswer,
  SyncRequest,
} from './records.js';
import { clientRecordEndpoints, therapistEndpoints } from './therapist-endpoints.js';
import { therapistWorkEndpoints } from './therapist-work-endpoints.js';
import { TriageRequest, TriageResponse } from './triage.js';

export { type Endpoint, NoContent } from './endpoint.js';

const IdParams = z.object({ id: z.string().max(100).describe('The record id (a UUID)') });

const recordEndpoints = <K extends RecordKind, S extends z.ZodType>(kind: K, schema: S) => {
  const words = kind.replace('-', ' ');
  const tags = ['records'];
  return {
    list: endpoint({
      method: 'GET',
      path: `/api/me/${kind}`,
      summary: `List your ${words}, newest first, a page at a time`,
      tags,
      query: PageQuery,
      responses: { 200: pageOf(schema), ...failures(400, 401) },
    }),
    get: endpoint({
      method: 'GET',
      path: `/api/me/${kind}/:id`,
      summary: `One of your ${words}`,
      tags,
      params: IdParams,
      responses: { 200: schema, ...failures(401, 404) },
    }),
    put: endpoint({
      method: 'PUT',
      path: `/api/me/${kind}/:id`,
      summary: `Save one of your ${words} (201 when new, 200 when replaced)`,
      tags,
      params: IdParams,
      body: schema,
      responses: { 200: schema, 201: schema, ...failures(400, 401, 403, 404, 409) },
    }),
    remove: endpoint({
      method: 'DELETE',
      path: `/api/me/${kind}/:id`,
      summary: `Delete one of your ${words}`,
      tags,
      params: IdParams,
      responses: { 204: NoContent, ...failures(401, 403, 404) },
    }),
  };
};

const kindEndpoints = <K extends RecordKind>(kind: K) =>
  recordEndpoints(kind, recordKinds[kind].schema as (typeof recordKinds)[K]['schema']);

/** The four routes of each kind of record, by its path under /api/me. */
export const recordEndpointsByKind = {
  'pain-maps': kindEndpoints('pain-maps'),
  'safety-screens': kindEndpoints('safety-screens'),
  plans: kindEndpoints('plans'),
  'session-logs': kindEndpoints('session-logs'),
  'check-ins': kindEndpoints('check-ins'),
} as const satisfies Record<RecordKind, unknown>;

/** The routes of any one kind, seen through a record schema S (the server serves all alike). */
export type RecordKindEndpoints<S extends z.ZodType> = ReturnType<
  typeof recordEndpoints<RecordKind, S>
>;

export const endpoints = {
  health: endpoint({
    method: 'GET',
    path: '/api/health',
    summary: 'Is the server ready?',
    tags: ['system'],
    responses: { 200: HealthResponse, ...failures(503) },
  }),
  openapi: endpoint({
    method: 'GET',
    path: '/api/openapi.json',
    summary: 'This API as an OpenAPI 3.1 document',
    tags: ['system'],
    hide: true,
    responses: {
      200: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
    },
  }),
  content: endpoint({
    method: 'GET',
    path: '/api/content',
    summary: 'The whole knowledge base, with sources',
    tags: ['content'],
    responses: { 200: ContentResponse, 304: z.null().describe('Not modified: the ETag matches') },
  }),
  match: endpoint({
    method: 'POST',
    path: '/api/match',
    summary: 'Rank the trigger points that may explain a pain map',
    tags: ['guidance'],
    body: MatchRequest,
    responses: { 200: MatchResponse, ...failures(400) },
  }),
  triage: endpoint({
    method: 'POST',
    path: '/api/triage',
    summary: 'Check safety-screen answers: may self-care go on, and how',
    tags: ['safety'],
    body: TriageRequest,
    responses: { 200: TriageResponse, ...failures(400) },
  }),
  plan: endpoint({
    method: 'POST',
    path: '/api/plan',
    summary: 'Build a personal plan: releases, the three steps and a movement, fitted to today',
    tags: ['guidance'],
    body: PlanRequest,
    responses: { 200: PlanResponse, ...failures(400) },
  }),

  signUp: endpoint({
    method: 'POST',
    path: '/api/auth/sign-up',
    summary: 'Make an account and sign in; the first account on a server is its administrator',
    tags: ['account'],
    body: SignUpRequest,
    responses: { 201: AccountAnswer, ...failures(400, 403, 409, 429, 503) },
  }),
  signUpOptions: endpoint({
    method: 'GET',
    path: '/api/auth/sign-up-options',
    summary: 'Whether this server takes new accounts, and whether the setup code is needed',
    tags: ['account'],
    responses: { 200: SignUpOptions },
  }),
  signIn: endpoint({
    method: 'POST',
    path: '/api/auth/sign-in',
    summary: 'Sign in with email and password (and a code when two-factor is on)',
    description:
      'At most 5 failures per account and 20 per address in 15 minutes, wrong or missing ' +
      'two-factor codes included; then 429 rate_limited with a Retry-After header and ' +
      'details.retryAfterSeconds. With two-factor on: no totp 401 totp_required, a wrong ' +
      'one 401 totp_invalid.',
    tags: ['account'],
    body: SignInRequest,
    responses: { 200: AccountAnswer, ...failures(400, 401, 403, 429) },
  }),
  signOut: endpoint({
    method: 'POST',
    path: '/api/auth/sign-out',
    summary: 'Sign out on this device (also fine when already signed out)',
    tags: ['account'],
    responses: { 204: NoContent, ...failures(403) },
  }),
  signOutEverywhere: endpoint({
    method: 'POST',
    path: '/api/auth/sign-out-everywhere',
    summary: 'Sign out on every device',
    tags: ['account'],
    responses: { 204: NoContent, ...failures(401, 403) },
  }),
  me: endpoint({
    method: 'GET',
    path: '/api/me',
    summary: 'The signed-in account',
    tags: ['account'],
    responses: { 200: AccountAnswer, ...failures(401) },
  }),
  changeAccount: endpoint({
    method: 'PATCH',
    path: '/api/me',
    summary: 'Change your display name (the name therapists and clients see)',
    tags: ['account'],
    body: ChangeAccountRequest,
    responses: { 200: AccountAnswer, ...failures(400, 401, 403) },
  }),
  changePassword: endpoint({
    method: 'POST',
    path: '/api/me/password',
    summary: 'Change the password; every other signed-in device is signed out',
    tags: ['account'],
    body: ChangePasswordRequest,
    responses: { 204: NoContent, ...failures(400, 401, 403, 429) },
  }),
  deleteAccount: endpoint({
    method: 'DELETE',
    path: '/api/me',
    summary: 'Delete the account and every record it holds; asks for the password again',
    tags: ['account'],
    body: DeleteAccountRequest,
    responses: { 204: NoContent, ...failures(400, 401, 403, 429) },
  }),

  sync: endpoint({
    method: 'POST',
    path: '/api/me/sync',
    summary: 'Upload what this device holds; sending the same records again changes nothing',
    description:
      'Each record is created, or replaced when its id exists with other content, or left ' +
      'alone when it is the same. Reminder settings, when sent, replace the stored ones. ' +
      'Up to 1000 records of each kind per request; send more in batches.',
    tags: ['records'],
    body: SyncRequest,
    responses: { 200: SyncAnswer, ...failures(400, 401, 403, 409, 413) },
  }),

  reminders: endpoint({
    method: 'GET',
    path: '/api/me/reminders',
    summary: 'Your reminder settings, or null when none are set',
    tags: ['reminders'],
    responses: { 200: RemindersAnswer, ...failures(401) },
  }),
  setReminders: endpoint({
    method: 'PUT',
    path: '/api/me/reminders',
    summary: 'Set the days, time and time zone of your reminders',
    tags: ['reminders'],
    body: ReminderSettings,
    responses: { 200: RemindersAnswer, ...failures(400, 401, 403) },
  }),
  deleteReminders: endpoint({
    method: 'DELETE',
    path: '/api/me/reminders',
    summary: 'Turn reminders off',
    tags: ['reminders'],
    responses: { 204: NoContent, ...failures(401, 403) },
  }),
  remindersCalendar: endpoint({
    method: 'GET',
    path: '/api/me/reminders.ics',
    summary: 'Your reminders as a calendar file (iCalendar, one weekly repeating event)',
    description:
      'text/calendar. The event repeats weekly on your days at your time in floating local ' +
      'time (the clock of the device showing it). 404 when no reminders are set.',
    tags: ['reminders'],
    produces: ['text/calendar'],
    responses: {
      200: z.string().describe('The calendar file (text/calendar)'),
      ...failures(401, 404),
    },
  }),

  progress: endpoint({
    method: 'GET',
    path: '/api/me/progress',
    summary: 'Your progress: pain per session and over time, what helps, adherence, check-ins',
    description:
      'The plan cadence is the newest stored plan with sessionsPerWeek, counted from the ' +
      'local date it was made.',
    tags: ['progress'],
    query: ProgressQuery,
    responses: { 200: ProgressAnswer, ...failures(400, 401) },
  }),

  exportJson: endpoint({
    method: 'GET',
    path: '/api/me/export.json',
    summary: 'Everything you keep here, as one versioned JSON document',
    tags: ['export'],
    responses: { 200: ExportDocument, ...failures(401) },
  }),
  sessionsCsv: endpoint({
    method: 'GET',
    path: '/api/me/sessions.csv',
    summary: 'Your sessions as CSV: one row per point per session',
    tags: ['export'],
    produces: ['text/csv'],
    responses: { 200: z.string().describe('CSV (RFC 4180)'), ...failures(401) },
  }),
  exportFhir: endpoint({
    method: 'GET',
    path: '/api/me/export.fhir.json',
    summary: 'Your pain scores and check-ins as a FHIR R4 Bundle (type collection)',
    tags: ['export'],
    produces: ['application/fhir+json'],
    responses: {
      200: z.string().describe('A FHIR R4 Bundle as application/fhir+json'),
      ...failures(401),
    },
  }),
  import: endpoint({
    method: 'POST',
    path: '/api/me/import',
    summary: 'Bring back an export document; records already here are not doubled',
    description:
      'Takes the document of GET /api/me/export.json into the signed-in account (its ' +
      '`account` part is not applied). Records are created, replaced or left alone by id; ' +
      'reminder settings, when not null, replace the stored ones.',
    tags: ['export'],
    body: ExportDocument,
    responses: { 200: ImportAnswer, ...failures(400, 401, 403, 409, 413) },
  }),

  ...therapistEndpoints,
  ...therapistWorkEndpoints,
} as const;

/** Every endpoint, records included: what the server must register and OpenAPI document. */
export const allEndpoints: readonly Endpoint[] = [
  ...Object.values(endpoints),
  ...Object.values(recordEndpointsByKind).flatMap((group) => Object.values(group)),
  ...Object.values(clientRecordEndpoints),
];
