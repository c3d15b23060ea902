// /therapist/clients/:clientId/plan/print: the assigned plan as a handout for A4 or Letter,
// black on white: the therapist's name, the client's name if wanted, every step with its
// drawings, how to find the point, tool, dose and note, the safety rules, and a QR code that
// opens the plan in the app. Each step stays whole on one page (plan-print.css).
import { useEffect, useId, useState } from 'react';
import { endpoints } from '../../../core/contracts/endpoints.js';
import type { AssignedPlan } from '../../../core/contracts/therapist-work.js';
import type { QrCode as QrModules } from '../../../core/contracts/therapists.js';
import { callApi } from '../../api.js';
import { assignedPlanHref } from '../../assigned/AssignedPlanHome.js';
import { assignedSizeWords } from '../../assigned/assigned-words.js';
import { useAccount } from '../../auth/account-state.js';
import { PlanStepCard } from '../../plan/PlanStepCard.js';
import { QrCode } from '../../qr/QrCode.js';
import { qrForLink } from '../../qr/qr-for-link.js';
import { RequestOutcome } from '../../requests/Outcome.js';
import { useRequest } from '../../requests/use-request.js';
import { Link } from '../../router.js';
import { clientPath, clientPlanPath } from '../therapist-paths.js';
import { handoutSafetyRules } from './handout-words.js';
import '../../plan/plan.css';
import '../../plan/plan-print.css';
import './handout.css';

const dateWords = (iso: string): string =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

async function loadHandout(clientId: string) {
  const params = { clientId };
  const [client, plans] = await Promise.all([
    callApi(endpoints.client, { params }),
    callApi(endpoints.assignedPlans, { params }),
  ]);
  return { client, plan: plans.items.find((plan) => plan.endedAt === null) ?? null };
}

function Handout(props: {
  readonly plan: AssignedPlan;
  readonly clientName: string;
  readonly therapistName: string;
}) {
  const { plan } = props;
  const ids = { withName: useId(), safety: useId(), qr: useId() };
  const [withName, setWithName] = useState(true);
  const [qr, setQr] = useState<QrModules | null>(null);
  const link = new URL(assignedPlanHref(plan.id), window.location.origin).toString();

  useEffect(() => {
    let current = true;
    qrForLink(link).then(
      (made) => {
        if (current) setQr(made);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [link]);

  return (
    <article className="plan-print handout">
      <div className="plan-print__controls">
        <Link href={clientPlanPath(plan.clientId)}>Back to the plan</Link>
        <label className="handout__name-choice" htmlFor={ids.withName}>
          <input
            id={ids.withName}
            type="checkbox"
            checked={withName}
            onChange={(event) => setWithName(event.target.checked)}
          />
          Print {props.clientName}'s name
        </label>
        <button type="button" className="primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <header className="plan-print__head handout__head">
        <div>
          <h1>Your self-care plan</h1>
          <p>
            From {props.therapistName}
            {withName ? `, for ${props.clientName}` : ''}. {dateWords(plan.updatedAt)}.
          </p>
          <p>{assignedSizeWords(plan)}.</p>
          {plan.note === '' ? null : (
            <p className="handout__note">
              <strong>Note from {props.therapistName}: </strong>
              {plan.note}
            </p>
          )}
        </div>
        <figure className="handout__qr" aria-labelledby={ids.qr}>
          {qr === null ? null : (
            <QrCode qr={qr} label="QR code that opens this plan in the Unknot app" />
          )}
          <figcaption id={ids.qr}>Scan to open this plan in Unknot and start it.</figcaption>
        </figure>
      </header>
      <ol className="plan-print__steps">
        {plan.steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a printed list; the same step may come twice, so only its place is unique
          <li key={`${index}-${step.id}`} className="plan-print__step">
            <PlanStepCard
              step={step}
              number={index + 1}
              headingLevel="h2"
              className="plan-step--print"
              note={{ text: step.note, by: props.therapistName }}
              showLocation
            />
          </li>
        ))}
      </ol>
      <section className="plan-print__part handout__safety" aria-labelledby={ids.safety}>
        <h2 id={ids.safety}>Safety rules</h2>
        <ul>
          {handoutSafetyRules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>
      <footer className="plan-print__note">
        <p>
          <strong>Self-care guidance, not a diagnosis.</strong> Made with Unknot. The app also times
          each step for you and keeps track of what helps.
        </p>
      </footer>
    </article>
  );
}

export function HandoutPage({ clientId }: { readonly clientId: string }) {
  const account = useAccount();
  const title = useId();
  const state = useRequest(
    `handout:${clientId}`,
    () => loadHandout(clientId),
    'Unknot could not load this plan.',
  );
  if (state.status === 'ready' && state.value.plan !== null) {
    return (
      <Handout
        plan={state.value.plan}
        clientName={state.value.client.displayName}
        therapistName={account?.displayName || account?.email || 'your therapist'}
      />
    );
  }
  return (
    <section className="page" aria-labelledby={title}>
      <h1 id={title}>Handout</h1>
      {state.status === 'ready' ? (
        <>
          <p>There is no plan to print yet. Give {state.value.client.displayName} a plan first.</p>
          <p>
            <Link href={clientPlanPath(clientId)} className="button primary">
              Make a plan
            </Link>
          </p>
        </>
      ) : (
        <RequestOutcome
          state={state}
          loadingWords="Loading the plan…"
          className="handout-loading"
        />
      )}
      <p className="account-back">
        <Link href={clientPath(clientId)}>Back to this client</Link>
      </p>
    </section>
  );
}
