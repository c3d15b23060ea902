// "Invite a client": make a single-use link that lasts 7 days, show it once, and list the
// invitations still open with a way to revoke each.

import { useCallback, useEffect, useId, useState } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { InvitationList, NewInvitation } from '../../core/contracts/therapists.js';
import { accountProblem } from '../account/account-words.js';
import { callApi } from '../api.js';

type Invitation = InvitationList['items'][number];

import { momentWords } from '../account/when-words.js';
import { InvitationCard } from './InvitationCard.js';

export function InvitePanel(props: {
  readonly therapistName: string;
  /** A 403 two_factor_required, or another refusal worth the whole page's attention. */
  readonly onRefused: (error: unknown) => boolean;
}) {
  const { onRefused } = props;
  const ids = { title: useId(), open: useId() };
  const [made, setMade] = useState<NewInvitation | null>(null);
  const [open, setOpen] = useState<readonly Invitation[] | null>(null);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const answer = await callApi(endpoints.invitations);
      setOpen(answer.items.filter((item) => item.status === 'open'));
    } catch (error) {
      if (!onRefused(error)) setMessage({ text: accountProblem(error), problem: true });
    }
  }, [onRefused]);

  useEffect(() => {
    load();
  }, [load]);

  const make = async () => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      setMade(await callApi(endpoints.createInvitation, { body: {} }));
      await load();
    } catch (error) {
      if (!onRefused(error)) setMessage({ text: accountProblem(error), problem: true });
    }
    setBusy(false);
  };

  const revoke = async (invitation: Invitation) => {
    setMessage(null);
    try {
      await callApi(endpoints.revokeInvitation, { params: { id: invitation.id } });
      if (made?.id === invitation.id) setMade(null);
      setMessage({ text: 'The invitation is revoked. Its link no longer works.', problem: false });
    } catch (error) {
      if (!onRefused(error)) setMessage({ text: accountProblem(error), problem: true });
    }
    await load();
  };

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Invite a client</h2>
      <p>
        An invitation is a link for one client. It works once and for 7 days. Your client reads
        exactly what you would see, then says yes or no.
      </p>
      {made ? (
        <InvitationCard
          invitation={made}
          therapistName={props.therapistName}
          onDone={() => setMade(null)}
        />
      ) : (
        <button type="button" className="primary" onClick={make}>
          {busy ? 'Making it…' : 'Make an invitation'}
        </button>
      )}
      {message ? (
        <p
          className={message.problem ? 'account-problem' : 'account-done'}
          role={message.problem ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
      <h3 id={ids.open}>Open invitations</h3>
      {open === null ? null : open.length === 0 ? (
        <p>No invitation is open.</p>
      ) : (
        <ul className="invitation-list" aria-labelledby={ids.open}>
          {open.map((invitation) => (
            <li key={invitation.id} className="invitation-list__item">
              <span>
                Made {momentWords(invitation.createdAt)}, works until{' '}
                {momentWords(invitation.expiresAt)}
              </span>
              <button
                type="button"
                aria-label={`Revoke the invitation made ${momentWords(invitation.createdAt)}`}
                onClick={() => revoke(invitation)}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
