// The therapist's work in the client's FHIR export: each assigned plan as a CarePlan (one
// activity per step, the therapist as author) and each finding as an Observation with a bodySite,
// with one Practitioner per therapist for the references to point at.
import type {
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  Observation,
  Patient,
  Practitioner,
  Reference,
} from '@medplum/fhirtypes';
import type { AssignedStep } from '../contracts/therapist-work.js';

export interface CarePlanInput {
  readonly id: string;
  readonly therapist: { readonly id: string; readonly displayName: string };
  readonly steps: readonly AssignedStep[];
  readonly sessionsPerWeek: number;
  readonly note: string;
  readonly createdAt: string;
  readonly endedAt: string | null;
  readonly onHold: boolean;
}

export interface FindingInput {
  readonly id: string;
  readonly therapist: { readonly id: string; readonly displayName: string };
  readonly triggerPoint: string;
  /** Where the point lies, in words, for bodySite.text. */
  readonly pointName: string;
  readonly tenderness: number;
  readonly reproducesPain: boolean | null;
  readonly note: string;
  readonly updatedAt: string;
}

const examCategory = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'exam',
      display: 'Exam',
    },
  ],
};

const doseWords = (step: AssignedStep): string => {
  const side =
    step.side === null ? '' : ` (${step.side === 'both' ? 'both sides' : `${step.side} side`})`;
  const hold = `${step.dose.reps} × ${step.dose.seconds} s ${step.dose.mode}`;
  const tools = step.tools.length === 0 ? '' : ` with ${step.tools.join(', ')}`;
  return `${step.title}${side}: ${hold}${tools}, on the ${step.place}.`;
};

const activityOf = (step: AssignedStep, perWeek: string): CarePlanActivity => ({
  detail: {
    kind: 'ServiceRequest',
    code: {
      text: step.title,
      ...(step.technique
        ? { coding: [{ system: 'urn:unknot:technique', code: step.technique }] }
        : {}),
    },
    status: 'scheduled',
    description: [doseWords(step), step.note].filter((line) => line !== '').join(' '),
    scheduledString: perWeek,
    ...(step.triggerPoint
      ? {
          reasonCode: [
            { coding: [{ system: 'urn:unknot:trigger-point', code: step.triggerPoint }] },
          ],
        }
      : {}),
  },
});

/** The CarePlans, finding Observations and their Practitioners, ids from uuidFor. */
export function careEntries(
  input: {
    readonly plans: readonly CarePlanInput[];
    readonly findings: readonly FindingInput[];
    readonly uuidFor: (name: string) => string;
  },
  subject: Reference<Patient>,
): BundleEntry[] {
  const practitioners = new Map<string, Practitioner & { id: string }>();
  const authorOf = (therapist: CarePlanInput['therapist']): Reference<Practitioner> => {
    const id = input.uuidFor(`practitioner/${therapist.id}`);
    practitioners.set(id, {
      resourceType: 'Practitioner',
      id,
      name: [{ text: therapist.displayName }],
    });
    return { reference: `urn:uuid:${id}`, display: therapist.displayName };
  };
  const entries: BundleEntry[] = [];
  for (const plan of input.plans) {
    const id = input.uuidFor(`${plan.id}/care-plan`);
    const perWeek = `${plan.sessionsPerWeek} ${plan.sessionsPerWeek === 1 ? 'time' : 'times'} a week`;
    const resource: CarePlan & { id: string } = {
      resourceType: 'CarePlan',
      id,
      status: plan.endedAt ? 'completed' : plan.onHold ? 'on-hold' : 'active',
      intent: 'plan',
      title: 'Self-treatment plan from your therapist',
      ...(plan.note ? { description: plan.note } : {}),
      subject,
      created: plan.createdAt,
      period: { start: plan.createdAt, ...(plan.endedAt ? { end: plan.endedAt } : {}) },
      author: authorOf(plan.therapist),
      activity: plan.steps.map((step) => activityOf(step, perWeek)),
    };
    entries.push({ fullUrl: `urn:uuid:${id}`, resource });
  }
  for (const finding of input.findings) {
    const id = input.uuidFor(`${finding.id}/finding`);
    const resource: Observation & { id: string } = {
      resourceType: 'Observation',
      id,
      status: 'final',
      category: [examCategory],
      code: { text: 'Trigger point tenderness found by hand, from 0 (none) to 3 (severe)' },
      subject,
      effectiveDateTime: finding.updatedAt,
      performer: [authorOf(finding.therapist)],
      bodySite: {
        text: finding.pointName,
        coding: [{ system: 'urn:unknot:trigger-point', code: finding.triggerPoint }],
      },
      valueInteger: finding.tenderness,
      ...(finding.reproducesPain === null
        ? {}
        : {
            component: [
              {
                code: { text: 'Pressing it brought on the usual pain' },
                valueBoolean: finding.reproducesPain,
              },
            ],
          }),
      ...(finding.note ? { note: [{ text: finding.note }] } : {}),
    };
    entries.push({ fullUrl: `urn:uuid:${id}`, resource });
  }
  return [
    ...[...practitioners.values()].map(
      (resource): BundleEntry => ({ fullUrl: `urn:uuid:${resource.id}`, resource }),
    ),
    ...entries,
  ];
}
