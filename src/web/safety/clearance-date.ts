// The date a doctor checked the person, as typed into the clearance form: a real calendar day,
// not after today, and not before the stop it lifts (a check before the stop cannot clear it).

/** A local calendar day, YYYY-MM-DD, as the date box writes it. */
export function localDay(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

const isCalendarDay = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** A plain problem with the typed day, or null when it can be used. */
export function clearanceDayProblem(
  typed: string,
  stoppedOn: string,
  today: string,
): string | null {
  const day = typed.trim();
  if (day === '') return 'Please give the day the doctor checked you.';
  if (!isCalendarDay(day)) return 'Please give a real date.';
  if (day > today) return 'The day cannot be after today.';
  if (day < stoppedOn) {
    return 'The check must be on or after the day you answered the safety questions.';
  }
  return null;
}
