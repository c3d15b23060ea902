// The signed-in account: who it is, its display name, changing its password (which ends every
// other session), and deleting it with all its data (the password is asked again to confirm;
// then the tables it was in are vacuumed, see db/erase-deleted.ts).
import { endpoints } from '../../core/contracts/endpoints.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { endUserSessions } from '../../db/repositories/login-sessions.js';
import {
  deleteUser,
  findUserById,
  setDisplayName,
  setPasswordHash,
} from '../../db/repositories/users.js';
import type { App } from '../app-types.js';
import { passwordMatches } from '../auth/password-check.js';
import { hashPassword } from '../auth/passwords.js';
import type { Access } from '../auth/signed-in.js';
import { queueErase } from '../erase-queue.js';
import { ApiError } from '../errors.js';
import { route } from '../route.js';
import { accountOf, refuseWeakPassword } from './auth.js';

export function accountRoutes(app: App, access: Access, database: DatabaseHandle) {
  route(app, endpoints.me, { onRequest: access.signedIn }, async (request) => ({
    account: access.person(request).account,
  }));

  route(app, endpoints.changeAccount, { onRequest: access.signedIn }, async (request) => {
    const user = await setDisplayName(
      access.db,
      access.person(request).userId,
      request.body.displayName,
    );
    if (!user) throw new ApiError('unauthorized');
    return { account: accountOf(user) };
  });

  /** Finds the signed-in account's row and checks the password typed to confirm. */
  const confirmPassword = async (
    request: Parameters<Access['person']>[0],
    reply: Parameters<Access['startSession']>[1],
    password: string,
  ) => {
    const person = access.person(request);
    const user = await findUserById(access.db, person.userId);
    if (!user) throw new ApiError('unauthorized');
    const matches = await passwordMatches(access, request, reply, {
      email: user.email,
      password,
      passwordHash: user.passwordHash,
    });
    if (!matches) throw new ApiError('wrong_password');
    return user;
  };

  route(app, endpoints.changePassword, { onRequest: access.signedIn }, async (request, reply) => {
    const { currentPassword, newPassword } = request.body;
    const user = await confirmPassword(request, reply, currentPassword);
    refuseWeakPassword(newPassword, user.email, 'newPassword');
    await setPasswordHash(access.db, user.id, await hashPassword(newPassword), access.clock());
    // Someone who knew the old password may be signed in elsewhere: end every session,
    // then give this device a fresh one.
    await endUserSessions(access.db, user.id);
    await access.startSession(request, reply, user.id);
    return reply.status(204).send(null);
  });

  route(app, endpoints.deleteAccount, { onRequest: access.signedIn }, async (request, reply) => {
    const user = await confirmPassword(request, reply, request.body.password);
    await deleteUser(access.db, user.id);
    queueErase(database, request.log);
    access.clearCookie(request, reply);
    return reply.status(204).send(null);
  });
}
