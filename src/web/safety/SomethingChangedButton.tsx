// "Something changed": for plan and session screens. It notes the change on the device and
// opens the red-flag questions again; the gate keeps plan and session shut until they are done.
import { useId } from 'react';
import { recheckRedFlags } from './reopen-screen.js';
import './safety.css';

export function SomethingChangedButton({ className }: { readonly className?: string }) {
  const hint = useId();
  return (
    <div className={['something-changed', className].filter(Boolean).join(' ')}>
      <button type="button" aria-describedby={hint} onClick={() => recheckRedFlags()}>
        Something changed
      </button>
      <span id={hint} className="something-changed__hint">
        New or worse signs? Answer the warning-sign questions again.
      </span>
    </div>
  );
}
