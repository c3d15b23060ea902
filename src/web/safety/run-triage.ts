// Works out the screen's result: the server's answer when it comes, and otherwise the very same
// pure triage() run in the browser, so safety advice never waits on the network.
import { endpoints } from '../../core/contracts/endpoints.js';
import type { Answers, Clearance, TriageResponse } from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';
import { callApi } from '../api.js';

export interface ScreenOutcome {
  readonly result: TriageResponse;
  /** True when the server could not be used and the device worked the result out. */
  readonly workedOutOnDevice: boolean;
}

export type AskServer = (answers: Answers, clearance?: Clearance) => Promise<TriageResponse>;

const askServer: AskServer = (answers, clearance) =>
  callApi(endpoints.triage, {
    body: { answers, ...(clearance === undefined ? {} : { clearance }) },
  });

/** Long enough for a slow phone line, short enough that nobody waits on a hung server. */
export const serverWaitMs = 8000;

/** `clearance`: a doctor's check since an urgent stop, sent along (it never lifts an emergency). */
export async function triageOnServerOrDevice(
  answers: Answers,
  ask: AskServer = askServer,
  waitMs: number = serverWaitMs,
  clearance?: Clearance,
): Promise<ScreenOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), waitMs);
  });
  try {
    const result = await Promise.race([ask(answers, clearance), gaveUp]);
    if (result !== null) return { result, workedOutOnDevice: false };
  } catch {
    // Offline, a server error or an answer it could not read: the device has the same rules.
  } finally {
    clearTimeout(timer);
  }
  return { result: triage(answers, clearance), workedOutOnDevice: true };
}
