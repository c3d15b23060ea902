// The administrator's routes: the list of accounts (names, roles, sign-in times, never health
// data), making an account a therapist or a person again (both recorded in the access log of
// the accounts they touch), who may sign up (overriding SIGNUPS), making accounts by hand when
// sign-up is closed; and the public question the sign-up form asks first.
import { endpoints } from '../../core/contracts/endpoints.js';
import type { AdminAccount } from '../../core/contracts/therapists.js';
import {
  type AdminAccountRow,
  listAccounts,
  setRole,
} from '../../db/repositories/admin-accounts.js';
import { uuidPattern } from '../../db/repositories/record-store.js';
import { createUser } from '../../db/repositories/users.js';
import { logAccess } from '../access-log.js';
import type { App } from '../app-types.js';
import { hashPassword } from '../auth/passwords.js';
import type { RoleHooks } from '../auth/roles.js';
import { setupCodeNeeded } from '../auth/setup-code.js';
import type { SignUpGate } from '../auth/sign-up-gate.js';
import { signUpSetting, storeSignUpMode } from '../auth/sign-up-policy.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError } from '../errors.js';
import { route } from '../route.js';
import { accountOf, refuseWeakPassword } from './auth.js';

const adminAccountOf = (row: AdminAccountRow): AdminAccount => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  isAdmin: row.isAdmin,
  createdAt: row.createdAt.toISOString(),
  lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
  twoFactor: row.twoFactor,
});

export function adminRoutes(app: App, access: Access, roles: RoleHooks, gate: SignUpGate) {
  const adminOnly = { onRequest: roles.admin };

  const settings = async () => {
    const setting = await signUpSetting(access.db, gate.signupsFromEnvironment);
    return { signups: { ...setting, environment: gate.signupsFromEnvironment } };
  };

  route(app, endpoints.signUpOptions, {}, async () => {
    const { mode } = await signUpSetting(access.db, gate.signupsFromEnvironment);
    return { signups: mode, setupCodeNeeded: await setupCodeNeeded(access.db) };
  });

  route(app, endpoints.adminAccounts, adminOnly, async (request) => {
    const rows = await listAccounts(access.db);
    await logAccess(access, request, {
      capacity: 'administrator',
      subjectIds: rows.map((row) => row.id),
      action: 'read',
      resource: 'account-details',
    });
    return { items: rows.map(adminAccountOf) };
  });

  route(app, endpoints.setAccountRole, adminOnly, async (request) => {
    const { accountId } = request.params;
    const notFound = () => new ApiError('not_found', 'There is no account with this id.');
    if (!uuidPattern.test(accountId)) throw notFound();
    const row = await setRole(
      access.db,
      accountId.toLowerCase(),
      request.body.role,
      access.clock(),
    );
    if (!row) throw notFound();
    await logAccess(access, request, {
      capacity: 'administrator',
      subjectIds: [row.id],
      action: 'change',
      resource: 'role',
    });
    return { account: adminAccountOf(row) };
  });

  route(app, endpoints.adminSettings, adminOnly, settings);

  route(app, endpoints.changeAdminSettings, adminOnly, async (request) => {
    await storeSignUpMode(access.db, request.body.signups, access.clock());
    request.log.warn(
      { event: 'signups_changed', mode: request.body.signups },
      'security: sign-up setting changed',
    );
    return settings();
  });

  route(app, endpoints.createAccount, adminOnly, async (request, reply) => {
    const { email, password } = request.body;
    refuseWeakPassword(password, email);
    const created = await createUser(access.db, {
      email,
      passwordHash: await hashPassword(password),
      now: access.clock(),
    });
    if (!created.ok) throw new ApiError('email_taken');
    return reply.status(201).send({ account: accountOf(created.value) });
  });
}
