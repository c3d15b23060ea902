// The words of the weekly check-in form, and what saving it tells the person.

export const checkInWords = {
  painLegend: 'Your average pain over the past week',
  painHint: '0 is no pain. 10 is the worst pain you can imagine.',
  activitiesLegend: 'Activities that are hard because of your back',
  activitiesHint: 'Up to three, in your own words. Use the same ones each week.',
  activity: (index: number) => `Activity ${index + 1}`,
  howWell: (name: string, index: number) =>
    `How well can you do ${name.trim() || `activity ${index + 1}`} now?`,
  howWellHint: '0 is not at all. 10 is as well as before the pain.',
  remove: (index: number) => `Remove activity ${index + 1}`,
  add: 'Add an activity',
  saving: 'Saving…',
  update: "Update this week's check-in",
  save: "Save this week's check-in",
  savedOnDevice: 'Check-in saved on this device.',
  savedToAccount: 'Check-in saved to your account.',
  savedForLater: 'Saved on this device. It goes to your account when the server can be reached.',
  notSaved: 'The check-in was not saved. Please try again.',
} as const;
