// The pain scale down the left of a chart: a faint line and a number at each tick, 0 to 10.
import { chartFrame as frame, painY } from './chart-geometry.js';

export function PainAxis({ ticks }: { readonly ticks: readonly number[] }) {
  return (
    <g className="progress-chart__axis">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={frame.left} x2={frame.width - frame.right} y1={painY(tick)} y2={painY(tick)} />
          <text x={frame.left - 6} y={painY(tick) + 4} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
    </g>
  );
}
