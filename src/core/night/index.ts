// The bad-night mode's public face: which rest positions, heat and traction a person's latest
// safety screen allows, and why the others are left out.
export {
  type NightBlock,
  type NightChoices,
  type NightLeftOut,
  type NightLimits,
  nightChoices,
} from './night-choices.js';
