// /invite/:token, the link a therapist gives a client. An unknown, used, expired or revoked
// link gets one plain page. Signed out, it offers an account (or sign-in) and comes back
// here; signed in, it shows the consent screen with Accept and Decline.

import { useEffect, useId, useState } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { InvitationPreview } from '../../core/contracts/therapists.js';
import { accountProblem } from '../account/account-words.js';
import { EntryForm } from '../account/EntryForm.js';
import { ApiFailure, callApi } from '../api.js';
import { useAccount } from '../auth/account-state.js';
import { Link } from '../router.js';
import { ConsentView } from './ConsentView.js';
import '../account/account.css';
import './invite.css';

type Stage =
  | { readonly kind: 'loading' }
  | { readonly kind: 'unusable' }
  | { readonly kind: 'open'; readonly preview: InvitationPreview }
  | { readonly kind: 'accepted'; readonly name: string }
  | { readonly kind: 'declined'; readonly name: string }
  | { readonly kind: 'failed'; readonly problem: string };

const isUnusable = (error: unknown) =>
  error instanceof ApiFailure && error.code === 'invitation_not_found';

export function InvitePage({ token }: { readonly token: string }) {
  const account = useAccount();
  const ids = { title: useId() };
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    callApi(endpoints.invitation, { params: { token } }).then(
      (preview) => {
        if (current) setStage({ kind: 'open', preview });
      },
      (error) => {
        if (!current) return;
        setStage(
          isUnusable(error)
            ? { kind: 'unusable' }
            : { kind: 'failed', problem: accountProblem(error) },
        );
      },
    );
    return () => {
      current = false;
    };
  }, [token]);

  const answer = async (preview: InvitationPreview, yes: boolean) => {
    if (busy) return;
    setBusy(true);
    const name = preview.therapist.displayName;
    try {
      if (yes) {
        await callApi(endpoints.acceptInvitation, { params: { token }, body: {} });
        setStage({ kind: 'accepted', name });
      } else {
        await callApi(endpoints.declineInvitation, { params: { token } });
        setStage({ kind: 'declined', name });
      }
    } catch (error) {
      setStage(
        isUnusable(error)
          ? { kind: 'unusable' }
          : { kind: 'failed', problem: accountProblem(error) },
      );
    }
    setBusy(false);
  };

  const page = (body: React.ReactNode) => (
    <section className="page invite-page" aria-labelledby={ids.title}>
      {body}
    </section>
  );

  switch (stage.kind) {
    case 'loading':
      return page(
        <>
          <h1 id={ids.title}>Invitation</h1>
          <p role="status">Opening the invitation…</p>
        </>,
      );
    case 'unusable':
      return page(
        <>
          <h1 id={ids.title}>This invitation can't be used</h1>
          <p>
            It may have been used already, taken back, or it ran out: an invitation works once and
            for at most 7 days. Ask your therapist for a new one.
          </p>
          <p>Nothing about you was shared.</p>
          <p>
            <Link href="/">Go to the start</Link>
          </p>
        </>,
      );
    case 'accepted':
      return page(
        <>
          <h1 id={ids.title}>You now share your data with {stage.name}</h1>
          <p>
            {stage.name} can see your pain maps, safety check, sessions, progress and check-ins from
            now on. You can see each look and end sharing at any time on your account page.
          </p>
          <p>
            <Link href="/account" className="button primary">
              Go to your account
            </Link>
          </p>
        </>,
      );
    case 'declined':
      return page(
        <>
          <h1 id={ids.title}>You said no</h1>
          <p>Nothing was shared with {stage.name}. The invitation no longer works.</p>
          <p>
            <Link href="/">Go to the start</Link>
          </p>
        </>,
      );
    case 'failed':
      return page(
        <>
          <h1 id={ids.title}>Invitation</h1>
          <p className="account-problem" role="alert">
            {stage.problem}
          </p>
          <p>
            <Link href="/">Go to the start</Link>
          </p>
        </>,
      );
    case 'open':
      break;
  }

  const { preview } = stage;
  const name = preview.therapist.displayName;
  if (account === null) {
    return page(
      <>
        <h1 id={ids.title}>{name} invites you to share your Unknot data</h1>
        <p className="lead">
          To answer, make an account or sign in. Then you will read exactly what {name} would see,
          and choose yes or no. Nothing is shared before you say yes.
        </p>
        <EntryForm firstMode="sign-up" invitation={token} onEntered={() => {}} />
      </>,
    );
  }
  return page(
    <ConsentView
      preview={preview}
      titleId={ids.title}
      busy={busy}
      onAccept={() => answer(preview, true)}
      onDecline={() => answer(preview, false)}
    />,
  );
}
