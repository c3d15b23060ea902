import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  RATE_RANGE,
  SessionSettings,
  settingsOrDefault,
  VOLUME_RANGE,
} from './settings.js';

describe('sound settings', () => {
  it('start with the browser voice, a calm rate, full volume, sound on and voice commands off', () => {
    expect(defaultSettings).toEqual({
      voice: null,
      rate: 0.9,
      volume: 1,
      muted: false,
      voiceCommands: false,
    });
    expect(settingsOrDefault(null)).toEqual(defaultSettings);
  });

  it('pull any stored rate and volume into the range the sliders offer', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.double({ noNaN: false }), (rate, volume) => {
        const parsed = SessionSettings.parse({ rate, volume });
        expect(parsed.rate).toBeGreaterThanOrEqual(RATE_RANGE.min);
        expect(parsed.rate).toBeLessThanOrEqual(RATE_RANGE.max);
        expect(parsed.volume).toBeGreaterThanOrEqual(VOLUME_RANGE.min);
        expect(parsed.volume).toBeLessThanOrEqual(VOLUME_RANGE.max);
      }),
    );
  });

  it('keep what a person chose and fall back only where a stored value is broken', () => {
    expect(
      SessionSettings.parse({
        voice: 'Daniel',
        rate: 1.2,
        volume: 0.5,
        muted: true,
        voiceCommands: 'x',
      }),
    ).toEqual({ voice: 'Daniel', rate: 1.2, volume: 0.5, muted: true, voiceCommands: false });
  });
});
