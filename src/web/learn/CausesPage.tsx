// What overloads a muscle so that trigger points form, in four groups, each with examples
// and what a person can do about it.
import { ContentStatus, useContent } from '../content/index.js';
import { LearnPage, SourceList } from './LearnPage.js';

export function CausesPage() {
  const state = useContent();
  const causes = state.status === 'ready' ? state.value.causes : [];
  return (
    <LearnPage title="What overloads a muscle">
      <p className="lead">
        Trigger points tend to form when a muscle gets more than it can handle. Here are four kinds
        of overload, and what you can do about each one.
      </p>
      <ContentStatus state={state} />
      {causes.map((cause) => (
        <section key={cause.id} id={cause.id} className="learn-part">
          <h2>{cause.name}</h2>
          <p>{cause.text}</p>
          <h3>For example</h3>
          <ul>
            {cause.examples.map((example) => (
              <li key={example}>{example}</li>
            ))}
          </ul>
          <h3>What you can do</h3>
          <ul>
            {cause.whatYouCanDo.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
          <SourceList sources={cause.sources} />
        </section>
      ))}
    </LearnPage>
  );
}
