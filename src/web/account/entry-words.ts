// The words of the sign-in form: signing in, making an account, the setup code and the
// two-step code, kept together so a second language has one place to change.

export const entryWords = {
  modes: 'Sign in or make an account',
  signIn: 'Sign in',
  signUp: 'Make an account',
  submitSignUp: 'Make my account',
  wait: 'Please wait…',
  closed: 'This server does not take new accounts. Ask its administrator to make one for you.',
  invitedOnly:
    'New accounts on this server need an invitation. Ask your therapist or the administrator.',
  firstIsAdmin: 'The first account made on this server becomes its administrator.',
  nameLabel: 'Your name (optional)',
  nameHint:
    "Seen by this server's administrator, and by a therapist only if you choose to share with one. You can change it later.",
  setupCodeLabel: 'Setup code',
  setupCodeHint: 'This server is new. Its owner finds the setup code in the server’s log.',
  email: 'Email',
  password: 'Password',
  passwordNotReady: 'Your password does not meet the rules below yet.',
} as const;

export const twoStepWords = {
  title: 'Two-step sign-in',
  passwordRight: 'Your password for',
  isRight: 'is right. This account also needs',
  needsRecovery: 'one of its recovery codes.',
  needsAppCode: 'the code from your authenticator app.',
  recoveryLabel: 'Recovery code',
  appCodeLabel: '6-digit code from your app',
  typeRecovery: 'Type one of your recovery codes.',
  typeAppCode: 'Type the 6 digits your app shows.',
  useAppCode: 'Use the code from the app',
  useRecovery: 'Use a recovery code',
  startAgain: 'Start again',
} as const;
