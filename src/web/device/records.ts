// The records the device keeps, shared by every screen that reads them. Each feature adds
// its own record here, with a schema from src/core/contracts where one exists. Schemas of
// the device's own shapes are named Device*, apart from the contract's *Record types that
// the server stores (src/web/sync turns one into the other).
import { z } from 'zod';
import { Account } from '../../core/contracts/account.js';
import { BodySize, OverloadAnswers, PsoasCheck } from '../../core/contracts/plan.js';
import { CheckInRecord, ReminderSettings, ScreenCorrection } from '../../core/contracts/records.js';
import { SessionLog, SessionStep } from '../../core/contracts/session-log.js';
import { Clearance, StoredAnswers, TriageResponse } from '../../core/contracts/triage.js';
import { placeIds, toolIds } from '../../core/spec/index.js';
import { SessionSettings } from '../hands-free/settings.js';
import { deviceRecord } from './store.js';
import { SyncState } from './sync-state.js';

/** The body map: region id -> pain 0-10, and when it was last changed. */
export const DevicePainMap = z.object({
  marks: z.record(z.string(), z.number().min(0).max(10)),
  updatedAt: z.string(),
});
export type DevicePainMap = z.output<typeof DevicePainMap>;
export const painMapRecord = deviceRecord('pain-map', DevicePainMap);

/**
 * A result kept before the contract's `when` existed gets it from its own nextStep, so a stop
 * kept by an older version is still read as a stop (dropping it would open a blank screen).
 */
const withWhen = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null || 'when' in value) return value;
  const next = (value as { nextStep?: { when?: unknown } }).nextStep?.when;
  return { ...value, when: next === 'no-need' ? null : next };
};

/** The last safety screen: the answers, the server's result, and when it was answered. */
export const DeviceSafety = z.object({
  answers: StoredAnswers,
  result: z.preprocess(withWhen, TriageResponse),
  answeredAt: z.string(),
  /** Set by "something changed": the red-flag questions must be answered again. */
  changeReportedAt: z.string().nullable().default(null),
  /** Set when these answers replaced a screen that had stopped self-care. */
  correction: ScreenCorrection.optional(),
  /** A doctor's check since an urgent stop: the result rests on it, and plans send it along. */
  clearance: Clearance.optional(),
});
export type DeviceSafety = z.output<typeof DeviceSafety>;
export const safetyRecord = deviceRecord('safety', DeviceSafety);

/**
 * The current plan as the server built it. Steps parse as the session machine's SessionStep
 * (the contract's plan step plus title and cues); other plan fields pass through untouched.
 */
export const DevicePlan = z.object({
  id: z.string(),
  createdAt: z.string(),
  request: z.unknown(),
  response: z.looseObject({
    // Loose, so the plan page reads back each step's extras (precautions, score, time).
    steps: z.array(SessionStep.loose()),
    estimatedMinutes: z.number(),
  }),
});
export type DevicePlan = z.output<typeof DevicePlan>;
export const planRecord = deviceRecord('plan', DevicePlan);

/** Session logs kept on this device until they are sent to the server (newest last). */
export const sessionLogsRecord = deviceRecord('session-logs', z.array(SessionLog));

/** The session player's sound settings: voice, rate, volume, mute and voice commands. */
export const sessionSettingsRecord = deviceRecord('session-settings', SessionSettings);

/**
 * What the person has and where they are, for the plan. `tools` lists only what they ticked (the
 * hands always count); `places` may be empty until they choose; `skipRegions` are areas to keep clear.
 */
export const DevicePreferences = z.object({
  tools: z.array(z.enum(toolIds)),
  places: z.array(z.enum(placeIds)),
  bodySize: BodySize,
  minutes: z.number().int().min(5).max(60),
  painfulSide: z.enum(['left', 'right', 'both']),
  skipRegions: z.array(z.string()),
  updatedAt: z.string(),
});
export type DevicePreferences = z.output<typeof DevicePreferences>;
export const preferencesRecord = deviceRecord('preferences', DevicePreferences);

/** The psoas self-check: what the person saw, or null when they skipped it. */
export const DevicePsoasCheck = z.object({ check: PsoasCheck.nullable(), answeredAt: z.string() });
export type DevicePsoasCheck = z.output<typeof DevicePsoasCheck>;
export const psoasCheckRecord = deviceRecord('psoas-check', DevicePsoasCheck);

/**
 * The "what loads your back" self-review, when it was answered, and since when a fall or knock
 * was reported (the safety questions must have been answered again after that).
 */
export const DeviceOverload = z.object({
  answers: OverloadAnswers,
  answeredAt: z.string(),
  traumaReportedAt: z.string().nullable().default(null),
});
export type DeviceOverload = z.output<typeof DeviceOverload>;
export const overloadRecord = deviceRecord('overload', DeviceOverload);

/** The signed-in account as the server last confirmed it; absent when signed out. */
export const accountRecord = deviceRecord('account', Account);

/** Ids made for uploads and what each account last received (see src/web/sync). */
export const syncStateRecord = deviceRecord('sync', SyncState);

/** Weekly check-ins (NPRS and PSFS), kept here and sent to the account when signed in. */
export const checkInsRecord = deviceRecord('check-ins', z.array(CheckInRecord));

/** How many sessions a week the person aims for; progress counts each week against it. */
export const DeviceSessionGoal = z.object({
  sessionsPerWeek: z.number().int().min(1).max(14),
  setAt: z.string(),
});
export type DeviceSessionGoal = z.output<typeof DeviceSessionGoal>;
export const sessionGoalRecord = deviceRecord('session-goal', DeviceSessionGoal);

/** A copy of the account's reminder days and time, for the in-app reminder on a visit. */
export const DeviceReminders = z.object({
  settings: ReminderSettings,
  /** The latest reminder (local YYYY-MM-DDTHH:MM) the person waved away. */
  dismissedUpTo: z.string().nullable().default(null),
});
export type DeviceReminders = z.output<typeof DeviceReminders>;
export const remindersRecord = deviceRecord('reminders', DeviceReminders);
