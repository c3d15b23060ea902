import type { AuditEvent, Bundle } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { fhirBundle } from './fhir-bundle.js';

const fhirInstant =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;

const bundle: Bundle = fhirBundle({
  patientId: '12345678-aaaa-4bbb-8ccc-1234567890ab',
  email: 'ana@example.org',
  exportedAt: '2024-04-01T10:00:00.000Z',
  sessionLogs: [],
  checkIns: [],
  accessLog: [
    {
      id: '0f000000-0000-4000-8000-000000000001',
      at: '2024-03-20T09:00:00.000Z',
      actor: { id: '0a000000-0000-4000-8000-000000000001', displayName: 'Tess', role: 'therapist' },
      action: 'read',
      resource: 'pain-maps',
    },
    {
      id: '0f000000-0000-4000-8000-000000000002',
      at: '2024-03-21T09:00:00.000Z',
      actor: { id: null, displayName: 'Admin', role: 'administrator' },
      action: 'change',
      resource: 'role',
    },
  ],
  uuidFor: (name) =>
    name.startsWith('0f000000-0000-4000-8000-000000000001')
      ? '0e000000-0000-5000-8000-000000000001'
      : '0e000000-0000-5000-8000-000000000002',
});

const events = (bundle.entry ?? [])
  .map((entry) => entry.resource)
  .filter((resource): resource is AuditEvent => resource?.resourceType === 'AuditEvent');

describe('the access log in the FHIR export', () => {
  it('is one AuditEvent per entry, with the R4 required parts', () => {
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event.type.code).toBe('rest');
      expect(event.recorded).toMatch(fhirInstant);
      expect(event.agent).toHaveLength(1);
      expect(event.agent[0]?.requestor).toBe(true);
      expect(event.source.observer.display).toBe('Unknot server');
    }
  });

  it('says who, what and read or change, and points at the Patient in the bundle', () => {
    const [read, change] = events;
    expect(read?.action).toBe('R');
    expect(read?.agent[0]?.who).toEqual({
      display: 'Tess',
      identifier: { value: '0a000000-0000-4000-8000-000000000001' },
    });
    expect(read?.agent[0]?.role?.[0]?.text).toBe('therapist');
    expect(read?.entity?.[0]).toEqual({
      what: { reference: 'urn:uuid:12345678-aaaa-4bbb-8ccc-1234567890ab' },
      description: 'pain-maps',
    });
    // A deleted actor keeps its name but has no id to give.
    expect(change?.action).toBe('U');
    expect(change?.agent[0]?.who).toEqual({ display: 'Admin' });
    const fullUrls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
    expect(fullUrls.has(read?.entity?.[0]?.what?.reference)).toBe(true);
    expect(bundle.entry?.at(-1)?.fullUrl).toBe('urn:uuid:0e000000-0000-5000-8000-000000000002');
  });
});
