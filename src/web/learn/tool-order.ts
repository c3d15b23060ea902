// The order the tools page follows: softest first, as the advice is to start soft and go
// firmer only when a spot needs it (the source article, S16).
import type { ContentResponse } from '../../core/contracts/content.js';

type Tool = ContentResponse['tools'][number];

/** Tools from softest to firmest; tools of equal firmness keep the knowledge base's order. */
export const softestFirst = (tools: readonly Tool[]): Tool[] =>
  [...tools].sort((a, b) => a.firmnessOrder - b.firmnessOrder);

/** The highest firmness number, for "3 of 6". */
export const firmestOrder = (tools: readonly Tool[]): number =>
  Math.max(1, ...tools.map((tool) => tool.firmnessOrder));
