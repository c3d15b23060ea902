// Everything one person keeps, out and back in: the export document, the sessions as CSV, a
// FHIR R4 Bundle, and an import of the export document. Routes only add the HTTP around them.
import { createHash } from 'node:crypto';
import { findTriggerPoint } from '../../content/trigger-points.js';
import type { Account } from '../../core/contracts/account.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  type ImportAnswer,
} from '../../core/contracts/export.js';
import { fhirBundle, sessionsCsv } from '../../core/export/index.js';
import { allAccess } from '../../db/repositories/access-log.js';
import { allAssignedPlansOf } from '../../db/repositories/assigned-plans.js';
import { findingsOf } from '../../db/repositories/findings.js';
import { findReminders } from '../../db/repositories/reminder-settings.js';
import { recordStores } from '../../db/repositories/stores.js';
import { clientSafety } from './client-safety.js';
import type { UseCaseDeps } from './deps.js';
import { saveEverything } from './save-records.js';
import { assignedPlanAnswer, findingAnswer } from './therapist-work-answers.js';

/** UUID version 5 (RFC 9562 section 5.5): SHA-1 of a namespace UUID and a name. */
export function uuidV5(name: string, namespace: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface Person {
  readonly userId: string;
  readonly account: Account;
}

/** The export document of everything the person keeps, every list oldest first. */
export async function exportDocument(deps: UseCaseDeps, person: Person): Promise<ExportDocument> {
  const { db } = deps;
  const { userId, account } = person;
  const exportedAt = deps.clock().toISOString();
  const reminders = await findReminders(db, userId);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    account: { email: account.email, createdAt: account.createdAt },
    painMaps: await recordStores.painMaps.all(db, userId),
    safetyScreens: await recordStores.safetyScreens.all(db, userId),
    plans: await recordStores.plans.all(db, userId),
    sessionLogs: await recordStores.sessionLogs.all(db, userId),
    checkIns: await recordStores.checkIns.all(db, userId),
    reminders: reminders?.settings ?? null,
    accessLog: (await allAccess(db, userId)).map((entry) => ({
      at: entry.at.toISOString(),
      actor: entry.actor,
      action: entry.action,
      resource: entry.resource,
    })),
  };
}

/** The person's sessions as CSV, one row per point per session. */
export async function sessionsCsvOf(deps: UseCaseDeps, userId: string): Promise<string> {
  return sessionsCsv(await recordStores.sessionLogs.all(deps.db, userId));
}

/** Pain scores, check-ins and the access log as a FHIR R4 Bundle, ids stable between exports. */
export async function fhirBundleOf(deps: UseCaseDeps, person: Person): Promise<string> {
  const { userId, account } = person;
  const bundle = fhirBundle({
    patientId: userId,
    email: account.email,
    exportedAt: deps.clock().toISOString(),
    sessionLogs: await recordStores.sessionLogs.all(deps.db, userId),
    checkIns: await recordStores.checkIns.all(deps.db, userId),
    accessLog: (await allAccess(deps.db, userId)).map((entry) => ({
      ...entry,
      at: entry.at.toISOString(),
    })),
    care: await careOf(deps, userId),
    uuidFor: (name) => uuidV5(name, userId),
  });
  return JSON.stringify(bundle);
}

/** Every plan therapists assigned to the person, and every point they found by hand. */
async function careOf(deps: UseCaseDeps, userId: string) {
  const safety = await clientSafety(deps.db, userId);
  const plans = (await allAssignedPlansOf(deps.db, userId)).map((row) => {
    const plan = assignedPlanAnswer(row, safety);
    return { ...plan, onHold: plan.onHold !== null };
  });
  const findings = (await findingsOf(deps.db, userId)).map((finding) => ({
    ...findingAnswer(finding),
    pointName: findTriggerPoint(finding.triggerPoint)?.name ?? finding.triggerPoint,
  }));
  return { plans, findings };
}

/** Takes an export document into the person's account; its `account` part is not applied. */
export function importDocument(
  deps: UseCaseDeps,
  userId: string,
  document: ExportDocument,
): Promise<ImportAnswer> {
  const { reminders, painMaps, safetyScreens, plans, sessionLogs, checkIns } = document;
  return saveEverything(deps, userId, {
    painMaps,
    safetyScreens,
    plans,
    sessionLogs,
    checkIns,
    ...(reminders ? { reminders } : {}),
  });
}
