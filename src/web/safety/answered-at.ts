// How the time a screen was answered is shown: local date and time, in the person's own format.
export function answeredAtWords(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return 'at an unknown time';
  return time.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
