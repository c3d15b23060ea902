// How long the untimed parts of a session last. The article doses only the holds themselves
// (S19: about 10 s, 3 to 4 times, or until relief); every other length here is our choice.

/**
 * Time to get into position and find the point before the first hold starts on its own.
 * Our choice: long enough to lie down on a ball, short enough not to stall; `ready` skips it.
 */
export const POSITIONING_MS = 15_000;

/**
 * Pause between holds. The article gives none (S19 only says to repeat); our choice is a short
 * let-go of 5 s so the person breathes out and the next hold starts fresh.
 */
export const REST_MS = 5_000;

/**
 * After a first "too much": time to lighten the pressure or change tool before the hold goes
 * on. Our choice, following S45 (stay within your tolerance); `ready` ends it early.
 */
export const EASE_OFF_MS = 10_000;

/**
 * How long the quick rating waits for an answer before the session moves on unrated.
 * Our choice: the session must go on hands-free for someone lying on a ball.
 */
export const RATING_MS = 20_000;
