// The endpoints of therapists and their clients, as entries of the endpoint table (spread into
// `endpoints` in endpoints.ts): two-factor setup, the administrator's accounts, invitations,
// a person's therapists and access log, and a therapist's read-only view of linked clients.
import { z } from 'zod';
import { AccountAnswer, AccountRole } from './account.js';
import { AdminSettings, AdminSettingsChange, NewAccountRequest } from './admin-settings.js';
import { endpoint, failures, NoContent } from './endpoint.js';
import { ProgressAnswer, ProgressQuery } from './progress.js';
import { PageQuery, pageOf, type RecordKind, recordKinds } from './records.js';
import {
  AcceptedInvitation,
  AccessLogPage,
  AdminAccountAnswer,
  AdminAccountList,
  ClientList,
  ClientSummary,
  InvitationList,
  InvitationPreview,
  MAX_INVITATION_DAYS,
  MyTherapists,
  NewInvitation,
  NewInvitationRequest,
  RecoveryCodes,
  SetRoleRequest,
  TwoFactorConfirmRequest,
  TwoFactorOffRequest,
  TwoFactorSetup,
} from './therapists.js';

const AccountParams = z.object({ accountId: z.string().max(100) });
const InvitationIdParams = z.object({ id: z.string().max(100) });
const TokenParams = z.object({ token: z.string().max(200) });
const LinkParams = z.object({ linkId: z.string().max(100) });
const ClientParams = z.object({ clientId: z.string().max(100) });

const accountTags = ['account'];
const adminTags = ['administration'];
const therapistTags = ['therapists'];

export const therapistEndpoints = {
  startTwoFactor: endpoint({
    method: 'POST',
    path: '/api/me/two-factor',
    summary: 'Start two-factor setup: a new secret, its otpauth link and a QR code',
    description:
      'Nothing changes at sign-in until POST /api/me/two-factor/confirm. qr is {size, rows}: ' +
      'size strings of size characters, 1 for a dark module. 409 two_factor_on when it is on.',
    tags: accountTags,
    responses: { 200: TwoFactorSetup, ...failures(401, 403, 409) },
  }),
  confirmTwoFactor: endpoint({
    method: 'POST',
    path: '/api/me/two-factor/confirm',
    summary: 'Turn two-factor sign-in on with a first code; answers 10 recovery codes',
    description: 'Each recovery code works once in place of an app code. Only hashes are kept.',
    tags: accountTags,
    body: TwoFactorConfirmRequest,
    responses: { 200: RecoveryCodes, ...failures(400, 401, 403, 409) },
  }),
  stopTwoFactor: endpoint({
    method: 'DELETE',
    path: '/api/me/two-factor',
    summary: 'Turn two-factor sign-in off; asks for the password again',
    description: 'A therapist without two-factor cannot see client data until it is on again.',
    tags: accountTags,
    body: TwoFactorOffRequest,
    responses: { 204: NoContent, ...failures(400, 401, 403, 429) },
  }),

  adminAccounts: endpoint({
    method: 'GET',
    path: '/api/admin/accounts',
    summary: 'Every account: email, name, role, created, last sign-in (administrator only)',
    tags: adminTags,
    responses: { 200: AdminAccountList, ...failures(401, 403) },
  }),
  setAccountRole: endpoint({
    method: 'PUT',
    path: '/api/admin/accounts/:accountId/role',
    summary: 'Make an account a therapist or a person (administrator only)',
    description:
      'Making a therapist a person ends its access to every client at once and revokes its ' +
      `open invitations. role: ${AccountRole.options.join(' | ')}.`,
    tags: adminTags,
    params: AccountParams,
    body: SetRoleRequest,
    responses: { 200: AdminAccountAnswer, ...failures(400, 401, 403, 404) },
  }),
  adminSettings: endpoint({
    method: 'GET',
    path: '/api/admin/settings',
    summary: 'The server settings the administrator can change',
    tags: adminTags,
    responses: { 200: AdminSettings, ...failures(401, 403) },
  }),
  changeAdminSettings: endpoint({
    method: 'PUT',
    path: '/api/admin/settings',
    summary: 'Change who may sign up; this overrides the SIGNUPS setting',
    tags: adminTags,
    body: AdminSettingsChange,
    responses: { 200: AdminSettings, ...failures(400, 401, 403) },
  }),
  createAccount: endpoint({
    method: 'POST',
    path: '/api/admin/accounts',
    summary: 'Make an account for someone (for example while sign-up is closed)',
    description: 'The new account is not signed in; give its owner the password to change.',
    tags: adminTags,
    body: NewAccountRequest,
    responses: { 201: AccountAnswer, ...failures(400, 401, 403, 409) },
  }),

  createInvitation: endpoint({
    method: 'POST',
    path: '/api/therapist/invitations',
    summary: 'Make an invitation for a new client: a link and a QR code, used once',
    description:
      'The token (256 random bits) is shown only in this answer; the server keeps its hash. ' +
      `Open ${MAX_INVITATION_DAYS} days unless "days" (1-${MAX_INVITATION_DAYS}) says fewer.`,
    tags: therapistTags,
    body: NewInvitationRequest,
    responses: { 201: NewInvitation, ...failures(400, 401, 403) },
  }),
  invitations: endpoint({
    method: 'GET',
    path: '/api/therapist/invitations',
    summary: 'Your invitations, newest first, with whether each is still open',
    tags: therapistTags,
    responses: { 200: InvitationList, ...failures(401, 403) },
  }),
  revokeInvitation: endpoint({
    method: 'DELETE',
    path: '/api/therapist/invitations/:id',
    summary: 'Revoke one of your invitations: its link stops working at once',
    tags: therapistTags,
    params: InvitationIdParams,
    responses: { 204: NoContent, ...failures(401, 403, 404) },
  }),
  invitation: endpoint({
    method: 'GET',
    path: '/api/invitations/:token',
    summary: 'Who an invitation is from, for the consent screen (no sign-in needed)',
    description: 'Used, expired, revoked, declined or unknown: 404 invitation_not_found.',
    tags: therapistTags,
    params: TokenParams,
    responses: { 200: InvitationPreview, ...failures(404) },
  }),
  acceptInvitation: endpoint({
    method: 'POST',
    path: '/api/invitations/:token/accept',
    summary: 'Accept an invitation: this therapist may see your data until you end it',
    description:
      'The therapist then sees your pain maps, safety screens, sessions, progress and ' +
      'check-ins. 409 own_invitation for your own, 409 already_linked when linked already.',
    tags: therapistTags,
    params: TokenParams,
    body: z.strictObject({}),
    responses: { 200: AcceptedInvitation, ...failures(400, 401, 403, 404, 409) },
  }),
  declineInvitation: endpoint({
    method: 'POST',
    path: '/api/invitations/:token/decline',
    summary: 'Decline an invitation: its link stops working (no sign-in needed)',
    tags: therapistTags,
    params: TokenParams,
    responses: { 204: NoContent, ...failures(403, 404) },
  }),

  myTherapists: endpoint({
    method: 'GET',
    path: '/api/me/therapists',
    summary: 'The therapists who can see your data now',
    tags: therapistTags,
    responses: { 200: MyTherapists, ...failures(401) },
  }),
  endTherapistLink: endpoint({
    method: 'DELETE',
    path: '/api/me/therapists/:linkId',
    summary: 'End sharing with a therapist: they lose access at once',
    tags: therapistTags,
    params: LinkParams,
    responses: { 204: NoContent, ...failures(401, 403, 404) },
  }),
  accessLog: endpoint({
    method: 'GET',
    path: '/api/me/access-log',
    summary: 'Who has looked at or changed your data, newest first, a page at a time',
    description:
      'Every read or change of your data by anyone other than you. resource is one of ' +
      'pain-maps, safety-screens, session-logs, check-ins, progress, client-summary, ' +
      'needs-attention, account-details, role, findings, assigned-plans, plan-suggestion, ' +
      'follow-up.',
    tags: therapistTags,
    query: PageQuery,
    responses: { 200: AccessLogPage, ...failures(400, 401) },
  }),

  clients: endpoint({
    method: 'GET',
    path: '/api/therapist/clients',
    summary: 'Your clients, each with what needs attention',
    description:
      'needsAttention codes: safety-stop, no-recent-session, pain-worse, meaningful-change ' +
      '(src/core/therapists/needs-attention.ts), each with a plain message.',
    tags: therapistTags,
    responses: { 200: ClientList, ...failures(401, 403) },
  }),
  client: endpoint({
    method: 'GET',
    path: '/api/therapist/clients/:clientId',
    summary: 'One client: name and since when they share with you',
    tags: therapistTags,
    params: ClientParams,
    responses: { 200: ClientSummary, ...failures(401, 403, 404) },
  }),
  clientProgress: endpoint({
    method: 'GET',
    path: '/api/therapist/clients/:clientId/progress',
    summary: "A client's progress, as GET /api/me/progress answers it",
    tags: therapistTags,
    params: ClientParams,
    query: ProgressQuery,
    responses: { 200: ProgressAnswer, ...failures(400, 401, 403, 404) },
  }),
} as const;

/** The record kinds a linked therapist reads; plans stay the client's own. */
export const sharedRecordKinds = [
  'pain-maps',
  'safety-screens',
  'session-logs',
  'check-ins',
] as const satisfies readonly RecordKind[];
export type SharedRecordKind = (typeof sharedRecordKinds)[number];

const clientRecords = <K extends SharedRecordKind>(kind: K) =>
  endpoint({
    method: 'GET',
    path: `/api/therapist/clients/:clientId/${kind}`,
    summary: `A client's ${kind.replace('-', ' ')}, newest first, as GET /api/me/${kind}`,
    tags: therapistTags,
    params: ClientParams,
    query: PageQuery,
    responses: {
      200: pageOf(recordKinds[kind].schema as (typeof recordKinds)[K]['schema']),
      ...failures(400, 401, 403, 404),
    },
  });

/** A linked client's records of each shared kind, by its path. */
export const clientRecordEndpoints = {
  'pain-maps': clientRecords('pain-maps'),
  'safety-screens': clientRecords('safety-screens'),
  'session-logs': clientRecords('session-logs'),
  'check-ins': clientRecords('check-ins'),
} as const satisfies Record<SharedRecordKind, unknown>;
