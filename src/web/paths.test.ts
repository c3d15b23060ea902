import { describe, expect, it } from 'vitest';
import { safetyChecklists } from '../content/safety-questions.js';
import { nerveQuestionsPath, safetyScreenPath } from './paths.js';
import { findRoute, routes } from './routes.js';
import { screenIndexFrom } from './safety/screen-flow.js';

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
    const screen = safetyChecklists[screenIndexFrom(address.search, safetyChecklists)];
    expect(screen?.id).toBe('emergency');
    expect(screen?.questions[0]?.id).toBe('saddle-numbness');
  });
});
