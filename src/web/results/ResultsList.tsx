// The matched points, best fit first: the top few as cards, the rest behind "show more",
// with the reminder that pain maps differ between people.
import { useState } from 'react';
import { referralCaveat } from '../../content/trigger-points.js';
import type { MatchResultItem } from '../../core/contracts/match.js';
import { ResultCard } from './ResultCard.js';
import { firstShown, resultsWords, showMoreLabel } from './result-words.js';

export function ResultsList({ results }: { readonly results: readonly MatchResultItem[] }) {
  const [shown, setShown] = useState(firstShown);
  // The first card added by "show more" takes focus, so keyboard users land on the new ones.
  const [revealedFrom, setRevealedFrom] = useState<number | null>(null);

  if (results.length === 0) {
    return (
      <div className="results-nothing">
        <h2>{resultsWords.nothingTitle}</h2>
        <p>{resultsWords.nothing}</p>
        <p>{resultsWords.seeSomeone}</p>
      </div>
    );
  }

  const hidden = results.length - shown;
  return (
    <>
      <p className="note results-caveat">{referralCaveat}</p>
      <ol className="results-list">
        {results.slice(0, shown).map((result, index) => (
          <li key={result.triggerPoint}>
            <ResultCard result={result} focusOnMount={index === revealedFrom} />
          </li>
        ))}
      </ol>
      {hidden > 0 ? (
        <p className="results-more">
          <button
            type="button"
            onClick={() => {
              setRevealedFrom(shown);
              setShown(results.length);
            }}
          >
            {showMoreLabel(hidden)}
          </button>
        </p>
      ) : null}
    </>
  );
}
