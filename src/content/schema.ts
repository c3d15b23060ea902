// Zod schemas for every kind of knowledge-base entry; the TypeScript types are inferred
// from them, so the data files (`as const satisfies`) and the validation test agree.
import { z } from 'zod';
import {
  bodyAreas,
  bodySizes,
  muscleIds,
  placeIds,
  positions,
  type RegionId,
  regionIds,
  toolIds,
} from './ids.js';

/** Arrays are readonly so `as const` data satisfies the inferred types. */
const list = <T extends z.ZodType>(item: T, min = 0) => z.array(item).min(min).readonly();
const text = z.string().trim().min(1);

export const SeedIdSchema = z
  .string()
  .regex(/^S(0[1-9]|[1-4][0-9]|5[0-6])$/, 'a checklist id from S01 to S56');
export const RegionIdSchema = z.enum(regionIds as readonly [RegionId, ...RegionId[]]);
export const MuscleIdSchema = z.enum(muscleIds);
export const ToolIdSchema = z.enum(toolIds);
export const PlaceIdSchema = z.enum(placeIds);
export const BodyAreaSchema = z.enum(bodyAreas);
export const PositionSchema = z.enum(positions);
export const BodySizeSchema = z.enum(bodySizes);
export const ArticleStepSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.null()]);
const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case kebab-case id');

/** Every entry says which checklist items it teaches and where its facts come from. */
const sourced = {
  covers: list(SeedIdSchema),
  sources: list(text, 1),
};

/** Where the article is vague or wrong, the entry says so and cites a better source. */
export const CorrectionSchema = z.object({ text, sources: list(text, 1) });
export type Correction = z.infer<typeof CorrectionSchema>;

export const MuscleSchema = z.object({
  id: MuscleIdSchema,
  name: text,
  plainName: text,
  does: text,
  where: text,
  ...sourced,
});
export type Muscle = z.infer<typeof MuscleSchema>;

export const TriggerPointSchema = z.object({
  id: IdSchema,
  pair: IdSchema,
  side: z.enum(['left', 'right', 'center']),
  muscle: MuscleIdSchema,
  step: ArticleStepSchema,
  name: text,
  location: text,
  over: list(RegionIdSchema, 1),
  referral: z.object({
    essential: list(RegionIdSchema, 1),
    spillover: list(RegionIdSchema),
  }),
  bodyArea: list(BodyAreaSchema, 1),
  text,
  ...sourced,
});
export type TriggerPoint = z.infer<typeof TriggerPointSchema>;

export const CuesSchema = z.object({
  position: text,
  find: text,
  press: text,
  release: text,
  rest: text,
  switchSide: text.optional(),
});
export type Cues = z.infer<typeof CuesSchema>;

export const LongerHoldSchema = z.object({
  seconds: z.tuple([z.number().int().positive(), z.number().int().positive()]).readonly(),
  note: text,
  sources: list(text, 1),
});

export const TechniqueDoseSchema = z.object({
  mode: z.enum(['hold', 'circles', 'roll']),
  seconds: z.number().int().positive(),
  reps: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }),
  longerHold: LongerHoldSchema,
});
export type TechniqueDose = z.infer<typeof TechniqueDoseSchema>;

export const TechniqueSchema = z.object({
  id: IdSchema,
  name: text,
  triggerPoint: IdSchema,
  treats: list(IdSchema, 1),
  tools: list(ToolIdSchema, 1),
  places: list(PlaceIdSchema, 1),
  position: PositionSchema,
  positionText: text,
  bodyWeight: z.boolean(),
  pressesOver: list(BodyAreaSchema, 1),
  bodySize: list(BodySizeSchema, 1).optional(),
  steps: list(text, 1),
  dose: TechniqueDoseSchema,
  cues: CuesSchema,
  correction: CorrectionSchema.optional(),
  /** The technique's own safety lines (a nerve warning, keep off the spine bones), shown with every step that uses it. */
  safety: list(text).optional(),
  ...sourced,
});
export type Technique = z.infer<typeof TechniqueSchema>;

/**
 * How a mobilisation moves the trunk. After spine surgery no mobilisation may twist or bend it
 * (API contract, POST /api/plan; bending, lifting and twisting are the usual early limits).
 */
export const TrunkMotionSchema = z.enum(['twist', 'side-bend', 'forward-bend', 'back-bend']);
export type TrunkMotion = z.infer<typeof TrunkMotionSchema>;

export const MobilisationSchema = z.object({
  id: IdSchema,
  name: text,
  purpose: z.enum(['psoas', 'piriformis', 'movement']),
  summary: text,
  position: PositionSchema,
  lyingOnBack: z.boolean(),
  pressesOver: list(BodyAreaSchema),
  /** Every way it bends or twists the trunk, even a little; empty when the trunk stays still. */
  trunkMotion: list(TrunkMotionSchema),
  tools: list(ToolIdSchema),
  places: list(PlaceIdSchema, 1),
  steps: list(text, 1),
  dose: z.object({
    mode: z.enum(['hold', 'reps', 'position']),
    seconds: z.number().int().positive(),
    reps: z.number().int().positive(),
  }),
  cues: CuesSchema,
  pairsWith: list(MuscleIdSchema, 1),
  correction: CorrectionSchema.optional(),
  safety: list(text).optional(),
  ...sourced,
});
export type Mobilisation = z.infer<typeof MobilisationSchema>;

export const PsoasSignSchema = z.object({
  id: z.enum(['foot-turns-out', 'shoulder-lower']),
  question: text,
  howToLook: list(text, 1),
  suggests: text,
});

export const PsoasSelfCheckSchema = z.object({
  id: IdSchema,
  name: text,
  intro: text,
  signs: list(PsoasSignSchema, 2),
  suggests: text,
  doesNotMean: text,
  next: text,
  correction: CorrectionSchema.optional(),
  ...sourced,
});
export type PsoasSelfCheck = z.infer<typeof PsoasSelfCheckSchema>;

export const NightPositionSchema = z.object({
  id: IdSchema,
  name: text,
  kind: z.enum(['position', 'surface', 'heat', 'traction', 'mattress']),
  text,
  steps: list(text),
  /** Lying flat on the back: left out in pregnancy (safety-screen.json, precaution pregnancy). */
  lyingOnBack: z.boolean(),
  /** Where the body's own weight rests or presses, for the no-leg-pressure precaution. */
  pressesOver: list(BodyAreaSchema),
  maxMinutes: z.number().int().positive().optional(),
  stopRule: text.optional(),
  correction: CorrectionSchema.optional(),
  ...sourced,
});
export type NightPosition = z.infer<typeof NightPositionSchema>;

export const OverloadCauseSchema = z.object({
  id: IdSchema,
  group: z.enum(['exertion', 'repetition', 'biochemical', 'trauma']),
  name: text,
  text,
  examples: list(text, 1),
  whatYouCanDo: list(text, 1),
  ...sourced,
});
export type OverloadCause = z.infer<typeof OverloadCauseSchema>;

export const ToolSchema = z.object({
  id: ToolIdSchema,
  name: text,
  kind: z.enum(['hand', 'ball', 'block', 'weight', 'prop']),
  /** 1 is the softest; the article's order is to start soft and go firmer only if needed. */
  firmnessOrder: z.number().int().positive(),
  size: z.enum(['hand', 'small', 'medium', 'large']),
  text,
  householdAlternative: text,
  suits: list(BodySizeSchema, 1).optional(),
  ...sourced,
});
export type Tool = z.infer<typeof ToolSchema>;

export const ArticleSectionSchema = z.object({
  heading: text,
  paragraphs: list(text, 1),
  /** A bulleted list shown after the paragraphs, for signs or steps. */
  items: list(text, 1).optional(),
});

export const LearnArticleSchema = z.object({
  id: IdSchema,
  title: text,
  summary: text,
  sections: list(ArticleSectionSchema, 1),
  ...sourced,
});
export type LearnArticle = z.infer<typeof LearnArticleSchema>;

export const OmittedSchema = z.record(SeedIdSchema, text);
