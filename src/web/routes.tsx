// Every screen of the app and its path. Each feature adds its entries here (one line each);
// `:name` segments are passed to the page as params.
import type { ReactNode } from 'react';
import { AccountPage } from './account/AccountPage.js';
import { AdminPage } from './admin/AdminPage.js';
import { InvitePage } from './invite/InvitePage.js';
import { ArticlePage } from './learn/ArticlePage.js';
import { CausesPage } from './learn/CausesPage.js';
import { LearnIndexPage } from './learn/LearnIndexPage.js';
import { MusclesPage } from './learn/MusclesPage.js';
import { NightPage } from './learn/NightPage.js';
import { PsoasPage } from './learn/PsoasPage.js';
import { TechniquesPage } from './learn/TechniquesPage.js';
import { ToolsPage } from './learn/ToolsPage.js';
import { MapPage } from './map/MapPage.js';
import { BadNightPage } from './night/BadNightPage.js';
import { OverloadPage } from './overload/OverloadPage.js';
import { HomePage } from './pages/HomePage.js';
import { PlanPage, PlanPrintPage } from './plan/index.js';
import { PreferencesPage } from './preferences/PreferencesPage.js';
import { ProgressPage } from './progress/ProgressPage.js';
import { PsoasCheckPage } from './psoas-check/PsoasCheckPage.js';
import { ResultsPage } from './results/ResultsPage.js';
import { SafetyResultPage, SafetyScreenPage } from './safety/index.js';
import { SessionPage } from './session/SessionPage.js';
import { ClientPage } from './therapist/ClientPage.js';
import { TherapistHomePage } from './therapist/TherapistHomePage.js';

export interface Route {
  readonly path: string;
  readonly render: (params: Readonly<Record<string, string>>) => ReactNode;
}

export const routes: readonly Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/map', render: () => <MapPage /> },
  { path: '/results', render: () => <ResultsPage /> },
  { path: '/safety', render: () => <SafetyScreenPage /> },
  { path: '/safety/result', render: () => <SafetyResultPage /> },
  { path: '/preferences', render: () => <PreferencesPage /> },
  { path: '/psoas-check', render: () => <PsoasCheckPage /> },
  { path: '/overload', render: () => <OverloadPage /> },
  { path: '/plan', render: () => <PlanPage /> },
  { path: '/plan/print', render: () => <PlanPrintPage /> },
  { path: '/session', render: () => <SessionPage /> },
  { path: '/night', render: () => <BadNightPage /> },
  { path: '/progress', render: () => <ProgressPage /> },
  { path: '/account', render: () => <AccountPage /> },
  { path: '/admin', render: () => <AdminPage /> },
  { path: '/therapist', render: () => <TherapistHomePage /> },
  {
    path: '/therapist/clients/:clientId',
    render: ({ clientId }) => <ClientPage clientId={clientId ?? ''} />,
  },
  { path: '/invite/:token', render: ({ token }) => <InvitePage token={token ?? ''} /> },
  { path: '/learn', render: () => <LearnIndexPage /> },
  { path: '/learn/muscles', render: () => <MusclesPage /> },
  { path: '/learn/techniques', render: () => <TechniquesPage /> },
  { path: '/learn/tools', render: () => <ToolsPage /> },
  { path: '/learn/psoas', render: () => <PsoasPage /> },
  { path: '/learn/night', render: () => <NightPage /> },
  { path: '/learn/causes', render: () => <CausesPage /> },
  // After the Learn pages above, so an article can never hide one of them.
  { path: '/learn/:slug', render: ({ slug }) => <ArticlePage slug={slug ?? ''} /> },
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
