// One gentle release or movement on the techniques page: what it is for, position, tools,
// place, dose, numbered steps and the muscles it goes with.
import type { ContentResponse } from '../../core/contracts/content.js';
import { Link } from '../router.js';
import { CorrectionNote, SourceList } from './LearnPage.js';
import { musclePath } from './learn-paths.js';
import { mobilisationDoseText, placesText, positionWords } from './learn-words.js';
import { toolNames } from './TechniqueEntry.js';

type Mobilisation = ContentResponse['mobilisations'][number];

export function MobilisationEntry({
  mobilisation,
  content,
}: {
  readonly mobilisation: Mobilisation;
  readonly content: ContentResponse;
}) {
  const muscleNames = new Map(content.muscles.map((m) => [m.id, m.plainName]));
  return (
    <section id={mobilisation.id} className="learn-entry">
      <h3>{mobilisation.name}</h3>
      <p>{mobilisation.summary}</p>
      <dl className="learn-facts">
        <dt>Position</dt>
        <dd>{positionWords[mobilisation.position] ?? mobilisation.position}</dd>
        <dt>Tools</dt>
        <dd>{mobilisation.tools.length === 0 ? 'None' : toolNames(content, mobilisation.tools)}</dd>
        <dt>Where</dt>
        <dd>{placesText(mobilisation.places)}</dd>
        <dt>How much</dt>
        <dd>{mobilisationDoseText(mobilisation.dose)}</dd>
        <dt>Helps</dt>
        <dd>
          <ul className="learn-links">
            {mobilisation.pairsWith.map((id) => (
              <li key={id}>
                <Link href={musclePath(id)}>{muscleNames.get(id) ?? id}</Link>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <p className="learn-label">Steps</p>
      <ol className="learn-steps">
        {mobilisation.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <CorrectionNote correction={mobilisation.correction} />
      <SourceList sources={mobilisation.sources} />
    </section>
  );
}
