import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchRequest, validateMatchRequest } from '../../core/contracts/match.js';
import { specRegions } from '../../core/spec/index.js';
import { matchRequestFrom } from './match-request.js';

const regionId = fc.constantFrom(...specRegions.map((r) => r.id));

describe('the pain map sent to the matcher', () => {
  it('sends every marked place with its pain, zeros included', () => {
    expect(matchRequestFrom({ 'low-back-left': 7, sacrum: 0 })).toEqual({
      regions: [
        { id: 'low-back-left', intensity: 7 },
        { id: 'sacrum', intensity: 0 },
      ],
    });
  });

  it('sends nothing when no place hurts', () => {
    expect(matchRequestFrom({})).toBeNull();
    expect(matchRequestFrom({ sacrum: 0 })).toBeNull();
  });

  it('leaves out places the region list no longer knows, instead of failing', () => {
    expect(matchRequestFrom({ elbow: 6, tailbone: 3 })).toEqual({
      regions: [{ id: 'tailbone', intensity: 3 }],
    });
    expect(matchRequestFrom({ elbow: 6 })).toBeNull();
  });

  it('is always a request the server accepts when something hurts', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(regionId, fc.string()), fc.integer({ min: 0, max: 10 })),
        (marks) => {
          const request = matchRequestFrom(marks);
          if (request === null) return;
          expect(MatchRequest.safeParse(request).success).toBe(true);
          expect(validateMatchRequest(request).ok).toBe(true);
        },
      ),
    );
  });
});
