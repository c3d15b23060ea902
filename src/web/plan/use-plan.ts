// Gets the plan for a request: the one kept on the device when it was made from the same
// request, else a new one from POST /api/plan, else (server out of reach) the same pure
// buildPlan run on the device. Every new plan is kept, with an id and the time it was made.
import { useEffect, useState } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import {
  type PlanRequestInput,
  PlanResponse,
  validatePlanRequest,
} from '../../core/contracts/plan.js';
import { buildPlan } from '../../core/plan/index.js';
import { ApiFailure, callApi } from '../api.js';
import { planRecord } from '../device/records.js';
import { newSessionId as newRandomId } from '../session/session-id.js';
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

/** The device's own plan, by the same rules the server runs; null if the request is refused. */
function planOnDevice(request: PlanRequestInput): PlanResponse | null {
  const checked = validatePlanRequest(request);
  return checked.ok ? buildPlan(checked.value) : null;
}

/** The kept plan as a ready state when it was made from this request text. */
function keptFor(body: string | null): PlanState | null {
  if (body === null) return null;
  const kept = keptPlan();
  return kept !== null && madeFrom(kept.request, JSON.parse(body))
    ? { status: 'ready', plan: kept, madeOnDevice: false }
    : null;
}

export function usePlan(request: PlanRequestInput | null): PlanState {
  // The request's text, so an equal request made again on render does not ask again.
  const body = request === null ? null : JSON.stringify(request);
  // A kept plan shows at once, with no "making your plan" flash and no network.
  const [state, setState] = useState<PlanState>(() => keptFor(body) ?? { status: 'loading' });

  useEffect(() => {
    if (body === null) return;
    const ready = keptFor(body);
    if (ready !== null) {
      setState(ready);
      return;
    }
    const asked = JSON.parse(body) as PlanRequestInput;
    let current = true;
    setState({ status: 'loading' });
    const keep = (response: PlanResponse, madeOnDevice: boolean) => {
      if (!current) return;
      const plan = { id: newRandomId(), createdAt: new Date().toISOString(), response };
      planRecord.write({ ...plan, request: asked });
      setState({ status: 'ready', plan, madeOnDevice });
    };
    askServer(asked).then(
      (response) => {
        if (response !== null) return keep(response, false);
        const local = planOnDevice(asked);
        if (local !== null) return keep(local, true);
        if (current) setState({ status: 'failed', message: 'This plan could not be made.' });
      },
      (error: unknown) => {
        if (!current) return;
        const message =
          error instanceof ApiFailure ? error.message : 'Something went wrong in this page.';
        setState({ status: 'failed', message });
      },
    );
    return () => {
      current = false;
    };
  }, [body]);

  return body === null ? { status: 'loading' } : state;
}
