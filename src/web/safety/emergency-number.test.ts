import { describe, expect, it } from 'vitest';
import {
  callWording,
  defaultEmergencyNumbers,
  emergencyNumbers,
  emergencyNumbersFrom,
} from './emergency-number.js';

describe('the emergency number a deployment shows', () => {
  it('names 911, 112 and 999 when the deployment sets nothing', () => {
    expect(emergencyNumbersFrom(undefined)).toBe(defaultEmergencyNumbers);
    expect(emergencyNumbersFrom('  ')).toBe(defaultEmergencyNumbers);
    expect(callWording(emergencyNumbers)).toBe('Call 911 (US), 112 (EU) or 999 (UK)');
  });

  it('reads one number, or several with where they work', () => {
    expect(emergencyNumbersFrom('000')).toEqual([{ number: '000', place: '' }]);
    expect(callWording(emergencyNumbersFrom('000'))).toBe('Call 000');
    const two = emergencyNumbersFrom('111 (New Zealand), 000 (Australia)');
    expect(two).toEqual([
      { number: '111', place: 'New Zealand' },
      { number: '000', place: 'Australia' },
    ]);
    expect(callWording(two)).toBe('Call 111 (New Zealand) or 000 (Australia)');
  });

  it('falls back to the default list rather than show a number it cannot read', () => {
    for (const setting of ['call 911', '9-1-1', '911 (US), ', '1234567', '911 (US']) {
      expect(emergencyNumbersFrom(setting)).toBe(defaultEmergencyNumbers);
    }
  });

  it('still says to call for help with an empty list', () => {
    expect(callWording([])).toBe('Call your local emergency number');
  });
});
