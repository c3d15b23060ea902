// A small history-based router: the app has a handful of screens, so a library would be
// more code to ship than this. Links are real anchors, so they work without JavaScript tricks.
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
  window.scrollTo(0, 0);
}

/** The current path without query or hash. */
export function usePath(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => '/',
  );
}

export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { href, onClick, ...rest } = props;
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}

/** Moves focus to the page's main heading after navigation, so screen readers hear the change. */
export function useFocusOnNavigate(path: string) {
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading && path !== '/') {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
    document.title = heading?.textContent ? `${heading.textContent} · Unknot` : 'Unknot';
  }, [path]);
}
