// Every spoken line on screen: the latest lines large, everything said so far in a list to
// look back on, and a live region so a screen reader hears lines even with sound muted.
import type { Caption } from './cue-delivery.js';

export interface CaptionsProps {
  readonly latest: readonly string[];
  readonly captions: readonly Caption[];
}

export function Captions({ latest, captions }: CaptionsProps) {
  const said = latest.join(' ');
  return (
    <section className="captions" aria-label="Captions">
      <p className="captions__now" aria-live="polite" aria-atomic="true">
        {/* The count makes a repeated line ("Rest and breathe.") a change the reader announces. */}
        <span key={captions.length}>{said === '' ? '\u00a0' : said}</span>
      </p>
      <details className="captions__all">
        <summary>Everything said so far ({captions.length})</summary>
        <ol className="captions__list">
          {captions.map((caption, index) => (
            // Lines repeat and never move, so their place in the list is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
            <li key={index} className="captions__line">
              {caption.text}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
