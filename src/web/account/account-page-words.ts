// The words of the account page around its panels: signed out, signed in, and the notices
// after signing in, out or deleting, so a second language has one place to change.

export const accountPageWords = {
  title: 'Your account',
  back: 'Back to the start',
  deviceKeepsCopy:
    'This device still keeps its own copy of your plan, pain map and sessions, so the app keeps working here.',
  deviceCleared: 'This device is cleared too.',
  clearDevice: 'Clear this device too',
  noNeed:
    'You do not need an account. Everything works on this device without one: the body map, the safety check, your plan and your sessions.',
  whatItKeeps:
    'An account keeps your history on the Unknot server you run, not only on this phone. You can download it or delete it at any time.',
  signedInAs: 'Signed in as',
  youAreAdmin:
    'You are the administrator of this Unknot server, because yours was the first account made here.',
  adminLink: 'Administration: accounts and roles',
  yourClients: 'Your clients',
  seeProgress: 'See your progress',
  made: 'Your account is made.',
  signedIn: 'You are signed in.',
  saving: 'Saving what this device holds…',
  signedOutEverywhere: 'You are signed out on every device. Everything still works on this one.',
  signedOut:
    'You are signed out. Your records stay on this device, and everything still works here.',
  deleted: 'Your account and all it kept on this server are deleted. You are signed out.',
} as const;
