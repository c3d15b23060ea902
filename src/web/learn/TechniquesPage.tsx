// Every pressure technique, grouped under the muscle it works on, then the gentle releases
// and movements that go with point work.
import { ContentStatus, useContent } from '../content/index.js';
import { LearnPage } from './LearnPage.js';
import { MobilisationEntry } from './MobilisationEntry.js';
import { techniquesByMuscle } from './point-pairs.js';
import { TableOfContents } from './TableOfContents.js';
import { TechniqueEntry } from './TechniqueEntry.js';
import { useScrollToHash } from './use-scroll-to-hash.js';

const releasesId = 'releases';
const groupId = (muscleId: string) => `on-${muscleId}`;

export function TechniquesPage() {
  const state = useContent();
  useScrollToHash(state.status === 'ready');
  const content = state.status === 'ready' ? state.value : null;
  const groups = content ? techniquesByMuscle(content) : [];
  return (
    <LearnPage title="Techniques and gentle movements">
      <p className="lead">
        Step by step ways to press each trigger point, then gentle releases and movements that go
        with them. Press firmly, but stay comfortable enough to breathe easily.
      </p>
      <ContentStatus state={state} />
      {content && (
        <>
          <TableOfContents
            entries={[
              ...groups.map((g) => ({ id: groupId(g.muscle.id), title: g.muscle.plainName })),
              { id: releasesId, title: 'Gentle releases and movements' },
            ]}
          />
          {groups.map((group) => (
            <section key={group.muscle.id} id={groupId(group.muscle.id)} className="learn-part">
              <h2>{group.muscle.plainName}</h2>
              {group.step !== null && <p className="learn-tag">Step {group.step} of the method</p>}
              {group.techniques.map((technique) => (
                <TechniqueEntry key={technique.id} technique={technique} content={content} />
              ))}
            </section>
          ))}
          <section id={releasesId} className="learn-part">
            <h2>Gentle releases and movements</h2>
            <p>
              These ease tight muscles without pressing on a point. Some pair with the pressure
              steps above.
            </p>
            {content.mobilisations.map((mobilisation) => (
              <MobilisationEntry
                key={mobilisation.id}
                mobilisation={mobilisation}
                content={content}
              />
            ))}
          </section>
        </>
      )}
    </LearnPage>
  );
}
