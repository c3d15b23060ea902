// /plan: the personal plan, behind the safety gate. It is built from what the device keeps
// (pain map, safety answers, preferences, psoas check, overload review), kept with an id, and
// shown in order with one main action: start the session.
import { type ReactNode, useState } from 'react';
import { useAccount } from '../auth/account-state.js';
import { overloadRecord, safetyRecord, sessionLogsRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { planPrintPath, preferencesPath, sessionPath } from '../paths.js';
import { Link } from '../router.js';
import { RequireCurrentSafetyScreen, SomethingChangedButton } from '../safety/index.js';
import { needsSafetyRecheck } from '../setup/overload/overload-review.js';
import { FitBetter } from '../setup/quick-start/FitBetter.js';
import { HistorySwitch, TryAndCompareNote } from './HistorySwitch.js';
import { LeftOut, NoSteps, PrecautionsApplied, SelfCareWaits, Tips } from './PlanExtras.js';
import { PlanStepCard } from './PlanStepCard.js';
import type { MissingInput } from './plan-request.js';
import { planSizeWords } from './plan-words.js';
import { ReportedSteps } from './ReportedSteps.js';
import { type KeptPlan, usePlan } from './use-plan.js';
import { usePlanRequest } from './use-plan-inputs.js';
import './plan.css';

const missingWords: Readonly<
  Record<MissingInput, { title: string; text: string; href: string; action: string }>
> = {
  'pain-map': {
    title: 'First, show where it hurts',
    text: 'Your plan starts from your pain map. Mark the places that hurt, and Unknot finds the points to work on.',
    href: '/map',
    action: 'Show where it hurts',
  },
  safety: {
    title: 'A safety check comes first',
    text: 'Answer a few short questions before any point work.',
    href: '/safety',
    action: 'Start the safety check',
  },
  'keep-clear': {
    title: 'First, mark the areas to keep clear',
    text: 'You told the safety check about a spot that must not be pressed, such as a recent break, a skin problem or an operation. Tick where it is, and the plan keeps clear of it and the areas next to it.',
    href: preferencesPath,
    action: 'Mark the areas to keep clear',
  },
  preferences: {
    title: 'First, your tools and place',
    text: 'Your plan fits the tools you have, where you are and the time you have.',
    href: preferencesPath,
    action: 'Choose tools and place',
  },
};

function Missing({ missing }: { readonly missing: MissingInput }) {
  const words = missingWords[missing];
  return (
    <div className="plan-missing">
      <h1>{words.title}</h1>
      <p>{words.text}</p>
      <p>
        <Link href={words.href} className="button primary plan-main">
          {words.action}
        </Link>
      </p>
    </div>
  );
}

function Plan({
  plan,
  madeOnDevice,
  historySwitch,
}: {
  readonly plan: KeptPlan;
  readonly madeOnDevice: boolean;
  readonly historySwitch: ReactNode;
}) {
  const response = plan.response;
  const overload = useDeviceRecord(overloadRecord);
  const safety = useDeviceRecord(safetyRecord);
  if (!response.selfCareAllowed) return <SelfCareWaits plan={response} />;
  if (response.steps.length === 0) return <NoSteps plan={response} />;
  return (
    <div className="plan">
      <h1>Your plan</h1>
      <p className="lead plan__size">{planSizeWords(response)}.</p>
      {response.psoas.suggestsShort ? (
        <p className="plan__psoas">{response.psoas.message}</p>
      ) : null}
      {madeOnDevice ? (
        <p className="plan__device" role="status">
          Made on this device, since the server could not be reached. The rules are the same.
        </p>
      ) : null}
      <p className="plan__actions">
        <Link href={sessionPath} className="button primary plan-main">
          Start the session
        </Link>
      </p>
      <p className="plan__links">
        <Link href={planPrintPath}>Print or save as PDF</Link>
        <Link href={preferencesPath}>Change tools, place or time</Link>
      </p>
      {historySwitch}
      <TryAndCompareNote plan={response} />
      <FitBetter />
      <section aria-labelledby="plan-steps" className="plan-part">
        <h2 id="plan-steps">Your steps, in order</h2>
        <ol className="plan-steps">
          {response.steps.map((step, index) => (
            <li key={`${step.id}-${step.side ?? 'once'}`}>
              <PlanStepCard step={step} number={index + 1} />
            </li>
          ))}
        </ol>
      </section>
      <PrecautionsApplied plan={response} />
      <LeftOut plan={response} />
      <Tips
        plan={response}
        safetyAskedAgain={!needsSafetyRecheck(overload, safety?.answeredAt ?? null)}
      />
      <p className="plan__actions">
        <Link href={sessionPath} className="button primary plan-main">
          Start the session
        </Link>
      </p>
      <aside className="note plan__note" aria-label="Before you start">
        <p>
          This is self-care guidance, not a diagnosis. Press only as hard as feels strong but
          bearable, and stop if a spot hurts more or you feel numb or tingly.
        </p>
      </aside>
    </div>
  );
}

function PlanFromDevice() {
  const request = usePlanRequest();
  // A person's own sessions shape the plan by default; the switch shows the map-only plan.
  const [useHistory, setUseHistory] = useState(true);
  const account = useAccount();
  const logs = useDeviceRecord(sessionLogsRecord);
  const hasHistory = account !== null || (logs?.length ?? 0) > 0;
  const state = usePlan(request.ok ? request.value : null, useHistory && hasHistory);
  if (!request.ok) return <Missing missing={request.code} />;
  if (state.status === 'loading') {
    return (
      <>
        <h1>Your plan</h1>
        <p role="status">Making your plan…</p>
      </>
    );
  }
  if (state.status === 'failed') {
    return (
      <>
        <h1>Your plan</h1>
        <p role="alert">{state.message}</p>
        <p>
          <Link href={preferencesPath}>Check your tools and place</Link>
        </p>
      </>
    );
  }
  const historySwitch = hasHistory ? (
    <HistorySwitch on={useHistory} onChange={setUseHistory} />
  ) : null;
  return (
    <>
      <Plan plan={state.plan} madeOnDevice={state.madeOnDevice} historySwitch={historySwitch} />
      <ReportedSteps />
    </>
  );
}

export function PlanPage() {
  return (
    <section className="page plan-page">
      <RequireCurrentSafetyScreen>
        <PlanFromDevice />
        <SomethingChangedButton className="plan-page__changed" />
      </RequireCurrentSafetyScreen>
    </section>
  );
}
