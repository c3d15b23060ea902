// Forgetting the account on this device: the one thing a 401 (the login ended) leads to.
import { accountRecord, remindersRecord } from './records.js';

/** Forgets the account on this device. What the device holds of its own stays. */
export function forgetAccount(): void {
  accountRecord.clear();
  remindersRecord.clear();
}
