// One pressure technique on the techniques page: the points it treats, position, tools,
// place, dose, numbered steps, and the longer-hold option with its sources.
import type { ContentResponse } from '../../core/contracts/content.js';
import { Link } from '../router.js';
import { CorrectionNote, SourceList } from './LearnPage.js';
import { pointPath } from './learn-paths.js';
import {
  longerHoldText,
  placesText,
  positionWords,
  spokenList,
  techniqueDoseText,
  withoutSide,
} from './learn-words.js';
import { pairsTreatedBy } from './point-pairs.js';

type Technique = ContentResponse['techniques'][number];

/** Tool names as the tools page spells them, joined as choices. */
export function toolNames(content: ContentResponse, ids: readonly string[]): string {
  const names = new Map<string, string>(content.tools.map((tool) => [tool.id, tool.name]));
  return spokenList(
    ids.map((id) => names.get(id) ?? id),
    'or',
  );
}

export function TechniqueEntry({
  technique,
  content,
}: {
  readonly technique: Technique;
  readonly content: ContentResponse;
}) {
  const pointNames = new Map(content.triggerPoints.map((p) => [p.pair, withoutSide(p.name)]));
  const pairs = pairsTreatedBy(technique, content.triggerPoints);
  const { longerHold } = technique.dose;
  return (
    <section id={technique.id} className="learn-entry">
      <h3>{technique.name}</h3>
      <dl className="learn-facts">
        <dt>Treats</dt>
        <dd>
          <ul className="learn-links">
            {pairs.map((pair) => (
              <li key={pair}>
                <Link href={pointPath(pair)}>{pointNames.get(pair) ?? pair}</Link>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Position</dt>
        <dd>
          {positionWords[technique.position] ?? technique.position}. {technique.positionText}
        </dd>
        <dt>Tools</dt>
        <dd>{toolNames(content, technique.tools)}</dd>
        <dt>Where</dt>
        <dd>{placesText(technique.places)}</dd>
        <dt>How much</dt>
        <dd>{techniqueDoseText(technique.dose)}</dd>
      </dl>
      <p className="learn-label">Steps</p>
      <ol className="learn-steps">
        {technique.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <details className="learn-more">
        <summary>Longer hold option: {longerHoldText(longerHold)}</summary>
        <p>{longerHold.note}</p>
        <SourceList sources={longerHold.sources} />
      </details>
      <CorrectionNote correction={technique.correction} />
      <SourceList sources={technique.sources} />
    </section>
  );
}
