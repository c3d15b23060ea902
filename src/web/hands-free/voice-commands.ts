// Words the player listens for when voice commands are on. Whole words only, chosen apart from
// the player's own lines ("Skipping.", "Going back.", "hold on a sore spot"); the listener also
// ignores what it hears while the player is speaking ("Next: ...").

export type VoiceCommand =
  | 'pause'
  | 'resume'
  | 'too-much'
  | 'stop'
  | 'next'
  | 'back'
  | 'helped'
  | 'ready';

const phrases: readonly (readonly [VoiceCommand, RegExp])[] = [
  ['too-much', /\b(too much|too hard|it hurts|ouch)\b/],
  // "Stop" said on its own ends the point at once. Only on its own: roll cues say "Stop and
  // hold on a sore spot", which is no command.
  ['stop', /^(stop)( (stop|it|now|please|that|this))*$/],
  ['helped', /\b(that helped|it helped|helped|better now)\b/],
  ['resume', /\b(resume|carry on|keep going|go on|continue)\b/],
  ['pause', /\b(pause|wait)\b/],
  ['next', /\b(next|skip)\b/],
  ['back', /\b(go back|previous)\b/],
  ['ready', /\b(ready|i am ready|i m ready)\b/],
];

/** The command in what was heard, or null. Earlier phrases win ("too much" over "much"). */
export function voiceCommandOf(transcript: string): VoiceCommand | null {
  const heard = transcript
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (heard === '') return null;
  for (const [command, pattern] of phrases) {
    if (pattern.test(heard)) return command;
  }
  return null;
}
