// A technique's own safety lines ("the bar must not press on the spine bones", the nerve
// warning), shown with the step wherever it appears: the plan card, the print view, the player.
import { useId } from 'react';
import './safety-lines.css';

export function SafetyLines({
  lines,
  className,
}: {
  readonly lines: readonly string[];
  readonly className: string;
}) {
  const labelId = useId();
  if (lines.length === 0) return null;
  return (
    <div className={`safety-lines ${className}`}>
      <p id={labelId} className="safety-lines__label">
        Take care
      </p>
      <ul className="safety-lines__list" aria-labelledby={labelId}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
