// The browser's speech synthesis, used the player's way: a new batch of lines cancels what is
// still queued, so the voice always speaks about now. Without speech support it stays silent.
import { useEffect, useState } from 'react';
import type { SessionSettings } from './settings.js';

const synth = (): SpeechSynthesis | null =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;

export const speechAvailable = (): boolean => synth() !== null;

/** True while the browser is still speaking one of the player's lines. */
export const isSpeaking = (): boolean => synth()?.speaking ?? false;

export function stopSpeaking(): void {
  synth()?.cancel();
}

/** Says `lines` in order after cancelling anything still queued; nothing at all when muted. */
export function speakLines(lines: readonly string[], settings: SessionSettings): void {
  const speech = synth();
  if (speech === null || lines.length === 0) return;
  speech.cancel();
  if (settings.muted) return;
  const voice =
    settings.voice === null
      ? undefined
      : speech.getVoices().find((candidate) => candidate.voiceURI === settings.voice);
  for (const line of lines) {
    const utterance = new SpeechSynthesisUtterance(line);
    utterance.rate = settings.rate;
    utterance.volume = settings.volume;
    if (voice) {
      utterance.voice = voice;
      utterance.lang = voice.lang;
    }
    speech.speak(utterance);
  }
}

/** The voices this browser offers; some browsers list them only after `voiceschanged`. */
export function useVoices(): readonly SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>(
    () => synth()?.getVoices() ?? [],
  );
  useEffect(() => {
    const speech = synth();
    if (speech === null) return;
    const update = () => setVoices(speech.getVoices());
    update();
    speech.addEventListener('voiceschanged', update);
    return () => speech.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}
