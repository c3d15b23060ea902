// Registers the service worker in built apps (it does not exist in the dev server). A page
// works without it; offline use is the bonus, so failures are only logged.
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      console.warn('Offline support is not available:', error);
    });
  });
}
