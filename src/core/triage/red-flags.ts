// The warning-sign lists (Learn's "when to see a professional", the bad-night page) generated
// from safety-screen.json, grouped by level and how soon to be seen, so they cannot disagree
// with the screen: a sign is listed exactly where triage would send a person.
import type { TriageWhen } from '../contracts/triage.js';
import { type Level, type SafetyScreenSpec, safetyScreen } from '../spec/index.js';
import { redFlagWords } from './red-flag-words.js';
import { seeSomeoneFor } from './triage.js';
import { actionWording } from './wording.js';

export interface RedFlag {
  /** The spec's question or rule id. */
  readonly id: string;
  readonly kind: 'question' | 'rule';
  /** One plain line, read after the group's heading. */
  readonly words: string;
  /** True when this sign stops self-care (every emergency and urgent one, and under-16). */
  readonly stopsSelfCare: boolean;
  readonly sources: readonly string[];
}

export interface RedFlagGroup {
  readonly level: Exclude<Level, 'self-care-ok'>;
  readonly when: Exclude<TriageWhen, null>;
  /** A short heading, such as "See a doctor today if you have". */
  readonly heading: string;
  /** What to do, in the same words triage uses. */
  readonly action: string;
  readonly flags: readonly RedFlag[];
}

const headings: Readonly<Record<RedFlagGroup['when'], string>> = {
  now: 'Get emergency help now if you have',
  'same-day': 'See a doctor today if you have',
  'within-48-hours': 'See a doctor within 24 to 48 hours if you have',
  soon: 'See a doctor or physio soon if you have',
};

const order: readonly RedFlagGroup['when'][] = ['now', 'same-day', 'within-48-hours', 'soon'];

/**
 * Every yes/no question above self-care-ok and every rule of the spec, grouped by how soon it
 * sends a person to be seen (most urgent first, spec order within a group). A sign without
 * plain words falls back to the spec's own "why", so a sign added later is never dropped.
 */
export function redFlagGroups(spec: SafetyScreenSpec = safetyScreen): RedFlagGroup[] {
  const items = [
    ...spec.questions
      .filter((question) => question.type === 'boolean' && question.level !== 'self-care-ok')
      .map((question) => ({ ...question, kind: 'question' as const, stops: false })),
    ...spec.rules.map((rule) => ({
      ...rule,
      kind: 'rule' as const,
      stops: rule.selfCareAllowed === false,
    })),
  ];
  const byWhen = new Map<RedFlagGroup['when'], { level: Level; flags: RedFlag[] }>();
  for (const item of items) {
    const when = seeSomeoneFor(item);
    if (when === 'no-need') continue;
    const group = byWhen.get(when) ?? { level: item.level, flags: [] };
    group.flags.push({
      id: item.id,
      kind: item.kind,
      words: redFlagWords[item.id] ?? item.why,
      stopsSelfCare: item.stops || item.level === 'emergency' || item.level === 'urgent',
      sources: [...item.sources],
    });
    byWhen.set(when, group);
  }
  return order.flatMap((when) => {
    const group = byWhen.get(when);
    if (group === undefined || group.level === 'self-care-ok') return [];
    return [
      {
        level: group.level,
        when,
        heading: headings[when],
        action: actionWording[when],
        flags: group.flags,
      },
    ];
  });
}
