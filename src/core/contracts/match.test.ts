import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionIds } from '../body/regions.js';
import { MatchResponse, validateMatchRequest } from './match.js';

function problemsOf(input: unknown) {
  const result = validateMatchRequest(input);
  if (result.ok) throw new Error('expected a rejected body');
  return result;
}

describe('checking a match request', () => {
  it('accepts marked regions and fills in intensity 5 where none is given', () => {
    const result = validateMatchRequest({
      regions: [
        { id: 'low-back-left', intensity: 7 },
        { id: 'sacrum' },
        { id: 'foot-right', intensity: 0 },
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        regions: [
          { id: 'low-back-left', intensity: 7 },
          { id: 'sacrum', intensity: 5 },
          { id: 'foot-right', intensity: 0 },
        ],
      },
    });
  });

  it('accepts a decimal intensity such as 6.5', () => {
    const result = validateMatchRequest({ regions: [{ id: 'sacrum', intensity: 6.5 }] });
    expect(result.ok && result.value.regions[0]?.intensity).toBe(6.5);
  });

  it('counts a region marked twice once, at its highest intensity', () => {
    const result = validateMatchRequest({
      regions: [
        { id: 'flank-left', intensity: 2 },
        { id: 'sacrum', intensity: 4 },
        { id: 'flank-left', intensity: 8 },
      ],
    });
    expect(result.ok && result.value.regions).toEqual([
      { id: 'flank-left', intensity: 8 },
      { id: 'sacrum', intensity: 4 },
    ]);
  });

  it('names an unknown region id', () => {
    const result = problemsOf({
      regions: [{ id: 'sacrum' }, { id: 'knee-left' }, { id: 'elbow' }, { id: 'knee-left' }],
    });
    expect(result.code).toBe('unknown_region');
    expect(result.message).toContain('knee-left');
    expect(result.details).toEqual({
      issues: ['regions[1].id', 'regions[2].id', 'regions[3].id'].map((path) => ({
        path,
        code: 'unknown_region',
        message: expect.stringContaining('is not a region on the body map'),
      })),
    });
  });

  it.each([
    [
      { regions: [{ id: 'sacrum' }, { id: 'flank-left' }, { id: 'sacrum', intensity: 11 }] },
      'regions[2].intensity',
    ],
    [{ regions: [{ id: 'sacrum', intensity: -1 }] }, 'regions[0].intensity'],
    [{ regions: [{ id: 'sacrum', intensity: '7' }] }, 'regions[0].intensity'],
    [{ regions: [{ id: 'sacrum', intensity: null }] }, 'regions[0].intensity'],
    [{ regions: [{ id: 7 }] }, 'regions[0].id'],
    [{ regions: [{ intensity: 3 }] }, 'regions[0].id'],
    [{ regions: ['sacrum'] }, 'regions[0]'],
    [{ regions: [] }, 'regions'],
    [{ regions: 'sacrum' }, 'regions'],
    [{}, 'regions'],
    [{ regions: [{ id: 'sacrum', side: 'left' }] }, 'regions[0].side'],
    [{ regions: [{ id: 'sacrum' }], extra: true }, 'extra'],
    [null, ''],
    [[{ id: 'sacrum' }], ''],
    ['regions', ''],
  ])('rejects %j as invalid_body naming %s', (input, path) => {
    const result = problemsOf(input);
    expect(result.code).toBe('invalid_body');
    expect(result.message.startsWith(path === '' ? 'The body ' : `${path}: `)).toBe(true);
    expect(result.details).toMatchObject({ issues: [expect.objectContaining({ path })] });
  });

  it('says the list must not be empty', () => {
    expect(problemsOf({ regions: [] }).message).toBe('regions: must list at least one region');
  });

  it('never throws, whatever the body', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateMatchRequest(input);
        if (!result.ok) expect(['invalid_body', 'unknown_region']).toContain(result.code);
      }),
    );
  });

  it('accepts any mix of valid regions and intensities', () => {
    const mark = fc.record(
      { id: fc.constantFrom(...regionIds), intensity: fc.double({ min: 0, max: 10, noNaN: true }) },
      { requiredKeys: ['id'] },
    );
    fc.assert(
      fc.property(fc.array(mark, { minLength: 1, maxLength: 60 }), (regions) => {
        const result = validateMatchRequest({ regions });
        expect(result.ok).toBe(true);
        if (result.ok)
          expect(result.value.regions.length).toBe(new Set(regions.map((r) => r.id)).size);
      }),
    );
  });
});

describe('the match response schema', () => {
  it('holds the fields the contract fixes', () => {
    const body = {
      results: [
        {
          triggerPoint: 'glute-overlap-left',
          muscle: 'gluteus-medius',
          score: 0.8,
          step: 1,
          why: 'May explain the pain in the left side of your low back.',
          explains: ['low-back-left'],
        },
        { triggerPoint: 'x', muscle: 'y', score: 0.1, step: null, why: '', explains: [] },
      ],
    };
    expect(MatchResponse.parse(body)).toEqual(body);
  });

  it('refuses a score above 1 or a step outside 1-3', () => {
    const item = { triggerPoint: 'x', muscle: 'y', score: 0.5, step: 1, why: '', explains: [] };
    expect(MatchResponse.safeParse({ results: [{ ...item, score: 1.2 }] }).success).toBe(false);
    expect(MatchResponse.safeParse({ results: [{ ...item, step: 4 }] }).success).toBe(false);
  });
});
