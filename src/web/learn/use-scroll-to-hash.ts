// Links like /learn/techniques#glute-point-fists lead to one entry of a long page. The
// router scrolls to the top and focuses the h1, so once the entries are drawn this moves
// focus (and the view) on to the entry the address names.
import { useEffect } from 'react';

export function useScrollToHash(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    let id: string;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return;
    }
    if (id === '') return;
    // After the frame: the app focuses the h1 after each navigation, and this must come last.
    const frame = window.requestAnimationFrame(() => {
      const entry = document.getElementById(id);
      const heading = entry?.querySelector<HTMLElement>('h2, h3') ?? entry;
      if (!heading) return;
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      entry?.scrollIntoView({ block: 'start' });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [ready]);
}
