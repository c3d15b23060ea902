import { describe, expect, it } from 'vitest';
import { secretGroups, typedCode } from './secret-groups.js';

describe('the two-factor secret as shown', () => {
  it('comes in groups of four, the last one shorter', () => {
    expect(secretGroups('JBSWY3DPEHPK3PXPQ')).toBe('JBSW Y3DP EHPK 3PXP Q');
  });

  it('is read back without the spaces and dashes a person typed', () => {
    expect(typedCode(' 123 456 ')).toBe('123456');
    expect(typedCode('abcd-efgh')).toBe('abcdefgh');
  });
});
