// Turns the figure's sketched points into smooth SVG path data, so the body reads as drawn
// by hand rather than built from boxes, and mirrors one half of the body onto the other.

/** A point in the figure's drawing space (the SVG viewBox units), x to the right, y down. */
export type Point = readonly [x: number, y: number];

/**
 * A run is a stretch of outline drawn as one smooth curve through its points. Runs meet at
 * corners (the last point of one run is the first of the next), which lets a shape be soft
 * along the body's contour and still have a crisp corner where two regions meet.
 */
export type Run = readonly Point[];

/** The centre line of the figure: the spine on the back view, the breastbone on the front. */
export const midlineX = 100;

const round = (value: number): string => String(Math.round(value * 10) / 10);
const at = ([x, y]: Point): string => `${round(x)} ${round(y)}`;

/** The Bezier piece from p1 to p2 of a Catmull-Rom spline through p0, p1, p2, p3. */
function curve(p0: Point, p1: Point, p2: Point, p3: Point): string {
  const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
  const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
  return `C ${at(c1)} ${at(c2)} ${at(p2)}`;
}

// Uniform Catmull-Rom spline as cubic Bezier pieces. The ends use a reflected phantom point,
// so a run drawn backwards traces exactly the same curve: two regions that share a border
// list the same run in opposite orders and meet without a gap or an overlap.
function runCurves(run: Run): string {
  const parts: string[] = [];
  for (let i = 0; i + 1 < run.length; i += 1) {
    const p1 = run[i]!;
    const p2 = run[i + 1]!;
    parts.push(curve(run[i - 1] ?? reflect(p2, p1), p1, p2, run[i + 2] ?? reflect(p1, p2)));
  }
  return parts.join(' ');
}

/** `point` reflected through `centre`. */
function reflect(point: Point, centre: Point): Point {
  return [2 * centre[0] - point[0], 2 * centre[1] - point[1]];
}

/** An open smooth line through the runs, one after the other. */
export function openPath(runs: readonly Run[]): string {
  const first = runs[0]?.[0];
  if (first === undefined) return '';
  return [`M ${at(first)}`, ...runs.filter((run) => run.length > 1).map(runCurves)].join(' ');
}

/** A closed smooth shape whose outline is the runs in order, back to the start. */
export function closedPath(runs: readonly Run[]): string {
  const path = openPath(runs);
  return path === '' ? '' : `${path} Z`;
}

/** A closed shape smooth all the way round, with no corner: for a calf or a foot. */
export function loopPath(points: readonly Point[]): string {
  const count = points.length;
  if (count < 3) return '';
  const pointAt = (i: number): Point => points[(i + count) % count]!;
  const parts = [`M ${at(pointAt(0))}`];
  for (let i = 0; i < count; i += 1) {
    parts.push(curve(pointAt(i - 1), pointAt(i), pointAt(i + 1), pointAt(i + 2)));
  }
  return `${parts.join(' ')} Z`;
}

/** The run traced the other way: the same line, for the neighbour on its other side. */
export function reversed(run: Run): Run {
  return [...run].reverse();
}

/** The point seen in a mirror standing on the midline. */
export function mirrorPoint([x, y]: Point): Point {
  return [2 * midlineX - x, y];
}

/** A whole outline seen in the mirror on the midline: the same shape on the other side. */
export function mirrorRuns(runs: readonly Run[]): Run[] {
  return runs.map((run) => run.map(mirrorPoint));
}
