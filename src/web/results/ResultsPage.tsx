// The results screen: sends the pain map kept on the device to POST /api/match and shows the
// trigger points that may cause the pain, with a way back to the map and on to the safety check.
import { useId, useMemo, useRef } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { MatchResponse } from '../../core/contracts/match.js';
import { callApi } from '../api.js';
import type { PainMarks } from '../body-map/index.js';
import { painMapRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import type { RequestState } from '../requests/request-state.js';
import { useRequest } from '../requests/use-request.js';
import { Link } from '../router.js';
import { SafetyStopBanner } from '../safety/index.js';
import { matchRequestFrom } from './match-request.js';
import { ResultsList } from './ResultsList.js';
import { resultsWords } from './result-words.js';
import './results.css';
import { FoundByTherapist } from '../findings/FoundByTherapist.js';

const noMarks: PainMarks = {};

function Outcome({
  state,
  onRetry,
}: {
  readonly state: RequestState<MatchResponse>;
  readonly onRetry: () => void;
}) {
  if (state.status === 'loading') {
    return (
      <p role="status" className="results-loading">
        {resultsWords.loading}
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="results-failed">
        <div role="alert" className="results-failed__alert">
          <p>
            <strong>{resultsWords.failed}</strong>
          </p>
          <p>{state.message}</p>
          {state.refused ? <p>{resultsWords.checkMap}</p> : null}
        </div>
        <button type="button" onClick={onRetry}>
          {resultsWords.retry}
        </button>
      </div>
    );
  }
  return <ResultsList results={state.value.results} />;
}

export function ResultsPage() {
  const titleId = useId();
  const outcome = useRef<HTMLDivElement>(null);
  const marks = useDeviceRecord(painMapRecord)?.marks ?? noMarks;
  const request = useMemo(() => matchRequestFrom(marks), [marks]);
  const state = useRequest(
    request === null ? null : JSON.stringify(request),
    () => callApi(endpoints.match, { body: request ?? { regions: [] } }),
    'Something went wrong in this page.',
  );

  if (request === null) {
    return (
      <section className="page results-page" aria-labelledby={titleId}>
        <h1 id={titleId}>{resultsWords.title}</h1>
        <h2>{resultsWords.notMarkedTitle}</h2>
        <p>{resultsWords.notMarked}</p>
        <p className="results-next">
          <Link href="/map" className="button primary">
            {resultsWords.markIt}
          </Link>
        </p>
      </section>
    );
  }

  return (
    <section className="page results-page" aria-labelledby={titleId}>
      <h1 id={titleId}>{resultsWords.title}</h1>
      <SafetyStopBanner />
      <p className="lead">{resultsWords.intro}</p>
      {/* Focus comes here on retry, so it is not lost when the retry button goes away. */}
      <div ref={outcome} tabIndex={-1} className="results-outcome">
        <Outcome
          state={state}
          onRetry={() => {
            outcome.current?.focus();
            if (state.status === 'failed') state.retry();
          }}
        />
      </div>
      <FoundByTherapist />
      <div className="results-next">
        <Link href="/safety" className="button primary">
          {resultsWords.next}
        </Link>
        <Link href="/map" className="button">
          {resultsWords.changeMap}
        </Link>
      </div>
    </section>
  );
}
