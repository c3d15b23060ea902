// The plan page's switch between the plan that weighs the person's own sessions (the default)
// and the plan from the pain map alone, with the try-and-compare note when one is running.
import type { PlanResponse } from '../../core/contracts/plan.js';

export function HistorySwitch({
  on,
  onChange,
}: {
  readonly on: boolean;
  readonly onChange: (on: boolean) => void;
}) {
  return (
    <p className="plan__history">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-checked={on}
          onChange={(event) => onChange(event.currentTarget.checked)}
          aria-describedby="plan-history-hint"
        />{' '}
        Use what my sessions showed
      </label>
      <span id="plan-history-hint" className="plan__history-hint">
        {on
          ? 'Points that helped you come first, and holds grow as you take them well.'
          : 'You see the plan from your pain map alone.'}
      </span>
    </p>
  );
}

export function TryAndCompareNote({ plan }: { readonly plan: PlanResponse }) {
  const compare = plan.tryAndCompare;
  if (compare === undefined) return null;
  return (
    <section aria-labelledby="plan-compare" className="plan-part plan__compare">
      <h2 id="plan-compare">Try and compare</h2>
      <p>{compare.message}</p>
      {compare.result === null ? null : <p>{compare.result.message}</p>}
    </section>
  );
}
