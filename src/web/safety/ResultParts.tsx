// Pieces every result screen shares: why it matters, what to tell the doctor, and how the
// plan changes for each precaution.
import type { TriagePrecaution, TriageReason } from '../../core/contracts/triage.js';
import './safety.css';

export function ReasonList({
  reasons,
  heading = 'Why',
}: {
  readonly reasons: readonly TriageReason[];
  readonly heading?: string;
}) {
  if (reasons.length === 0) return null;
  return (
    <section className="result-part" aria-labelledby="result-why">
      <h2 id="result-why">{heading}</h2>
      <ul className="result-part__list">
        {reasons.map((reason) => (
          <li key={reason.question}>
            {reason.why}
            {reason.when === 'same-day' ? (
              <strong className="result-part__today"> See a doctor about this today.</strong>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TellList({
  lines,
  heading = 'What to tell the doctor',
}: {
  readonly lines: readonly string[];
  readonly heading?: string;
}) {
  if (lines.length === 0) return null;
  return (
    <section className="result-part" aria-labelledby="result-tell">
      <h2 id="result-tell">{heading}</h2>
      <ul className="result-part__list">
        {lines.map((line) => (
          <li key={line}>Tell them {line}.</li>
        ))}
      </ul>
    </section>
  );
}

export function PrecautionList({
  precautions,
}: {
  readonly precautions: readonly TriagePrecaution[];
}) {
  if (precautions.length === 0) return null;
  return (
    <section className="result-part" aria-labelledby="result-precautions">
      <h2 id="result-precautions">How your plan changes</h2>
      <ul className="precautions">
        {precautions.map((precaution) => (
          <li key={precaution.id} className="precautions__item" data-precaution={precaution.id}>
            <p className="precautions__change">{precaution.change}</p>
            {precaution.why === '' ? null : <p className="precautions__why">{precaution.why}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
