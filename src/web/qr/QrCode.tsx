// A QR code drawn from the server's modules ("1" = dark) as plain SVG rectangles with a
// quiet zone: no library in the browser and no markup from the server put into the page.
import type { QrCode as QrModules } from '../../core/contracts/therapists.js';
import './qr-code.css';

/** A scanner needs four light modules around the code (ISO/IEC 18004). */
const QUIET_ZONE = 4;

interface Run {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** Dark modules joined into runs along each row: far fewer shapes than one per module. */
export function darkRuns(qr: QrModules): readonly Run[] {
  const runs: Run[] = [];
  qr.rows.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x++) {
      const dark = row[x] === '1';
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  });
  return runs;
}

export function QrCode({ qr, label }: { readonly qr: QrModules; readonly label: string }) {
  const side = qr.size + QUIET_ZONE * 2;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#ffffff" />
      <g fill="#000000" transform={`translate(${QUIET_ZONE} ${QUIET_ZONE})`}>
        {darkRuns(qr).map((run) => (
          <rect key={`${run.x}-${run.y}`} x={run.x} y={run.y} width={run.width} height={1} />
        ))}
      </g>
    </svg>
  );
}
