// What helps on a bad night, to read ahead of time: two rest positions, the surface, heat,
// short traction with its time limit and stop rule, and mattress advice.
import { ContentStatus, useContent } from '../content/index.js';
import { CorrectionNote, LearnPage, SourceList } from './LearnPage.js';
import { TableOfContents } from './TableOfContents.js';
import { useScrollToHash } from './use-scroll-to-hash.js';

export function NightPage() {
  const state = useContent();
  useScrollToHash(state.status === 'ready');
  const entries = state.status === 'ready' ? state.value.nightPositions : [];
  return (
    <LearnPage title="Rest positions for a bad night">
      <p className="lead">
        When pain keeps you up, these positions can take load off your back. Read them now, so you
        know what to do when it happens.
      </p>
      <ContentStatus state={state} />
      {entries.length > 0 && (
        <TableOfContents entries={entries.map((e) => ({ id: e.id, title: e.name }))} />
      )}
      {entries.map((entry) => (
        <section key={entry.id} id={entry.id} className="learn-part">
          <h2>{entry.name}</h2>
          <p>{entry.text}</p>
          {entry.steps.length > 0 && (
            <ol className="learn-steps">
              {entry.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          )}
          {(entry.maxMinutes !== undefined || entry.stopRule !== undefined) && (
            <div className="note">
              {entry.maxMinutes !== undefined && (
                <p>
                  <strong>Time limit.</strong> No more than {entry.maxMinutes} minutes at a time.
                </p>
              )}
              {entry.stopRule !== undefined && (
                <p>
                  <strong>When to stop.</strong> {entry.stopRule}
                </p>
              )}
            </div>
          )}
          <CorrectionNote correction={entry.correction} />
          <SourceList sources={entry.sources} />
        </section>
      ))}
    </LearnPage>
  );
}
