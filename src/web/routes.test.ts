import { describe, expect, it } from 'vitest';
import { findRoute, type Route } from './routes.js';

const table: Route[] = [
  { path: '/', render: () => 'home' },
  { path: '/learn', render: () => 'learn' },
  { path: '/learn/:slug', render: () => 'article' },
];

describe('finding the screen for an address', () => {
  it('matches exact paths, ignoring a trailing slash', () => {
    expect(findRoute('/', table)?.route.path).toBe('/');
    expect(findRoute('/learn/', table)?.route.path).toBe('/learn');
  });
  it('passes named segments to the page, decoded', () => {
    expect(findRoute('/learn/how%20hard', table)?.params).toEqual({ slug: 'how hard' });
  });
  it('finds nothing for unknown or malformed addresses', () => {
    expect(findRoute('/nope', table)).toBeNull();
    expect(findRoute('/learn/a/b', table)).toBeNull();
    expect(findRoute('/learn/%E0%A4%A', table)).toBeNull();
  });
});
