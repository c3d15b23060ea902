// One client's points found by hand, loaded for the therapist's map and asked again after
// each save or delete.
import { useCallback, useRef, useState } from 'react';
import { endpoints } from '../../../core/contracts/endpoints.js';
import type { Finding } from '../../../core/contracts/therapist-work.js';
import { callApi } from '../../api.js';
import type { RequestState } from '../../requests/request-state.js';
import { useRequest } from '../../requests/use-request.js';

export function useClientFindings(clientId: string): {
  readonly state: RequestState<readonly Finding[]>;
  readonly reload: () => void;
} {
  const [version, setVersion] = useState(0);
  const state = useRequest(
    `findings:${clientId}:${version}`,
    () => callApi(endpoints.findings, { params: { clientId } }).then((answer) => answer.items),
    'Unknot could not load the points you found.',
  );
  const reload = useCallback(() => setVersion((n) => n + 1), []);
  // While asking again after a change, keep showing the list as it was: the map and its focus
  // must not vanish for a moment.
  const last = useRef<RequestState<readonly Finding[]> | null>(null);
  if (state.status === 'ready') last.current = state;
  return { state: state.status === 'loading' && last.current ? last.current : state, reload };
}
