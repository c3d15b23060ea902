// What a person's device keeps before (or without) an account: typed records in
// localStorage, each parsed with its Zod schema on read, so a corrupt or outdated value is
// dropped rather than crashing a screen. Components subscribe and re-render on change.
import { useSyncExternalStore } from 'react';
import type { z } from 'zod';

const prefix = 'unknot.';
const listeners = new Map<string, Set<() => void>>();

function notify(key: string) {
  for (const listener of listeners.get(key) ?? []) listener();
}

if (typeof window !== 'undefined') {
  // Another tab changed a record.
  window.addEventListener('storage', (event) => {
    if (event.key?.startsWith(prefix)) notify(event.key.slice(prefix.length));
  });
}

export interface DeviceRecord<T> {
  readonly key: string;
  read(): T | null;
  write(value: T): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

export function deviceRecord<S extends z.ZodType>(
  key: string,
  schema: S,
): DeviceRecord<z.output<S>> {
  type T = z.output<S>;
  // Cache by raw text so useSyncExternalStore sees a stable value between changes.
  let cachedText: string | null = null;
  let cachedValue: T | null = null;
  return {
    key,
    read() {
      let text: string | null;
      try {
        text = window.localStorage.getItem(prefix + key);
      } catch {
        return null; // storage blocked (private mode): behave as empty
      }
      if (text === cachedText) return cachedValue;
      cachedText = text;
      if (text === null) {
        cachedValue = null;
        return null;
      }
      try {
        const parsed = schema.safeParse(JSON.parse(text));
        cachedValue = parsed.success ? parsed.data : null;
      } catch {
        cachedValue = null;
      }
      return cachedValue;
    },
    write(value) {
      try {
        window.localStorage.setItem(prefix + key, JSON.stringify(value));
      } catch {
        // Full or blocked storage: the screen still works for this visit.
      }
      notify(key);
    },
    clear() {
      try {
        window.localStorage.removeItem(prefix + key);
      } catch {
        // nothing stored
      }
      notify(key);
    },
    subscribe(listener) {
      let set = listeners.get(key);
      if (!set) {
        set = new Set();
        listeners.set(key, set);
      }
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

/** The record's current value, re-rendering when it changes (in this tab or another). */
export function useDeviceRecord<T>(record: DeviceRecord<T>): T | null {
  return useSyncExternalStore(record.subscribe, record.read, () => null);
}
