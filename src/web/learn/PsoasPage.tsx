// The psoas self-check, to read: the two looks and how to do them, what they may suggest,
// what they cannot tell, and where the gentle psoas releases are.
import { ContentStatus, useContent } from '../content/index.js';
import { Link } from '../router.js';
import { CorrectionNote, LearnPage, SourceList } from './LearnPage.js';
import { articlePath, findArticle, techniquePath } from './learn-paths.js';

const psoasArticleId = 'why-the-psoas-is-left-alone';

export function PsoasPage() {
  const state = useContent();
  const check = state.status === 'ready' ? state.value.psoasSelfCheck : null;
  const article =
    state.status === 'ready' ? findArticle(state.value.articles, psoasArticleId) : undefined;
  const releases =
    state.status === 'ready' ? state.value.mobilisations.filter((m) => m.purpose === 'psoas') : [];
  return (
    <LearnPage title="The psoas self-check">
      <ContentStatus state={state} />
      {check && (
        <>
          <p className="lead">{check.intro}</p>
          {check.signs.map((sign) => (
            <section key={sign.id} className="learn-part">
              <h2>{sign.question}</h2>
              <p className="learn-label">How to look</p>
              <ol className="learn-steps">
                {sign.howToLook.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              <p>{sign.suggests}</p>
            </section>
          ))}
          <section className="learn-part">
            <h2>When both point to the same side</h2>
            <p>{check.suggests}</p>
            {releases.length > 0 && (
              <ul className="learn-links">
                {releases.map((release) => (
                  <li key={release.id}>
                    <Link href={techniquePath(release.id)}>{release.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="learn-part">
            <h2>What these looks cannot tell you</h2>
            <p>{check.doesNotMean}</p>
          </section>
          <section className="learn-part">
            <h2>What comes next</h2>
            <p>{check.next}</p>
            {article && (
              <p>
                <Link href={articlePath(article.id)}>{article.title}</Link>
              </p>
            )}
          </section>
          <CorrectionNote correction={check.correction} />
          <SourceList sources={check.sources} />
        </>
      )}
    </LearnPage>
  );
}
