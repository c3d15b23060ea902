// /therapist/clients/:clientId: what one client shares, read-only, on the person's own
// screens fed from the therapist routes: the latest pain map, the latest safety check, and
// the progress report (sessions, pain over time, what helps, weeks, check-ins).
import { useEffect, useId, useState } from 'react';
import { accountProblem } from '../account/account-words.js';
import { dayWords } from '../account/when-words.js';
import { ApiFailure } from '../api.js';
import { useAccount } from '../auth/account-state.js';
import { SavedPainMap } from '../body-map/index.js';
import { plainRegionName } from '../map/region-names.js';
import { ProgressReport } from '../progress/ProgressReport.js';
import { RequestOutcome } from '../requests/Outcome.js';
import { Link } from '../router.js';
import { type ClientData, type ClientLoad, loadClient } from './client-data.js';
import { FindingsEditor } from './findings/FindingsEditor.js';
import { useClientFindings } from './findings/use-client-findings.js';
import { SafetyScreenSummary } from './SafetyScreenSummary.js';
import { TwoFactorFirst } from './TwoFactorFirst.js';
import {
  clientFollowUpPath,
  clientHandoutPath,
  clientPlanPath,
  therapistHomePath,
} from './therapist-paths.js';
import '../account/account.css';
import './therapist.css';

/** A region's name as the therapist reads it: the client's side is "their left". */
const clientRegionName = (id: string): string =>
  plainRegionName(id).replace(/\byour (left|right)\b/g, 'their $1');

function Back() {
  return (
    <p className="account-back">
      <Link href={therapistHomePath}>Back to your clients</Link>
    </p>
  );
}

function ClientView({ data }: { readonly data: ClientData }) {
  const ids = { map: useId(), safety: useId(), found: useId(), work: useId() };
  const { client } = data;
  const name = client.displayName;
  const map = data.painMaps[0];
  const screen = data.safetyScreens[0];
  const findings = useClientFindings(client.clientId);
  return (
    <>
      <p className="lead">
        Sharing since {dayWords(client.since)}. You see what {name} keeps in Unknot. You can mark
        points you find by hand and give {name} a plan. Each time you look or change something,{' '}
        {name} can see it in their account.
      </p>
      <nav className="client-view__work" aria-labelledby={ids.work}>
        <h2 id={ids.work} className="visually-hidden">
          Your work with {name}
        </h2>
        <Link href={clientPlanPath(client.clientId)} className="button primary">
          Plan for {name}
        </Link>
        <Link href={clientHandoutPath(client.clientId)} className="button">
          Print a handout
        </Link>
        <Link href={clientFollowUpPath(client.clientId)} className="button">
          Follow-up
        </Link>
      </nav>
      <section aria-labelledby={ids.map}>
        <h2 id={ids.map}>Pain map</h2>
        {map ? (
          <>
            <p>
              Drawn {dayWords(map.drawnAt)}
              {data.painMaps.length > 1
                ? `. ${data.painMaps.length - 1} earlier ${data.painMaps.length === 2 ? 'map' : 'maps'} not shown.`
                : '.'}
            </p>
            <SavedPainMap
              marks={Object.fromEntries(map.regions.map((region) => [region.id, region.intensity]))}
              regionName={clientRegionName}
              whose="Their"
              label={`${name}'s pain map of ${dayWords(map.drawnAt)}`}
              headingLevel={3}
            />
          </>
        ) : (
          <p>No pain map yet.</p>
        )}
      </section>
      <section aria-labelledby={ids.found}>
        <h2 id={ids.found}>Points found by hand</h2>
        {findings.state.status === 'ready' ? (
          <FindingsEditor
            clientId={client.clientId}
            name={name}
            painMarks={
              map
                ? Object.fromEntries(map.regions.map((region) => [region.id, region.intensity]))
                : {}
            }
            findings={findings.state.value}
            onChanged={findings.reload}
            regionName={clientRegionName}
          />
        ) : (
          <RequestOutcome
            state={findings.state}
            loadingWords="Loading the points you found…"
            className="client-view__loading"
          />
        )}
      </section>
      <section aria-labelledby={ids.safety}>
        <h2 id={ids.safety}>Safety check</h2>
        {screen ? <SafetyScreenSummary screen={screen} name={name} /> : <p>No safety check yet.</p>}
      </section>
      <ProgressReport
        summary={data.progress}
        goal={
          data.progress.adherence.status === 'ready'
            ? data.progress.adherence.sessionsPerWeek
            : null
        }
      />
    </>
  );
}

export function ClientPage({ clientId }: { readonly clientId: string }) {
  const account = useAccount();
  const ids = { title: useId() };
  const [load, setLoad] = useState<ClientLoad | null>(null);
  const signedIn = account !== null;

  useEffect(() => {
    if (!signedIn) return;
    let current = true;
    loadClient(clientId, new Date()).then((answer) => {
      if (current) setLoad(answer);
    });
    return () => {
      current = false;
    };
  }, [clientId, signedIn]);

  const twoFactorMissing =
    load?.status === 'failed' &&
    load.error instanceof ApiFailure &&
    load.error.code === 'two_factor_required';

  if (load?.status === 'gone' || !signedIn) {
    return (
      <section className="page client-view" aria-labelledby={ids.title}>
        <h1 id={ids.title}>This client's data is not available</h1>
        <p>
          {signedIn
            ? 'Sharing has ended, or this person has not shared with you. Only the client can share their data, with a new invitation.'
            : 'Sign in to see what your clients share with you.'}
        </p>
        <Back />
      </section>
    );
  }

  return (
    <section className="page client-view" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{load?.status === 'ready' ? load.data.client.displayName : 'Client'}</h1>
      {load === null ? (
        <p role="status">Loading what this client shares…</p>
      ) : load.status === 'ready' ? (
        <ClientView data={load.data} />
      ) : twoFactorMissing ? (
        <TwoFactorFirst />
      ) : (
        <p className="account-problem" role="alert">
          {accountProblem(load.error)}
        </p>
      )}
      <Back />
    </section>
  );
}
