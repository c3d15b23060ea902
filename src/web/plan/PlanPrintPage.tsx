// /plan/print: the plan kept on the device as a clean page to print or save as PDF, black on
// white, with every step's drawings, tool, dose and reason, the safety changes and the date.
// Behind the same safety gate as /plan: a stop or an old screen shows instead of the routine.

import { planPath } from '../paths.js';
import { Link } from '../router.js';
import { RequireCurrentSafetyScreen } from '../safety/index.js';
import { PlanStepCard } from './PlanStepCard.js';
import { madeFrom } from './plan-request.js';
import { planSizeWords } from './plan-words.js';
import { keptPlan } from './use-plan.js';
import { usePlanRequest } from './use-plan-inputs.js';
import './plan.css';
import './plan-print.css';

const dateWords = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? 'an unknown date'
    : date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
};

export function PlanPrintPage() {
  return (
    <RequireCurrentSafetyScreen>
      <PrintablePlan />
    </RequireCurrentSafetyScreen>
  );
}

function PrintablePlan() {
  const request = usePlanRequest();
  const plan = keptPlan();
  // Only the plan made from today's answers, tools and areas to keep clear is printed: one kept
  // from before a safety answer changed must not come back on paper.
  const current = plan !== null && request.ok && madeFrom(plan.request, request.value);
  if (
    plan === null ||
    !current ||
    !plan.response.selfCareAllowed ||
    plan.response.steps.length === 0
  ) {
    return (
      <section className="page plan-page">
        <h1>No plan to print yet</h1>
        <p>Make your plan first. Then you can print it or save it as a PDF.</p>
        <p>
          <Link href={planPath} className="button primary">
            Go to your plan
          </Link>
        </p>
      </section>
    );
  }
  const response = plan.response;
  return (
    <article className="plan-print">
      <div className="plan-print__controls">
        <Link href={planPath}>Back to your plan</Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <header className="plan-print__head">
        <h1>Your Unknot plan</h1>
        <p>
          Made on {dateWords(plan.createdAt)}. {planSizeWords(response)}.
        </p>
        {response.psoas.suggestsShort ? <p>{response.psoas.message}</p> : null}
      </header>
      <ol className="plan-print__steps">
        {response.steps.map((step, index) => (
          <li key={`${step.id}-${step.side ?? 'once'}`} className="plan-print__step">
            <PlanStepCard
              step={step}
              number={index + 1}
              headingLevel="h2"
              className="plan-step--print"
            />
          </li>
        ))}
      </ol>
      {response.precautionsApplied.length === 0 ? null : (
        <section className="plan-print__part" aria-labelledby="print-safety">
          <h2 id="print-safety">How your safety answers change this plan</h2>
          <ul>
            {response.precautionsApplied.map((precaution) => (
              <li key={precaution.id}>{precaution.change}</li>
            ))}
          </ul>
        </section>
      )}
      <footer className="plan-print__note">
        <p>
          <strong>Self-care guidance, not a diagnosis.</strong> Press only as hard as feels strong
          but bearable. Stop if a spot hurts more, or you feel numb or tingly. Answer the safety
          questions again if anything changes, and at least once a week.
        </p>
      </footer>
    </article>
  );
}
