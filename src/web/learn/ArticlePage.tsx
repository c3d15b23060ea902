// One Learn article: its title as the page's h1, each section under an h2, its sources,
// and the other articles to read next; the warning-sign article adds the spec's own lists.
// An unknown address says so and leads back.
import { Fragment, useEffect } from 'react';
import type { ContentResponse } from '../../core/contracts/content.js';
import { ContentStatus, useContent } from '../content/index.js';
import { Link } from '../router.js';
import { LearnPage } from './LearnPage.js';
import { articlePath, findArticle, learnPaths } from './learn-paths.js';
import { WarningSigns, warningSignsArticleId } from './WarningSigns.js';

type Article = ContentResponse['articles'][number];

function ArticleBody({
  article,
  others,
}: {
  readonly article: Article;
  readonly others: readonly Article[];
}) {
  return (
    <>
      <p className="lead">{article.summary}</p>
      {article.sections.map((section, index) => (
        <Fragment key={section.heading}>
          <section className="learn-part">
            <h2>{section.heading}</h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            {section.items && (
              <ul>
                {section.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </section>
          {index === 0 && article.id === warningSignsArticleId ? <WarningSigns /> : null}
        </Fragment>
      ))}
      <section className="learn-part">
        <h2>Sources</h2>
        <ul className="learn-sources-list">
          {article.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </section>
      <section className="learn-part">
        <h2>Read next</h2>
        <ul className="learn-links">
          {others.map((other) => (
            <li key={other.id}>
              <Link href={articlePath(other.id)}>{other.title}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function ArticlePage({ slug }: { readonly slug: string }) {
  const state = useContent();
  const articles = state.status === 'ready' ? state.value.articles : [];
  const article = findArticle(articles, slug);
  const title =
    state.status === 'loading'
      ? 'Loading the article'
      : state.status === 'failed'
        ? 'Learn article'
        : (article?.title ?? 'Article not found');

  // The app names the tab after the h1 on navigation; this keeps it right once the title
  // arrives after a direct visit.
  useEffect(() => {
    document.title = `${title} · Unknot`;
  }, [title]);

  return (
    <LearnPage title={title}>
      <ContentStatus state={state} />
      {state.status === 'ready' && article && (
        <ArticleBody article={article} others={articles.filter((a) => a.id !== article.id)} />
      )}
      {state.status === 'ready' && !article && (
        <>
          <p>There is no article at this address.</p>
          <p>
            <Link className="button" href={learnPaths.index}>
              See all Learn articles
            </Link>
          </p>
        </>
      )}
    </LearnPage>
  );
}
