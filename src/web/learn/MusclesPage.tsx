// Each muscle with what it does and where it is, the releases that help it, and under it
// each of its trigger points (see PointEntry).
import type { ContentResponse } from '../../core/contracts/content.js';
import { ContentStatus, useContent } from '../content/index.js';
import { Link } from '../router.js';
import { LearnPage, SourceList } from './LearnPage.js';
import { techniquePath } from './learn-paths.js';
import { PointEntry } from './PointEntry.js';
import { pairsOfMuscle, pointPairs, techniquesForPair } from './point-pairs.js';
import { TableOfContents } from './TableOfContents.js';
import { useScrollToHash } from './use-scroll-to-hash.js';

type Muscle = ContentResponse['muscles'][number];

function MuscleEntry({
  muscle,
  content,
}: {
  readonly muscle: Muscle;
  readonly content: ContentResponse;
}) {
  const points = pairsOfMuscle(pointPairs(content.triggerPoints), muscle.id);
  const movements = content.mobilisations.filter((m) =>
    (m.pairsWith as readonly string[]).includes(muscle.id),
  );
  return (
    <section id={muscle.id} className="learn-part">
      <h2>{muscle.plainName}</h2>
      <p className="learn-small">Also called: {muscle.name}</p>
      <dl className="learn-facts">
        <dt>What it does</dt>
        <dd>{muscle.does}</dd>
        <dt>Where it is</dt>
        <dd>{muscle.where}</dd>
      </dl>
      {movements.length > 0 && (
        <>
          <p className="learn-label">Releases and movements that help it</p>
          <ul className="learn-links">
            {movements.map((movement) => (
              <li key={movement.id}>
                <Link href={techniquePath(movement.id)}>{movement.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <SourceList sources={muscle.sources} />
      {points.length === 0 && <p>Unknot lists no trigger point of its own for this muscle.</p>}
      {points.map((point) => (
        <PointEntry
          key={point.pair}
          point={point}
          techniques={techniquesForPair(content.techniques, content.triggerPoints, point.pair)}
        />
      ))}
    </section>
  );
}

export function MusclesPage() {
  const state = useContent();
  useScrollToHash(state.status === 'ready');
  return (
    <LearnPage title="Muscles and their trigger points">
      <p className="lead">
        Each muscle, what it does and where it is. Under each one are its trigger points: how to
        find them on yourself, and where they tend to send pain.
      </p>
      <ContentStatus state={state} />
      {state.status === 'ready' && (
        <>
          <TableOfContents
            entries={state.value.muscles.map((m) => ({ id: m.id, title: m.plainName }))}
          />
          {state.value.muscles.map((muscle) => (
            <MuscleEntry key={muscle.id} muscle={muscle} content={state.value} />
          ))}
        </>
      )}
    </LearnPage>
  );
}
