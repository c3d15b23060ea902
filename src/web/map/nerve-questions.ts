// Where marking the saddle area leads: straight to the nerve warning questions of the safety
// screen, once that screen is part of the app. Until then the body map's own emergency
// warning stands in, so the person is never left without the advice.
import { findRoute } from '../routes.js';

/** The safety screen, opened at the questions about the nerves to the bladder, bowel and legs. */
export const nerveQuestionsPath = '/safety?topic=nerves';

/** True when the app has a safety screen to send the person to. */
export function hasSafetyScreen(): boolean {
  return findRoute('/safety') !== null;
}
