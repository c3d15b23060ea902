// The warning signs of "when to see a professional", drawn from the safety screen's spec by the
// core (redFlagGroups): most urgent first, in the words and timing triage uses, so Learn can
// never send a person to "book a visit" for a sign the screen calls urgent.
import { redFlagGroups } from '../../core/triage/index.js';

/** The Learn article whose warning-sign lists come from the spec, after its first section. */
export const warningSignsArticleId = 'when-to-see-a-professional';

const groups = redFlagGroups();

export function WarningSigns() {
  return groups.map((group) => (
    <section key={group.when} className="learn-part" data-when={group.when}>
      <h2>{group.heading}:</h2>
      <ul>
        {group.flags.map((flag) => (
          <li key={flag.id}>{flag.words}</li>
        ))}
      </ul>
      <p>
        <strong>{group.action}</strong>
      </p>
    </section>
  ));
}
