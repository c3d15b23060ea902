// A stored or device session log as the statistics read it, written once for server and web,
// so a person sees the same figures before and after signing in.
import type { LoggedHarm, LoggedPoint, LoggedSession, PointEnding, PointRating } from './types.js';

/** The parts of a session log the statistics read (a record, or the server's summary row). */
export interface SessionLogLike {
  readonly id: string;
  readonly startedAt: number;
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly points: readonly {
    readonly triggerPoint: string | null;
    readonly technique: string | null;
    readonly endedBy: PointEnding;
    readonly rating?: PointRating | undefined;
  }[];
  readonly harm?: LoggedHarm | null | undefined;
}

/** Mobilisations and advice have no trigger point; what-helps counts trigger points only. */
export const loggedSessionOf = (log: SessionLogLike): LoggedSession => ({
  id: log.id,
  startedAt: new Date(log.startedAt).toISOString(),
  painBefore: log.painBefore,
  painAfter: log.painAfter,
  ...(log.harm ? { harm: log.harm } : {}),
  points: log.points.flatMap((point): LoggedPoint[] =>
    point.triggerPoint === null
      ? []
      : [
          {
            triggerPoint: point.triggerPoint,
            technique: point.technique,
            endedBy: point.endedBy,
            ...(point.rating ? { rating: point.rating } : {}),
          },
        ],
  ),
});
