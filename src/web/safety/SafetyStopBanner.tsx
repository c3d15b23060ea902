// The stop, shown first on pages that teach pressing (Learn, the results' "how to treat it"):
// while the last safety screen stops self-care they may still teach, but never as "do it now".
import { useId } from 'react';
import { safetyRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { Link } from '../router.js';
import { EmergencyCall } from './EmergencyCall.js';
import { safetyResultPath } from './reopen-screen.js';
import { resultKind } from './result-kind.js';
import { type SafetyRecordValue, screenStatus } from './screen-status.js';
import './safety.css';

export function SafetyStopBanner() {
  const record = useDeviceRecord(safetyRecord);
  return <SafetyStopBannerView record={record} now={new Date()} />;
}

/** The banner for a stored screen, or nothing when the screen does not stop self-care. */
export function SafetyStopBannerView({
  record,
  now,
}: {
  readonly record: SafetyRecordValue | null;
  readonly now: Date;
}) {
  const titleId = useId();
  if (record === null || screenStatus(record, now) !== 'stopped') return null;
  const emergency = resultKind(record.result) === 'emergency';
  return (
    <section
      className={`safety-stop-banner${emergency ? ' safety-stop-banner--emergency' : ''}`}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="safety-stop-banner__title">
        {emergency ? 'Get emergency help now' : 'Self-treatment is stopped for now'}
      </h2>
      {emergency ? <EmergencyCall /> : <p>{record.result.nextStep.message}</p>}
      <p>
        {emergency
          ? 'Your safety check found a sign that needs help now.'
          : 'Your safety check found a sign that needs a doctor first.'}{' '}
        Do not press on sore spots or do these moves now. You may read on to learn for later.
      </p>
      <p>
        <Link href={safetyResultPath}>See your safety result</Link>
      </p>
    </section>
  );
}
