// "Found by your therapist": the points a linked therapist found by hand, on the figure and as
// a list, for the client's own map and results pages. Shows nothing when there are none, when
// signed out, or when the server cannot be reached (the pages work without it).
import { useId } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import { callApi } from '../api.js';
import { useAccount } from '../auth/account-state.js';
import { useRequest } from '../requests/use-request.js';
import { FindingList } from './FindingList.js';
import { FindingsFigure } from './FindingsFigure.js';

export function FoundByTherapist({ headingLevel = 2 }: { readonly headingLevel?: 2 | 3 }) {
  const account = useAccount();
  const title = useId();
  const state = useRequest(
    account === null || account.role === 'therapist' ? null : `findings:${account.id}`,
    () => callApi(endpoints.myFindings),
    'Unknot could not load the points your therapist found.',
  );
  if (state.status !== 'ready' || state.value.items.length === 0) return null;
  const findings = state.value.items;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="found-by-therapist card" aria-labelledby={title}>
      <Heading id={title}>Found by your therapist</Heading>
      <p>
        These are the points your therapist found tender by hand. Your plan works on them first.
      </p>
      <FindingsFigure findings={findings} label="Points your therapist found" whose="Your" />
      <FindingList findings={findings} whose="your" label="Points your therapist found" />
    </section>
  );
}
