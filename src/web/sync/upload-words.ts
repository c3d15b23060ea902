// What a person reads about an upload: what reached the account, or that it will be tried
// again and nothing on the device is lost.
import type { RecordKey, SaveCounts } from '../../core/contracts/records.js';
import type { UploadOutcome } from './upload.js';

const names: Record<RecordKey, readonly [string, string]> = {
  sessionLogs: ['session', 'sessions'],
  painMaps: ['pain map', 'pain maps'],
  safetyScreens: ['safety check', 'safety checks'],
  plans: ['plan', 'plans'],
  checkIns: ['check-in', 'check-ins'],
};

const order: readonly RecordKey[] = [
  'sessionLogs',
  'painMaps',
  'safetyScreens',
  'plans',
  'checkIns',
];

const counted = (count: number, key: RecordKey): string =>
  `${count} ${names[key][count === 1 ? 0 : 1]}`;

/** "2 sessions, 1 pain map and 1 plan"; an empty string when the list is empty. */
export function listOfCounts(counts: Readonly<Partial<Record<RecordKey, number>>>): string {
  const parts = order.flatMap((key) => {
    const count = counts[key] ?? 0;
    return count > 0 ? [counted(count, key)] : [];
  });
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

const saved = (counts: Readonly<Record<RecordKey, SaveCounts>>) =>
  Object.fromEntries(order.map((key) => [key, counts[key].created + counts[key].updated]));

const keptBack = (unsendable: number): string =>
  unsendable === 0
    ? ''
    : unsendable === 1
      ? ' 1 record on this device could not be sent. It stays here.'
      : ` ${unsendable} records on this device could not be sent. They stay here.`;

/** One or two sentences on how an upload went. */
export function uploadSummary(outcome: UploadOutcome): string {
  switch (outcome.status) {
    case 'signed-out':
      return 'You are signed out, so nothing was sent. Everything stays on this device.';
    case 'failed':
      return `Not saved to your account yet. ${outcome.message} Your records stay on this device, and Unknot tries again later.`;
    case 'sent': {
      const list = listOfCounts(saved(outcome.counts));
      const main =
        list === ''
          ? 'Your account already has everything this device holds.'
          : `Saved to your account: ${list}.`;
      return `${main}${keptBack(outcome.unsendable)}`;
    }
  }
}
