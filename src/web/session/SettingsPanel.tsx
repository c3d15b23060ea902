// Sound and voice settings, kept on the device: mute, voice, speed, volume, and the optional
// voice commands. "Try the voice" says one line so a person can hear the change.
import { useId } from 'react';
import { sessionSettingsRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import {
  clampRate,
  clampVolume,
  RATE_RANGE,
  type SessionSettings,
  settingsOrDefault,
  VOLUME_RANGE,
} from '../hands-free/settings.js';
import { speakLines, speechAvailable, useVoices } from '../hands-free/speech.js';
import { type ListeningState, voiceCommandsAvailable } from '../hands-free/use-voice-commands.js';
import './settings.css';

export function useSessionSettings(): SessionSettings {
  return settingsOrDefault(useDeviceRecord(sessionSettingsRecord));
}

const listeningWords: Record<ListeningState, string | null> = {
  off: null,
  listening: 'Listening for: pause, carry on, too much, stop, that helped, next, go back, ready.',
  blocked: 'The microphone is blocked, so voice commands are off. The buttons and keys still work.',
  unavailable: null,
};

export function SettingsPanel({ listening }: { readonly listening: ListeningState }) {
  const settings = useSessionSettings();
  const voices = useVoices();
  const ids = { voice: useId(), rate: useId(), volume: useId() };
  const change = (patch: Partial<SessionSettings>) =>
    sessionSettingsRecord.write({ ...settings, ...patch });
  const canSpeak = speechAvailable();
  const canListen = voiceCommandsAvailable();
  return (
    <details className="settings">
      <summary>Sound and voice settings</summary>
      <div className="settings__body">
        <label className="settings__check">
          <input
            type="checkbox"
            checked={settings.muted}
            onChange={(event) => change({ muted: event.currentTarget.checked })}
          />
          Mute voice and beeps (captions stay on screen)
        </label>
        {canSpeak ? (
          <>
            <label htmlFor={ids.voice}>Voice</label>
            <select
              id={ids.voice}
              value={settings.voice ?? ''}
              onChange={(event) => change({ voice: event.currentTarget.value || null })}
            >
              <option value="">Your device's usual voice</option>
              {voices.map((voice) => (
                <option key={voice.voiceURI} value={voice.voiceURI}>
                  {voice.name} ({voice.lang})
                </option>
              ))}
            </select>
            <label htmlFor={ids.rate}>Speed: {settings.rate.toFixed(1)}</label>
            <input
              id={ids.rate}
              type="range"
              min={RATE_RANGE.min}
              max={RATE_RANGE.max}
              step={RATE_RANGE.step}
              value={settings.rate}
              onChange={(event) => change({ rate: clampRate(Number(event.currentTarget.value)) })}
            />
            <label htmlFor={ids.volume}>Volume: {Math.round(settings.volume * 100)}%</label>
            <input
              id={ids.volume}
              type="range"
              min={VOLUME_RANGE.min}
              max={VOLUME_RANGE.max}
              step={VOLUME_RANGE.step}
              value={settings.volume}
              onChange={(event) =>
                change({ volume: clampVolume(Number(event.currentTarget.value)) })
              }
            />
            <button
              type="button"
              className="player-button"
              onClick={() => speakLines(['This is how the session will sound.'], settings)}
            >
              Try the voice
            </button>
          </>
        ) : (
          <p>This browser cannot speak, so follow the captions and the beeps.</p>
        )}
        {canListen ? (
          <label className="settings__check">
            <input
              type="checkbox"
              checked={settings.voiceCommands}
              onChange={(event) => change({ voiceCommands: event.currentTarget.checked })}
            />
            Voice commands: say "pause", "too much", "that helped" or "next" (uses the microphone)
          </label>
        ) : (
          <p>This browser cannot listen for voice commands. The buttons and keys do the same.</p>
        )}
        {listeningWords[listening] === null ? null : (
          <p role="status">{listeningWords[listening]}</p>
        )}
      </div>
    </details>
  );
}
