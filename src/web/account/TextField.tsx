// One labelled text box of an account form, with an optional hint read out with it: the
// same markup for the name, email, setup code and two-step code boxes.
import { type InputHTMLAttributes, type ReactNode, type Ref, useId } from 'react';

export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Said under the box and read out with it. */
  readonly hint?: ReactNode;
  readonly inputRef?: Ref<HTMLInputElement>;
}

export function TextField({ label, value, onChange, hint, inputRef, ...input }: TextFieldProps) {
  const ids = { input: useId(), hint: useId() };
  const describedBy =
    [hint === undefined ? undefined : ids.hint, input['aria-describedby']]
      .filter((id) => id !== undefined)
      .join(' ') || undefined;
  return (
    <div className="account-field">
      <label htmlFor={ids.input}>{label}</label>
      <input
        type="text"
        {...input}
        ref={inputRef}
        id={ids.input}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
      />
      {hint === undefined ? null : (
        <p id={ids.hint} className="account-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
