// The points found by hand drawn on the body figure, read-only: a dark dot for each, with its
// tenderness inside, on each side of the body that has one. The list beside it says the same.
import type { Finding } from '../../core/contracts/therapist-work.js';
import type { View } from '../../core/spec/index.js';
import { BodyFigure, PointDots, pointSpot } from '../body-map/index.js';
import { findingRegions } from './finding-words.js';

export function findingDots(findings: readonly Finding[], chosen: string | null = null) {
  return findings.map((finding) => ({
    key: finding.id,
    over: findingRegions(finding.triggerPoint),
    mark: String(finding.tenderness),
    chosen: finding.id === chosen,
  }));
}

export function FindingsFigure(props: {
  readonly findings: readonly Finding[];
  readonly label: string;
  readonly whose: 'Your' | 'Their';
}) {
  const dots = findingDots(props.findings);
  const views = (['back', 'front'] as const satisfies readonly View[]).filter((view) =>
    dots.some((dot) => pointSpot(dot.over, view) !== undefined),
  );
  return (
    <div className="findings-figure">
      {views.map((view) => (
        <BodyFigure
          key={view}
          view={view}
          role="img"
          whose={props.whose}
          label={`${props.label}, ${view} of the body. Each dot is a point, with how tender it was from 0 to 3. The list names each one.`}
        >
          <PointDots dots={dots} view={view} />
        </BodyFigure>
      ))}
    </div>
  );
}
