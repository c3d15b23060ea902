import type { Bundle, Observation, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import type { CheckInRecord, SessionLogRecord } from '../contracts/records.js';
import { fhirBundle, painSeverityCode } from './fhir-bundle.js';

// FHIR R4 primitive formats (https://hl7.org/fhir/R4/datatypes.html).
const fhirId = /^[A-Za-z0-9\-.]{1,64}$/;
const fhirDateTime =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?)?)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)?)?)?$/;
const fhirInstant =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;
const urnUuid = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A UUID-shaped stand-in for UUID v5: the same name always gives the same id. */
const names = new Map<string, string>();
const uuidFor = (name: string) => {
  if (!names.has(name))
    names.set(name, `00000000-0000-5000-8000-${String(names.size).padStart(12, '0')}`);
  return names.get(name)!;
};

const session = (n: number, painAfter: number | null): SessionLogRecord => ({
  id: `eeeeeeee-0000-4000-8000-00000000000${n}`,
  plan: { steps: [] },
  startedAt: Date.UTC(2024, 2, n, 18, 0, 0) + 0.5,
  endedAt: painAfter === null ? null : Date.UTC(2024, 2, n, 18, 12, 0),
  painBefore: 6,
  painAfter,
  points: [],
  events: [],
});

const checkIns: CheckInRecord[] = [
  {
    id: 'ffffffff-0000-4000-8000-000000000001',
    at: '2024-03-10',
    averagePain: 4,
    activities: [
      { name: 'Sitting at work', score: 5 },
      { name: 'Lifting my child', score: 3 },
    ],
  },
  {
    id: 'ffffffff-0000-4000-8000-000000000002',
    at: '2024-03-17T20:00:00+01:00',
    averagePain: 3,
    activities: [],
  },
];

const bundle: Bundle = fhirBundle({
  patientId: '12345678-aaaa-4bbb-8ccc-1234567890ab',
  email: 'ana@example.org',
  exportedAt: '2024-04-01T10:00:00.000Z',
  sessionLogs: [session(1, 2), session(2, null)],
  checkIns,
  uuidFor,
});

const resources = (type: string): Resource[] =>
  (bundle.entry ?? []).map((e) => e.resource!).filter((r) => r.resourceType === type);

describe('the FHIR R4 export', () => {
  it('is a Bundle of type collection with a timestamp', () => {
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toMatch(fhirInstant);
  });

  it('gives every entry a resource with a valid id and a urn:uuid fullUrl that agrees with it', () => {
    const fullUrls = new Set<string>();
    for (const e of bundle.entry ?? []) {
      expect(e.resource?.resourceType).toEqual(expect.any(String));
      expect(e.resource?.id).toMatch(fhirId);
      expect(e.fullUrl).toMatch(urnUuid);
      expect(e.fullUrl).toBe(`urn:uuid:${e.resource?.id}`);
      fullUrls.add(e.fullUrl!);
    }
    expect(fullUrls.size).toBe(bundle.entry?.length);
  });

  it('has one Patient, and every reference resolves to an entry inside the bundle', () => {
    expect(resources('Patient')).toHaveLength(1);
    const fullUrls = new Set((bundle.entry ?? []).map((e) => e.fullUrl));
    const references: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'reference' && typeof inner === 'string') references.push(inner);
          else walk(inner);
        }
      }
    };
    walk(bundle.entry);
    expect(references.length).toBe(3 + 2); // three pain scores and two check-ins
    for (const reference of references) expect(fullUrls.has(reference)).toBe(true);
  });

  it('records each pain score as a final Observation coded LOINC 72514-3 with an integer and a time', () => {
    const observations = resources('Observation') as Observation[];
    // Session 1 has before and after; session 2 (no pain after) only before.
    expect(observations).toHaveLength(3);
    for (const observation of observations) {
      expect(observation.status).toBe('final');
      expect(observation.code.coding).toEqual([painSeverityCode]);
      expect(Number.isInteger(observation.valueInteger)).toBe(true);
      expect(observation.valueInteger).toBeGreaterThanOrEqual(0);
      expect(observation.valueInteger).toBeLessThanOrEqual(10);
      expect(observation.effectiveDateTime).toMatch(fhirDateTime);
    }
    expect(observations.map((o) => o.valueInteger)).toEqual([6, 2, 6]);
    expect(observations[1]!.effectiveDateTime).toBe('2024-03-01T18:12:00.000Z');
  });

  it('records each check-in as a completed QuestionnaireResponse with linked, answered items', () => {
    const responses = resources('QuestionnaireResponse') as QuestionnaireResponse[];
    expect(responses).toHaveLength(2);
    for (const response of responses) {
      expect(response.status).toBe('completed');
      expect(response.authored).toMatch(fhirDateTime);
      for (const item of response.item ?? []) {
        expect(item.linkId).toEqual(expect.any(String));
        // An item holds answers or nested items, never both (FHIR R4 invariant qrs-1).
        expect(Boolean(item.answer) !== Boolean(item.item)).toBe(true);
      }
    }
    expect(responses[0]!.item?.[0]?.answer).toEqual([{ valueInteger: 4 }]);
    expect(
      responses[0]!.item?.[1]?.item?.map((i) => [i.text, i.answer?.[0]?.valueInteger]),
    ).toEqual([
      ['Sitting at work', 5],
      ['Lifting my child', 3],
    ]);
    expect(responses[1]!.item).toHaveLength(1);
  });

  it('gives the same bundle for the same data', () => {
    const again = fhirBundle({
      patientId: '12345678-aaaa-4bbb-8ccc-1234567890ab',
      email: 'ana@example.org',
      exportedAt: '2024-04-01T10:00:00.000Z',
      sessionLogs: [session(1, 2), session(2, null)],
      checkIns,
      uuidFor,
    });
    expect(again).toEqual(bundle);
  });
});
