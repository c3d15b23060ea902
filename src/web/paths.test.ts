import { describe, expect, it } from 'vitest';
import { safetyTopics } from '../content/safety-questions.js';
import { nerveQuestionsPath, safetyScreenPath } from './paths.js';
import { findRoute, routes } from './routes.js';
import { topicIndexFrom } from './safety/screen-flow.js';

describe('the addresses pages link by', () => {
  it('each lead to a screen of the app', () => {
    expect(findRoute(safetyScreenPath)).not.toBeNull();
    expect(routes.every((route) => findRoute(route.path.replace(':slug', 'x')) !== null)).toBe(
      true,
    );
  });

  it('open the safety screen at the nerve warning questions when the saddle area is marked', () => {
    const address = new URL(nerveQuestionsPath, 'http://unknot.test');
    expect(findRoute(address.pathname)?.route.path).toBe(safetyScreenPath);
    const topic = safetyTopics[topicIndexFrom(address.search, safetyTopics)];
    expect(topic?.id).toBe('nerve-signs');
    expect(topic?.questions.map((q) => q.id)).toContain('saddle-numbness');
  });
});
