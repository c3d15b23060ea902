// GET /api/content, written once: the response schema the server registers and the web client
// parses with. It holds the contract's required shape and every other kind of entry.
import { z } from 'zod';
import {
  LearnArticleSchema,
  MobilisationSchema,
  MuscleSchema,
  NightPositionSchema,
  OmittedSchema,
  OverloadCauseSchema,
  PsoasSelfCheckSchema,
  TechniqueSchema,
  ToolSchema,
  TriggerPointSchema,
} from '../../content/schema.js';

export const ContentResponse = z
  .object({
    muscles: z
      .array(MuscleSchema)
      .describe('Every muscle of spec/muscles.json: plain name, what it does, where it is'),
    triggerPoints: z
      .array(TriggerPointSchema)
      .describe('One entry per side; referral regions are ids from spec/body-regions.json'),
    techniques: z
      .array(TechniqueSchema)
      .describe('Every pressure method: point, tools, places, position, steps, dose and cues'),
    mobilisations: z
      .array(MobilisationSchema)
      .describe('Psoas and piriformis releases and gentle movements that pair with point work'),
    psoasSelfCheck: PsoasSelfCheckSchema.describe(
      'Two looks that hint at a short psoas, and what they do and do not mean',
    ),
    nightPositions: z
      .array(NightPositionSchema)
      .describe('Rest positions, surface, heat, traction and mattress advice for a bad night'),
    causes: z
      .array(OverloadCauseSchema)
      .describe('The four groups of muscle overload, each with what a person can do'),
    tools: z
      .array(ToolSchema)
      .describe('Every tool id of the contract, softest first, with a household alternative'),
    articles: z.array(LearnArticleSchema).describe('The articles of the Learn section'),
    omitted: OmittedSchema.describe('Checklist ids (S01-S56) that no entry covers, with why'),
  })
  .describe('The whole knowledge base; every entry lists the checklist ids it covers and sources');
export type ContentResponse = z.infer<typeof ContentResponse>;
