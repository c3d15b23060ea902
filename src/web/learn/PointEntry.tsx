// One trigger point on the muscles page: how to find it, where it sends pain in words and
// drawn on the figure, what it is, and links to the techniques that treat it.
import type { ContentResponse } from '../../core/contracts/content.js';
import { ReferralFigure } from '../body-map/index.js';
import { Link } from '../router.js';
import { SourceList } from './LearnPage.js';
import { techniquePath } from './learn-paths.js';
import { regionName } from './learn-words.js';
import type { PointPair } from './point-pairs.js';

type Technique = ContentResponse['techniques'][number];

function RegionList({ ids }: { readonly ids: readonly string[] }) {
  return (
    <ul>
      {ids.map((id) => (
        <li key={id}>{regionName(id)}</li>
      ))}
    </ul>
  );
}

export function PointEntry({
  point,
  techniques,
}: {
  readonly point: PointPair;
  readonly techniques: readonly Technique[];
}) {
  const both = point.sides.includes('left') && point.sides.includes('right');
  return (
    <section id={point.pair} className="learn-entry">
      <h3>{point.name}</h3>
      {point.step !== null && <p className="learn-tag">Step {point.step} of the method</p>}
      <dl className="learn-facts">
        <dt>How to find it</dt>
        <dd>{point.location}</dd>
        <dt>Where it sends pain</dt>
        <dd>
          Main area:
          <RegionList ids={point.referral.essential} />
          {point.referral.spillover.length > 0 && (
            <>
              Sometimes also:
              <RegionList ids={point.referral.spillover} />
            </>
          )}
        </dd>
      </dl>
      <ReferralFigure
        point={{ name: point.name, over: point.over, referral: point.referral }}
        regionName={regionName}
      />
      {both && (
        <p className="learn-small">
          The drawing shows the point on the left. The one on the right is its mirror image.
        </p>
      )}
      <p>{point.text}</p>
      <p className="learn-label">Ways to treat it</p>
      {techniques.length > 0 ? (
        <ul className="learn-links">
          {techniques.map((technique) => (
            <li key={technique.id}>
              <Link href={techniquePath(technique.id)}>{technique.name}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          Unknot does not press this point. Try the gentle releases for this muscle, listed above.
        </p>
      )}
      <SourceList sources={point.sources} />
    </section>
  );
}
