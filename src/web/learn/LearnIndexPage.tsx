// The Learn index: a table of contents, then the articles, the muscles and their points,
// the techniques, the tools and the other reads. Page links work even if the guide fails to load.
import { ContentStatus, useContent } from '../content/index.js';
import { Link } from '../router.js';
import { LearnPage } from './LearnPage.js';
import { articlePath, learnPaths, musclePath } from './learn-paths.js';
import { learnIndexWords as words } from './learn-words.js';
import { TableOfContents } from './TableOfContents.js';

const sections = (['articles', 'muscles', 'practice', 'tools', 'more'] as const).map((id) => ({
  id,
  title: words.sections[id],
}));

const title = (id: keyof typeof words.sections) => words.sections[id];

export function LearnIndexPage() {
  const state = useContent();
  const content = state.status === 'ready' ? state.value : null;
  return (
    <LearnPage title={words.title} back={{ href: '/', label: words.back }}>
      <p className="lead">{words.lead}</p>
      <TableOfContents entries={sections} />

      <section id="articles" className="learn-part">
        <h2>{title('articles')}</h2>
        <ContentStatus state={state} />
        {content && (
          <ul className="learn-cards">
            {content.articles.map((article) => (
              <li key={article.id} className="learn-card">
                <h3>
                  <Link href={articlePath(article.id)}>{article.title}</Link>
                </h3>
                <p>{article.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section id="muscles" className="learn-part">
        <h2>{title('muscles')}</h2>
        <p>{words.musclesIntro}</p>
        <p>
          <Link className="button" href={learnPaths.muscles}>
            {words.musclesLink}
          </Link>
        </p>
        {content && (
          <ul className="learn-links">
            {content.muscles.map((muscle) => (
              <li key={muscle.id}>
                <Link href={musclePath(muscle.id)}>{muscle.plainName}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section id="practice" className="learn-part">
        <h2>{title('practice')}</h2>
        <ul className="learn-links">
          <li>
            <Link href={learnPaths.techniques}>{words.techniques}</Link>
          </li>
          <li>
            <Link href={learnPaths.psoas}>{words.psoas}</Link>
          </li>
        </ul>
      </section>

      <section id="tools" className="learn-part">
        <h2>{title('tools')}</h2>
        <p>{words.toolsIntro}</p>
        <ul className="learn-links">
          <li>
            <Link href={learnPaths.tools}>{words.toolsLink}</Link>
          </li>
        </ul>
      </section>

      <section id="more" className="learn-part">
        <h2>{title('more')}</h2>
        <ul className="learn-links">
          <li>
            <Link href={learnPaths.night}>{words.night}</Link>
          </li>
          <li>
            <Link href={learnPaths.causes}>{words.causes}</Link>
          </li>
        </ul>
      </section>
    </LearnPage>
  );
}
