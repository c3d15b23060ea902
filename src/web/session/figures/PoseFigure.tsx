// Draws a pose from poses.ts: thick rounded lines for trunk and limbs, a round head, and the
// floor, wall, chair, pillow or ball it needs. Colours come from CSS (currentColor).
import { type PoseName, type Prop, poseNames, poses } from './poses.js';
import './pose-figure.css';

type XY = readonly [number, number];

const line = (points: readonly XY[]): string =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');

function PropShape({ prop, floorY }: { readonly prop: Prop; readonly floorY: number }) {
  switch (prop.kind) {
    case 'floor':
      return <path className="pose-figure__prop" d={`M4 ${prop.y} H196`} />;
    case 'wall':
      return (
        <path
          className="pose-figure__prop"
          d={`M${prop.x} 4 V${floorY} M${prop.x - 6} 4 V${floorY}`}
        />
      );
    case 'pillow':
      return (
        <rect
          className="pose-figure__soft"
          x={prop.at[0] - prop.width / 2}
          y={prop.at[1] - 2}
          width={prop.width}
          height={floorY - prop.at[1] + 2}
          rx="4"
        />
      );
    case 'chair': {
      const [x, y] = prop.seat;
      const back = prop.facing === 'right' ? x : x + prop.width;
      return (
        <path
          className="pose-figure__prop"
          d={`M${x} ${y} H${x + prop.width} M${x + 3} ${y} V${floorY} M${x + prop.width - 3} ${y} V${floorY} M${back} ${y} V${y - 40}`}
        />
      );
    }
    case 'ball':
      return <circle className="pose-figure__ball" cx={prop.at[0]} cy={prop.at[1]} r="5" />;
  }
}

export interface PoseFigureProps {
  readonly pose: PoseName;
  /** Draw the ball under the body; only when the step uses one. */
  readonly withBall?: boolean;
  readonly className?: string;
}

export function PoseFigure({ pose, withBall = false, className }: PoseFigureProps) {
  const drawn = poses[pose];
  const floorY = drawn.props.find((p) => p.kind === 'floor')?.y ?? 110;
  const props = drawn.props.filter((p) => withBall || p.kind !== 'ball');
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 200 120"
      className={className === undefined ? 'pose-figure' : `pose-figure ${className}`}
      role="img"
      aria-label={poseNames[pose]}
      data-pose={pose}
    >
      <g>
        {props.map((prop) => (
          <PropShape key={`${prop.kind}-${JSON.stringify(prop)}`} prop={prop} floorY={floorY} />
        ))}
        {(drawn.farLimbs ?? []).map((limb) => (
          <path key={line(limb)} className="pose-figure__far" d={line(limb)} />
        ))}
        <path className="pose-figure__trunk" d={line(drawn.trunk)} />
        {drawn.limbs.map((limb) => (
          <path key={line(limb)} className="pose-figure__limb" d={line(limb)} />
        ))}
        <circle
          className="pose-figure__head"
          cx={drawn.head.at[0]}
          cy={drawn.head.at[1]}
          r={drawn.head.r}
        />
      </g>
    </svg>
  );
}
