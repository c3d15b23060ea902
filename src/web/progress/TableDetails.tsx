// The table behind a chart, folded under "Show as a table". On a narrow phone a wide table
// scrolls sideways inside its own box, which the keyboard can reach and a screen reader names.
import { type ReactNode, useId } from 'react';

export function TableDetails(props: {
  readonly summary?: string;
  readonly caption: string;
  readonly children: ReactNode;
}) {
  const captionId = useId();
  return (
    <details className="progress-table">
      <summary>{props.summary ?? 'Show as a table'}</summary>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must take focus so keys can scroll it */}
      <section className="progress-table__scroll" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>{props.caption}</caption>
          {props.children}
        </table>
      </section>
    </details>
  );
}
