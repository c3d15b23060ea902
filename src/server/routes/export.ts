// Everything a person keeps, out and back in: the export document (JSON), the sessions as CSV,
// a FHIR R4 Bundle, and POST /api/me/import, which takes the export document back idempotently.
import { endpoints } from '../../core/contracts/endpoints.js';
import type { App } from '../app-types.js';
import type { Access } from '../auth/signed-in.js';
import { route } from '../route.js';
import {
  exportDocument,
  fhirBundleOf,
  importDocument,
  sessionsCsvOf,
} from '../use-cases/export.js';

/** An import carries a whole history: years of session logs with their events. */
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

const attachment = (name: string) => `attachment; filename="${name}"`;

export function exportRoutes(app: App, access: Access) {
  const signedIn = { onRequest: access.signedIn };

  route(app, endpoints.exportJson, signedIn, async (request, reply) => {
    const document = await exportDocument(access, access.person(request));
    return reply
      .header(
        'content-disposition',
        attachment(`unknot-export-${document.exportedAt.slice(0, 10)}.json`),
      )
      .header('cache-control', 'no-store')
      .send(document);
  });

  route(app, endpoints.sessionsCsv, signedIn, async (request, reply) => {
    const csv = await sessionsCsvOf(access, access.person(request).userId);
    return reply
      .type('text/csv; charset=utf-8; header=present')
      .header('content-disposition', attachment('unknot-sessions.csv'))
      .header('cache-control', 'no-store')
      .send(csv);
  });

  route(app, endpoints.exportFhir, signedIn, async (request, reply) => {
    const bundle = await fhirBundleOf(access, access.person(request));
    return reply
      .type('application/fhir+json; charset=utf-8')
      .header('content-disposition', attachment('unknot-fhir.json'))
      .header('cache-control', 'no-store')
      .send(bundle);
  });

  route(app, endpoints.import, { ...signedIn, bodyLimit: IMPORT_BODY_LIMIT }, async (request) =>
    importDocument(access, access.person(request).userId, request.body),
  );
}
