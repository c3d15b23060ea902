// Every migration, listed in code rather than read from the folder, so the built server
// (dist/) and the tests run the very same set without a file scan.
import type { Migration } from 'kysely/migration';
import * as appMeta from './0001-app-meta.js';
import * as accounts from './0002-accounts.js';
import * as records from './0003-records.js';
import * as accountRoles from './0005-account-roles.js';
import * as twoFactor from './0006-two-factor.js';
import * as therapistLinks from './0007-therapist-links.js';
import * as accessLog from './0008-access-log.js';
import * as therapistWork from './0009-therapist-work.js';

export const migrations: Record<string, Migration> = {
  '0001-app-meta': appMeta,
  '0002-accounts': accounts,
  '0003-records': records,
  '0005-account-roles': accountRoles,
  '0006-two-factor': twoFactor,
  '0007-therapist-links': therapistLinks,
  '0008-access-log': accessLog,
  '0009-therapist-work': therapistWork,
};
