// Listens for spoken commands where the browser has speech recognition and the person turned
// them on. Never needed: every command is also a button and a key.
import { useEffect, useRef, useState } from 'react';
import { isSpeaking } from './speech.js';
import { type VoiceCommand, voiceCommandOf } from './voice-commands.js';

// The parts of the Web Speech recognition API used here; TypeScript's DOM types lack it.
interface RecognitionResultList {
  readonly length: number;
  readonly [index: number]: {
    readonly isFinal: boolean;
    readonly 0: { readonly transcript: string };
  };
}
interface Recognition extends EventTarget {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  start(): void;
  stop(): void;
  onresult:
    | ((event: { readonly resultIndex: number; readonly results: RecognitionResultList }) => void)
    | null;
  onerror: ((event: { readonly error: string }) => void) | null;
  onend: (() => void) | null;
}
type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | null {
  if (typeof window === 'undefined') return null;
  const w = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

export const voiceCommandsAvailable = (): boolean => recognitionConstructor() !== null;

export type ListeningState = 'off' | 'listening' | 'blocked' | 'unavailable';

export function useVoiceCommands(
  enabled: boolean,
  onCommand: (command: VoiceCommand) => void,
): ListeningState {
  const [state, setState] = useState<ListeningState>('off');
  const handler = useRef(onCommand);
  handler.current = onCommand;

  useEffect(() => {
    if (!enabled) {
      setState('off');
      return;
    }
    const Constructor = recognitionConstructor();
    if (Constructor === null) {
      setState('unavailable');
      return;
    }
    let stopped = false;
    const recognition = new Constructor();
    recognition.continuous = true;
    recognition.interimResults = false;
    recognition.lang = document.documentElement.lang || 'en-US';
    recognition.onresult = (event) => {
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        // The player's own voice through the speaker is not the person talking.
        if (!result?.isFinal || isSpeaking()) continue;
        const command = voiceCommandOf(result[0].transcript);
        if (command !== null) handler.current(command);
      }
    };
    recognition.onerror = (event) => {
      if (event.error === 'not-allowed' || event.error === 'service-not-allowed') {
        stopped = true;
        setState('blocked');
      }
    };
    // Recognition stops by itself after silence; start again while it is wanted.
    recognition.onend = () => {
      if (!stopped) {
        try {
          recognition.start();
        } catch {
          setState('blocked');
        }
      }
    };
    try {
      recognition.start();
      setState('listening');
    } catch {
      setState('blocked');
    }
    return () => {
      stopped = true;
      recognition.onend = null;
      recognition.stop();
    };
  }, [enabled]);

  return state;
}
