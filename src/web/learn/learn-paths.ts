// The addresses of the Learn pages, written once so links, routes and tests agree, and the
// lookup of an article by the last part of its address.

export const learnPaths = {
  index: '/learn',
  muscles: '/learn/muscles',
  techniques: '/learn/techniques',
  tools: '/learn/tools',
  psoas: '/learn/psoas',
  night: '/learn/night',
  causes: '/learn/causes',
} as const;

/**
 * Page names an article id must never take: `/learn/:slug` comes after these routes, so an
 * article named like a page could never be reached.
 */
export const reservedSlugs: readonly string[] = Object.values(learnPaths)
  .map((path) => path.split('/')[2])
  .filter((name): name is string => name !== undefined);

export const articlePath = (id: string): string => `${learnPaths.index}/${encodeURIComponent(id)}`;
export const musclePath = (muscleId: string): string => `${learnPaths.muscles}#${muscleId}`;
export const pointPath = (pair: string): string => `${learnPaths.muscles}#${pair}`;
export const techniquePath = (id: string): string => `${learnPaths.techniques}#${id}`;

/** The article a `/learn/:slug` address names, or undefined for an unknown or reserved slug. */
export function findArticle<A extends { readonly id: string }>(
  articles: readonly A[],
  slug: string,
): A | undefined {
  const id = slug.trim().toLowerCase();
  if (reservedSlugs.includes(id)) return undefined;
  return articles.find((article) => article.id === id);
}
