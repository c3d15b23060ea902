// The steps a harm report left out of the plan, each with a way to bring it back once the
// spot feels fine; until then the plan builder never puts it in.
import { bringBack, leftOutSteps } from '../../core/session/index.js';
import { sessionLogsRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';

export function ReportedSteps() {
  const logs = useDeviceRecord(sessionLogsRecord);
  const steps = leftOutSteps(logs ?? []);
  if (steps.length === 0) return null;
  return (
    <section className="plan-part plan-part--safety" aria-labelledby="plan-reported">
      <h2 id="plan-reported">Left out after your report</h2>
      <p>
        You said these steps hurt you, so the plan leaves them out on both sides. Bring one back
        only when the spot feels fine again.
      </p>
      <ul className="plan-list">
        {steps.map((step) => (
          <li key={step.triggerPoint ?? step.id}>
            <strong>{step.title}</strong>{' '}
            <button
              type="button"
              className="button"
              onClick={() =>
                sessionLogsRecord.write(bringBack(sessionLogsRecord.read() ?? [], step, Date.now()))
              }
            >
              Bring back {step.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
