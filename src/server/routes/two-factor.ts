// Two-factor sign-in for one's own account: start setup (a new secret, its link and QR code),
// confirm it with a first code (which turns it on and gives 10 single-use recovery codes), and
// turn it off again with the password.
import { z } from 'zod';
import { ErrorBody } from '../../core/contracts/error.js';
import {
  RecoveryCodes,
  TwoFactorConfirmRequest,
  TwoFactorOffRequest,
  TwoFactorSetup,
} from '../../core/contracts/therapists.js';
import {
  disableTwoFactor,
  enableTwoFactor,
  findTwoFactor,
  spendTotpStep,
  startTwoFactor,
} from '../../db/repositories/two-factor.js';
import { findUserById } from '../../db/repositories/users.js';
import type { App } from '../app-types.js';
import { passwordMatches } from '../auth/password-check.js';
import { qrRows } from '../auth/qr-rows.js';
import type { Access } from '../auth/signed-in.js';
import {
  matchingStep,
  newRecoveryCode,
  newTotpSecret,
  otpauthUrl,
  RECOVERY_CODE_COUNT,
  recoveryCodeHash,
} from '../auth/totp.js';
import { ApiError } from '../errors.js';

const NoContent = z.null().describe('No content');

export function twoFactorRoutes(app: App, access: Access) {
  const tags = ['account'];

  app.post(
    '/api/me/two-factor',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Start two-factor setup: a new secret, its otpauth link and a QR code',
        description:
          'Nothing changes at sign-in until POST /api/me/two-factor/confirm. qr is {size, rows}: ' +
          'size strings of size characters, 1 for a dark module. 409 two_factor_on when it is on.',
        tags,
        response: { 200: TwoFactorSetup, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      const { userId, account } = access.person(request);
      const secret = newTotpSecret();
      if (!(await startTwoFactor(access.db, userId, secret))) throw new ApiError('two_factor_on');
      const url = otpauthUrl(secret, account.email);
      return { secret, otpauthUrl: url, qr: qrRows(url) };
    },
  );

  app.post(
    '/api/me/two-factor/confirm',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Turn two-factor sign-in on with a first code; answers 10 recovery codes',
        description: 'Each recovery code works once in place of an app code. Only hashes are kept.',
        tags,
        body: TwoFactorConfirmRequest,
        response: {
          200: RecoveryCodes,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request) => {
      const { userId } = access.person(request);
      const state = await findTwoFactor(access.db, userId);
      if (state?.enabled) throw new ApiError('two_factor_on');
      if (!state?.secret) throw new ApiError('two_factor_not_started');
      const step = matchingStep(state.secret, request.body.code, access.clock());
      if (step === null || !(await spendTotpStep(access.db, userId, step))) {
        throw new ApiError('code_invalid');
      }
      const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
      await enableTwoFactor(access.db, userId, recoveryCodes.map(recoveryCodeHash));
      return { recoveryCodes };
    },
  );

  app.delete(
    '/api/me/two-factor',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Turn two-factor sign-in off; asks for the password again',
        description: 'A therapist without two-factor cannot see client data until it is on again.',
        tags,
        body: TwoFactorOffRequest,
        response: {
          204: NoContent,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const user = await findUserById(access.db, access.person(request).userId);
      if (!user) throw new ApiError('unauthorized');
      const matches = await passwordMatches(access, request, reply, {
        email: user.email,
        password: request.body.password,
        passwordHash: user.passwordHash,
      });
      if (!matches) throw new ApiError('wrong_password');
      await disableTwoFactor(access.db, user.id);
      return reply.status(204).send(null);
    },
  );
}
