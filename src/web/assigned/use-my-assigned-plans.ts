// The plans a client's therapists assigned, asked of the server each time a screen needs them
// (whether a plan is on hold changes with every safety check). Nothing is asked while signed
// out or for a therapist's own account.
import { endpoints } from '../../core/contracts/endpoints.js';
import type { MyAssignedPlans } from '../../core/contracts/therapist-work.js';
import { callApi } from '../api.js';
import { useAccount } from '../auth/account-state.js';
import type { RequestState } from '../requests/request-state.js';
import { useRequest } from '../requests/use-request.js';

export type MyAssignedPlan = MyAssignedPlans['items'][number];

export function useMyAssignedPlans(): RequestState<readonly MyAssignedPlan[]> | null {
  const account = useAccount();
  const asks = account !== null && account.role !== 'therapist';
  const state = useRequest(
    asks ? `assigned-plans:${account.id}` : null,
    () => callApi(endpoints.myAssignedPlans).then((answer) => answer.items),
    'Unknot could not load the plan from your therapist.',
  );
  return asks ? state : null;
}
