// The 0-10 pain scale on the body map: keeping a number on the scale, a plain word for it,
// and the colours that show it on the figure with enough contrast (WCAG 2.2 AA).
// The scale itself (its ends, its middle, keeping a number on it) is the pain-map model's.
import { clampIntensity, maxIntensity } from '../../core/body/pain-map.js';

export {
  clampIntensity,
  defaultIntensity,
  maxIntensity,
  minIntensity,
} from '../../core/body/pain-map.js';

/** One step up or down the scale, stopping at its ends. */
export function stepIntensity(value: number, step: 1 | -1): number {
  return clampIntensity(clampIntensity(value) + step);
}

/** A word for the number, so the scale means the same to everyone who reads it. */
export function painWord(intensity: number): 'no pain' | 'mild' | 'moderate' | 'severe' {
  const value = clampIntensity(intensity);
  if (value === 0) return 'no pain';
  if (value <= 3) return 'mild';
  if (value <= 6) return 'moderate';
  return 'severe';
}

// The figure's own colours. The component hands them to the CSS as custom properties, so
// the colours tested here are the colours drawn.
export const figureColours = {
  /** The body. */
  skin: '#ede3d5',
  /** The body's outline and the side labels. */
  ink: '#2b2622',
  /** The edge of an unmarked region: 3:1 against the skin so each area reads as a control. */
  regionEdge: '#7d6f62',
  /** The number drawn on a marked region. */
  painNumber: '#ffffff',
  /** The main (essential) referral zone: dark. */
  referralEssential: '#7a1f2b',
  /** The wider (spillover) referral zone: light, with a hatch and a dark dashed edge. */
  referralSpillover: '#f4bdb4',
  referralSpilloverEdge: '#8f2331',
} as const;

// Every stop is dark enough that white numbers on it pass 4.5:1 and it stands out 3:1 from
// the skin, and each is darker than the one before, so the scale also reads in greyscale.
const painStops: readonly (readonly [number, number, number])[] = [
  [0x9a, 0x5b, 0x00],
  [0xb0, 0x3a, 0x12],
  [0xa8, 0x1c, 0x22],
  [0x6d, 0x0b, 0x1f],
];

/** The fill for a marked region at this intensity: dark amber at 0 to deep crimson at 10. */
export function painFill(intensity: number): string {
  const position = (clampIntensity(intensity) / maxIntensity) * (painStops.length - 1);
  const index = Math.min(Math.floor(position), painStops.length - 2);
  const share = position - index;
  const from = painStops[index]!;
  const to = painStops[index + 1]!;
  const channel = (i: 0 | 1 | 2): string =>
    Math.round(from[i] + (to[i] - from[i]) * share)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** Relative luminance of a `#rrggbb` colour, as WCAG defines it. */
export function relativeLuminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const linear = (shift: number): number => {
    const s = ((value >> shift) & 0xff) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(16) + 0.7152 * linear(8) + 0.0722 * linear(0);
}

/** WCAG contrast ratio between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
