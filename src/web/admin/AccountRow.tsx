// One account in the administrator's list, with its role switch. Making a therapist a person
// again asks first, in place, since it ends that therapist's access to every client.
import { useEffect, useRef, useState } from 'react';
import type { AccountRole as Role } from '../../core/contracts/account.js';
import type { AdminAccount } from '../../core/contracts/therapists.js';

export function AccountRow(props: {
  readonly row: AdminAccount;
  readonly made: string;
  readonly lastSignIn: string;
  readonly onRole: (role: Role) => Promise<void>;
}) {
  const { row } = props;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = row.displayName || row.email;
  const question = useRef<HTMLSpanElement>(null);

  // The question appears where the button was: reading it comes first.
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  const change = async (role: Role) => {
    setBusy(true);
    await props.onRole(role);
    setBusy(false);
    setAsking(false);
  };

  return (
    <tr>
      <th scope="row" data-label="Email" className="admin-table__email">
        {row.email}
      </th>
      <td data-label="Name">{row.displayName || '(none)'}</td>
      <td data-label="Role">
        {row.role === 'therapist' ? 'Therapist' : 'Person'}
        {row.isAdmin ? ', administrator' : ''}
      </td>
      <td data-label="Made">{props.made}</td>
      <td data-label="Last sign-in">{props.lastSignIn}</td>
      <td data-label="Change" className="admin-table__change">
        {row.role === 'person' ? (
          <button
            type="button"
            aria-label={`Make therapist: ${name}`}
            onClick={() => change('therapist')}
            disabled={busy}
          >
            Make therapist
          </button>
        ) : asking ? (
          <span className="admin-confirm">
            <span ref={question} tabIndex={-1}>
              {name} will lose access to every client at once. Make them a person again?
            </span>
            <button type="button" className="danger" onClick={() => change('person')}>
              Yes, make person
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button
            type="button"
            aria-label={`Make person: ${name}`}
            onClick={() => setAsking(true)}
            disabled={busy}
          >
            Make person
          </button>
        )}
      </td>
    </tr>
  );
}
