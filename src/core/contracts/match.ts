// POST /api/match, written once: the request and response schemas the server registers
// and the web client parses with, and the check that turns any body into a pain map or an error.
import { z } from 'zod';
import { defaultIntensity, mergePainMarks, type PainMark } from '../body/pain-map.js';
import { isRegionId } from '../body/regions.js';
import { checkWith, domainIssue } from './issues.js';

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

/** A region id the body map knows; any other is an unknown_region naming it. */
export const KnownRegionId = MatchRequestRegion.shape.id.superRefine((id, ctx) => {
  if (!isRegionId(id)) {
    ctx.addIssue(domainIssue('unknown_region', `is not a region on the body map ("${id}")`));
  }
});

const knownRegions = (regions: readonly { id: string; intensity: number }[]): PainMark[] =>
  regions.flatMap((r) => (isRegionId(r.id) ? [{ id: r.id, intensity: r.intensity }] : []));

/** Marked regions, checked and merged: one mark per region, at its highest intensity. */
export const PainMarks = z
  .array(MatchRequestRegion.extend({ id: KnownRegionId }))
  .min(1, 'must list at least one region')
  .max(mostRegionsInOneRequest)
  .transform((regions) => mergePainMarks(knownRegions(regions)))
  .describe('The marked regions; a region listed twice counts once, at its highest intensity');

export const MatchRequest = z
  .strictObject({ regions: PainMarks })
  .describe('A pain map: where it hurts and how much');
export type MatchRequest = z.output<typeof MatchRequest>;
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

/**
 * Checks any parsed JSON body against the match contract, as the server does: shape problems
 * are `invalid_body`, ids that are not regions `unknown_region`, each named in details.issues.
 */
export const validateMatchRequest = (input: unknown) => checkWith(MatchRequest, input);
