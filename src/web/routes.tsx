// Every screen of the app at its address (from paths.ts). Each feature adds its entries here
// (one line each); `:name` segments are passed to the page as params. Only the app frame
// imports this table: pages link by the addresses in paths.ts.
import type { ReactNode } from 'react';
import { AccountPage } from './account/AccountPage.js';
import { AdminPage } from './admin/AdminPage.js';
import { AssignedPlanPage } from './assigned/AssignedPlanPage.js';
import { AssignedSessionPage } from './assigned/AssignedSessionPage.js';
import { InvitePage } from './invite/InvitePage.js';
import { ArticlePage } from './learn/ArticlePage.js';
import { CausesPage } from './learn/CausesPage.js';
import { LearnIndexPage } from './learn/LearnIndexPage.js';
import { learnPaths } from './learn/learn-paths.js';
import { MusclesPage } from './learn/MusclesPage.js';
import { NightPage } from './learn/NightPage.js';
import { PsoasPage } from './learn/PsoasPage.js';
import { TechniquesPage } from './learn/TechniquesPage.js';
import { ToolsPage } from './learn/ToolsPage.js';
import { MapPage } from './map/MapPage.js';
import { BadNightPage } from './night/BadNightPage.js';
import { HomePage } from './pages/HomePage.js';
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
import { PlanPage, PlanPrintPage } from './plan/index.js';
import { ProgressPage } from './progress/ProgressPage.js';
import { ResultsPage } from './results/ResultsPage.js';
import { SafetyResultPage, SafetyScreenPage } from './safety/index.js';
import { SessionPage } from './session/SessionPage.js';
import { OverloadPage } from './setup/overload/OverloadPage.js';
import { PreferencesPage } from './setup/preferences/PreferencesPage.js';
import { PsoasCheckPage } from './setup/psoas-check/PsoasCheckPage.js';
import { StartChoices } from './setup/quick-start/StartChoices.js';
import { ClientPage } from './therapist/ClientPage.js';
import { FollowUpPage } from './therapist/follow-up/FollowUpPage.js';
import { HandoutPage } from './therapist/handout/HandoutPage.js';
import { PlanEditorPage } from './therapist/plan-editor/PlanEditorPage.js';
import { TherapistHomePage } from './therapist/TherapistHomePage.js';

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
