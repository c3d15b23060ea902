// Every spoken line on screen: the latest lines large in a live region (so a screen reader
// hears them even with sound muted), and everything said so far in a list to look back on.
import type { Caption } from '../hands-free/cue-delivery.js';

export function CaptionNow({
  latest,
  count,
}: {
  readonly latest: readonly string[];
  readonly count: number;
}) {
  const said = latest.join(' ');
  return (
    <p className="captions__now" aria-live="polite" aria-atomic="true">
      {/* The count makes a repeated line ("Rest and breathe.") a change the reader announces. */}
      <span key={count}>{said === '' ? '\u00a0' : said}</span>
    </p>
  );
}

export function CaptionLog({ captions }: { readonly captions: readonly Caption[] }) {
  return (
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
  );
}

export interface CaptionsProps {
  readonly latest: readonly string[];
  readonly captions: readonly Caption[];
}

export function Captions({ latest, captions }: CaptionsProps) {
  return (
    <section className="captions" aria-label="Captions">
      <CaptionNow latest={latest} count={captions.length} />
      <CaptionLog captions={captions} />
    </section>
  );
}
