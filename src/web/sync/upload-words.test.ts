import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { listOfCounts, uploadSummary } from './upload-words.js';

const none = { created: 0, updated: 0, unchanged: 0 };
const counts = {
  painMaps: { created: 1, updated: 0, unchanged: 0 },
  safetyScreens: none,
  plans: { created: 0, updated: 1, unchanged: 0 },
  sessionLogs: { created: 2, updated: 0, unchanged: 3 },
  checkIns: none,
};

describe('what a person reads about an upload', () => {
  it('lists what reached the account, sessions first, in plain words', () => {
    expect(uploadSummary({ status: 'sent', counts, unsendable: 0 })).toBe(
      'Saved to your account: 2 sessions, 1 pain map and 1 plan.',
    );
    expect(listOfCounts({ checkIns: 1 })).toBe('1 check-in');
  });

  it('says so when the account already had everything (a second sign-in)', () => {
    const same = {
      ...counts,
      painMaps: none,
      plans: none,
      sessionLogs: { created: 0, updated: 0, unchanged: 3 },
    };
    expect(uploadSummary({ status: 'sent', counts: same, unsendable: 0 })).toBe(
      'Your account already has everything this device holds.',
    );
  });

  it('promises nothing is lost when the upload fails, and counts records it could not send', () => {
    const failed = uploadSummary({
      status: 'failed',
      message: 'Unknot cannot reach its server right now.',
      waiting: 3,
    });
    expect(failed).toContain('Your records stay on this device');
    expect(uploadSummary({ status: 'sent', counts, unsendable: 1 })).toContain(
      '1 record on this device could not be sent. It stays here.',
    );
  });

  it('reads at grade 8 or lower', () => {
    for (const text of [
      uploadSummary({ status: 'sent', counts, unsendable: 2 }),
      uploadSummary({ status: 'signed-out' }),
      uploadSummary({ status: 'failed', message: 'Please try again.', waiting: 1 }),
    ]) {
      expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(8);
    }
  });
});
