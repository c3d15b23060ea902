import { describe, expect, it } from 'vitest';
import { content } from '../../content/index.js';
import { ContentResponse } from '../../core/contracts/content.js';
import { ApiFailure } from '../api.js';
import { type ContentState, contentStore, unexpectedFailure } from './content-store.js';

const realContent = () => Promise.resolve(ContentResponse.parse(content));
const offline = new ApiFailure('offline', 'Unknot cannot reach its server right now.', 0);

/** Resolves once the store has left the loading state. */
const settled = (store: ReturnType<typeof contentStore>) =>
  new Promise<ContentState>((resolve) => {
    const stop = store.subscribe(() => {
      if (store.snapshot().status !== 'loading') {
        stop();
        resolve(store.snapshot());
      }
    });
  });

describe('the knowledge base kept for one visit', () => {
  it('shows loading first, then the content', async () => {
    const store = contentStore(realContent);
    expect(store.snapshot().status).toBe('loading');
    const done = settled(store);
    store.load();
    const state = await done;
    expect(state.status).toBe('ready');
    if (state.status === 'ready') expect(state.value.articles.length).toBeGreaterThan(0);
  });

  it('fetches only once, however many screens ask', async () => {
    let calls = 0;
    const store = contentStore(() => {
      calls += 1;
      return realContent();
    });
    const done = settled(store);
    store.load();
    store.load();
    await done;
    store.load();
    expect(calls).toBe(1);
    expect(store.snapshot()).toBe(store.snapshot());
  });

  it('shows the API failure in its own words, and loads on retry', async () => {
    let calls = 0;
    const store = contentStore(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(offline) : realContent();
    });
    let done = settled(store);
    store.load();
    const failed = await done;
    expect(failed).toMatchObject({ status: 'failed', message: offline.message });
    done = settled(store);
    if (failed.status === 'failed') failed.retry();
    expect(store.snapshot().status).toBe('loading');
    expect((await done).status).toBe('ready');
    expect(calls).toBe(2);
  });

  it('words an unexpected error plainly instead of showing its technical text', async () => {
    const store = contentStore(() => Promise.reject(new TypeError('x is undefined')));
    const done = settled(store);
    store.load();
    expect(await done).toMatchObject({ status: 'failed', message: unexpectedFailure });
  });
});
