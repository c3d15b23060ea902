// Gets the plan for a request: the one kept on the device when it was made from the same
// request (and, weighing history, after the newest session), else a new one from POST /api/plan,
// else (server out of reach) the same pure builder run on the device. Without an account the
// device weighs its own session records with the same core functions. Every new plan is kept.
import { endpoints } from '../../core/contracts/endpoints.js';
import {
  type PlanRequestInput,
  PlanResponse,
  validatePlanRequest,
} from '../../core/contracts/plan.js';
import type { SessionLog } from '../../core/contracts/session-log.js';
import { buildPlan } from '../../core/plan/index.js';
import { learnedPlan } from '../../core/plan-history/index.js';
import { loggedSessionOf } from '../../core/progress/index.js';
import { ApiFailure, callApi } from '../api.js';
import { useAccount } from '../auth/account-state.js';
import { newSessionId as newRandomId } from '../device/random-id.js';
import { planRecord, sessionLogsRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { utcOffsetMinutesAt } from '../progress/device-progress.js';
import { useRequest } from '../requests/use-request.js';
import { madeFrom } from './plan-request.js';

export interface KeptPlan {
  readonly id: string;
  readonly createdAt: string;
  readonly response: PlanResponse;
}

export type PlanState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly plan: KeptPlan; readonly madeOnDevice: boolean };

type MadePlan = { readonly plan: KeptPlan; readonly madeOnDevice: boolean };

/** Long enough for a slow phone line, short enough that nobody waits on a hung server. */
export const serverWaitMs = 8000;

/** The plan kept on the device, read in full, or null when there is none (or it is unreadable). */
export function keptPlan(): (KeptPlan & { readonly request: unknown }) | null {
  const kept = planRecord.read();
  if (kept === null) return null;
  const response = PlanResponse.safeParse(kept.response);
  return response.success
    ? { id: kept.id, createdAt: kept.createdAt, request: kept.request, response: response.data }
    : null;
}

/** Only an unreachable or failing server falls back to the device; a refusal is shown. */
const serverOutOfReach = (error: unknown): boolean =>
  !(error instanceof ApiFailure) || error.status === 0 || error.status >= 500;

async function askServer(request: PlanRequestInput): Promise<PlanResponse | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), serverWaitMs);
  });
  try {
    return await Promise.race([callApi(endpoints.plan, { body: request }), gaveUp]);
  } catch (error) {
    if (serverOutOfReach(error)) return null;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The device's own plan, by the same rules the server runs, weighing the device's session
 * records when the request asks for history; null if the request is refused.
 */
function planOnDevice(request: PlanRequestInput, logs: readonly SessionLog[]): PlanResponse | null {
  const checked = validatePlanRequest(request);
  if (!checked.ok) return null;
  if (!checked.value.useHistory) return buildPlan(checked.value);
  const now = new Date();
  return learnedPlan(checked.value, logs.map(loggedSessionOf), {
    now: now.toISOString(),
    utcOffsetMinutes: checked.value.utcOffsetMinutes ?? utcOffsetMinutesAt(now),
  });
}

/** When the newest session on the device began (ms), or 0 with none. */
const newestLogAt = (logs: readonly SessionLog[]): number =>
  logs.reduce((newest, log) => Math.max(newest, log.startedAt), 0);

/**
 * The kept plan when it was made from this request, and, for a plan weighing history, made
 * after the newest session the device knows of (a new session may change it).
 */
function keptFor(request: PlanRequestInput, newestLog: number): MadePlan | null {
  const kept = keptPlan();
  if (kept === null || !madeFrom(kept.request, request)) return null;
  if (request.useHistory && Date.parse(kept.createdAt) < newestLog) return null;
  return { plan: kept, madeOnDevice: false };
}

async function makePlan(
  request: PlanRequestInput,
  signedIn: boolean,
  logs: readonly SessionLog[],
): Promise<MadePlan> {
  const kept = keptFor(request, newestLogAt(logs));
  if (kept !== null) return kept;
  const keep = (response: PlanResponse, madeOnDevice: boolean): MadePlan => {
    const plan = { id: newRandomId(), createdAt: new Date().toISOString(), response };
    planRecord.write({ ...plan, request });
    return { plan, madeOnDevice };
  };
  // Without an account the history lives on this device: the device weighs it itself.
  const historyHere = request.useHistory === true && !signedIn && logs.length > 0;
  const fromServer = historyHere ? null : await askServer(request);
  if (fromServer !== null) return keep(fromServer, false);
  const local = planOnDevice(request, logs);
  if (local === null) throw new Error('This plan could not be made.');
  return keep(local, !historyHere);
}

/**
 * The plan for this request. With `useHistory` (the default on the plan page) it weighs the
 * person's own sessions: the account's on the server when signed in, else the device's.
 */
export function usePlan(request: PlanRequestInput | null, useHistory = false): PlanState {
  const account = useAccount();
  const logs = useDeviceRecord(sessionLogsRecord) ?? [];
  const asked: PlanRequestInput | null =
    request === null
      ? null
      : useHistory
        ? { ...request, useHistory: true, utcOffsetMinutes: utcOffsetMinutesAt(new Date()) }
        : request;
  const newestLog = newestLogAt(logs);
  // The request's text, with who asks and the newest session: an equal request made again on
  // render does not ask again, and a new session or account makes a new plan.
  const key =
    asked === null
      ? null
      : JSON.stringify([asked, useHistory ? (account?.id ?? 'device') : null, newestLog]);
  const state = useRequest(
    key,
    () => makePlan(asked!, account !== null, logs),
    'This plan could not be made.',
  );
  if (asked === null) return { status: 'loading' };
  if (state.status === 'ready') return { status: 'ready', ...state.value };
  if (state.status === 'failed') return { status: 'failed', message: state.message };
  // A kept plan shows at once, with no "making your plan" flash and no network.
  const kept = keptFor(asked, newestLog);
  return kept === null ? { status: 'loading' } : { status: 'ready', ...kept };
}
