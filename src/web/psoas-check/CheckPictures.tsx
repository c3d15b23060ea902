// Two simple drawings for the psoas self-check: feet seen from above with one turned out, and a
// person seen from the front with one shoulder lower. The words beside them say the same.
const stroke = { stroke: 'currentColor', strokeWidth: 2.5, strokeLinejoin: 'round' } as const;

/** A foot seen from above, heel at (0, 0), toes pointing up. */
function Foot({ x, y, turn }: { x: number; y: number; turn: number }) {
  return (
    <g transform={`translate(${x} ${y}) rotate(${turn})`}>
      <path
        d="M0 0 c-9 0-12-10-12-24 c0-18 4-34 13-36 c9-1 12 12 11 30 c-1 16-3 30-12 30 z"
        fill="#f3d9c4"
        {...stroke}
      />
      {[-9, -4, 1, 6, 10].map((toe, i) => (
        <circle
          key={toe}
          cx={toe}
          cy={-64 + Math.abs(i - 1) * 2}
          r={i === 0 ? 4 : 3}
          fill="#f3d9c4"
          {...stroke}
          strokeWidth={1.5}
        />
      ))}
    </g>
  );
}

export function FeetPicture() {
  return (
    <svg
      viewBox="0 0 200 120"
      className="check-picture"
      role="img"
      aria-label="Feet seen from above. The left foot points straight ahead. The right foot turns out to the side."
    >
      <Foot x={80} y={104} turn={0} />
      <Foot x={122} y={104} turn={24} />
      <path d="M122 104 V28" stroke="currentColor" strokeWidth={1.5} strokeDasharray="4 4" />
      <text x="80" y="118" textAnchor="middle" fontSize="11" fill="currentColor">
        Left
      </text>
      <text x="128" y="118" textAnchor="middle" fontSize="11" fill="currentColor">
        Right
      </text>
    </svg>
  );
}

export function ShouldersPicture() {
  return (
    <svg
      viewBox="0 0 200 120"
      className="check-picture"
      role="img"
      aria-label="A person seen from the front. One shoulder sits lower than the other. A dotted line shows where level would be."
    >
      <circle cx="100" cy="24" r="14" fill="#f3d9c4" {...stroke} />
      <path
        d="M92 37 v8 L58 50 q-8 2-9 12 L46 116 M108 37 v8 L142 56 q8 2 9 12 L154 116"
        fill="none"
        {...stroke}
      />
      <path d="M66 50 L134 56 L128 116 H72 z" fill="#b9cfc0" {...stroke} />
      <path d="M40 50 H160" stroke="currentColor" strokeWidth={1.5} strokeDasharray="4 4" />
      <path d="M160 50 v6" stroke="currentColor" strokeWidth={1.5} />
    </svg>
  );
}
