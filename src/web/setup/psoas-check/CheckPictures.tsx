// Two simple drawings for the psoas self-check: feet seen from above with one turned out, and a
// person seen from the front with one shoulder lower. The words beside them say the same.
const stroke = { stroke: 'currentColor', strokeWidth: 2.5, strokeLinejoin: 'round' } as const;

/** A right foot seen from above, heel at (0, 0), toes up; `mirror` makes it a left foot. */
function Foot({ x, y, turn, mirror }: { x: number; y: number; turn: number; mirror?: boolean }) {
  return (
    <g transform={`translate(${x} ${y}) rotate(${turn})${mirror ? ' scale(-1 1)' : ''}`}>
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
      viewBox="44 26 124 98"
      className="check-picture"
      role="img"
      aria-label="Feet seen from above. The left foot points straight ahead. The right foot turns out to the side."
    >
      <Foot x={80} y={104} turn={0} mirror />
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
  const limb = {
    fill: 'none',
    stroke: 'currentColor',
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
  } as const;
  return (
    <svg
      viewBox="28 4 144 116"
      className="check-picture"
      role="img"
      aria-label="A person seen from the front. One shoulder sits lower than the other. A dotted line shows where level would be."
    >
      <path
        d="M34 46 H56 M144 46 H166"
        stroke="currentColor"
        strokeWidth={1.5}
        strokeDasharray="4 4"
      />
      <path d="M95 30 h10 v14 h-10 z" fill="currentColor" />
      <path d="M66 45 L134 55 L126 114 H74 z" {...limb} fill="currentColor" strokeWidth={6} />
      <path d="M62 48 L54 84 L56 112 M138 58 L146 92 L144 116" {...limb} strokeWidth={9} />
      <circle cx="100" cy="22" r="13" fill="currentColor" />
      <path d="M156 46 v10" stroke="currentColor" strokeWidth={1.5} />
      <path d="M153 53 l3 4 l3 -4" fill="none" stroke="currentColor" strokeWidth={1.5} />
    </svg>
  );
}
