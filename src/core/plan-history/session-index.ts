// A person's logged sessions indexed by trigger point, oldest first, each with its local day, so
// the plan reads a point's own history in one pass however many years of sessions there are.
import {
  dayOfLocalTime,
  isScore,
  type LoggedSession,
  localTimeOf,
  type PointEnding,
  type ProgressClock,
} from '../progress/index.js';

/** One session's work on one point. */
export interface PointVisit {
  /** Position of the session in time order, so visits of two points merge per session. */
  readonly session: number;
  readonly day: number;
  /** Pain before minus after; null when either score is missing or out of range. */
  readonly relief: number | null;
  readonly endedBy: Exclude<PointEnding, 'skipped'>;
  readonly technique: string | null;
}

export interface SessionIndex {
  readonly visits: ReadonlyMap<string, readonly PointVisit[]>;
  /** Today, as a local day number. */
  readonly today: number;
  /** Visits already merged for a set of points: one plan asks for the same sets many times. */
  readonly merged: Map<string, readonly PointVisit[]>;
}

/** "Too much" outweighs relief, relief outweighs a plain finish, when a point ran twice. */
const weight: Readonly<Record<PointVisit['endedBy'], number>> = {
  'too-much': 2,
  relief: 1,
  completed: 0,
};

/**
 * Every worked (not skipped) point of every session with a readable date, one visit per point
 * per session. A session with an unreadable date is left out, as the progress view does.
 */
export function indexSessions(
  sessions: readonly LoggedSession[],
  clock: ProgressClock,
): SessionIndex {
  const dated = sessions
    .map((session) => ({ session, at: localTimeOf(session.startedAt, clock.utcOffsetMinutes) }))
    .filter((entry): entry is { session: LoggedSession; at: number } => entry.at !== null)
    .sort((a, b) => a.at - b.at);
  const visits = new Map<string, PointVisit[]>();
  dated.forEach(({ session, at }, position) => {
    const { painBefore, painAfter } = session;
    const relief =
      painBefore !== null && painAfter !== null && isScore(painBefore) && isScore(painAfter)
        ? painBefore - painAfter
        : null;
    const byPoint = new Map<string, PointVisit>();
    for (const point of session.points) {
      if (point.endedBy === 'skipped') continue;
      const before = byPoint.get(point.triggerPoint);
      if (before !== undefined && weight[before.endedBy] >= weight[point.endedBy]) continue;
      byPoint.set(point.triggerPoint, {
        session: position,
        day: dayOfLocalTime(at),
        relief,
        endedBy: point.endedBy,
        technique: point.technique,
      });
    }
    for (const [id, visit] of byPoint) {
      const list = visits.get(id);
      if (list === undefined) visits.set(id, [visit]);
      else list.push(visit);
    }
  });
  const now = localTimeOf(clock.now, clock.utcOffsetMinutes);
  return {
    visits,
    today: now === null ? Number.POSITIVE_INFINITY : dayOfLocalTime(now),
    merged: new Map(),
  };
}

/** The visits to any of these points, one per session (the heavier ending wins), oldest first. */
export function visitsTo(index: SessionIndex, ids: readonly string[]): readonly PointVisit[] {
  const unique = [...new Set(ids)].sort();
  const key = unique.join(' ');
  const known = index.merged.get(key);
  if (known !== undefined) return known;
  const visits = mergedVisits(index, unique);
  index.merged.set(key, visits);
  return visits;
}

function mergedVisits(index: SessionIndex, ids: readonly string[]): readonly PointVisit[] {
  const lists = ids.map((id) => index.visits.get(id) ?? []);
  if (lists.length === 1) return lists[0]!;
  const bySession = new Map<number, PointVisit>();
  for (const visit of lists.flat()) {
    const before = bySession.get(visit.session);
    if (before === undefined || weight[visit.endedBy] > weight[before.endedBy]) {
      bySession.set(visit.session, visit);
    }
  }
  return [...bySession.values()].sort((a, b) => a.session - b.session);
}
