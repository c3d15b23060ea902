// One trigger point that may cause the pain: its name and side, its step in the method, the
// reason it fits, where it sends pain drawn on the figure, and where to learn to treat it.
import { useEffect, useId, useRef } from 'react';
import { findTriggerPoint } from '../../content/trigger-points.js';
import type { MatchResultItem } from '../../core/contracts/match.js';
import { ReferralFigure } from '../body-map/index.js';
import { plainRegionName } from '../map/region-names.js';
import { Link } from '../router.js';
import { muscleLine, pointTitle, resultsWords, stepLabel, treatHref } from './result-words.js';

export interface ResultCardProps {
  readonly result: MatchResultItem;
  /** Move focus to this card's heading when it appears (the first card "show more" adds). */
  readonly focusOnMount?: boolean;
}

export function ResultCard({ result, focusOnMount = false }: ResultCardProps) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const point = findTriggerPoint(result.triggerPoint);
  const title = pointTitle(result.triggerPoint);
  const muscle = muscleLine(result.muscle);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the card first appears
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, []);

  return (
    <article className="result-card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1} className="result-card__title">
        {title}
      </h2>
      <p className="result-card__step" data-step={result.step ?? 'none'}>
        {stepLabel(result.step)}
      </p>
      {muscle === null ? null : <p className="result-card__muscle">{muscle}</p>}
      {result.why === '' ? null : <p className="result-card__why">{result.why}</p>}
      {point === undefined ? null : (
        <ReferralFigure
          point={{ name: title, over: point.over, referral: point.referral }}
          regionName={plainRegionName}
        />
      )}
      <p className="result-card__treat">
        {/* The name says which point, so a list of these links still makes sense out of context. */}
        <Link
          href={treatHref(result.triggerPoint)}
          className="button"
          aria-label={`${resultsWords.treat}: ${title}`}
        >
          {resultsWords.treat}
        </Link>
      </p>
    </article>
  );
}
