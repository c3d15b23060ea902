// A trigger point drawn on the figure for the results page: a dot on the spot, its main
// pain area shaded dark and its wider area hatched light, with a legend and a text version.
import { useId } from 'react';
import { specRegions, type View } from '../../core/spec/index.js';
import { BodyFigure, figureColourProperties, type ViewBox } from './BodyFigure.js';
import { figureViewBox } from './figure-outline.js';
import { figureColours } from './pain-scale.js';
import { pointSpot } from './point-spot.js';
import {
  type ReferralPoint,
  referralDescription,
  referralViews,
  referralZones,
} from './referral-text.js';
import { type RegionShape, regionGeometry } from './regions-geometry.js';
import './referral-figure.css';

export type { ReferralPoint } from './referral-text.js';

export interface ReferralFigureProps {
  readonly point: ReferralPoint;
  /** Draw only this side of the body; by default every side that has a zone. */
  readonly view?: View;
  /** Plain region names; the spec's names by default. */
  readonly regionName?: (id: string) => string;
}

const specNames: ReadonlyMap<string, string> = new Map(specRegions.map((r) => [r.id, r.name]));
const specName = (id: string): string => specNames.get(id) ?? id;

// Shows the head (for the side labels) down to just below the lowest shaded area, so a
// card on the results page is not mostly legs; never shorter than down to the upper thighs.
function croppedViewBox(ids: readonly string[]): ViewBox {
  const lowest = Math.max(270, ...ids.map((id) => regionGeometry[id]?.bottom ?? 0));
  const bottom = Math.min(figureViewBox.y + figureViewBox.height, lowest + 16);
  return { ...figureViewBox, height: bottom - figureViewBox.y };
}

function Hatch({ id }: { readonly id: string }) {
  return (
    <pattern
      id={id}
      width="5"
      height="5"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="5" height="5" fill={figureColours.referralSpillover} />
      <line
        x1="0"
        y1="0"
        x2="0"
        y2="5"
        stroke={figureColours.referralSpilloverEdge}
        strokeWidth="1.6"
      />
    </pattern>
  );
}

export function ReferralFigure({ point, view, regionName = specName }: ReferralFigureProps) {
  const baseId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const hatchId = (suffix: string): string => `referral-hatch-${baseId}-${suffix}`;
  const zones = referralZones(point);
  const shown = view === undefined ? referralViews(point) : [view];

  return (
    <figure className="referral-figure" style={figureColourProperties}>
      <div className="referral-figure__views">
        {shown.map((v) => {
          const inView = [...zones.over, ...zones.essential, ...zones.spillover].filter(
            (id) => regionGeometry[id]?.view === v,
          );
          const spot = pointSpot(zones.over, v);
          const renderRegion = (id: string, shape: RegionShape) => {
            if (zones.essential.includes(id)) {
              return (
                <path
                  key={id}
                  d={shape.d}
                  data-zone="essential"
                  className="referral-figure__zone referral-figure__zone--essential"
                />
              );
            }
            if (zones.spillover.includes(id)) {
              return (
                <path
                  key={id}
                  d={shape.d}
                  data-zone="spillover"
                  className="referral-figure__zone referral-figure__zone--spillover"
                  style={{ fill: `url(#${hatchId(v)})` }}
                />
              );
            }
            return <path key={id} d={shape.d} className="body-figure__region" />;
          };
          return (
            <BodyFigure
              key={v}
              view={v}
              viewBox={croppedViewBox(inView)}
              renderRegion={renderRegion}
              role="img"
              label={referralDescription(point, v, regionName, shown.length > 1)}
            >
              <defs>
                <Hatch id={hatchId(v)} />
              </defs>
              {spot === undefined ? null : (
                <circle
                  data-zone="point"
                  className="referral-figure__point"
                  cx={spot[0]}
                  cy={spot[1]}
                  r={4.5}
                />
              )}
            </BodyFigure>
          );
        })}
      </div>
      <figcaption>
        <ul className="referral-figure__legend">
          <li>
            <svg className="referral-figure__key" viewBox="0 0 20 20" aria-hidden="true">
              <circle className="referral-figure__point" cx="10" cy="10" r="6" />
            </svg>
            The point to treat
          </li>
          <li>
            <svg className="referral-figure__key" viewBox="0 0 20 20" aria-hidden="true">
              <rect
                className="referral-figure__zone referral-figure__zone--essential"
                x="1"
                y="1"
                width="18"
                height="18"
                rx="3"
              />
            </svg>
            Main pain area
          </li>
          <li>
            <svg className="referral-figure__key" viewBox="0 0 20 20" aria-hidden="true">
              <defs>
                <Hatch id={hatchId('key')} />
              </defs>
              <rect
                className="referral-figure__zone referral-figure__zone--spillover"
                style={{ fill: `url(#${hatchId('key')})` }}
                x="1"
                y="1"
                width="18"
                height="18"
                rx="3"
              />
            </svg>
            Wider pain area (sometimes)
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
