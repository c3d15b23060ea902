// The arithmetic of the small progress charts: where a pain score, a slot or a day sits in
// the drawing, which ticks get a label, and short dates. Pure, so the charts stay simple.

export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Drawn at about phone width, so its words stay readable when it scales down to 320 px. */
export const chartFrame: ChartFrame = {
  width: 340,
  height: 190,
  left: 30,
  right: 12,
  top: 12,
  bottom: 28,
};

export const plotWidth = (frame: ChartFrame): number => frame.width - frame.left - frame.right;
export const plotHeight = (frame: ChartFrame): number => frame.height - frame.top - frame.bottom;

/** Pain 0 sits on the bottom line, 10 on the top one. */
export const painY = (pain: number, frame: ChartFrame = chartFrame): number =>
  frame.top + ((10 - Math.min(10, Math.max(0, pain))) / 10) * plotHeight(frame);

/** The centre of slot `index` of `count` equal slots across the plot. */
export const slotX = (index: number, count: number, frame: ChartFrame = chartFrame): number =>
  frame.left + (plotWidth(frame) * (index + 0.5)) / Math.max(1, count);

/** Where a day sits between the first and the last day shown (a lone day sits in the middle). */
export const dayX = (
  day: number,
  firstDay: number,
  lastDay: number,
  frame: ChartFrame = chartFrame,
): number => {
  if (lastDay <= firstDay) return frame.left + plotWidth(frame) / 2;
  const inset = 6;
  return (
    frame.left + inset + ((day - firstDay) / (lastDay - firstDay)) * (plotWidth(frame) - 2 * inset)
  );
};

export const painTicks: readonly number[] = [0, 2, 4, 6, 8, 10];

/** At most `most` evenly spread indexes of `count`, always the first and the last. */
export function labelledIndexes(count: number, most: number): number[] {
  if (count <= 0) return [];
  if (count <= most) return Array.from({ length: count }, (_, i) => i);
  if (most <= 1) return [count - 1];
  const step = (count - 1) / (most - 1);
  const picked = Array.from({ length: most }, (_, i) => Math.round(i * step));
  return [...new Set(picked)];
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-03-04" -> "4 Mar"; anything else comes back as it is. */
export function shortDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month}` : date;
}

/** An SVG path through the points, in order. */
export const linePath = (points: readonly { readonly x: number; readonly y: number }[]): string =>
  points
    .map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x.toFixed(1)} ${point.y.toFixed(1)}`)
    .join(' ');

/** The last `most` items, oldest first. */
export const latest = <T>(items: readonly T[], most: number): T[] =>
  items.slice(Math.max(0, items.length - most));
