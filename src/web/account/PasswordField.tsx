// A password box with a "Show password" switch and, for a new password, the rules it must
// meet, each ticked as it is met so the person knows before sending.
import { type Ref, useId, useState } from 'react';
import { passwordRules } from './password-rules.js';

export interface PasswordFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly autoComplete: 'current-password' | 'new-password';
  /** The email the new password is checked against; null for a password already set. */
  readonly rulesFor: string | null;
  readonly inputRef?: Ref<HTMLInputElement>;
}

export function PasswordField(props: PasswordFieldProps) {
  const [shown, setShown] = useState(false);
  const ids = { input: useId(), show: useId(), rules: useId() };
  const rules = props.rulesFor === null ? null : passwordRules(props.value, props.rulesFor);
  return (
    <div className="account-field">
      <label htmlFor={ids.input}>{props.label}</label>
      <input
        ref={props.inputRef}
        id={ids.input}
        type={shown ? 'text' : 'password'}
        autoComplete={props.autoComplete}
        autoCapitalize="off"
        spellCheck={false}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-describedby={rules ? ids.rules : undefined}
      />
      <label className="account-check" htmlFor={ids.show}>
        <input
          id={ids.show}
          type="checkbox"
          checked={shown}
          onChange={(event) => setShown(event.target.checked)}
        />
        Show password
      </label>
      {rules ? (
        <ul id={ids.rules} className="password-rules" aria-label="Password rules">
          {rules.map((rule) => (
            <li key={rule.id} data-met={rule.met === null ? 'server' : String(rule.met)}>
              <span className="password-rules__mark" aria-hidden="true">
                {rule.met === true ? '✓' : rule.met === false ? '○' : 'i'}
              </span>
              <span>
                {rule.text}
                {rule.met === null ? null : (
                  <span className="sr-text">{rule.met ? ': done' : ': not yet'}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
