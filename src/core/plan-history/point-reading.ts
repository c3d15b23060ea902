// What one point's own history says: its relief with the 95% interval the progress view uses,
// whether it credibly helps, did nothing after 6 sessions, or was too much twice lately, and
// how far its hold has grown with the sessions it took well.
import type { StepHistory } from '../contracts/plan.js';
import { MIN_SESSIONS_FOR_ESTIMATE, mean, meanInterval } from '../progress/index.js';
import type { PointVisit } from './session-index.js';

/** After this many scored sessions with no credible relief, a point moves down (issue 17). */
export const NO_EFFECT_SESSIONS = 6;
/** "Too much" this often in the last `RECENT_VISITS` visits makes the point gentler, then out. */
export const TOO_MUCH_RECENT = 2;
export const RECENT_VISITS = 3;
/** Scored sessions each point needs before two can be compared in turns. */
export const MIN_SCORED_TO_COMPARE = MIN_SESSIONS_FOR_ESTIMATE;
/** Sessions in a row taken well (finished, not too much) before the hold grows one rung. */
export const TOLERATED_IN_A_ROW = 3;

export type Verdict = 'helps' | 'no-effect' | 'too-much' | 'unclear';

export interface PointReading {
  readonly verdict: Verdict;
  /** The contract's history object; null when no visit had both pain scores. */
  readonly history: StepHistory | null;
  /** Scored visits where pain went down. */
  readonly eased: number;
  readonly scored: number;
  /** The techniques of the recent "too much" visits, when the verdict is too-much. */
  readonly tooMuchWith: readonly string[];
  /** Rungs the hold has grown (0: the content's dose), and what the last visit did to it. */
  readonly doseRung: number;
  readonly doseMove: 'up' | 'down' | null;
}

/**
 * Replays the visits: each run of `TOLERATED_IN_A_ROW` well-taken visits climbs one rung (up to
 * `topRung`), each "too much" steps one back and starts the count again.
 */
export function doseRungOf(
  visits: readonly PointVisit[],
  topRung: number,
): { rung: number; move: 'up' | 'down' | null } {
  let rung = 0;
  let streak = 0;
  let move: 'up' | 'down' | null = null;
  for (const visit of visits) {
    move = null;
    if (visit.endedBy === 'too-much') {
      if (rung > 0) move = 'down';
      rung = Math.max(0, rung - 1);
      streak = 0;
      continue;
    }
    streak += 1;
    if (streak === TOLERATED_IN_A_ROW) {
      streak = 0;
      if (rung < topRung) {
        rung += 1;
        move = 'up';
      }
    }
  }
  return { rung, move };
}

export function readPoint(visits: readonly PointVisit[], topRung: number): PointReading {
  const reliefs = visits.flatMap((visit) => (visit.relief === null ? [] : [visit.relief]));
  const interval = reliefs.length >= MIN_SESSIONS_FOR_ESTIMATE ? meanInterval(reliefs) : null;
  const history: StepHistory | null =
    reliefs.length === 0
      ? null
      : {
          sessions: visits.length,
          meanRelief: interval?.mean ?? mean(reliefs),
          ci95: interval === null ? null : [interval.low, interval.high],
          tooMuch: visits.filter((visit) => visit.endedBy === 'too-much').length,
        };
  const recentTooMuch = visits
    .slice(-RECENT_VISITS)
    .filter((visit) => visit.endedBy === 'too-much');
  const helps = interval !== null && interval.low > 0;
  const verdict: Verdict =
    recentTooMuch.length >= TOO_MUCH_RECENT
      ? 'too-much'
      : helps
        ? 'helps'
        : reliefs.length >= NO_EFFECT_SESSIONS
          ? 'no-effect'
          : 'unclear';
  const dose = doseRungOf(visits, topRung);
  return {
    verdict,
    history,
    eased: reliefs.filter((relief) => relief > 0).length,
    scored: reliefs.length,
    tooMuchWith: [
      ...new Set(recentTooMuch.flatMap((visit) => (visit.technique ? [visit.technique] : []))),
    ],
    doseRung: dose.rung,
    doseMove: dose.move,
  };
}
