import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContentResponse } from '../core/contracts/content.js';
import { placeIds, specMuscles, specRegions, toolIds } from '../core/spec/index.js';
import { seedIds } from './ids.js';
import { content, omitted } from './index.js';
import {
  LearnArticleSchema,
  MobilisationSchema,
  MuscleSchema,
  type NightPosition,
  NightPositionSchema,
  OverloadCauseSchema,
  PsoasSelfCheckSchema,
  ToolSchema,
} from './schema.js';

const entries = [
  ...content.muscles,
  ...content.triggerPoints,
  ...content.techniques,
  ...content.mobilisations,
  content.psoasSelfCheck,
  ...content.nightPositions,
  ...content.causes,
  ...content.tools,
  ...content.articles,
];
const asJson = JSON.parse(JSON.stringify(content));

// The required shape of GET /api/content, as the contract writes it (api-contract.md).
const contractShape = z.object({
  muscles: z.array(z.object({ id: z.string(), name: z.string(), sources: z.array(z.string()) })),
  triggerPoints: z.array(
    z.object({
      id: z.string(),
      muscle: z.string(),
      step: z.union([z.literal(1), z.literal(2), z.literal(3), z.null()]),
      location: z.string(),
      referral: z.object({ essential: z.array(z.string()), spillover: z.array(z.string()) }),
      covers: z.array(z.string()),
      sources: z.array(z.string()),
    }),
  ),
  techniques: z.array(
    z.object({
      id: z.string(),
      triggerPoint: z.string(),
      tools: z.array(z.string()),
      position: z.string(),
      covers: z.array(z.string()),
      sources: z.array(z.string()),
    }),
  ),
  omitted: z.record(z.string(), z.string()),
});

describe('the knowledge base', () => {
  it('covers every checklist item S01 to S56, or says why it leaves one out', () => {
    const covered = new Set<string>(entries.flatMap((entry) => entry.covers));
    const missing = seedIds.filter((id) => !covered.has(id) && !(id in omitted));
    expect(missing).toEqual([]);
  });

  it('does not both cover and omit an item', () => {
    const covered = new Set<string>(entries.flatMap((entry) => entry.covers));
    expect(Object.keys(omitted).filter((id) => covered.has(id))).toEqual([]);
    for (const id of Object.keys(omitted)) expect(seedIds).toContain(id);
  });

  it('gives every entry at least one source', () => {
    for (const entry of entries) expect(entry.sources.length, entry.id).toBeGreaterThan(0);
  });

  it('gives no two entries the same id, across every kind', () => {
    const ids = entries.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('serves the shape the HTTP contract requires', () => {
    expect(() => contractShape.parse(asJson)).not.toThrow();
  });

  it('validates against the response schema of GET /api/content without losing a field', () => {
    expect(ContentResponse.parse(asJson)).toEqual(asJson);
  });

  it('turns into JSON Schema for the OpenAPI document, listing every kind of entry', () => {
    const schema = z.toJSONSchema(ContentResponse, { io: 'output' }) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(content).sort());
  });

  it('validates every entry against the schema of its kind', () => {
    for (const muscle of content.muscles) expect(MuscleSchema.parse(muscle)).toEqual(muscle);
    for (const entry of content.mobilisations)
      expect(MobilisationSchema.parse(entry)).toEqual(entry);
    expect(PsoasSelfCheckSchema.parse(content.psoasSelfCheck)).toEqual(content.psoasSelfCheck);
    for (const entry of content.nightPositions)
      expect(NightPositionSchema.parse(entry)).toEqual(entry);
    for (const entry of content.causes) expect(OverloadCauseSchema.parse(entry)).toEqual(entry);
    for (const entry of content.tools) expect(ToolSchema.parse(entry)).toEqual(entry);
    for (const entry of content.articles) expect(LearnArticleSchema.parse(entry)).toEqual(entry);
  });

  it('names only regions, muscles, tools and places that the spec and contract define', () => {
    const regions = new Set(specRegions.map((region) => region.id));
    const muscles = new Set<string>(specMuscles.map((muscle) => muscle.id));
    for (const point of content.triggerPoints)
      for (const region of [
        ...point.over,
        ...point.referral.essential,
        ...point.referral.spillover,
      ])
        expect(regions.has(region), region).toBe(true);
    for (const entry of [...content.triggerPoints, ...content.muscles])
      expect(muscles.has('muscle' in entry ? entry.muscle : entry.id)).toBe(true);
    for (const entry of content.mobilisations)
      for (const muscle of entry.pairsWith) expect(muscles.has(muscle), muscle).toBe(true);
    for (const entry of [...content.techniques, ...content.mobilisations]) {
      for (const tool of entry.tools) expect(toolIds).toContain(tool);
      for (const place of entry.places) expect(placeIds).toContain(place);
    }
  });

  it('describes every muscle of the spec, in plain words', () => {
    expect(content.muscles.map((muscle) => muscle.id).sort()).toEqual(
      specMuscles.map((muscle) => muscle.id).sort(),
    );
  });

  it('lists every tool of the contract once, tennis ball before lacrosse ball, each with a household choice', () => {
    expect(content.tools.map((tool) => tool.id).sort()).toEqual([...toolIds].sort());
    const order = new Map<string, number>(content.tools.map((t) => [t.id, t.firmnessOrder]));
    expect(order.get('tennis-ball')).toBeLessThan(order.get('lacrosse-ball') ?? 0);
    for (const tool of content.tools) expect(tool.householdAlternative.length).toBeGreaterThan(10);
  });

  it('links to no shop or outside page anywhere (S56)', () => {
    const served = JSON.stringify(content);
    expect(served).not.toMatch(/https?:\/\/|www\.|amazon/i);
  });

  it('marks lying on the back exactly when a mobilisation is done on the back', () => {
    for (const entry of content.mobilisations)
      expect(entry.lyingOnBack, entry.id).toBe(entry.position === 'lying-on-back');
  });

  it('keeps traction to 10 minutes with a stop rule, and corrects what the article overstates', () => {
    const byId = new Map<string, NightPosition>(
      content.nightPositions.map((entry) => [entry.id, entry]),
    );
    const traction = byId.get('night-traction');
    expect(traction?.maxMinutes).toBe(10);
    expect(traction?.stopRule).toMatch(/hurts/);
    for (const id of ['night-traction', 'night-heat', 'night-mattress'])
      expect(byId.get(id)?.correction?.sources.length, id).toBeGreaterThan(0);
  });

  it('sends body chemistry to a doctor and a blood test, never to a supplement list', () => {
    const chemistry = content.causes.find((cause) => cause.group === 'biochemical');
    expect(chemistry?.whatYouCanDo.join(' ')).toMatch(/doctor/);
    expect(chemistry?.whatYouCanDo.join(' ')).toMatch(/blood test/);
    const causes = JSON.stringify(content.causes.map(({ sources: _, ...rest }) => rest));
    expect(causes).not.toMatch(/supplement|\b\d+\s?(mg|mcg|iu)\b|\bdose\b/i);
  });

  it('has a Learn article for each topic the issue names', () => {
    const ids = content.articles.map((entry) => entry.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'what-is-a-trigger-point',
        'why-the-psoas-is-left-alone',
        'how-hard-and-how-long',
        'what-to-expect',
        'when-to-see-a-professional',
        'staying-active',
      ]),
    );
  });
});
