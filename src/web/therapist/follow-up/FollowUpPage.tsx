// /therapist/clients/:clientId/follow-up: how one client is doing, for their therapist. What
// needs attention, sessions done against planned per week, pain before and after by week,
// which points help this client most, the NPRS and PSFS check-ins with meaningful change
// marked, and the safety history, each chart with its table (the progress page's parts).
import { useId } from 'react';
import { endpoints } from '../../../core/contracts/endpoints.js';
import type { FollowUp } from '../../../core/contracts/therapist-work.js';
import { momentWords } from '../../account/when-words.js';
import { callApi } from '../../api.js';
import { useAccount } from '../../auth/account-state.js';
import { precautionLabel } from '../../plan/precaution-labels.js';
import { CheckInChanges } from '../../progress/CheckInChanges.js';
import { progressQuery } from '../../progress/use-progress.js';
import { WhatHelps } from '../../progress/WhatHelps.js';
import { RequestOutcome } from '../../requests/Outcome.js';
import { useRequest } from '../../requests/use-request.js';
import { Link } from '../../router.js';
import { TwoFactorFirst } from '../TwoFactorFirst.js';
import { clientPath, clientPlanPath } from '../therapist-paths.js';
import { PainByWeek, SessionsByWeek } from './FollowUpWeeks.js';
import '../../account/account.css';
import '../therapist.css';
import './follow-up.css';

function Part(props: { readonly title: string; readonly children: React.ReactNode }) {
  const id = useId();
  return (
    <section className="progress-section" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

const planWords = (followUp: FollowUp, name: string): string => {
  const { plan } = followUp;
  if (plan.source === 'assigned')
    return `Your plan asks for ${plan.sessionsPerWeek} sessions a week.`;
  if (plan.source === 'own')
    return `${name} aims for ${plan.sessionsPerWeek} sessions a week on their own plan.`;
  return `${name} has no plan with a weekly aim yet.`;
};

function FollowUpView({
  followUp,
  clientId,
}: {
  readonly followUp: FollowUp;
  readonly clientId: string;
}) {
  const name = followUp.client.displayName;
  return (
    <>
      <Part title="Needs your attention">
        {followUp.needsAttention.length === 0 ? (
          <p>Nothing needs your attention now.</p>
        ) : (
          <ul className="client-list__attention">
            {followUp.needsAttention.map((reason) => (
              <li key={reason.code}>{reason.message}</li>
            ))}
          </ul>
        )}
      </Part>
      <Part title="Sessions done and planned">
        <p>
          {planWords(followUp, name)}{' '}
          {followUp.plan.source === 'assigned' ? null : (
            <Link href={clientPlanPath(clientId)}>Give {name} a plan</Link>
          )}
        </p>
        {followUp.weeks.length === 0 ? (
          <p>No sessions yet.</p>
        ) : (
          <SessionsByWeek weeks={followUp.weeks} />
        )}
      </Part>
      <Part title="Pain before and after, by week">
        <p className="follow-up-legend">
          Pain from 0 (none) to 10 (worst). {followUp.trend.recent.label}
        </p>
        <PainByWeek weeks={followUp.weeks} />
      </Part>
      <Part title={`Which points help ${name} most`}>
        <WhatHelps whatHelps={followUp.whatHelps} />
      </Part>
      <Part title="Weekly check-ins (pain and activities)">
        {followUp.checkIns.length === 0 ? <p>No check-ins yet.</p> : null}
        <CheckInChanges checkIns={followUp.checkIns} />
      </Part>
      <Part title="Safety history">
        {followUp.safetyHistory.length === 0 ? (
          <p>No safety check yet.</p>
        ) : (
          <ul className="safety-history" aria-label="Safety checks, newest first">
            {followUp.safetyHistory.map((screen) => (
              <li key={screen.id} data-stopped={String(!screen.selfCareAllowed)}>
                <p>
                  <strong>{momentWords(screen.answeredAt)}: </strong>
                  {screen.selfCareAllowed ? 'self-care may go on.' : 'self-care stopped.'}
                </p>
                {screen.reasons.length > 0 ? <p>Why: {screen.reasons.join(' ')}</p> : null}
                {screen.precautions.length > 0 ? (
                  <p>Limits: {screen.precautions.map(precautionLabel).join('; ')}.</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Part>
    </>
  );
}

export function FollowUpPage({ clientId }: { readonly clientId: string }) {
  const title = useId();
  const twoFactorOff = useAccount()?.twoFactor === false;
  const state = useRequest(
    twoFactorOff ? null : `follow-up:${clientId}`,
    () => callApi(endpoints.followUp, { params: { clientId }, query: progressQuery(new Date()) }),
    'Unknot could not load the follow-up.',
  );
  return (
    <section className="page follow-up" aria-labelledby={title}>
      <h1 id={title}>
        {state.status === 'ready' ? `Follow-up: ${state.value.client.displayName}` : 'Follow-up'}
      </h1>
      {twoFactorOff ? (
        <TwoFactorFirst />
      ) : state.status === 'ready' ? (
        <FollowUpView followUp={state.value} clientId={clientId} />
      ) : (
        <RequestOutcome
          state={state}
          loadingWords="Loading the follow-up…"
          className="follow-up__loading"
        />
      )}
      <p className="account-back">
        <Link href={clientPath(clientId)}>Back to this client</Link>
      </p>
    </section>
  );
}
