import { describe, expect, it } from 'vitest';
import { safetyTopics } from '../../content/safety-questions.js';
import { topicIndexFrom } from '../safety/screen-flow.js';
import { hasSafetyScreen, nerveQuestionsPath } from './nerve-questions.js';

describe('where marking the saddle area leads', () => {
  it('finds the safety screen in the app', () => {
    expect(hasSafetyScreen()).toBe(true);
  });

  it('opens the safety screen at the nerve warning questions', () => {
    const address = new URL(nerveQuestionsPath, 'http://unknot.test');
    expect(address.pathname).toBe('/safety');
    const topic = safetyTopics[topicIndexFrom(address.search, safetyTopics)];
    expect(topic?.id).toBe('nerve-signs');
    expect(topic?.questions.map((q) => q.id)).toContain('saddle-numbness');
  });
});
