// Keeps the screen on while a session or a night timer runs, with the Wake Lock API. The
// browser drops the lock when the page is hidden, so it is asked for again on return.
import { useEffect } from 'react';

export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let stopped = false;
    const acquire = async () => {
      if (document.visibilityState !== 'visible' || (lock !== null && !lock.released)) return;
      try {
        const got = await navigator.wakeLock.request('screen');
        if (stopped) void got.release();
        else lock = got;
      } catch {
        // Refused (low battery, no permission): the session still works, the screen may dim.
      }
    };
    const onVisibility = () => void acquire();
    void acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      if (lock !== null && !lock.released) void lock.release().catch(() => {});
    };
  }, [active]);
}
