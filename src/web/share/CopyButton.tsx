// A "Copy" button for a link or a secret, saying in words whether it worked. Where the
// browser refuses the clipboard (not HTTPS), it says to select the text instead.
import { useState } from 'react';
import './copy-button.css';

export function CopyButton(props: { readonly text: string; readonly label: string }) {
  const [outcome, setOutcome] = useState<'copied' | 'refused' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setOutcome('copied');
    } catch {
      setOutcome('refused');
    }
  };
  return (
    <span className="copy-button">
      <button type="button" onClick={copy}>
        {props.label}
      </button>
      <span role="status" className="copy-button__status">
        {outcome === 'copied'
          ? 'Copied.'
          : outcome === 'refused'
            ? 'This browser did not allow copying. Select the text and copy it by hand.'
            : ''}
      </span>
    </span>
  );
}
