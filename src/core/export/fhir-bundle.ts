// The person's scores as a FHIR R4 Bundle (type collection): a Patient, an Observation per pain
// score of each session (LOINC 72514-3), a QuestionnaireResponse per weekly check-in, and an
// AuditEvent per entry of the access log.
// Every entry has a urn:uuid fullUrl and every reference points at one inside the bundle.
import type {
  Bundle,
  BundleEntry,
  Observation,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
} from '@medplum/fhirtypes';
import type { CheckInRecord, SessionLogRecord } from '../contracts/records.js';
import { type AuditInput, auditEventEntry } from './fhir-audit.js';
import { type CarePlanInput, careEntries, type FindingInput } from './fhir-care.js';

/** LOINC 72514-3, the 0-10 numeric pain rating as the person reported it. */
export const painSeverityCode = {
  system: 'http://loinc.org',
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
} as const;

const surveyCategory = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'survey',
      display: 'Survey',
    },
  ],
};

export interface FhirExportInput {
  /** The account id, a UUID: the Patient's id. */
  readonly patientId: string;
  readonly email: string;
  /** When the export was made, an ISO instant: Bundle.timestamp. */
  readonly exportedAt: string;
  readonly sessionLogs: readonly SessionLogRecord[];
  readonly checkIns: readonly CheckInRecord[];
  /** Reads and changes of the person's data by others: one AuditEvent each. */
  readonly accessLog?: readonly AuditInput[];
  /** Plans therapists assigned (CarePlan) and points they found by hand (Observation). */
  readonly care?: {
    readonly plans: readonly CarePlanInput[];
    readonly findings: readonly FindingInput[];
  };
  /**
   * A UUID for a name such as "<session id>/pain-before", the same every time for the same
   * name, so two exports of the same data are the same bundle. Core has no hashing of its own;
   * the server passes UUID v5.
   */
  readonly uuidFor: (name: string) => string;
}

const entry = <T extends Patient | Observation | QuestionnaireResponse>(
  resource: T & { id: string },
): BundleEntry => ({ fullUrl: `urn:uuid:${resource.id}`, resource });

const painObservation = (
  id: string,
  subject: Reference<Patient>,
  when: 'before' | 'after',
  score: number,
  effectiveMs: number,
): Observation & { id: string } => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  category: [surveyCategory],
  code: { coding: [painSeverityCode], text: `Pain ${when} a self-care session` },
  subject,
  effectiveDateTime: new Date(effectiveMs).toISOString(),
  valueInteger: score,
});

const checkInResponse = (
  id: string,
  subject: Reference<Patient>,
  checkIn: CheckInRecord,
): QuestionnaireResponse & { id: string } => {
  const item: QuestionnaireResponseItem[] = [
    {
      linkId: 'average-pain',
      text: 'Average pain over the past week, from 0 (none) to 10 (worst)',
      answer: [{ valueInteger: checkIn.averagePain }],
    },
  ];
  if (checkIn.activities.length > 0) {
    item.push({
      linkId: 'activities',
      text: 'How well you can do activities you chose, from 0 (cannot) to 10 (as before the pain)',
      item: checkIn.activities.map((activity, index) => ({
        linkId: `activity-${index + 1}`,
        text: activity.name,
        answer: [{ valueInteger: activity.score }],
      })),
    });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    id,
    status: 'completed',
    subject,
    // A check-in date (YYYY-MM-DD) or instant with its offset is already a FHIR dateTime.
    authored: checkIn.at,
    item,
  };
};

export const fhirBundle = (input: FhirExportInput): Bundle => {
  const patient: Patient & { id: string } = {
    resourceType: 'Patient',
    id: input.patientId,
    active: true,
    telecom: [{ system: 'email', value: input.email }],
  };
  const subject: Reference<Patient> = { reference: `urn:uuid:${patient.id}` };
  const entries: BundleEntry[] = [entry(patient)];
  for (const log of input.sessionLogs) {
    if (log.painBefore !== null) {
      const id = input.uuidFor(`${log.id}/pain-before`);
      entries.push(entry(painObservation(id, subject, 'before', log.painBefore, log.startedAt)));
    }
    if (log.painAfter !== null) {
      const id = input.uuidFor(`${log.id}/pain-after`);
      const at = log.endedAt ?? log.startedAt;
      entries.push(entry(painObservation(id, subject, 'after', log.painAfter, at)));
    }
  }
  for (const checkIn of input.checkIns) {
    entries.push(entry(checkInResponse(input.uuidFor(`${checkIn.id}/check-in`), subject, checkIn)));
  }
  if (input.care) entries.push(...careEntries({ ...input.care, uuidFor: input.uuidFor }, subject));
  for (const access of input.accessLog ?? []) {
    entries.push(auditEventEntry(access, input.uuidFor(`${access.id}/audit`), subject));
  }
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: input.exportedAt,
    entry: entries,
  };
};
