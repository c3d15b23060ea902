// Sign up, sign in, sign out and sign out everywhere. A login session is a row in the database
// and an HttpOnly cookie holding its token; see auth/session-cookie.ts for the cookie's name.
import {
  type Account,
  type AccountRole,
  passwordProblemMessages,
} from '../../core/contracts/account.js';
import { endpoints } from '../../core/contracts/endpoints.js';
import { endUserSessions } from '../../db/repositories/login-sessions.js';
import { createUser, findUserByEmail, setPasswordHash } from '../../db/repositories/users.js';
import type { App } from '../app-types.js';
import { passwordMatches } from '../auth/password-check.js';
import { hashPassword, needsRehash, newPasswordProblem } from '../auth/passwords.js';
import { secondFactorCheck } from '../auth/second-factor.js';
import { spendSetupCode } from '../auth/setup-code.js';
import { admitSignUp, type SignUpGate } from '../auth/sign-up-gate.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError } from '../errors.js';
import { route } from '../route.js';

export const accountOf = (user: {
  id: string;
  email: string;
  displayName: string;
  role: AccountRole;
  isAdmin: boolean;
  twoFactor: boolean;
  createdAt: Date;
}): Account => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  isAdmin: user.isAdmin,
  twoFactor: user.twoFactor,
  createdAt: user.createdAt.toISOString(),
});

/** Throws weak_password (400) naming the rule, and the field, when a new password may not be used. */
export function refuseWeakPassword(password: string, email: string, field = 'password'): void {
  const problem = newPasswordProblem(password, email);
  if (!problem) return;
  const message = passwordProblemMessages[problem];
  throw new ApiError('weak_password', message, {
    reason: problem,
    issues: [{ path: field, code: 'weak_password', message }],
  });
}

export function authRoutes(app: App, access: Access, gate: SignUpGate) {
  route(app, endpoints.signUp, { onRequest: access.sameSite }, async (request, reply) => {
    const { email, password, displayName } = request.body;
    await admitSignUp(access, gate, request, reply, request.body);
    refuseWeakPassword(password, email);
    const created = await createUser(access.db, {
      email,
      passwordHash: await hashPassword(password),
      now: access.clock(),
      ...(displayName === undefined ? {} : { displayName }),
    });
    if (!created.ok) {
      // Said plainly (Unknot sends no mail, so a taken email cannot look like a new one); the
      // per-address limit above bounds how many emails one address can try (threat-model.md).
      request.log.warn({ event: 'sign_up_email_taken' }, 'security: sign-up for a taken email');
      throw new ApiError('email_taken');
    }
    if (created.value.isAdmin) await spendSetupCode(access.db);
    await access.startSession(request, reply, created.value.id);
    return reply.status(201).send({ account: accountOf(created.value) });
  });

  route(app, endpoints.signIn, { onRequest: access.sameSite }, async (request, reply) => {
    const { email, password, totp } = request.body;
    const user = await findUserByEmail(access.db, email);
    const secondFactor = secondFactorCheck(access, user, totp);
    const matches = await passwordMatches(access, request, reply, {
      email,
      password,
      passwordHash: user?.passwordHash ?? null,
      alsoRequired: secondFactor.run,
    });
    if (secondFactor.outcome() === 'missing') throw new ApiError('totp_required');
    if (secondFactor.outcome() === 'invalid') throw new ApiError('totp_invalid');
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
  });

  route(app, endpoints.signOut, { onRequest: access.sameSite }, async (request, reply) => {
    await access.endSession(request, reply);
    return reply.status(204).send(null);
  });

  route(
    app,
    endpoints.signOutEverywhere,
    { onRequest: access.signedIn },
    async (request, reply) => {
      await endUserSessions(access.db, access.person(request).userId);
      access.clearCookie(request, reply);
      return reply.status(204).send(null);
    },
  );
}
