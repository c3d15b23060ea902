// /safety/result: the last safety screen's result as kept on this device, with when it was
// answered, a quiet note when the device worked it out, and a fresh start when it is old.
import type { ReactNode } from 'react';
import type { TriageResponse } from '../../core/contracts/triage.js';
import { safetyRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { Link } from '../router.js';
import { answeredAtWords } from './answered-at.js';
import { ChangeAnswersLine } from './RequireCurrentSafetyScreen.js';
import { SafetyResultView } from './ResultView.js';
import { safetyScreenPath } from './reopen-screen.js';
import { screenStatus } from './screen-status.js';
import './safety.css';

/** Set by the screen when the server could not be reached (see run-triage.ts). */
export const workedOutOnDeviceQuery = 'worked-out=on-device';

export interface SafetyResultPageProps {
  /**
   * The way on from a result that allows self-care, given by the app frame (the quick start
   * lives with the setup screens, which import this folder); the default is tools and place.
   */
  readonly startChoices?: (result: TriageResponse) => ReactNode;
}

export function SafetyResultPage({ startChoices }: SafetyResultPageProps) {
  const record = useDeviceRecord(safetyRecord);
  const onDevice = window.location.search.includes(workedOutOnDeviceQuery);
  if (record === null) {
    return (
      <section className="page safety-result">
        <h1>No safety check yet</h1>
        <p>
          Before any self-treatment, answer a few short questions. They look for signs that need a
          doctor instead.
        </p>
        <p>
          <Link href={safetyScreenPath} className="button primary">
            Start the safety check
          </Link>
        </p>
      </section>
    );
  }
  const status = screenStatus(record, new Date());
  const old = status === 'stale' || status === 'changed';
  return (
    <section className="page safety-result">
      <SafetyResultView
        result={record.result}
        onward={
          old ? (
            <Link href={safetyScreenPath} className="button primary result__next">
              Answer the questions again
            </Link>
          ) : (
            startChoices?.(record.result)
          )
        }
      />
      {status === 'stopped' ? <ChangeAnswersLine record={record} /> : null}
      {old ? (
        <p className="note">
          {status === 'stale'
            ? 'This check is more than 7 days old. Please answer the questions again before your next session.'
            : 'You told us something changed. Please answer the warning-sign questions again.'}
        </p>
      ) : null}
      <p className="result__meta">
        Answered {answeredAtWords(record.answeredAt)}.
        {onDevice ? (
          <span role="status">
            {' '}
            Unknot could not reach its server, so your device worked this out with the same rules.
          </span>
        ) : null}
      </p>
    </section>
  );
}
