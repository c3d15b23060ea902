// Draws a pose from poses.ts: thick rounded lines for trunk and limbs, a round head, and the
// floor, wall, chair, pillow or ball it needs. Colours come from CSS (currentColor).
import { type Pose, type PoseName, type Prop, poseNames, poses } from './poses.js';
import './pose-figure.css';

type XY = readonly [number, number];

const line = (points: readonly XY[]): string =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const MARGIN = 8;
/** Every drawing gets the same frame shape, so all are drawn at one scale and line weight. */
const ASPECT = 1.6;

/** The drawing's own extent, widened or heightened to the common frame around its centre. */
export function poseBox(pose: Pose): Box {
  const { at, r } = pose.head;
  const points: XY[] = [
    ...pose.trunk,
    ...pose.limbs.flat(),
    ...(pose.farLimbs ?? []).flat(),
    [at[0] - r, at[1] - r],
    [at[0] + r, at[1] + r],
  ];
  for (const prop of pose.props) {
    if (prop.kind === 'floor') points.push([at[0], prop.y]);
    if (prop.kind === 'wall') points.push([prop.x - 6, at[1]]);
    if (prop.kind === 'ball') points.push([prop.at[0] - 5, prop.at[1] - 5]);
    if (prop.kind === 'pillow') points.push([prop.at[0] - prop.width / 2, prop.at[1]]);
    if (prop.kind === 'chair') {
      points.push([prop.seat[0], prop.seat[1] - 40], [prop.seat[0] + prop.width, prop.seat[1]]);
    }
  }
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const left = Math.min(...xs) - MARGIN;
  const top = Math.min(...ys) - MARGIN;
  const width = Math.max(...xs) + MARGIN - left;
  const height = Math.max(...ys) + MARGIN - top;
  const framed = {
    width: Math.max(width, height * ASPECT),
    height: Math.max(height, width / ASPECT),
  };
  return {
    x: left - (framed.width - width) / 2,
    // Extra height goes above: a lying figure rests on the bottom of its frame.
    y: top - (framed.height - height),
    ...framed,
  };
}

interface PropShapeProps {
  readonly prop: Prop;
  readonly box: Box;
  readonly floorY: number;
}

function PropShape({ prop, box, floorY }: PropShapeProps) {
  switch (prop.kind) {
    case 'floor':
      return <path className="pose-figure__prop" d={`M${box.x} ${prop.y} H${box.x + box.width}`} />;
    case 'wall':
      return (
        <path
          className="pose-figure__prop"
          d={`M${prop.x} ${box.y} V${floorY} M${prop.x - 6} ${box.y} V${floorY}`}
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
  const box = poseBox(drawn);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      className={className === undefined ? 'pose-figure' : `pose-figure ${className}`}
      role="img"
      aria-label={poseNames[pose]}
      data-pose={pose}
    >
      <g>
        {props.map((prop) => (
          <PropShape
            key={`${prop.kind}-${JSON.stringify(prop)}`}
            prop={prop}
            box={box}
            floorY={floorY}
          />
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
