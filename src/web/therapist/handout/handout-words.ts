// The safety rules every handout prints, in plain words (the same rules the app says before
// and during each session: the safety screen, the session's stop rules, the red flags).
export const handoutSafetyRules: readonly string[] = [
  'Press only as hard as feels strong but bearable. It should never be sharp.',
  'Stop at once if a spot hurts more, or you feel numbness, tingling or pain shooting down a leg.',
  'Never press on the bones of the spine, on a bruise, a wound or a swollen area.',
  'Answer the safety questions in the app again if anything changes, and at least once a week.',
  'Get medical help now if you have new numbness between your legs, trouble passing urine or controlling your bowels, or weakness in your legs.',
];
