// Safety answers -> level, whether self-care may go on, the reasons and the plan precautions,
// exactly as safety-screen.json says: the highest level that any answer or rule reaches wins.
import type {
  Answers,
  Clearance,
  SeeSomeone,
  TriagePrecaution,
  TriageReason,
  TriageResponse,
  TriageWhen,
} from '../contracts/triage.js';
import type { Level, SpecWhen } from '../spec/index.js';
import { safetyScreen } from '../spec/index.js';
import { clearanceLifts, clearanceResult, clearedNextStep, clearedReason } from './clearance.js';
import { compileScreen, ruleOutcome, type Screen } from './screen.js';
import {
  actionWording,
  alsoTellWording,
  changeWording,
  precautionWording,
  reasonWording,
  stopSoonWording,
} from './wording.js';

export type TriageResult = TriageResponse;

const compiled = compileScreen(safetyScreen);
if (!compiled.ok) {
  // A broken spec must never quietly switch a safety rule off; spec.test.ts and
  // screen.test.ts catch this before it ships.
  throw new Error(`safety-screen.json cannot be read: ${compiled.message}`);
}
const screen: Screen = compiled.value;

const rankOf = (level: Level): number => screen.levels.indexOf(level);

const answeredYes = (answers: Answers, id: string): boolean =>
  Object.hasOwn(answers, id) && answers[id] === true;

const whenFor = (level: Level, sameDay: boolean): SeeSomeone => {
  switch (level) {
    case 'emergency':
      return 'now';
    case 'urgent':
      return sameDay ? 'same-day' : 'within-48-hours';
    case 'routine':
      return 'soon';
    case 'self-care-ok':
      return 'no-need';
  }
};

/**
 * How soon one question or rule, alone, sends a person to be seen. The spec's "when":
 * "same-day" mark decides; the wording adds it only where the spec's own words ask for a
 * same-day check without the mark (leg-weakness-worsening).
 */
export const seeSomeoneFor = (item: {
  readonly id: string;
  readonly level: Level;
  readonly when?: SpecWhen;
}): SeeSomeone =>
  whenFor(item.level, item.when === 'same-day' || reasonWording[item.id]?.sameDay === true);

const stopsAt = (level: Level): boolean => level === 'emergency' || level === 'urgent';

interface ReasonSource {
  readonly id: string;
  readonly level: Level;
  readonly when?: SpecWhen;
  readonly stopsSelfCare: boolean;
  readonly why: string;
  readonly sources: readonly string[];
  readonly conditionsMet?: readonly string[];
}

const reasonFrom = (source: ReasonSource, isRule: boolean): TriageReason => {
  const wording = reasonWording[source.id];
  // A question or rule added to the spec later still speaks, in the spec's own words.
  const why = wording?.why ?? `${source.why[0]?.toUpperCase() ?? ''}${source.why.slice(1)}.`;
  const when = seeSomeoneFor(source);
  const stopsBelowUrgent = source.stopsSelfCare && !stopsAt(source.level);
  const action = wording?.action ?? (stopsBelowUrgent ? stopSoonWording : actionWording[when]);
  return {
    question: source.id,
    message: `${action} ${why}`,
    level: source.level,
    when,
    stopsSelfCare: source.stopsSelfCare,
    why,
    tell: wording?.tell ?? 'what you answered here',
    ...(isRule ? { rule: source.id, conditionsMet: [...(source.conditionsMet ?? [])] } : {}),
    sources: [...source.sources],
  };
};

const questionReasons = (answers: Answers): TriageReason[] =>
  screen.questions
    .filter((question) => question.type === 'boolean' && answeredYes(answers, question.id))
    .filter((question) => rankOf(question.level) > rankOf('self-care-ok'))
    .map((question) => reasonFrom({ ...question, stopsSelfCare: stopsAt(question.level) }, false));

const ruleReasons = (answers: Answers): TriageReason[] =>
  screen.rules.flatMap((rule) => {
    const outcome = ruleOutcome(rule, answers);
    if (!outcome.fires) return [];
    const stopsSelfCare = stopsAt(rule.spec.level) || rule.spec.selfCareAllowed === false;
    return [
      reasonFrom({ ...rule.spec, stopsSelfCare, conditionsMet: outcome.conditionsMet }, true),
    ];
  });

/**
 * One entry per question that set a precaution, in spec order, even when two questions set the
 * same one (API contract): each answer is named on its own, and the plan applies each id once.
 */
const precautionsFor = (answers: Answers): TriagePrecaution[] =>
  screen.questions.flatMap((question) => {
    const id = question.precaution;
    if (id === undefined || !answeredYes(answers, question.id)) return [];
    const wording = precautionWording[id] ?? { change: screen.precautions[id] ?? '', why: '' };
    return [
      {
        question: question.id,
        id,
        questions: [question.id],
        message: `${wording.change} ${wording.why}`.trim(),
        change: wording.change,
        why: wording.why,
      },
    ];
  });

/**
 * Once self-care is stopped, a lesser reason must not still say "go on with self-care" or send
 * the person somewhere slower than the main next step: it becomes something to mention.
 */
const asLesser = (reason: TriageReason, level: Level): TriageReason =>
  reason.stopsSelfCare && reason.level === level
    ? reason
    : { ...reason, message: `${alsoTellWording} ${reason.why}` };

const nextStepFor = (reasons: readonly TriageReason[], level: Level, selfCareAllowed: boolean) => {
  const top = reasons.filter((reason) => reason.level === level);
  if (level === 'urgent') {
    const when = top.some((reason) => reason.when === 'same-day') ? 'same-day' : 'within-48-hours';
    return { when, message: actionWording[when] } as const;
  }
  const when = whenFor(level, false);
  if (!selfCareAllowed && !stopsAt(level)) {
    // A rule such as under-16 stops self-care below the urgent level: say its own action.
    const stopper = reasons.find((reason) => reason.stopsSelfCare);
    const action = (stopper && reasonWording[stopper.question]?.action) ?? stopSoonWording;
    return { when, message: action };
  }
  if (stopsAt(level)) return { when, message: actionWording[when] };
  // A reason with its own action (past cancer: a doctor, not a physio) speaks for the level.
  const own = top.map((reason) => reasonWording[reason.question]?.action).find(Boolean);
  return { when, message: `${own ?? actionWording[when]} ${changeWording}` };
};

/** The contract's `when`: how soon to be seen, or null when nothing needs a clinician. */
const contractWhen = (when: SeeSomeone): TriageWhen => (when === 'no-need' ? null : when);

/**
 * Runs the safety screen. Pure: the same answers always give the same result. Only questions
 * answered yes (or numbers given) are ever named, in reasons, rule conditions or precautions.
 * A clearance (a doctor's check since an urgent result) lifts an urgent stop only: the level,
 * `when` and every precaution stay as the answers say, and the result echoes the clearance.
 */
export function triage(answers: Answers, clearance?: Clearance): TriageResult {
  const found = [...questionReasons(answers), ...ruleReasons(answers)];
  // Highest level first; within a level, spec order (questions, then rules) stays as it is.
  found.sort((a, b) => rankOf(b.level) - rankOf(a.level));
  const level = found.reduce<Level>(
    (highest, reason) => (rankOf(reason.level) > rankOf(highest) ? reason.level : highest),
    'self-care-ok',
  );
  const lifts = clearanceLifts(level, clearance);
  const reasons =
    lifts && clearance
      ? found.map((reason) =>
          reason.level === 'urgent' ? clearedReason(reason, clearance) : reason,
        )
      : found;
  const selfCareAllowed = !reasons.some((reason) => reason.stopsSelfCare);
  const nextStep = nextStepFor(found, level, selfCareAllowed && !lifts);
  return {
    level,
    selfCareAllowed,
    reasons: selfCareAllowed ? reasons : reasons.map((reason) => asLesser(reason, level)),
    precautions: precautionsFor(answers),
    nextStep:
      lifts && clearance && selfCareAllowed
        ? { ...nextStep, message: clearedNextStep(clearance) }
        : nextStep,
    when: contractWhen(nextStep.when),
    ...(clearance ? { clearance: clearanceResult(level, clearance, !selfCareAllowed) } : {}),
  };
}
