import { describe, expect, it } from 'vitest';
import { specRegions } from '../../core/spec/index.js';
import {
  type ReferralPoint,
  referralDescription,
  referralViews,
  referralZones,
} from './referral-text.js';

const names = new Map(specRegions.map((r) => [r.id, r.name]));
const regionName = (id: string): string => names.get(id) ?? id;

const ribPoint: ReferralPoint = {
  name: 'Spine muscle point at the lowest ribs',
  over: ['mid-back-right'],
  referral: {
    essential: ['low-back-right', 'buttock-upper-right'],
    spillover: ['flank-right', 'low-back-right', 'upper-abdomen-right'],
  },
};

describe('the words for a referral drawing', () => {
  it('puts a region shaded both ways in the main zone only', () => {
    expect(referralZones(ribPoint)).toEqual({
      over: ['mid-back-right'],
      essential: ['low-back-right', 'buttock-upper-right'],
      spillover: ['flank-right', 'upper-abdomen-right'],
    });
  });

  it('draws the views that hold something, back first', () => {
    expect(referralViews(ribPoint)).toEqual(['back', 'front']);
    expect(
      referralViews({ ...ribPoint, referral: { essential: ['sacrum'], spillover: [] } }),
    ).toEqual(['back']);
  });

  it('names the point, the main area and the wider area on this side of the body', () => {
    const text = referralDescription(ribPoint, 'back', regionName, false);
    expect(text).toContain('Spine muscle point at the lowest ribs');
    expect(text).toContain('seen from behind');
    expect(text).toContain('The point: Mid back beside the spine, at the lowest ribs (right).');
    expect(text).toContain(
      'Main pain area: Low back beside the spine (right); Upper outer buttock, below the hip bone (right).',
    );
    expect(text).toContain(
      'Wider pain area: Side of the trunk, between the lowest rib and the hip bone (right).',
    );
    expect(text).toContain(
      'Also on the front of the body, not drawn here: Upper belly, below the ribs (right).',
    );
  });

  it('points to the other drawing when both sides are drawn', () => {
    const text = referralDescription(ribPoint, 'front', regionName, true);
    expect(text).toContain('seen face on');
    expect(text).toContain('Wider pain area: Upper belly, below the ribs (right).');
    expect(text).toContain('In the drawing of the back of the body:');
  });
});
