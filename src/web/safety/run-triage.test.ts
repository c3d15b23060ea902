import { describe, expect, it } from 'vitest';
import type { Answers, TriageResponse } from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';
import { ApiFailure } from '../api.js';
import { triageOnServerOrDevice } from './run-triage.js';

const answers: Answers = { fever: true, 'blood-thinners': true, age: 40 };

describe('working out the result', () => {
  it("uses the server's answer when it comes", async () => {
    const fromServer: TriageResponse = { ...triage(answers), reasons: [] };
    const outcome = await triageOnServerOrDevice(answers, async () => fromServer);
    expect(outcome).toEqual({ result: fromServer, workedOutOnDevice: false });
  });

  it('runs the same rules on the device when the server cannot be reached', async () => {
    const outcome = await triageOnServerOrDevice(answers, async () => {
      throw new ApiFailure('offline', 'Unknot cannot reach its server right now.', 0);
    });
    expect(outcome).toEqual({ result: triage(answers), workedOutOnDevice: true });
  });

  it('does not wait on a server that never answers', async () => {
    const started = Date.now();
    const outcome = await triageOnServerOrDevice(answers, () => new Promise(() => {}), 20);
    expect(outcome.workedOutOnDevice).toBe(true);
    expect(outcome.result.level).toBe('urgent');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("sends a doctor's check along, and the device lifts the same urgent stop without the server", async () => {
    const clearance = { checkedOn: '2026-03-02' };
    let sent: unknown;
    const online = await triageOnServerOrDevice(
      answers,
      async (asked, cleared) => {
        sent = cleared;
        return triage(asked, cleared);
      },
      undefined,
      clearance,
    );
    expect(sent).toEqual(clearance);
    const offline = await triageOnServerOrDevice(
      answers,
      async () => {
        throw new ApiFailure('offline', 'Unknot cannot reach its server right now.', 0);
      },
      undefined,
      clearance,
    );
    expect(offline.result).toEqual(online.result);
    expect(offline.result).toMatchObject({ level: 'urgent', selfCareAllowed: true });
  });
});
