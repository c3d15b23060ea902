// The ten recovery codes, shown once: each opens the account a single time when the phone
// with the authenticator app is lost. Download or print them before leaving this screen.
import { useId, useRef } from 'react';
import { downloadText } from '../share/download-text.js';
import { printPart } from '../share/print-part.js';

export function RecoveryCodesCard(props: {
  readonly codes: readonly string[];
  readonly email: string;
  readonly onDone: () => void;
}) {
  const ids = { title: useId() };
  const card = useRef<HTMLElement>(null);
  const fileText = [
    `Unknot recovery codes for ${props.email}`,
    'Each code works once, in place of the 6-digit code, if you lose your authenticator app.',
    '',
    ...props.codes,
    '',
  ].join('\n');
  return (
    <section ref={card} className="two-factor-codes" aria-labelledby={ids.title}>
      <h3 id={ids.title}>Your recovery codes</h3>
      <p>
        Keep these somewhere safe, away from your phone. If you lose the app, each code signs you in
        once. <strong>You will not see them again.</strong>
      </p>
      <ol className="two-factor-codes__list">
        {props.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="account-actions">
        <button type="button" onClick={() => downloadText('unknot-recovery-codes.txt', fileText)}>
          Download the codes
        </button>
        <button type="button" onClick={() => printPart(card.current)}>
          Print the codes
        </button>
        <button type="button" className="primary" onClick={props.onDone}>
          I have kept them
        </button>
      </div>
    </section>
  );
}
