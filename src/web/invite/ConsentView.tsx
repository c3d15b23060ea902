// The consent screen: in plain words, exactly what this therapist would see and do, that the
// client can end it at any time, and a clear yes or no. Nothing is shared before "Yes".
import { useId } from 'react';
import type { InvitationPreview } from '../../core/contracts/therapists.js';
import { momentWords } from '../account/when-words.js';

export function ConsentView(props: {
  readonly preview: InvitationPreview;
  readonly titleId: string;
  readonly busy: boolean;
  readonly onAccept: () => void;
  readonly onDecline: () => void;
}) {
  const ids = { sees: useId(), does: useId(), end: useId() };
  const name = props.preview.therapist.displayName;
  return (
    <>
      <h1 id={props.titleId}>Share your data with {name}?</h1>
      <p className="lead">
        {name} invites you to share what you keep in Unknot. Read what that means, then choose.
        Nothing is shared unless you say yes.
      </p>
      <section className="consent-part" aria-labelledby={ids.sees}>
        <h2 id={ids.sees}>{name} will see</h2>
        <ul>
          <li>Your pain maps: where it hurts and how much</li>
          <li>Your safety check: your answers and what they meant</li>
          <li>Your sessions: the points, the time, your pain before and after</li>
          <li>Your progress: your pain over time, what helps you, your sessions each week</li>
          <li>Your weekly check-ins</li>
        </ul>
      </section>
      <section className="consent-part" aria-labelledby={ids.does}>
        <h2 id={ids.does}>{name} will be able to</h2>
        <ul>
          <li>Mark the points they find by hand on your body</li>
          <li>Give you plans of self-treatment to follow</li>
        </ul>
      </section>
      <section className="consent-part" aria-labelledby={ids.end}>
        <h2 id={ids.end}>You stay in charge</h2>
        <ul>
          <li>
            You can end sharing at any time on your account page. {name} loses access at once.
          </li>
          <li>Your account page lists each time {name} looks at or changes your data.</li>
        </ul>
      </section>
      <p>This invitation works until {momentWords(props.preview.expiresAt)}.</p>
      <div className="consent-actions">
        <button
          type="button"
          className="primary big"
          onClick={props.onAccept}
          disabled={props.busy}
        >
          Yes, share with {name}
        </button>
        <button type="button" className="big" onClick={props.onDecline} disabled={props.busy}>
          No, do not share
        </button>
      </div>
    </>
  );
}
