import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../../core/contracts/session-log.js';
import { withSessionLog } from './session-logs.js';

const log = (id: string, endedAt: number | null = null): SessionLog => ({
  id,
  plan: { steps: [] },
  startedAt: 1,
  endedAt,
  painBefore: 5,
  painAfter: null,
  points: [],
  events: [],
});

describe('keeping session logs on the device', () => {
  it('adds a new session last', () => {
    expect(withSessionLog([log('a')], log('b')).map((l) => l.id)).toEqual(['a', 'b']);
    expect(withSessionLog(null, log('a')).map((l) => l.id)).toEqual(['a']);
  });

  it('replaces a session saved before under the same id, in its place', () => {
    const saved = withSessionLog([log('a'), log('b'), log('c')], log('b', 99));
    expect(saved.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(saved[1]?.endedAt).toBe(99);
  });

  it('never holds two logs with one id, however often a session is saved', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd')), (ids) => {
        const logs = ids.reduce<readonly SessionLog[]>(
          (kept, id) => withSessionLog(kept, log(id)),
          [],
        );
        expect(new Set(logs.map((l) => l.id)).size).toBe(logs.length);
        expect(logs.map((l) => l.id)).toEqual([...new Set(ids)]);
      }),
    );
  });
});
