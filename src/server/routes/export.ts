// Everything a person keeps, out and back in: the export document (JSON), the sessions as CSV,
// a FHIR R4 Bundle, and POST /api/me/import, which takes the export document back idempotently.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ErrorBody } from '../../core/contracts/error.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportDocument,
  ImportAnswer,
} from '../../core/contracts/export.js';
import { fhirBundle, sessionsCsv } from '../../core/export/index.js';
import { findReminders } from '../../db/repositories/reminder-settings.js';
import { recordStores } from '../../db/repositories/stores.js';
import type { App } from '../app-types.js';
import type { Access } from '../auth/signed-in.js';
import { saveEverything } from './records.js';

/** An import carries a whole history: years of session logs with their events. */
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

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

const attachment = (name: string) => `attachment; filename="${name}"`;

export function exportRoutes(app: App, access: Access) {
  const tags = ['export'];

  /** Every record of the person, read a page at a time, oldest first. */
  const everything = async (userId: string) => ({
    painMaps: await recordStores.painMaps.all(access.db, userId),
    safetyScreens: await recordStores.safetyScreens.all(access.db, userId),
    plans: await recordStores.plans.all(access.db, userId),
    sessionLogs: await recordStores.sessionLogs.all(access.db, userId),
    checkIns: await recordStores.checkIns.all(access.db, userId),
  });

  app.get(
    '/api/me/export.json',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Everything you keep here, as one versioned JSON document',
        tags,
        response: { 200: ExportDocument, 401: ErrorBody },
      },
    },
    async (request, reply) => {
      const { userId, account } = access.person(request);
      const now = access.clock();
      const reminders = await findReminders(access.db, userId);
      const document: ExportDocument = {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: now.toISOString(),
        account: { email: account.email, createdAt: account.createdAt },
        ...(await everything(userId)),
        reminders: reminders?.settings ?? null,
      };
      return reply
        .header(
          'content-disposition',
          attachment(`unknot-export-${now.toISOString().slice(0, 10)}.json`),
        )
        .header('cache-control', 'no-store')
        .send(document);
    },
  );

  app.get(
    '/api/me/sessions.csv',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Your sessions as CSV: one row per point per session',
        tags,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV (RFC 4180)'), 401: ErrorBody },
      },
    },
    async (request, reply) => {
      const logs = await recordStores.sessionLogs.all(access.db, access.person(request).userId);
      return reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', attachment('unknot-sessions.csv'))
        .header('cache-control', 'no-store')
        .send(sessionsCsv(logs));
    },
  );

  app.get(
    '/api/me/export.fhir.json',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Your pain scores and check-ins as a FHIR R4 Bundle (type collection)',
        tags,
        produces: ['application/fhir+json'],
        response: {
          200: z.string().describe('A FHIR R4 Bundle as application/fhir+json'),
          401: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { userId, account } = access.person(request);
      const bundle = fhirBundle({
        patientId: userId,
        email: account.email,
        exportedAt: access.clock().toISOString(),
        sessionLogs: await recordStores.sessionLogs.all(access.db, userId),
        checkIns: await recordStores.checkIns.all(access.db, userId),
        uuidFor: (name) => uuidV5(name, userId),
      });
      return reply
        .type('application/fhir+json; charset=utf-8')
        .header('content-disposition', attachment('unknot-fhir.json'))
        .header('cache-control', 'no-store')
        .send(JSON.stringify(bundle));
    },
  );

  app.post(
    '/api/me/import',
    {
      onRequest: access.signedIn,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        summary: 'Bring back an export document; records already here are not doubled',
        description:
          'Takes the document of GET /api/me/export.json into the signed-in account (its ' +
          '`account` part is not applied). Records are created, replaced or left alone by id; ' +
          'reminder settings, when not null, replace the stored ones.',
        tags,
        body: ExportDocument,
        response: {
          200: ImportAnswer,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          409: ErrorBody,
          413: ErrorBody,
        },
      },
    },
    async (request) => {
      const { reminders, painMaps, safetyScreens, plans, sessionLogs, checkIns } = request.body;
      return saveEverything(access, access.person(request).userId, {
        painMaps,
        safetyScreens,
        plans,
        sessionLogs,
        checkIns,
        ...(reminders ? { reminders } : {}),
      });
    },
  );
}
