// Every screen of the app and its path. Each feature adds its entries here (one line each);
// `:name` segments are passed to the page as params.
import type { ReactNode } from 'react';
import { MapPage } from './map/MapPage.js';
import { HomePage } from './pages/HomePage.js';
import { ResultsPage } from './results/ResultsPage.js';

export interface Route {
  readonly path: string;
  readonly render: (params: Readonly<Record<string, string>>) => ReactNode;
}

export const routes: readonly Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/map', render: () => <MapPage /> },
  { path: '/results', render: () => <ResultsPage /> },
];

/** The route for a path and its params, or null when nothing matches. */
export function findRoute(
  path: string,
  table: readonly Route[] = routes,
): { route: Route; params: Record<string, string> } | null {
  const parts = path.replace(/\/+$/, '').split('/').slice(1);
  for (const route of table) {
    const pattern = route.path.replace(/\/+$/, '').split('/').slice(1);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((segment, i) => {
      const part = parts[i] ?? '';
      if (segment.startsWith(':')) {
        try {
          params[segment.slice(1)] = decodeURIComponent(part);
        } catch {
          return false;
        }
        return part.length > 0;
      }
      return segment === part;
    });
    if (fits) return { route, params };
  }
  return null;
}
