// One part of the bad-night screen, from the content: its text, its steps, a drawing when it
// has one, what to use, and what studies say where the article goes too far.
import { type ReactNode, useId } from 'react';
import type { NightPosition } from '../../content/schema.js';

export interface NightEntryProps {
  readonly entry: NightPosition;
  readonly heading: string;
  readonly figure?: ReactNode;
  /** What to have at hand, said plainly. */
  readonly need?: string;
  readonly children?: ReactNode;
}

export function NightEntry({ entry, heading, figure, need, children }: NightEntryProps) {
  const id = useId();
  return (
    <section className="night-entry" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {figure}
      <p>{entry.text}</p>
      {need === undefined ? null : (
        <p className="night-need">
          <strong>What you need:</strong> {need}
        </p>
      )}
      {entry.steps.length === 0 ? null : (
        <ol className="night-steps">
          {entry.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      {entry.correction === undefined ? null : (
        <p className="night-correction">
          <strong>What studies say:</strong> {entry.correction.text}
        </p>
      )}
      {children}
    </section>
  );
}
