// The emergency phone number(s) the emergency screens show. Each deployment may set its own at
// build time, e.g. VITE_UNKNOT_EMERGENCY_NUMBERS="000 (Australia)" or "911 (US), 112 (EU)";
// without it the screens name 911, 112 and 999, which cover North America, Europe and the UK.

export interface EmergencyNumber {
  /** What to dial: digits only, so it also makes a working tel: link. */
  readonly number: string;
  /** Where it works, such as "US"; empty when the deployment serves one place. */
  readonly place: string;
}

export const defaultEmergencyNumbers: readonly EmergencyNumber[] = [
  { number: '911', place: 'US' },
  { number: '112', place: 'EU' },
  { number: '999', place: 'UK' },
];

const entryPattern = /^(\d{2,6})(?:\s*\(([^()]{1,40})\))?$/;

/**
 * Reads a setting such as "911 (US), 112 (EU)" or "000". Anything it cannot read as a whole
 * falls back to the default list: a wrong number on an emergency screen is worse than a long one.
 */
export function emergencyNumbersFrom(setting: string | undefined): readonly EmergencyNumber[] {
  if (setting === undefined || setting.trim() === '') return defaultEmergencyNumbers;
  const entries = setting.split(',').map((part) => part.trim().match(entryPattern));
  if (entries.some((entry) => entry === null)) return defaultEmergencyNumbers;
  return entries.map((entry) => ({ number: entry?.[1] ?? '', place: entry?.[2]?.trim() ?? '' }));
}

const named = ({ number, place }: EmergencyNumber): string =>
  place === '' ? number : `${number} (${place})`;

/** "Call 911 (US), 112 (EU) or 999 (UK)" for the list, "Call 000" for one number. */
export function callWording(numbers: readonly EmergencyNumber[]): string {
  const names = numbers.map(named);
  const last = names.pop();
  if (last === undefined) return 'Call your local emergency number';
  return names.length === 0 ? `Call ${last}` : `Call ${names.join(', ')} or ${last}`;
}

// Vite puts VITE_* settings on import.meta.env at build time; in Node tests it is absent.
const buildSettings = (import.meta as ImportMeta & { env?: Record<string, string | undefined> })
  .env;

/** The numbers this deployment shows. */
export const emergencyNumbers: readonly EmergencyNumber[] = emergencyNumbersFrom(
  buildSettings?.VITE_UNKNOT_EMERGENCY_NUMBERS,
);
