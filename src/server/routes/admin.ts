// The administrator's routes: the list of accounts (names, roles, sign-in times, never health
// data) and making an account a therapist or a person again. Both are recorded in the access
// log of the accounts they touch.
import { z } from 'zod';
import { ErrorBody } from '../../core/contracts/error.js';
import {
  type AdminAccount,
  AdminAccountAnswer,
  AdminAccountList,
  SetRoleRequest,
} from '../../core/contracts/therapists.js';
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

const AccountParams = z.object({ accountId: z.string().max(100) });

export function adminRoutes(app: App, access: Access, roles: RoleHooks) {
  const tags = ['administration'];

  app.get(
    '/api/admin/accounts',
    {
      onRequest: roles.admin,
      schema: {
        summary: 'Every account: email, name, role, created, last sign-in (administrator only)',
        tags,
        response: { 200: AdminAccountList, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const rows = await listAccounts(access.db);
      await logAccess(access, request, {
        capacity: 'administrator',
        subjectIds: rows.map((row) => row.id),
        action: 'read',
        resource: 'account-details',
      });
      return { items: rows.map(adminAccountOf) };
    },
  );

  app.put(
    '/api/admin/accounts/:accountId/role',
    {
      onRequest: roles.admin,
      schema: {
        summary: 'Make an account a therapist or a person (administrator only)',
        description:
          'Making a therapist a person ends its access to every client at once and revokes ' +
          'its open invitations.',
        tags,
        params: AccountParams,
        body: SetRoleRequest,
        response: {
          200: AdminAccountAnswer,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
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
    },
  );
}
