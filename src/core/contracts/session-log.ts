// The guided session's shapes, written once: the plan the player runs, the events it feeds the
// session machine, and the log it keeps, so the web, the server and replay read the same thing.
import { z } from 'zod';
import { placeIds, toolIds } from '../spec/index.js';

/** Short spoken lines from content; the machine falls back to plain words when one is absent. */
export const SessionCues = z.object({
  position: z.string().min(1).optional().describe('How to get into position'),
  find: z.string().min(1).optional().describe('How to find the point'),
  press: z.string().min(1).optional().describe('What to do during a hold'),
  release: z.string().min(1).optional().describe('How to end a hold'),
  rest: z.string().min(1).optional().describe('What to do between holds'),
  switchSide: z.string().min(1).optional().describe('How to turn to the other side'),
  easeOff: z.string().min(1).optional().describe('How to make it gentler after "too much"'),
});
export type SessionCues = z.infer<typeof SessionCues>;

export const DoseMode = z.enum(['hold', 'circles', 'roll', 'position']);
export type DoseMode = z.infer<typeof DoseMode>;

/** One step of a plan, as POST /api/plan answers it, plus an optional title and cues. */
export const SessionStep = z.object({
  kind: z.enum(['mobilisation', 'trigger-point', 'advice']),
  id: z.string().min(1),
  triggerPoint: z.string().min(1).nullable(),
  technique: z.string().min(1).nullable(),
  step: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  side: z.enum(['left', 'right', 'both']).nullable(),
  tools: z.array(z.enum(toolIds)),
  place: z.enum(placeIds),
  dose: z.object({
    mode: DoseMode,
    // A step with no timed part (seconds or reps 0, such as advice) is positioned, then done.
    seconds: z.number().int().min(0).max(3600),
    reps: z.number().int().min(0).max(20),
  }),
  why: z.string(),
  title: z.string().min(1).optional(),
  cues: SessionCues.optional(),
  safety: z
    .array(z.string())
    .optional()
    .describe("The technique's own safety lines, said with the step (a nerve warning...)"),
});
export type SessionStep = z.infer<typeof SessionStep>;

export const SessionPlan = z.object({ steps: z.array(SessionStep) });
export type SessionPlan = z.infer<typeof SessionPlan>;

/** Pain on the 0-10 numeric rating scale. */
export const PainScore = z.number().int().min(0).max(10);
export type PainScore = z.infer<typeof PainScore>;

/** A moment in ms. Use a clock that never runs back, such as performance.timeOrigin + now(). */
const At = z.number().nonnegative().describe('Milliseconds since the epoch');

const plainEvent = <T extends string>(type: T) => z.object({ type: z.literal(type), at: At });

export const PointRating = z.object({
  tender: z.boolean().describe('Was the point tender?'),
  reproduced: z.boolean().describe('Did pressing it bring on your usual pain?'),
  eased: z.boolean().describe('Did it ease while you pressed?'),
});
export type PointRating = z.infer<typeof PointRating>;

export const SessionEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), at: At, painBefore: PainScore.optional() }),
  plainEvent('tick'),
  plainEvent('ready'),
  plainEvent('pause'),
  plainEvent('resume'),
  plainEvent('skip'),
  plainEvent('back'),
  plainEvent('too-much'),
  plainEvent('relief-felt'),
  z.object({ type: z.literal('rate'), at: At, ...PointRating.shape }),
  z.object({ type: z.literal('finish'), at: At, painAfter: PainScore.optional() }),
]);
export type SessionEvent = z.infer<typeof SessionEvent>;
export type SessionEventType = SessionEvent['type'];

/**
 * How work on one point (one side of a step) ended. A point left by "back" or by stopping the
 * session before its holds were done counts as skipped; `secondsPressed` keeps what was done.
 */
export const PointEnding = z.enum(['completed', 'relief', 'too-much', 'skipped']);
export type PointEnding = z.infer<typeof PointEnding>;

/** One attempt at one point. A step on both sides gives one record per side. */
export const PointOutcome = z.object({
  stepIndex: z.number().int().nonnegative(),
  id: z.string(),
  triggerPoint: z.string().nullable(),
  technique: z.string().nullable(),
  side: z.enum(['left', 'right']).nullable(),
  repsDone: z.number().int().nonnegative(),
  secondsPressed: z.number().nonnegative(),
  endedBy: PointEnding,
  rating: PointRating.optional(),
});
export type PointOutcome = z.infer<typeof PointOutcome>;

/** The step a harm report names: the plan leaves it out (on both sides) until brought back. */
export const HarmStep = z.object({
  id: z.string().min(1).max(200).describe('The step id, as in the plan'),
  triggerPoint: z.string().min(1).max(200).nullable().describe('Its point id; null for a movement'),
  title: z.string().max(200).describe('The step as the person saw it'),
});
export type HarmStep = z.infer<typeof HarmStep>;

/**
 * A short report that something went wrong in a session (pain 3 or more points worse after
 * it, or one point stopped twice for "too much"): what, where, how bad, and whether it lasts.
 */
export const HarmReport = z.object({
  reportedAt: At,
  because: z
    .enum(['pain-worse', 'too-much-twice', 'person'])
    .describe('What made Unknot ask, or person when they reported it unasked'),
  step: HarmStep,
  what: z.string().max(500).describe("What happened, in the person's words; may be empty"),
  where: z.string().max(200).describe("Where it hurt, in the person's words; may be empty"),
  howBad: PainScore.describe('How bad it was, 0-10'),
  stillNow: z.boolean().describe('Does it still hurt now?'),
  broughtBackAt: At.nullable().describe('When the person put the step back in their plan'),
});
export type HarmReport = z.infer<typeof HarmReport>;

/** What one session leaves behind. `events` replays to the same end state with `plan`. */
export const SessionLog = z.object({
  id: z.string().min(1),
  planId: z.string().min(1).optional(),
  plan: SessionPlan,
  startedAt: At,
  endedAt: At.nullable().describe('Null while the session is still open'),
  painBefore: PainScore.nullable(),
  painAfter: PainScore.nullable(),
  points: z.array(PointOutcome),
  events: z.array(SessionEvent),
  harm: HarmReport.nullable().optional().describe('Set when the person reported that it harmed'),
});
export type SessionLog = z.infer<typeof SessionLog>;
