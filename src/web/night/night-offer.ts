// What the bad-night mode may offer this person: the core's night choices for the limits of the
// safety screen kept on the device. Without a screen nothing is known, so nothing is left out;
// a stop or a precaution binds however old the screen is, since neither wears off by itself.
import { type NightChoices, nightChoices } from '../../core/night/index.js';
import { activeLimits } from '../../core/plan/limits.js';
import type { SafetyRecordValue } from '../safety/index.js';

export function nightOfferFor(record: SafetyRecordValue | null): NightChoices {
  if (record === null) return nightChoices({ limits: new Set(), selfCareAllowed: true });
  return nightChoices({
    limits: activeLimits(record.answers, record.result.precautions),
    selfCareAllowed: record.result.selfCareAllowed,
  });
}
