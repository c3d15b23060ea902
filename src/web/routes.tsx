// Every screen of the app at its address (from paths.ts). Each feature adds its entries here
// (one line each); `:name` segments are passed to the page as params. Only the app frame
// imports this table: pages link by the addresses in paths.ts.
import { type ComponentType, lazy, type ReactNode } from 'react';
import { learnPaths } from './learn/learn-paths.js';
import {
  accountPath,
  adminPath,
  assignedPlanPath,
  assignedSessionPath,
  homePath,
  invitePath,
  mapPath,
  nightPath,
  overloadPath,
  planPath,
  planPrintPath,
  preferencesPath,
  progressPath,
  psoasCheckPath,
  resultsPath,
  safetyResultPath,
  safetyScreenPath,
  sessionPath,
  therapistClientFollowUpPath,
  therapistClientHandoutPath,
  therapistClientPath,
  therapistClientPlanPath,
  therapistPath,
} from './paths.js';

// Each screen is a chunk of its own, loaded on its first visit, so a page loads only its own
// code (App wraps the screen in Suspense). The service worker still precaches every chunk.
function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
const AccountPage = lazyScreen(() => import('./account/AccountPage.js').then((m) => m.AccountPage));
const AdminPage = lazyScreen(() => import('./admin/AdminPage.js').then((m) => m.AdminPage));
const InvitePage = lazyScreen(() => import('./invite/InvitePage.js').then((m) => m.InvitePage));
const ArticlePage = lazyScreen(() => import('./learn/ArticlePage.js').then((m) => m.ArticlePage));
const CausesPage = lazyScreen(() => import('./learn/CausesPage.js').then((m) => m.CausesPage));
const LearnIndexPage = lazyScreen(() =>
  import('./learn/LearnIndexPage.js').then((m) => m.LearnIndexPage),
);
const MusclesPage = lazyScreen(() => import('./learn/MusclesPage.js').then((m) => m.MusclesPage));
const NightPage = lazyScreen(() => import('./learn/NightPage.js').then((m) => m.NightPage));
const PsoasPage = lazyScreen(() => import('./learn/PsoasPage.js').then((m) => m.PsoasPage));
const TechniquesPage = lazyScreen(() =>
  import('./learn/TechniquesPage.js').then((m) => m.TechniquesPage),
);
const ToolsPage = lazyScreen(() => import('./learn/ToolsPage.js').then((m) => m.ToolsPage));
const MapPage = lazyScreen(() => import('./map/MapPage.js').then((m) => m.MapPage));
const BadNightPage = lazyScreen(() =>
  import('./night/BadNightPage.js').then((m) => m.BadNightPage),
);
const HomePage = lazyScreen(() => import('./pages/HomePage.js').then((m) => m.HomePage));
const PlanPage = lazyScreen(() => import('./plan/index.js').then((m) => m.PlanPage));
const PlanPrintPage = lazyScreen(() => import('./plan/index.js').then((m) => m.PlanPrintPage));
const ProgressPage = lazyScreen(() =>
  import('./progress/ProgressPage.js').then((m) => m.ProgressPage),
);
const ResultsPage = lazyScreen(() => import('./results/ResultsPage.js').then((m) => m.ResultsPage));
const SafetyResultPage = lazyScreen(() =>
  import('./safety/index.js').then((m) => m.SafetyResultPage),
);
const SafetyScreenPage = lazyScreen(() =>
  import('./safety/index.js').then((m) => m.SafetyScreenPage),
);
const SessionPage = lazyScreen(() => import('./session/SessionPage.js').then((m) => m.SessionPage));
const OverloadPage = lazyScreen(() =>
  import('./setup/overload/OverloadPage.js').then((m) => m.OverloadPage),
);
const PreferencesPage = lazyScreen(() =>
  import('./setup/preferences/PreferencesPage.js').then((m) => m.PreferencesPage),
);
const PsoasCheckPage = lazyScreen(() =>
  import('./setup/psoas-check/PsoasCheckPage.js').then((m) => m.PsoasCheckPage),
);
const ClientPage = lazyScreen(() => import('./therapist/ClientPage.js').then((m) => m.ClientPage));
const TherapistHomePage = lazyScreen(() =>
  import('./therapist/TherapistHomePage.js').then((m) => m.TherapistHomePage),
);
const AssignedPlanPage = lazyScreen(() =>
  import('./assigned/AssignedPlanPage.js').then((m) => m.AssignedPlanPage),
);
const AssignedSessionPage = lazyScreen(() =>
  import('./assigned/AssignedSessionPage.js').then((m) => m.AssignedSessionPage),
);
const StartChoices = lazyScreen(() =>
  import('./setup/quick-start/StartChoices.js').then((m) => m.StartChoices),
);
const FollowUpPage = lazyScreen(() =>
  import('./therapist/follow-up/FollowUpPage.js').then((m) => m.FollowUpPage),
);
const HandoutPage = lazyScreen(() =>
  import('./therapist/handout/HandoutPage.js').then((m) => m.HandoutPage),
);
const PlanEditorPage = lazyScreen(() =>
  import('./therapist/plan-editor/PlanEditorPage.js').then((m) => m.PlanEditorPage),
);

export interface Route {
  readonly path: string;
  readonly render: (params: Readonly<Record<string, string>>) => ReactNode;
}

export const routes: readonly Route[] = [
  { path: homePath, render: () => <HomePage /> },
  { path: mapPath, render: () => <MapPage /> },
  { path: resultsPath, render: () => <ResultsPage /> },
  { path: safetyScreenPath, render: () => <SafetyScreenPage /> },
  {
    path: safetyResultPath,
    render: () => <SafetyResultPage startChoices={(result) => <StartChoices result={result} />} />,
  },
  { path: preferencesPath, render: () => <PreferencesPage /> },
  { path: psoasCheckPath, render: () => <PsoasCheckPage /> },
  { path: overloadPath, render: () => <OverloadPage /> },
  { path: planPath, render: () => <PlanPage /> },
  { path: planPrintPath, render: () => <PlanPrintPage /> },
  { path: sessionPath, render: () => <SessionPage /> },
  { path: assignedPlanPath, render: ({ planId }) => <AssignedPlanPage planId={planId ?? ''} /> },
  {
    path: assignedSessionPath,
    render: ({ planId }) => <AssignedSessionPage planId={planId ?? ''} />,
  },
  { path: nightPath, render: () => <BadNightPage /> },
  { path: progressPath, render: () => <ProgressPage /> },
  { path: accountPath, render: () => <AccountPage /> },
  { path: adminPath, render: () => <AdminPage /> },
  { path: therapistPath, render: () => <TherapistHomePage /> },
  {
    path: therapistClientPath,
    render: ({ clientId }) => <ClientPage clientId={clientId ?? ''} />,
  },
  {
    path: therapistClientPlanPath,
    render: ({ clientId }) => <PlanEditorPage clientId={clientId ?? ''} />,
  },
  {
    path: therapistClientHandoutPath,
    render: ({ clientId }) => <HandoutPage clientId={clientId ?? ''} />,
  },
  {
    path: therapistClientFollowUpPath,
    render: ({ clientId }) => <FollowUpPage clientId={clientId ?? ''} />,
  },
  { path: invitePath, render: ({ token }) => <InvitePage token={token ?? ''} /> },
  { path: learnPaths.index, render: () => <LearnIndexPage /> },
  { path: learnPaths.muscles, render: () => <MusclesPage /> },
  { path: learnPaths.techniques, render: () => <TechniquesPage /> },
  { path: learnPaths.tools, render: () => <ToolsPage /> },
  { path: learnPaths.psoas, render: () => <PsoasPage /> },
  { path: learnPaths.night, render: () => <NightPage /> },
  { path: learnPaths.causes, render: () => <CausesPage /> },
  // After the Learn pages above, so an article can never hide one of them.
  { path: `${learnPaths.index}/:slug`, render: ({ slug }) => <ArticlePage slug={slug ?? ''} /> },
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
