// Exports built from a person's records, pure: CSV of sessions and a FHIR R4 Bundle.

export { type AuditInput, auditEventEntry, restOperation } from './fhir-audit.js';
export {
  type FhirExportInput,
  fhirBundle,
  painSeverityCode,
} from './fhir-bundle.js';
export { csvCell, csvRow, sessionsCsv, sessionsCsvHeader } from './sessions-csv.js';
