// The administrator's routes: the list of accounts (names, roles, sign-in times, never health
// data) and making an account a therapist or a person again. Both are recorded in the access
// log of the accounts they touch.
import { endpoints } from '../../core/contracts/endpoints.js';
import type { AdminAccount } from '../../core/contracts/therapists.js';
import {
  type AdminAccountRow,
  listAccounts,
  setRole,
} from '../../db/repositories/admin-accounts.js';
import { uuidPattern } from '../../db/repositories/record-store.js';
import { logAccess } from '../access-log.js';
import type { App } from '../app-types.js';
import type { RoleHooks } from '../auth/roles.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError } from '../errors.js';
import { route } from '../route.js';

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

export function adminRoutes(app: App, access: Access, roles: RoleHooks) {
  const adminOnly = { onRequest: roles.admin };

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
}
