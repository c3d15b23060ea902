import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learnArticles } from '../../content/index.js';
import { findRoute, routes } from '../routes.js';
import { articlePath, findArticle, learnPaths, reservedSlugs } from './learn-paths.js';

describe('finding a Learn article by its address', () => {
  it('finds every article of the knowledge base by its own id', () => {
    for (const article of learnArticles) {
      expect(findArticle(learnArticles, article.id)).toBe(article);
    }
  });

  it('forgives a trailing space or capitals typed into the address bar', () => {
    expect(findArticle(learnArticles, ' Staying-Active ')?.id).toBe('staying-active');
  });

  it('finds nothing for an unknown slug, whatever is typed', () => {
    const ids = new Set<string>(learnArticles.map((a) => a.id));
    fc.assert(
      fc.property(fc.string(), (slug) => {
        const found = findArticle(learnArticles, slug);
        return found === undefined || ids.has(slug.trim().toLowerCase());
      }),
    );
  });

  it('never lets an article take the name of a Learn page, which would hide it', () => {
    expect(reservedSlugs).toEqual(['muscles', 'techniques', 'tools', 'psoas', 'night', 'causes']);
    for (const article of learnArticles) expect(reservedSlugs).not.toContain(article.id);
    expect(findArticle([{ id: 'tools' }], 'tools')).toBeUndefined();
  });

  it('opens the page itself, not the article screen, for each Learn page address', () => {
    for (const path of Object.values(learnPaths)) {
      expect(findRoute(path, routes)?.route.path).toBe(path);
    }
    expect(findRoute(articlePath('staying-active'), routes)?.params).toEqual({
      slug: 'staying-active',
    });
  });
});
