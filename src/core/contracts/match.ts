// POST /api/match, written once: the request and response schemas the server registers
// and the web client parses with, and the check that turns any body into a pain map or an error.
import { z } from 'zod';
import { defaultIntensity, mergePainMarks, type PainMark } from '../body/pain-map.js';
import { isRegionId } from '../body/regions.js';
import { err, ok, type Result } from '../result.js';

// A person can mark each of about fifty regions; a thousand entries leaves room for repeats
// while bounding the work one request can ask for.
const mostRegionsInOneRequest = 1000;

export const MatchRequestRegion = z.strictObject({
  // Region ids are short; the cap keeps an absurd id from being echoed back in an error.
  id: z
    .string()
    .max(100)
    .describe('A region id from spec/body-regions.json, such as low-back-left'),
  intensity: z
    .number()
    .min(0)
    .max(10)
    .default(defaultIntensity)
    .describe('Pain from 0 (marked, no pain right now) to 10; 5 when left out'),
});

export const MatchRequest = z
  .strictObject({
    regions: z
      .array(MatchRequestRegion)
      .min(1)
      .max(mostRegionsInOneRequest)
      .describe('The marked regions; a region listed twice counts once, at its highest intensity'),
  })
  .describe('A pain map: where it hurts and how much');
export type MatchRequest = z.infer<typeof MatchRequest>;
export type MatchRequestInput = z.input<typeof MatchRequest>;

export const MatchResultItem = z.object({
  triggerPoint: z.string().describe('Trigger point id from the content'),
  muscle: z.string().describe('Muscle id from spec/muscles.json or the content'),
  score: z.number().min(0).max(1).describe('How well this point explains the pain map'),
  step: z
    .union([z.literal(1), z.literal(2), z.literal(3)])
    .nullable()
    .describe("The article's step (1 gluteal, 2 spinal erectors, 3 QL), null for other points"),
  why: z.string().describe('Plain-language reason: the marked places this point may explain'),
  explains: z.array(z.string()).describe('Ids of the marked painful regions this point explains'),
});
export type MatchResultItem = z.infer<typeof MatchResultItem>;

export const MatchResponse = z
  .object({
    results: z
      .array(MatchResultItem)
      .describe('Every point with a score above 0, highest score first'),
  })
  .describe('Trigger points that may be behind the pain, best match first');
export type MatchResponse = z.infer<typeof MatchResponse>;

/** A checked request: known region ids only, one mark per region. */
export interface ValidMatchRequest {
  readonly regions: PainMark[];
}

export type MatchRequestError = 'invalid_body' | 'unknown_region';

export interface FieldProblem {
  /** Where in the body, written as in code: `regions[2].intensity`; `body` for the whole. */
  readonly field: string;
  readonly problem: string;
}

/** Turns a zod path into the form a person reads in an error: regions[2].intensity. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'body';
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

function problemWith(issue: z.core.$ZodIssue): FieldProblem {
  const last = issue.path.at(-1);
  if (issue.code === 'unrecognized_keys') {
    const base = fieldPath(issue.path);
    const where = base === 'body' ? '' : `${base}.`;
    return { field: `${where}${issue.keys[0]}`, problem: 'is not a field this request takes' };
  }
  const field = fieldPath(issue.path);
  if (last === 'intensity') return { field, problem: 'must be a number from 0 to 10' };
  if (last === 'id') return { field, problem: 'must be a region id, written as text' };
  if (last === 'regions' && issue.code === 'too_small') {
    return { field, problem: 'must list at least one region' };
  }
  if (last === 'regions' && issue.code === 'too_big') {
    return { field, problem: `must list at most ${mostRegionsInOneRequest} regions` };
  }
  if (last === 'regions') return { field, problem: 'must be a list of regions' };
  if (typeof last === 'number') return { field, problem: 'must be an object with an id' };
  if (field === 'body') return { field, problem: 'must be a JSON object with a regions list' };
  return { field, problem: issue.message };
}

/**
 * Checks any parsed JSON body against the match contract. Shape errors come back as
 * `invalid_body` with every faulty field named; ids that are not regions as
 * `unknown_region` naming them. Duplicate ids are merged, keeping the highest intensity.
 */
export function validateMatchRequest(input: unknown): Result<ValidMatchRequest, MatchRequestError> {
  const parsed = MatchRequest.safeParse(input);
  if (!parsed.success) {
    const fields = parsed.error.issues.map(problemWith);
    const first = fields[0]!;
    const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : '';
    return err('invalid_body', `${first.field} ${first.problem}${more}.`, { fields });
  }
  const unknown = parsed.data.regions.flatMap((region, i) =>
    isRegionId(region.id) ? [] : [{ field: `regions[${i}].id`, id: region.id }],
  );
  if (unknown.length > 0) {
    const ids = [...new Set(unknown.map((u) => u.id))];
    return err('unknown_region', `Not a region on the body map: ${ids.join(', ')}.`, {
      regions: ids,
      fields: unknown.map((u) => u.field),
    });
  }
  const marks = parsed.data.regions.flatMap((r) =>
    isRegionId(r.id) ? [{ id: r.id, intensity: r.intensity }] : [],
  );
  return ok({ regions: mergePainMarks(marks) });
}
