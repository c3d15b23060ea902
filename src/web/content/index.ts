// The knowledge base for every screen: the hook, its states, and how to show loading and failure.
export { ContentStatus } from './ContentStatus.js';
export type { ContentState } from './content-store.js';
export { useContent } from './useContent.js';
