// The two drawings of a plan step: the position (the same drawing the session player shows)
// and, for point work, the point on the body. Colours come from the plan's stylesheet.
import { tools } from '../../content/tools.js';
import type { PlanStep } from '../../core/contracts/plan.js';
import { PointFigure } from '../figures/PointFigure.js';
import { PoseFigure } from '../figures/PoseFigure.js';
import type { StepView } from '../steps/step-view.js';

// A ball or block is what the drawing shows under the body; hands and props are not drawn.
const pressingTools: ReadonlySet<string> = new Set(
  tools.filter((tool) => tool.kind === 'ball' || tool.kind === 'block').map((tool) => tool.id),
);

export function StepFigures({ step, view }: { readonly step: PlanStep; readonly view: StepView }) {
  return (
    <div className="plan-figures">
      <figure className="plan-figure plan-figure--pose">
        <PoseFigure
          pose={view.position}
          withBall={step.tools.some((tool) => pressingTools.has(tool))}
        />
      </figure>
      {view.point === null ? null : (
        <figure className="plan-figure plan-figure--point">
          <PointFigure point={view.point} />
        </figure>
      )}
    </div>
  );
}
