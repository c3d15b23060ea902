// Plain words for the progress page: names for points and techniques, how a session changed
// the pain, and the notes under the numbers. Labels for the statistics come from core.
import { techniques } from '../../content/techniques.js';
import { pointTitle } from '../results/result-words.js';

/** "Buttock point (your left)"; an id the knowledge base lacks is shown as it is. */
export const pointName = (id: string): string => pointTitle(id);

const techniqueNames: ReadonlyMap<string, string> = new Map(
  techniques.map((technique) => [technique.id, technique.name]),
);

export const techniqueName = (id: string): string => techniqueNames.get(id) ?? id;

/** How pain moved in one session: "3 lower", "1 higher", "the same", or "not rated". */
export function changeWords(before: number | null, after: number | null): string {
  if (before === null || after === null) return 'not rated';
  const drop = before - after;
  if (drop === 0) return 'the same';
  return drop > 0 ? `${drop} lower` : `${-drop} higher`;
}

export const scoreText = (score: number | null): string => (score === null ? '–' : String(score));

/** Headings, buttons and links: labels, too short for a reading-grade score. */
export const progressLabels = {
  title: 'Your progress',
  loading: 'Loading your history…',
  signIn: 'Sign in or make an account',
  back: 'Back to the start',
} as const;

/** The page's sentences, each held at reading grade 8 or lower by a test. */
export const progressWords = {
  deviceOnly:
    'This shows what this device holds. Sign in or make an account to keep your history on your own server.',
  fromAccount: 'This shows your history from your account.',
  fallback: 'Your server cannot be reached right now, so this shows what this device holds.',
  noSessions: 'No sessions yet. After your first session you will see here how your pain changed.',
  noSessionsYet: 'No sessions logged yet.',
  noCheckInsYet: 'No weekly check-ins yet.',
  intervalNote:
    'The likely range is a 95% confidence interval. A wide range means the average is still unsure. It gets narrower as you log more sessions.',
  notCause: 'This shows what went along with less pain for you. It does not prove what caused it.',
  meaningfulSource:
    'A change of 2 points or 30% or more is big enough to matter to most people. Farrar and others found this in 2001.',
  activitySource:
    'For an activity, a change of 2 points or more is worth a note. Stratford and others found this in 1995.',
} as const;

/** How a progress form shows its outcome (see requests/Outcome.tsx). */
export const progressOutcome = { problem: 'progress-problem', done: 'progress-done' } as const;
