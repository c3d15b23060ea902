import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cue, newSession, next, type SessionState } from '../../core/session/index.js';
import { twoPointPlan } from '../session/sample-plan.js';
import { cueBatch, STALE_CUE_MS, withCaptions } from './cue-delivery.js';

const T0 = 1_700_000_000_000;

function started(): { state: SessionState; cues: readonly Cue[] } {
  const moved = next(newSession(twoPointPlan), { type: 'start', at: T0, painBefore: 6 });
  if (!moved.ok) throw new Error(moved.message);
  return moved.value;
}

function tickTo(state: SessionState, at: number) {
  const moved = next(state, { type: 'tick', at });
  if (!moved.ok) throw new Error(moved.message);
  return moved.value;
}

describe('delivering cues', () => {
  it('speaks every line of a batch that is on time, in order, and captions each', () => {
    const { cues } = started();
    const batch = cueBatch(cues, T0 + 100);
    const spoken = cues.filter((cue) => cue.kind === 'speak').map((cue) => cue.text);
    expect(batch.speech).toEqual(spoken);
    expect(batch.captions.map((caption) => caption.text)).toEqual(spoken);
    expect(batch.captions.every((caption) => caption.spoken)).toBe(true);
  });

  it('after a throttled tab wakes a minute late, says only where the session is now, and captions the rest silently', () => {
    const { state } = started();
    const now = T0 + 60_000;
    const { cues } = tickTo(state, now);
    const batch = cueBatch(cues, now);
    const lines = cues.flatMap((cue) => (cue.kind === 'speak' ? [cue] : []));
    // Holds ended at 25, 40 and 55 s: the last one's lines (release, then the rating) are 5 s old.
    const newest = lines.filter((line) => line.at === T0 + 55_000).map((line) => line.text);
    expect(newest.at(-1)).toMatch(/^How was that point\?/);
    expect(batch.caughtUp).toBe(true);
    expect(batch.speech).toEqual(newest);
    expect(batch.tones).toEqual([]);
    expect(batch.vibration).toBeNull();
    expect(batch.captions.map((caption) => caption.text)).toEqual(lines.map((l) => l.text));
    expect(batch.captions.filter((caption) => caption.spoken).map((c) => c.text)).toEqual(newest);
  });

  it('when some lines are on time, says only those and drops the backlog', () => {
    const { state } = started();
    const now = T0 + 56_000; // the rating began 1 s ago
    const batch = cueBatch(tickTo(state, now).cues, now);
    expect(batch.caughtUp).toBe(false);
    expect(batch.speech.at(-1)).toMatch(/^How was that point\?/);
    expect(batch.speech.some((line) => line.startsWith('Hold 1 of 3'))).toBe(false);
  });

  it('beeps at the start and end of a hold and buzzes with the last pattern due', () => {
    const { state } = started();
    // 15 s to get into position, then a 10 s hold.
    const holdStart = tickTo(state, T0 + 15_000);
    expect(cueBatch(holdStart.cues, T0 + 15_000).tones).toEqual(['start']);
    const holdEnd = tickTo(holdStart.state, T0 + 25_000);
    const batch = cueBatch(holdEnd.cues, T0 + 25_000);
    expect(batch.tones).toEqual(['end']);
    expect(batch.vibration).toEqual([100, 100, 100]);
  });

  it('speaks no stale line while a fresh one is due, catches up with the newest otherwise, and never loses a caption', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.string({ minLength: 1 }),
            age: fc.integer({ min: 0, max: 60_000 }),
          }),
        ),
        (lines) => {
          const now = T0 + 60_000;
          const cues: Cue[] = lines.map((line) => ({
            kind: 'speak',
            text: line.text,
            at: now - line.age,
          }));
          const batch = cueBatch(cues, now);
          expect(batch.captions.map((c) => c.text)).toEqual(lines.map((l) => l.text));
          const fresh = lines.filter((l) => l.age <= STALE_CUE_MS);
          if (fresh.length > 0 || lines.length === 0) {
            expect(batch.speech).toEqual(fresh.map((l) => l.text));
          } else {
            // All stale: only the newest lines, said once to catch up.
            const youngest = Math.min(...lines.map((l) => l.age));
            expect(batch.speech).toEqual(
              lines.filter((l) => l.age === youngest).map((l) => l.text),
            );
          }
        },
      ),
    );
  });

  it('keeps captions in the order they were said across batches', () => {
    const first = cueBatch([{ kind: 'speak', text: 'One.', at: T0 }], T0).captions;
    const second = cueBatch([{ kind: 'speak', text: 'Two.', at: T0 + 5 }], T0 + 5).captions;
    expect(withCaptions(withCaptions([], first), second).map((c) => c.text)).toEqual([
      'One.',
      'Two.',
    ]);
    expect(withCaptions(first, [])).toBe(first);
  });
});
