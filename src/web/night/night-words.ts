// The words of the bad-night screen: headings, captions, what to have at hand and the timer
// lines, so a second language has one place to change. Entry texts and stop rules come from
// the knowledge base and the night timer.

export const nightWords = {
  title: 'A bad night',
  lead: 'Sharp pain keeping you awake? Lie down in one of these positions. They take some load off your low back. The screen stays dim.',
  warningLine: 'Numb between the legs, trouble peeing, or weak legs? Get help now.',
  allWarningSigns: 'All the warning signs',
  getHelpNow: 'Get help now if',
  callEmergency: 'Call your local emergency number.',
  warningSigns: 'Go through the warning signs',
  position: (index: number, name: string) => `Position ${index + 1}: ${name}`,
  restHeadings: {
    'night-knees-bent': 'knees bent',
    'night-legs-raised': 'legs on a chair',
    'night-side-lying': 'on your side',
  } as Readonly<Record<string, string>>,
  otherHeadings: {
    'night-heat': 'Warm, moist heat, not ice',
    'night-firm-surface': 'A firm surface',
    'night-mattress': 'If your mattress sags',
  } as Readonly<Record<string, string>>,
  kneesBentCaption: 'On your back, knees bent, feet flat, a thin pillow under your head.',
  kneesBentNeed: 'A firm surface, such as the floor with a blanket, and a thin pillow.',
  legsRaisedCaption:
    'On your back with your lower legs on a chair seat: hips and knees bent to a right angle.',
  legsRaisedNeed:
    'A chair. No chair? A stack of books with a thick pillow on top, or a sturdy coffee table.',
  sideLyingNeed: 'A firm bed or a mat, and two or three pillows.',
  restTimer: 'Rest timer',
  startRest: 'Start the 10-minute rest timer',
  restStart: 'Ten minutes. Breathe slowly and let your back sink into the floor.',
  restEnd:
    'Ten minutes are up. Stay longer if it feels good. To get up, roll onto your side first.',
  hangHeading: 'Optional: let your hips hang',
  hangCaption: 'Knees hooked over the front of the seat, hips a little off the floor.',
  hangTimer: 'Hip hanging timer',
  startHang: (minutes: number) =>
    `Start hanging for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
  hangEnd: 'Time is up. Lower your hips to the floor slowly, then rest.',
  leftOut: 'Left out for you',
  leftOutWhy: 'Your safety answers rule these out for now.',
  back: 'Back to the start',
} as const;
