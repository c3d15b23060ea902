// Doses and countdowns in plain words: "Hold 10 seconds, 3 times", "1:30".
import type { SessionStep } from '../../core/contracts/session-log.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** 10 -> "10 seconds", 60 -> "1 minute", 90 -> "1 minute 30 seconds". */
export function durationWords(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return plural(whole, 'second', 'seconds');
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const minuteWords = plural(minutes, 'minute', 'minutes');
  return rest === 0 ? minuteWords : `${minuteWords} ${plural(rest, 'second', 'seconds')}`;
}

const timesWords = (reps: number): string => (reps === 1 ? 'once' : `${reps} times`);

/** The dose of one side of a step, as the screen shows it under the title. */
export function doseWords(dose: SessionStep['dose']): string {
  if (dose.seconds === 0 || dose.reps === 0) return 'No timer: take the time you need.';
  const length = durationWords(dose.seconds);
  const times = timesWords(dose.reps);
  switch (dose.mode) {
    case 'hold':
      return `Hold ${length}, ${times}`;
    case 'circles':
      return `Small circles for ${length}, ${times}`;
    case 'roll':
      return `Roll slowly for ${length}, ${times}`;
    case 'position':
      return dose.reps === 1 ? `Stay ${length}` : `Stay ${length}, ${times}`;
  }
}

/** The big countdown: whole seconds under a minute, minutes and seconds above. */
export function countdownText(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  if (whole < 60) return String(whole);
  const rest = whole % 60;
  return `${Math.floor(whole / 60)}:${String(rest).padStart(2, '0')}`;
}

/** The countdown read out by a screen reader: "8 seconds", "1 minute 30 seconds". */
export const countdownWords = (seconds: number): string => durationWords(Math.ceil(seconds));
