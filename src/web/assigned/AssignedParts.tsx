// The parts the home block and the assigned plan page share: the therapist's note, shown as
// text, and the on-hold notice with the way to the safety check.
import { safetyResultPath } from '../paths.js';
import { Link } from '../router.js';
import type { MyAssignedPlan } from './use-my-assigned-plans.js';

export function AssignedNote({
  plan,
  label,
}: {
  readonly plan: MyAssignedPlan;
  readonly label?: string;
}) {
  if (plan.note === '') return null;
  return (
    <blockquote className="assigned-note" aria-label={label}>
      <p>{plan.note}</p>
    </blockquote>
  );
}

export function OnHoldNotice({
  onHold,
}: {
  readonly onHold: NonNullable<MyAssignedPlan['onHold']>;
}) {
  return (
    <div className="assigned-hold" role="note">
      <p>
        <strong>On hold.</strong> {onHold.message}
      </p>
      <p>
        <Link href={safetyResultPath}>See your safety check</Link>
      </p>
    </div>
  );
}
