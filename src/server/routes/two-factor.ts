// Two-factor sign-in for one's own account: start setup (a new secret, its link and QR code),
// confirm it with a first code (which turns it on and gives 10 single-use recovery codes), and
// turn it off again with the password.
import { endpoints } from '../../core/contracts/endpoints.js';
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
import { route } from '../route.js';

export function twoFactorRoutes(app: App, access: Access) {
  const signedIn = { onRequest: access.signedIn };

  route(app, endpoints.startTwoFactor, signedIn, async (request) => {
    const { userId, account } = access.person(request);
    const secret = newTotpSecret();
    if (!(await startTwoFactor(access.db, userId, secret))) throw new ApiError('two_factor_on');
    const url = otpauthUrl(secret, account.email);
    return { secret, otpauthUrl: url, qr: qrRows(url) };
  });

  route(app, endpoints.confirmTwoFactor, signedIn, async (request) => {
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
  });

  route(app, endpoints.stopTwoFactor, signedIn, async (request, reply) => {
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
  });
}
