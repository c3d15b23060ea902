// Reads the psoas self-check (S09): a foot that turns out and a shoulder that sits lower hint at
// a short psoas on that side. Hints only: posture signs link weakly to pain (Swain et al. 2020).
import type { PsoasCheck, PsoasFinding } from '../contracts/plan.js';

const hintsOnly = 'These looks are only hints, not a test.';
const sideWords = (side: 'left' | 'right') => `the ${side} side`;

/**
 * Either sign is enough to suggest a short psoas on its side; both on one side agree. Signs on
 * different sides, or both feet turned out, suggest both sides, and gentle releases suit both.
 */
export function readPsoasCheck(check: PsoasCheck | undefined): PsoasFinding {
  const foot = check?.footTurnsOut ?? 'none';
  const shoulder = check?.shoulderLower ?? 'none';
  if (foot === 'none' && shoulder === 'none') {
    return {
      suggestsShort: false,
      side: null,
      message:
        check === undefined
          ? 'You did not do the psoas check, so the plan starts with the trigger points.'
          : 'Neither look hinted at a short psoas, so the plan starts with the trigger points.',
    };
  }
  if (foot === 'both') {
    return {
      suggestsShort: true,
      side: 'both',
      message: `Both feet turn out, so the psoas on each side may be short. ${hintsOnly}`,
    };
  }
  if (foot !== 'none' && shoulder !== 'none' && foot !== shoulder) {
    return {
      suggestsShort: true,
      side: 'both',
      message: `Your foot and your shoulder point to different sides, so the plan eases both sides. ${hintsOnly}`,
    };
  }
  const side = foot !== 'none' ? foot : (shoulder as 'left' | 'right');
  const signs =
    foot !== 'none' && shoulder !== 'none'
      ? `Your ${side} foot turns out and your ${side} shoulder sits lower.`
      : foot !== 'none'
        ? `Your ${side} foot turns out.`
        : `Your ${side} shoulder sits lower.`;
  return {
    suggestsShort: true,
    side,
    message: `${signs} The psoas on ${sideWords(side)} may be short. ${hintsOnly}`,
  };
}
