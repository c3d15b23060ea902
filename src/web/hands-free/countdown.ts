// The get-ready countdown before each hold: "3", "2", "1" in the last seconds of getting into
// position, switching side, resting or easing off, said once each as the clock passes them.

export const COUNTDOWN_FROM = 3;

/** The count whose moment (`endsAt` minus that many seconds) fell in (since, now], or null. */
export function countdownDue(endsAt: number, since: number, now: number): number | null {
  for (let count = COUNTDOWN_FROM; count >= 1; count--) {
    const moment = endsAt - count * 1000;
    if (moment > since && moment <= now) return count;
  }
  return null;
}

/** Phases that lead into a hold. */
export const getReadyPhases: ReadonlySet<string> = new Set([
  'positioning',
  'switching-side',
  'resting',
  'eased-off',
]);
