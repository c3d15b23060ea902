// One result screen per kind of triage result. Emergency and other stops offer no way on to
// a routine; results that allow self-care have one main action: on (the page may offer its own).
import type { ReactNode } from 'react';
import type { TriageResponse } from '../../core/contracts/triage.js';
import { preferencesPath } from '../paths.js';
import { Link } from '../router.js';
import { EmergencyCall } from './EmergencyCall.js';
import { callWording, type EmergencyNumber, emergencyNumbers } from './emergency-number.js';
import { PrecautionList, ReasonList, TellList } from './ResultParts.js';
import { leadingReasons, resultKind, tellLines } from './result-kind.js';
import './safety.css';

export interface SafetyResultViewProps {
  readonly result: TriageResponse;
  readonly numbers?: readonly EmergencyNumber[];
  /** Replaces the "Next" action of a result that allows self-care (e.g. "answer again"). */
  readonly onward?: ReactNode;
}

export function SafetyResultView({
  result,
  numbers = emergencyNumbers,
  onward,
}: SafetyResultViewProps) {
  switch (resultKind(result)) {
    case 'emergency':
      return <EmergencyResult result={result} numbers={numbers} />;
    case 'urgent':
      return <UrgentResult result={result} numbers={numbers} />;
    case 'stopped':
      return <StoppedResult result={result} />;
    case 'cleared':
    case 'routine':
      return <GoOnResult result={result} title="You can go on with self-care" onward={onward} />;
    case 'self-care-ok':
      return <GoOnResult result={result} title="You can start self-care" onward={onward} />;
  }
}

function EmergencyResult({
  result,
  numbers,
}: {
  readonly result: TriageResponse;
  readonly numbers: readonly EmergencyNumber[];
}) {
  const [first] = leadingReasons(result);
  return (
    <div className="result result--emergency" data-level="emergency">
      <h1>Stop. Get emergency help now.</h1>
      <EmergencyCall numbers={numbers} />
      <p className="result__stop">Do not start or go on with self-treatment.</p>
      {first ? (
        <section className="result-part" aria-labelledby="result-why">
          <h2 id="result-why">Why</h2>
          <p>{first.why}</p>
        </section>
      ) : null}
      <TellList lines={tellLines(result)} heading="What to tell them" />
    </div>
  );
}

function UrgentResult({
  result,
  numbers,
}: {
  readonly result: TriageResponse;
  readonly numbers: readonly EmergencyNumber[];
}) {
  const today = result.nextStep.when === 'same-day';
  return (
    <div className="result result--urgent" data-level="urgent">
      <h1>Stop self-treatment for now</h1>
      <p className="result__lead">
        <strong>{today ? 'See a doctor today.' : 'See a doctor within 24 to 48 hours.'}</strong> Do
        not press on sore spots until a doctor has checked you.
      </p>
      {today ? <UrgentCarePointer /> : null}
      <ReasonList reasons={leadingReasons(result)} />
      <TellList lines={tellLines(result)} />
      <p className="result__worse">
        If things get much worse, or you feel new numbness or weakness, do not wait:{' '}
        {callWording(numbers)}.
      </p>
      <BackToStart />
    </div>
  );
}

/** Same-day signs cannot wait for a booked visit (NICE CKS, Back pain - low, 2018). */
function UrgentCarePointer() {
  return (
    <p className="result__urgent-care">
      If your own doctor cannot see you today, go to an urgent care centre, a walk-in clinic or an
      out-of-hours service today.
    </p>
  );
}

function StoppedResult({ result }: { readonly result: TriageResponse }) {
  return (
    <div className="result result--stopped" data-level={result.level}>
      <h1>Please stop here</h1>
      <p className="result__lead">
        <strong>{result.nextStep.message}</strong>
      </p>
      <ReasonList reasons={leadingReasons(result)} />
      <TellList lines={tellLines(result)} />
      <BackToStart />
    </div>
  );
}

function GoOnResult({
  result,
  title,
  onward,
}: {
  readonly result: TriageResponse;
  readonly title: string;
  readonly onward: ReactNode;
}) {
  // Routine, or urgent after a doctor's check: say why a clinician was named, as well.
  const routine = result.level !== 'self-care-ok';
  return (
    <div className={`result result--${result.level}`} data-level={result.level}>
      <h1>{title}</h1>
      <p className="result__lead">{result.nextStep.message}</p>
      {routine ? <ReasonList reasons={leadingReasons(result)} /> : null}
      {routine ? <TellList lines={tellLines(result)} /> : null}
      <PrecautionList precautions={result.precautions} />
      <div className="result__actions">
        {onward ?? (
          <Link href={preferencesPath} className="button primary result__next">
            Next: your tools and place
          </Link>
        )}
      </div>
    </div>
  );
}

function BackToStart() {
  return (
    <p className="result__back">
      <Link href="/">Back to the start</Link>
    </p>
  );
}
