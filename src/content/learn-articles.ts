// The Learn section's articles, in reading order: point work first, then back care.
import { backCareArticles } from './articles/back-care.js';
import { pointWorkArticles } from './articles/point-work.js';
import type { LearnArticle } from './schema.js';

export const learnArticles = [
  ...pointWorkArticles,
  ...backCareArticles,
] as const satisfies readonly LearnArticle[];

export type LearnArticleId = (typeof learnArticles)[number]['id'];
