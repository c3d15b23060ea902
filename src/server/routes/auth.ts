// Sign up, sign in, sign out and sign out everywhere. A login session is a row in the database
// and an HttpOnly cookie holding its token; see auth/session-cookie.ts for the cookie's name.
import { z } from 'zod';
import {
  AccountAnswer,
  passwordProblemMessages,
  SignInRequest,
  SignUpRequest,
} from '../../core/contracts/account.js';
import { ErrorBody } from '../../core/contracts/error.js';
import { endUserSessions } from '../../db/repositories/login-sessions.js';
import { createUser, findUserByEmail, setPasswordHash } from '../../db/repositories/users.js';
import type { App } from '../app-types.js';
import { passwordMatches } from '../auth/password-check.js';
import { hashPassword, needsRehash, newPasswordProblem } from '../auth/passwords.js';
import { spendSetupCode } from '../auth/setup-code.js';
import { admitSignUp, type SignUpGate } from '../auth/sign-up-gate.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError } from '../errors.js';

export const accountOf = (user: {
  id: string;
  email: string;
  isAdmin: boolean;
  createdAt: Date;
}) => ({
  id: user.id,
  email: user.email,
  isAdmin: user.isAdmin,
  createdAt: user.createdAt.toISOString(),
});

/** Throws weak_password (400) naming the rule when a new password may not be used. */
export function refuseWeakPassword(password: string, email: string): void {
  const problem = newPasswordProblem(password, email);
  if (problem)
    throw new ApiError('weak_password', passwordProblemMessages[problem], { reason: problem });
}

const NoContent = z.null().describe('No content');

export function authRoutes(app: App, access: Access, gate: SignUpGate) {
  app.post(
    '/api/auth/sign-up',
    {
      onRequest: access.sameSite,
      schema: {
        summary: 'Make an account and sign in; the first account on a server is its administrator',
        tags: ['account'],
        body: SignUpRequest,
        response: {
          201: AccountAnswer,
          400: ErrorBody,
          403: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
          503: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      await admitSignUp(access, gate, request, reply, request.body);
      refuseWeakPassword(password, email);
      const created = await createUser(access.db, {
        email,
        passwordHash: await hashPassword(password),
        now: access.clock(),
      });
      if (!created.ok) throw new ApiError('email_taken');
      if (created.value.isAdmin) await spendSetupCode(access.db);
      await access.startSession(request, reply, created.value.id);
      return reply.status(201).send({ account: accountOf(created.value) });
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      onRequest: access.sameSite,
      schema: {
        summary: 'Sign in with email and password',
        description:
          'At most 5 failures per account and 20 per address in 15 minutes; then 429 ' +
          'rate_limited with a Retry-After header and details.retryAfterSeconds.',
        tags: ['account'],
        body: SignInRequest,
        response: {
          200: AccountAnswer,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const user = await findUserByEmail(access.db, email);
      const matches = await passwordMatches(access, request, reply, {
        email,
        password,
        passwordHash: user?.passwordHash ?? null,
      });
      if (!user || !matches) throw new ApiError('invalid_credentials');
      if (needsRehash(user.passwordHash)) {
        await setPasswordHash(
          access.db,
          user.id,
          await hashPassword(password),
          user.passwordChangedAt,
        );
      }
      await access.startSession(request, reply, user.id);
      return { account: accountOf(user) };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      onRequest: access.sameSite,
      schema: {
        summary: 'Sign out on this device (also fine when already signed out)',
        tags: ['account'],
        response: { 204: NoContent, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      await access.endSession(request, reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/sign-out-everywhere',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Sign out on every device',
        tags: ['account'],
        response: { 204: NoContent, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      await endUserSessions(access.db, access.person(request).userId);
      access.clearCookie(request, reply);
      return reply.status(204).send(null);
    },
  );
}
