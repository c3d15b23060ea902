// Dates as people read them on the therapist, invitation and account screens; a time of day
// comes from the safety screen's answeredAtWords, written once.
export { answeredAtWords as momentWords } from '../safety/answered-at.js';

/** "3 December 2026" in the reader's own format, or plain words for a bad date. */
export function dayWords(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? 'an unknown date'
    : date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}
