import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { specRegions } from '../spec/index.js';
import {
  adjacentRegions,
  areAdjacent,
  bodyRegions,
  findRegion,
  isRegionId,
  mirrorRegionId,
  mirrorSide,
  type RegionId,
  regionById,
  regionIds,
  regionSide,
  regionsInView,
} from './regions.js';

const anyRegion = fc.constantFrom(...regionIds);

describe('region ids', () => {
  it('knows every spec region and nothing else', () => {
    expect(regionIds).toEqual(specRegions.map((r) => r.id));
    for (const id of regionIds) expect(isRegionId(id)).toBe(true);
    for (const stranger of ['', 'low-back', 'LOW-BACK-LEFT', 'low-back-left ', 42, null, {}]) {
      expect(isRegionId(stranger)).toBe(false);
    }
  });

  it('finds a region by id and returns undefined for a made-up one', () => {
    expect(findRegion('low-back-left')?.name).toBe('Low back beside the spine (left)');
    expect(findRegion('low-back-middle')).toBeUndefined();
    expect(regionById('sacrum' as RegionId).side).toBe('center');
  });

  it('tells the side of a region', () => {
    expect(regionSide('hip-side-left' as RegionId)).toBe('left');
    expect(regionSide('hip-side-right' as RegionId)).toBe('right');
    expect(regionSide('lumbar-spine' as RegionId)).toBe('center');
  });
});

describe('mirroring left and right', () => {
  it('swaps a paired region with its twin on the other side', () => {
    expect(mirrorRegionId('low-back-left' as RegionId)).toBe('low-back-right');
    expect(mirrorRegionId('thigh-back-upper-right' as RegionId)).toBe('thigh-back-upper-left');
  });

  it('keeps a midline region where it is', () => {
    for (const r of bodyRegions.filter((r) => r.side === 'center')) {
      expect(mirrorRegionId(r.id)).toBe(r.id);
    }
  });

  it('gives every paired region a twin with the same base in the same view', () => {
    fc.assert(
      fc.property(anyRegion, (id) => {
        const region = regionById(id);
        const twin = regionById(mirrorRegionId(id));
        expect(twin.base).toBe(region.base);
        expect(twin.view).toBe(region.view);
        expect(twin.side).toBe(mirrorSide(region.side));
        expect(mirrorRegionId(twin.id)).toBe(id);
      }),
    );
  });

  it('turns neighbours into neighbours of the twins', () => {
    fc.assert(
      fc.property(anyRegion, anyRegion, (a, b) => {
        expect(areAdjacent(mirrorRegionId(a), mirrorRegionId(b))).toBe(areAdjacent(a, b));
      }),
    );
  });
});

describe('adjacency', () => {
  it('is symmetric: if A borders B then B borders A', () => {
    for (const region of bodyRegions) {
      for (const neighbour of adjacentRegions(region.id)) {
        expect(isRegionId(neighbour), `${region.id} -> ${neighbour}`).toBe(true);
        expect(areAdjacent(neighbour, region.id), `${neighbour} -> ${region.id}`).toBe(true);
      }
    }
  });

  it('never makes a region its own neighbour', () => {
    for (const region of bodyRegions) expect(areAdjacent(region.id, region.id)).toBe(false);
  });

  it('links the whole map, so every region can be reached from any other', () => {
    const seen = new Set<RegionId>([regionIds[0]!]);
    const queue = [regionIds[0]!];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const n of adjacentRegions(next)) {
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    expect(seen.size).toBe(regionIds.length);
  });
});

describe('views', () => {
  it('splits the figure into a back view and a front view with no region lost', () => {
    const back = regionsInView('back');
    const front = regionsInView('front');
    expect(back.length + front.length).toBe(regionIds.length);
    expect(back.map((r) => r.id)).toContain('low-back-left');
    expect(front.map((r) => r.id)).toContain('groin-right');
    expect(front.every((r) => r.view === 'front')).toBe(true);
  });
});
