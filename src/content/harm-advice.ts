// What to do after a step hurt: stop it, ease the spot, and when to see a clinician or get help
// at once. Shown after a harm report; plain words, each line with its sources.
import { dahmBedRest, frenchHeatCold, nhsBackPain, niceLowBackPain } from './sources.js';

export interface AdviceLine {
  readonly text: string;
  readonly sources: readonly string[];
}

export const harmAdvice = {
  stop: {
    text: 'Stop doing this step. Unknot has taken it out of your plan on both sides. You can put it back later, when the spot feels fine again.',
    sources: [niceLowBackPain],
  },
  ease: {
    text: 'Do not press the sore spot for a few days. Keep moving gently in ways that feel fine, since lying in bed for days tends to slow recovery. A warm pack on the spot for 20 minutes may ease it.',
    sources: [niceLowBackPain, dahmBedRest, frenchHeatCold],
  },
  clinician: {
    text: 'See a doctor or physio if the pain is still bad after a few days. See one too if it gets worse, or if a leg feels numb, tingly or weak.',
    sources: [nhsBackPain, niceLowBackPain],
  },
  urgent: {
    text: 'Get help at once if you cannot hold your pee or poo, or you feel numb between your legs or around your bottom. Get help at once too if both legs feel weak. Call an emergency number or go to the emergency room.',
    sources: [nhsBackPain, niceLowBackPain],
  },
} as const satisfies Readonly<Record<string, AdviceLine>>;
