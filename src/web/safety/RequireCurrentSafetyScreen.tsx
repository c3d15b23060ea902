// The gate plan and session screens wrap around their content: the content shows only with
// a current safety screen that allows self-care; otherwise the person sees why, and the way on.
import type { ReactNode } from 'react';
import { safetyRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { Link } from '../router.js';
import { answeredAtWords } from './answered-at.js';
import { SafetyResultView } from './ResultView.js';
import { safetyScreenPath } from './reopen-screen.js';
import { type ResultKind, resultKind } from './result-kind.js';
import { type SafetyRecordValue, type ScreenStatus, screenStatus } from './screen-status.js';
import './safety.css';

export function RequireCurrentSafetyScreen({ children }: { readonly children: ReactNode }) {
  const record = useDeviceRecord(safetyRecord);
  const status = screenStatus(record, new Date());
  return (
    <SafetyGateView status={status} record={record}>
      {children}
    </SafetyGateView>
  );
}

export interface SafetyGateViewProps {
  readonly status: ScreenStatus;
  readonly record: SafetyRecordValue | null;
  readonly children: ReactNode;
}

/** What the gate shows for each status; the content itself only when the screen is current. */
export function SafetyGateView({ status, record, children }: SafetyGateViewProps) {
  if (status === 'current') return <>{children}</>;
  if (status === 'stopped' && record !== null) {
    return (
      <section className="page safety-gate safety-gate--stopped">
        <SafetyResultView result={record.result} />
        <ChangeAnswersLine record={record} />
      </section>
    );
  }
  const words = askWords(status, record);
  return (
    <section className="page safety-gate">
      <h1>{words.title}</h1>
      <p>{words.why}</p>
      <p className="safety-gate__actions">
        <Link href={safetyScreenPath} className="button primary">
          {words.action}
        </Link>
      </p>
    </section>
  );
}

/** The one way on from a stop: a mis-tap after an emergency, a doctor's check after urgent. */
const wayOnWords: Partial<Record<ResultKind, string>> = {
  emergency: 'Did you tap Yes by mistake?',
  urgent: 'Has a doctor checked you since, or did an answer change?',
  stopped: 'Did you type a wrong answer?',
};

/** Under a stop: the one question that leads to changing the answers, and the link. */
export function ChangeAnswersLine({ record }: { readonly record: SafetyRecordValue }) {
  return (
    <p className="safety-gate__again">
      {wayOnWords[resultKind(record.result)] ?? wayOnWords.stopped}{' '}
      <Link href={safetyScreenPath}>Change your answers</Link>
    </p>
  );
}

function askWords(status: ScreenStatus, record: SafetyRecordValue | null) {
  if (status === 'stale' && record !== null) {
    return {
      title: 'Time for a new safety check',
      why: `Your last check was ${answeredAtWords(record.answeredAt)}. A check lasts 7 days, because things can change. Please answer the questions again.`,
      action: 'Start the safety check',
    };
  }
  if (status === 'changed') {
    return {
      title: 'Check the warning signs again',
      why: 'You told us something changed. Please answer the questions about warning signs again before you go on.',
      action: 'Answer the warning-sign questions',
    };
  }
  return {
    title: 'A safety check comes first',
    why: 'Before you press on any sore spot, answer a few short questions. They look for signs that need a doctor instead. It takes about 3 minutes.',
    action: 'Start the safety check',
  };
}
