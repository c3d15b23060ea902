// A new invitation, shown once: the link as text with Copy, the same link as a QR code to
// scan from this screen or from paper, and until when it works. Printing prints this alone.
import { useEffect, useId, useRef } from 'react';
import type { NewInvitation } from '../../core/contracts/therapists.js';
import { momentWords } from '../account/when-words.js';
import { QrCode } from '../qr/QrCode.js';
import { CopyButton } from '../share/CopyButton.js';
import { printPart } from '../share/print-part.js';

export function InvitationCard(props: {
  readonly invitation: NewInvitation;
  readonly therapistName: string;
  readonly onDone: () => void;
}) {
  const { invitation } = props;
  const ids = { title: useId() };
  const card = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => title.current?.focus(), []);

  return (
    <section ref={card} className="invitation-card" aria-labelledby={ids.title}>
      <h3 id={ids.title} ref={title} tabIndex={-1}>
        Invitation from {props.therapistName}
      </h3>
      <p>
        Scan this code with a phone camera, or open the link below. It works once, until{' '}
        {momentWords(invitation.expiresAt)}.
      </p>
      <QrCode qr={invitation.qr} label="The invitation link as a QR code" />
      <p className="invitation-card__link">
        <code>{invitation.url}</code>
      </p>
      <p className="invitation-card__once">
        You see this link only now. If it gets lost, revoke it below and make a new one.
      </p>
      <div className="account-actions">
        <CopyButton text={invitation.url} label="Copy the link" />
        <button type="button" onClick={() => printPart(card.current)}>
          Print the invitation
        </button>
        <button type="button" onClick={props.onDone}>
          Done
        </button>
      </div>
    </section>
  );
}
