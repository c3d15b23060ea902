// When a finished session should ask "did something go wrong?", and which steps stay out of the
// plan because a person reported harm and has not brought them back. Pure: logs in, answers out.
import type { HarmStep, PointOutcome, SessionLog } from '../contracts/session-log.js';

/** Pain this many points worse after a session than before it asks whether something went wrong. */
export const HARM_PAIN_RISE = 3;
/** A point stopped for "too much" this many times (this session and the one before) asks too. */
export const HARM_TOO_MUCH_TIMES = 2;

export interface HarmPrompt {
  readonly because: 'pain-worse' | 'too-much-twice';
  /** The steps the person may name, the likeliest first (a point stopped for "too much"). */
  readonly steps: readonly HarmStep[];
}

const stepOf = (log: SessionLog, outcome: PointOutcome): HarmStep => {
  const step = log.plan.steps[outcome.stepIndex];
  return {
    id: outcome.id,
    triggerPoint: outcome.triggerPoint,
    title: step?.title ?? outcome.id,
  };
};

/** One key per point (or movement), whatever its side was called. */
const keyOf = (step: { id: string; triggerPoint: string | null }): string =>
  step.triggerPoint ?? step.id;

const uniqueSteps = (steps: readonly HarmStep[]): HarmStep[] => {
  const seen = new Set<string>();
  return steps.filter((step) => {
    const key = keyOf(step);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const tooMuchKeys = (log: SessionLog | undefined): string[] =>
  (log?.points ?? []).filter((point) => point.endedBy === 'too-much').map(keyOf);

/**
 * Whether this finished session should ask about harm: pain after is 3 or more points above
 * pain before, or a point was stopped for "too much" twice, in this session or in this one and
 * the session before it. Null when neither happened, the session is still open, or it already
 * holds a report.
 */
export function harmPrompt(log: SessionLog, earlier: readonly SessionLog[]): HarmPrompt | null {
  if (log.endedAt === null || log.harm) return null;
  const before = earlier
    .filter(
      (other) => other.id !== log.id && other.endedAt !== null && other.startedAt < log.startedAt,
    )
    .sort((a, b) => b.startedAt - a.startedAt)[0];
  const counts = new Map<string, number>();
  for (const key of [...tooMuchKeys(log), ...tooMuchKeys(before)]) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const stoppedTwice = log.points.filter(
    (point) =>
      point.endedBy === 'too-much' && (counts.get(keyOf(point)) ?? 0) >= HARM_TOO_MUCH_TIMES,
  );
  const rise =
    log.painBefore !== null && log.painAfter !== null ? log.painAfter - log.painBefore : 0;
  if (stoppedTwice.length === 0 && rise < HARM_PAIN_RISE) return null;
  const tooMuch = log.points.filter((point) => point.endedBy === 'too-much');
  const worked = log.points.filter((point) => point.endedBy !== 'skipped');
  const steps = uniqueSteps(
    [...stoppedTwice, ...tooMuch, ...worked, ...log.points].map((point) => stepOf(log, point)),
  );
  return { because: stoppedTwice.length > 0 ? 'too-much-twice' : 'pain-worse', steps };
}

/** The steps reported as harmful and not brought back, newest report first, each once. */
export function leftOutSteps(logs: readonly SessionLog[]): HarmStep[] {
  const open = logs
    .filter((log) => log.harm && log.harm.broughtBackAt === null)
    .sort((a, b) => (b.harm?.reportedAt ?? 0) - (a.harm?.reportedAt ?? 0))
    .flatMap((log) => (log.harm ? [log.harm.step] : []));
  return uniqueSteps(open);
}

/** The logs with every open report on this step marked as brought back at `now`. */
export function bringBack(
  logs: readonly SessionLog[],
  step: { id: string; triggerPoint: string | null },
  now: number,
): SessionLog[] {
  const key = keyOf(step);
  return logs.map((log) =>
    log.harm && log.harm.broughtBackAt === null && keyOf(log.harm.step) === key
      ? { ...log, harm: { ...log.harm, broughtBackAt: now } }
      : log,
  );
}
