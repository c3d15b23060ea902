// The access log in a FHIR R4 export: one AuditEvent per read or change of the person's data by
// someone else (type rest, action R or U), naming who did it, when, and which part of the data.
import type { AuditEvent, BundleEntry, Patient, Reference } from '@medplum/fhirtypes';

export interface AuditInput {
  /** The access log entry's id, a UUID: the AuditEvent's id stays the same in every export. */
  readonly id: string;
  /** ISO instant. */
  readonly at: string;
  readonly actor: {
    readonly id: string | null;
    readonly displayName: string;
    readonly role: string;
  };
  readonly action: 'read' | 'change';
  readonly resource: string;
}

/** HL7 audit event type "rest": an operation through the RESTful API. */
export const restOperation = {
  system: 'http://terminology.hl7.org/CodeSystem/audit-event-type',
  code: 'rest',
  display: 'RESTful Operation',
} as const;

export const auditEventEntry = (
  input: AuditInput,
  id: string,
  subject: Reference<Patient>,
): BundleEntry => {
  const resource: AuditEvent & { id: string } = {
    resourceType: 'AuditEvent',
    id,
    type: restOperation,
    action: input.action === 'read' ? 'R' : 'U',
    recorded: input.at,
    outcome: '0',
    agent: [
      {
        // The actor is an account on this server, not a resource in the bundle: named, not linked.
        who: {
          display: input.actor.displayName,
          ...(input.actor.id ? { identifier: { value: input.actor.id } } : {}),
        },
        role: [{ text: input.actor.role }],
        requestor: true,
      },
    ],
    source: { observer: { display: 'Unknot server' } },
    entity: [{ what: subject, description: input.resource }],
  };
  return { fullUrl: `urn:uuid:${id}`, resource };
};
