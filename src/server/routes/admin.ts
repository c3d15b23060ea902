// What the administrator controls: who may sign up (overriding SIGNUPS) and making accounts
// by hand when sign-up is closed; and the public question the sign-up form asks first.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AccountAnswer, Email, SignUpOptions } from '../../core/contracts/account.js';
import { ErrorBody } from '../../core/contracts/error.js';
import { createUser } from '../../db/repositories/users.js';
import type { App } from '../app-types.js';
import { hashPassword } from '../auth/passwords.js';
import { setupCodeNeeded } from '../auth/setup-code.js';
import type { SignUpGate } from '../auth/sign-up-gate.js';
import { signUpModes, signUpSetting, storeSignUpMode } from '../auth/sign-up-policy.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError } from '../errors.js';
import { accountOf, refuseWeakPassword } from './auth.js';

const SignUpMode = z
  .enum(signUpModes)
  .describe('open: anyone; invite: by invitation; closed: the administrator makes accounts');

const AdminSettings = z.object({
  signups: z.object({
    mode: SignUpMode,
    from: z.enum(['environment', 'administrator']).describe('Where the mode in force comes from'),
    environment: SignUpMode.describe(
      'What SIGNUPS says (used when the administrator chose nothing)',
    ),
  }),
});

const AdminSettingsChange = z.strictObject({ signups: SignUpMode });

const NewAccount = z.strictObject({ email: Email, password: z.string().max(1000) });

export function adminRoutes(app: App, access: Access, gate: SignUpGate) {
  const administrator = async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!access.person(request).account.isAdmin) {
      request.log.warn({ event: 'admin_refused' }, 'security: administration refused');
      throw new ApiError('forbidden', 'Only the administrator of this server may do that.');
    }
  };
  const adminOnly = [...access.signedIn, administrator];

  const settings = async () => {
    const setting = await signUpSetting(access.db, gate.signupsFromEnvironment);
    return { signups: { ...setting, environment: gate.signupsFromEnvironment } };
  };

  app.get(
    '/api/auth/sign-up-options',
    {
      schema: {
        summary: 'Whether this server takes new accounts, and whether the setup code is needed',
        tags: ['account'],
        response: { 200: SignUpOptions },
      },
    },
    async () => {
      const { mode } = await signUpSetting(access.db, gate.signupsFromEnvironment);
      return { signups: mode, setupCodeNeeded: await setupCodeNeeded(access.db) };
    },
  );

  app.get(
    '/api/admin/settings',
    {
      onRequest: adminOnly,
      schema: {
        summary: 'The server settings the administrator can change',
        tags: ['admin'],
        response: { 200: AdminSettings, 401: ErrorBody, 403: ErrorBody },
      },
    },
    settings,
  );

  app.put(
    '/api/admin/settings',
    {
      onRequest: adminOnly,
      schema: {
        summary: 'Change who may sign up; this overrides the SIGNUPS setting',
        tags: ['admin'],
        body: AdminSettingsChange,
        response: { 200: AdminSettings, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      await storeSignUpMode(access.db, request.body.signups, access.clock());
      request.log.warn(
        { event: 'signups_changed', mode: request.body.signups },
        'security: sign-up setting changed',
      );
      return settings();
    },
  );

  app.post(
    '/api/admin/accounts',
    {
      onRequest: adminOnly,
      schema: {
        summary: 'Make an account for someone (for example while sign-up is closed)',
        description: 'The new account is not signed in; give its owner the password to change.',
        tags: ['admin'],
        body: NewAccount,
        response: {
          201: AccountAnswer,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      refuseWeakPassword(password, email);
      const created = await createUser(access.db, {
        email,
        passwordHash: await hashPassword(password),
        now: access.clock(),
      });
      if (!created.ok) throw new ApiError('email_taken');
      return reply.status(201).send({ account: accountOf(created.value) });
    },
  );
}
