// Which bad-night entries a person may be offered, given the limits of their latest safety
// screen, and a plain reason for each one left out: a precaution binds here as in the plan.
import { nightPositions } from '../../content/night-positions.js';
import type { NightPosition } from '../../content/schema.js';
import type { LimitId } from '../plan/limits.js';

/** What the bad-night mode needs to know of the latest screen. */
export interface NightLimits {
  /** From activeLimits(answers, result.precautions). */
  readonly limits: ReadonlySet<LimitId>;
  /** False while the latest screen stops self-care (emergency, urgent not cleared, under 16). */
  readonly selfCareAllowed: boolean;
}

/** Why an entry is left out: a precaution id, or `stop` while self-care is stopped. */
export type NightBlock = LimitId | 'stop';

export interface NightLeftOut {
  readonly entry: NightPosition;
  readonly because: readonly NightBlock[];
  /** One plain sentence per block, in the order of `because`. */
  readonly reasons: readonly string[];
}

export interface NightChoices {
  readonly offered: readonly NightPosition[];
  /** Plain cautions on an offered entry, keyed by entry id (heat near a marked area). */
  readonly cautions: Readonly<Record<string, readonly string[]>>;
  readonly leftOut: readonly NightLeftOut[];
}

// Why each limit rules an entry out. Pregnancy: lying flat on the back in later pregnancy can
// press on the main vein and cut blood flow (NHS, Sleeping positions in pregnancy). Traction
// is contraindicated after spine surgery, with fragile bones and with an unexplained serious
// sign (Wegner et al. 2013, Cochrane CD003010, exclusion criteria; Bartsch et al. 2021).
const words = {
  pregnancy: 'In pregnancy, lying flat on your back can press on a big vein and make you faint.',
  'no-leg-pressure':
    'You told us about a swollen leg or a blood clot, and this puts weight on your legs.',
  'gentle-pressure-no-heat':
    'You told us some skin has less feeling, so you might not notice a burn.',
  'fragile-bones': 'Hanging pulls on the spine, which thin bones may not take.',
  'avoid-operated-area': 'Hanging pulls on the spine, which is not safe so soon after surgery.',
  stop: 'Your safety answers say to see a doctor first, so nothing here should pull on your spine.',
} as const satisfies Partial<Record<NightBlock, string>>;

const pullsSpine = (entry: NightPosition) => entry.kind === 'traction';

/** The blocks on one entry, each checked on what the entry does, not on its id. */
function blocksOf(entry: NightPosition, night: NightLimits): (keyof typeof words)[] {
  const { limits } = night;
  const checks: [keyof typeof words, boolean][] = [
    ['stop', !night.selfCareAllowed && pullsSpine(entry)],
    ['pregnancy', limits.has('pregnancy') && entry.lyingOnBack],
    ['no-leg-pressure', limits.has('no-leg-pressure') && entry.pressesOver.includes('leg')],
    ['gentle-pressure-no-heat', limits.has('gentle-pressure-no-heat') && entry.kind === 'heat'],
    ['fragile-bones', limits.has('fragile-bones') && pullsSpine(entry)],
    ['avoid-operated-area', limits.has('avoid-operated-area') && pullsSpine(entry)],
  ];
  return checks.filter(([, blocked]) => blocked).map(([block]) => block);
}

const heatNearMarkedArea =
  'Keep heat off any area you were asked to keep clear, such as a wound, a rash or a hot, swollen spot.';

/**
 * The bad-night entries these limits allow, in content order, and every entry left out with
 * its reasons. Pure: the web passes the stored screen's limits.
 */
export function nightChoices(
  night: NightLimits,
  entries: readonly NightPosition[] = nightPositions,
): NightChoices {
  const offered: NightPosition[] = [];
  const leftOut: NightLeftOut[] = [];
  const cautions: Record<string, string[]> = {};
  for (const entry of entries) {
    const blocks = blocksOf(entry, night);
    if (blocks.length > 0) {
      leftOut.push({ entry, because: blocks, reasons: blocks.map((block) => words[block]) });
      continue;
    }
    offered.push(entry);
    if (entry.kind === 'heat' && night.limits.has('skip-marked-area')) {
      cautions[entry.id] = [heatNearMarkedArea];
    }
  }
  return { offered, cautions, leftOut };
}
