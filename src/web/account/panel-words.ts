// The words of the account screen's panels (name, therapists, two-step sign-in, reminders,
// uploads, access log), one object a panel, so a second language has one place to change.
// Problems the server answers with are worded in account-words.ts.

export const panelWords = {
  displayName: {
    title: 'Your name',
    label: 'Name others see',
    hint: "Seen by this server's administrator, and by a therapist only if you choose to share with one.",
    empty: 'Type the name you want others to see.',
    saved: 'Your name is saved.',
    save: 'Save name',
  },
  therapists: {
    title: 'Your therapists',
    sharingSince: ', sharing since',
    endQuestion: (name: string) =>
      `${name} will no longer see your data, from now on. To share again you would need a new invitation.`,
    confirmEnd: 'Yes, end sharing',
    keep: 'Keep sharing',
    end: 'End sharing',
    endWith: (name: string) => `End sharing with ${name}`,
    ended: (name: string) => `Sharing with ${name} has ended.`,
    none: 'You share your data with no therapist. A therapist can give you an invitation link; you decide after reading what they would see.',
    whatTheySee:
      'These therapists can see your pain maps, safety check results, sessions, progress and check-ins. End it at any time.',
  },
  twoFactor: {
    title: 'Two-step sign-in',
    openApp:
      'Open an authenticator app on your phone (for example FreeOTP, Aegis or Google Authenticator) and scan this code.',
    qrLabel: 'QR code to add Unknot to your authenticator app',
    cannotScan: "Can't scan it? Type this key into the app instead:",
    copyKey: 'Copy the key',
    codeLabel: 'Type the 6-digit code the app shows',
    typeCode: 'Type the 6 digits your app shows now.',
    checking: 'Checking…',
    turnOn: 'Turn on two-step sign-in',
    cancel: 'Cancel',
    isOn: 'Two-step sign-in is on. Signing in asks for your password and a code from your authenticator app.',
    isOnNow: 'Two-step sign-in is on.',
    isOffNow: 'Two-step sign-in is off.',
    typePassword: 'Type your password.',
    turnOff: 'Turn off two-step sign-in',
    turningOff: 'Turning off…',
    offTherapist: 'While it is off, you cannot see your clients.',
    password: 'Your password',
    why: 'Two-step sign-in asks for a code from an app on your phone as well as your password, so a stolen password alone cannot open your account.',
    whyTherapist: ' As a therapist you need it before you can see any client.',
    wait: 'Please wait…',
    setUp: 'Set up two-step sign-in',
  },
  reminders: {
    title: 'Reminders',
    intro:
      'Pick the days and the time for your session. Unknot reminds you here when you open it, and gives you a file for your calendar app.',
    loading: 'Loading your reminders…',
    days: 'Days',
    time: 'Time',
    timeZone: (zone: string) => `In your time zone: ${zone.replaceAll('_', ' ')}.`,
    pickDay: 'Pick at least one day.',
    saved: 'Reminders saved.',
    off: 'Reminders are off.',
    saving: 'Saving…',
    save: 'Save reminders',
    turnOff: 'Turn reminders off',
    calendar: 'Add to your calendar (.ics file)',
    calendarHint: (days: string, time: string) =>
      `Open the file on your phone or computer. Your calendar app adds an event that repeats on ${days} at ${time}.`,
  },
  accessLog: {
    title: 'Who has looked at your data',
    nobody: 'Nobody but you has looked at your data.',
    intro: 'Newest first. Everything anyone but you has looked at or changed is listed here.',
    loading: 'Loading…',
    older: 'Show older entries',
  },
  upload: {
    byItself: 'Each session you finish on this device is saved to your account by itself.',
    trying: 'Trying…',
    tryNow: 'Try again now',
  },
} as const;
