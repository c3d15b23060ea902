// "What helps you most": for each point and each technique, the average drop in pain over the
// sessions that worked it, with its 95% interval drawn as a range, or how many more sessions
// it needs (release builds over repeated sessions, so a few are too few to judge).
import { useId } from 'react';
import type { HelpEstimate, WhatHelps as WhatHelpsSummary } from '../../core/progress/index.js';
import { pointName, progressWords, techniqueName } from './progress-words.js';

// The drawn scale: a rise of 4 points on the left to a drop of 8 on the right.
const SCALE_LOW = -4;
const SCALE_HIGH = 8;
const at = (value: number) =>
  `${((Math.min(SCALE_HIGH, Math.max(SCALE_LOW, value)) - SCALE_LOW) / (SCALE_HIGH - SCALE_LOW)) * 100}%`;

function Range({ estimate }: { readonly estimate: HelpEstimate & { status: 'ready' } }) {
  return (
    <span className="help-range" aria-hidden="true">
      <span className="help-range__zero" style={{ left: at(0) }} />
      <span
        className="help-range__interval"
        style={{ left: at(estimate.low), right: `calc(100% - ${at(estimate.high)})` }}
      />
      <span className="help-range__mean" style={{ left: at(estimate.meanDrop) }} />
    </span>
  );
}

function EstimateList(props: {
  readonly title: string;
  readonly estimates: readonly HelpEstimate[];
  readonly nameOf: (id: string) => string;
}) {
  const titleId = useId();
  if (props.estimates.length === 0) return null;
  return (
    <div className="help-group">
      <h3 id={titleId}>{props.title}</h3>
      <ul className="help-list" aria-labelledby={titleId}>
        {props.estimates.map((estimate) => (
          <li key={estimate.id} className="help-item" data-status={estimate.status}>
            <span className="help-item__name">{props.nameOf(estimate.id)}</span>
            <span className="help-item__label">{estimate.label}</span>
            {estimate.status === 'ready' ? <Range estimate={estimate} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function WhatHelps({ whatHelps }: { readonly whatHelps: WhatHelpsSummary }) {
  const empty = whatHelps.triggerPoints.length === 0 && whatHelps.techniques.length === 0;
  if (empty) {
    return (
      <p>
        Not enough data yet. Rate your pain before and after your sessions to see which points and
        techniques help you.
      </p>
    );
  }
  const anyReady = [...whatHelps.triggerPoints, ...whatHelps.techniques].some(
    (estimate) => estimate.status === 'ready',
  );
  return (
    <>
      <EstimateList title="Points" estimates={whatHelps.triggerPoints} nameOf={pointName} />
      <EstimateList title="Techniques" estimates={whatHelps.techniques} nameOf={techniqueName} />
      {anyReady ? (
        <p className="progress-note">
          {progressWords.intervalNote} {progressWords.notCause}
        </p>
      ) : null}
    </>
  );
}
