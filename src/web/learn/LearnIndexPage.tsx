// The Learn index: a table of contents, then the articles, the muscles and their points,
// the techniques, the tools and the other reads. Page links work even if the guide fails to load.
import { ContentStatus, useContent } from '../content/index.js';
import { Link } from '../router.js';
import { LearnPage } from './LearnPage.js';
import { articlePath, learnPaths, musclePath } from './learn-paths.js';
import { TableOfContents } from './TableOfContents.js';

const sections = [
  { id: 'articles', title: 'Articles' },
  { id: 'muscles', title: 'Muscles and trigger points' },
  { id: 'practice', title: 'Ways to press and move' },
  { id: 'tools', title: 'Tools' },
  { id: 'more', title: 'More help' },
] as const;

const title = (id: (typeof sections)[number]['id']) =>
  sections.find((section) => section.id === id)?.title;

export function LearnIndexPage() {
  const state = useContent();
  const content = state.status === 'ready' ? state.value : null;
  return (
    <LearnPage title="Learn" back={{ href: '/', label: 'Back to the start' }}>
      <p className="lead">
        Short, plain reads about back pain and muscle knots: what they are, how to press them
        safely, and when to get help.
      </p>
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
        <p>
          Where each muscle is, what it does, how to find its trigger points, and where they tend to
          send pain.
        </p>
        <p>
          <Link className="button" href={learnPaths.muscles}>
            Muscles and their trigger points
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
            <Link href={learnPaths.techniques}>Techniques and gentle movements</Link>
          </li>
          <li>
            <Link href={learnPaths.psoas}>The psoas self-check</Link>
          </li>
        </ul>
      </section>

      <section id="tools" className="learn-part">
        <h2>{title('tools')}</h2>
        <p>Your hands are enough to start. Each tool has a stand-in you likely have at home.</p>
        <ul className="learn-links">
          <li>
            <Link href={learnPaths.tools}>Tools, softest to firmest</Link>
          </li>
        </ul>
      </section>

      <section id="more" className="learn-part">
        <h2>{title('more')}</h2>
        <ul className="learn-links">
          <li>
            <Link href={learnPaths.night}>Rest positions for a bad night</Link>
          </li>
          <li>
            <Link href={learnPaths.causes}>What overloads a muscle</Link>
          </li>
        </ul>
      </section>
    </LearnPage>
  );
}
