import { describe, expect, it } from 'vitest';
import { mobilisations } from '../../content/mobilisations.js';
import { techniques } from '../../content/techniques.js';
import type { SessionEvent } from '../../core/contracts/session-log.js';
import { newSession, next } from '../../core/session/index.js';
import { techniqueStep } from '../session/sample-plan.js';
import { voiceCommandOf } from './voice-commands.js';

describe('voice commands', () => {
  it('hear pause, too much, next and that helped in what people say', () => {
    expect(voiceCommandOf('Pause')).toBe('pause');
    expect(voiceCommandOf('ow, too much!')).toBe('too-much');
    expect(voiceCommandOf('next')).toBe('next');
    expect(voiceCommandOf('skip this one')).toBe('next');
    expect(voiceCommandOf('that helped')).toBe('helped');
    expect(voiceCommandOf('carry on')).toBe('resume');
    expect(voiceCommandOf('go back')).toBe('back');
    expect(voiceCommandOf("I'm ready")).toBe('ready');
    expect(voiceCommandOf('Stop!')).toBe('stop');
    expect(voiceCommandOf('stop it')).toBe('stop');
    expect(voiceCommandOf('Stop and hold on a sore spot.')).toBeNull();
    expect(voiceCommandOf('')).toBeNull();
    expect(voiceCommandOf('what a lovely day')).toBeNull();
  });

  it("do not take the player's own lines for commands, other than the 'Next:' of a new step", () => {
    const steps = techniques.map((t) => techniqueStep(t.id, 'both', t.places[0]!));
    let state = newSession({ steps });
    const heard: string[] = [];
    let at = 1_000;
    const script: SessionEvent['type'][] = [
      'tick',
      'pause',
      'resume',
      'too-much',
      'tick',
      'relief-felt',
      'back',
      'too-much',
      'too-much',
      'skip',
    ];
    const first = next(state, { type: 'start', at });
    if (!first.ok) throw new Error(first.message);
    state = first.value.state;
    const lines = (cues: readonly { kind: string; text?: string }[]) =>
      cues.flatMap((cue) => (cue.kind === 'speak' && cue.text ? [cue.text] : []));
    heard.push(...lines(first.value.cues));
    for (let round = 0; round < steps.length * 6 && state.phase.kind !== 'pain-after'; round++) {
      for (const type of script) {
        at += 9_000;
        const moved = next(state, { type, at } as SessionEvent);
        if (moved.ok) {
          state = moved.value.state;
          heard.push(...lines(moved.value.cues));
        }
      }
    }
    expect(state.phase.kind).toBe('pain-after');
    const own = [
      ...heard,
      ...mobilisations.flatMap((m) => Object.values(m.cues)),
      ...techniques.flatMap((t) => Object.values(t.cues)),
    ].filter((line) => !line.startsWith('Next:'));
    expect(own.length).toBeGreaterThan(100);
    expect(own.filter((line) => voiceCommandOf(line) !== null)).toEqual([]);
  });
});
