// Request bodies the benchmarks send, in one place.

/** A plan for four painful regions, with safety answers, tools, places and a psoas check. */
export const planRequest = {
  regions: [
    { id: 'low-back-left', intensity: 6 },
    { id: 'iliac-crest-left', intensity: 5 },
    { id: 'thigh-back-upper-left', intensity: 4 },
    { id: 'neck-base-right', intensity: 3 },
  ],
  answers: { age: 44, 'pain-weeks': 3, 'pain-now': 6, 'blood-thinners': true },
  preferences: {
    tools: ['tennis-ball', 'two-balls-sock'],
    places: ['floor', 'wall'],
    bodySize: 'medium',
    minutes: 20,
  },
  psoasCheck: { footTurnsOut: 'right', shoulderLower: 'none' },
};
