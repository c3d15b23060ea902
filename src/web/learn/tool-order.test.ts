import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '../../content/index.js';
import { ContentResponse } from '../../core/contracts/content.js';
import { firmestOrder, softestFirst } from './tool-order.js';

const tools = ContentResponse.parse(content).tools;

describe('the tools, softest to firmest', () => {
  it('puts the tennis ball before the lacrosse ball, and the hands first', () => {
    const order = softestFirst(tools).map((t) => t.id);
    expect(order.indexOf('tennis-ball')).toBeLessThan(order.indexOf('lacrosse-ball'));
    expect(order.slice(0, 3)).toEqual(['fingers', 'thumbs', 'fists']);
    expect(firmestOrder(tools)).toBe(6);
  });

  it('never puts a firmer tool before a softer one, and keeps every tool, in any order given', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...tools]), (given) => {
        const sorted = softestFirst(given);
        expect(sorted).toHaveLength(given.length);
        expect(new Set(sorted)).toEqual(new Set(given));
        sorted.slice(1).forEach((tool, i) => {
          expect(tool.firmnessOrder).toBeGreaterThanOrEqual(sorted[i]!.firmnessOrder);
        });
      }),
    );
  });
});
