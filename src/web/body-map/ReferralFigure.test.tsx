import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { specRegions } from '../../core/spec/index.js';
import { figureColours } from './pain-scale.js';
import { ReferralFigure } from './ReferralFigure.js';
import type { ReferralPoint } from './referral-text.js';
import { regionGeometry } from './regions-geometry.js';
import { tagsNamed, textOf } from './rendered-markup.js';

const names = new Map(specRegions.map((r) => [r.id, r.name]));

const glutePoint: ReferralPoint = {
  name: 'Buttock point below the hip bone',
  over: ['buttock-upper-left', 'sacroiliac-left'],
  referral: {
    essential: ['low-back-left', 'iliac-crest-left', 'thigh-back-upper-left'],
    spillover: ['sacrum', 'buttock-lower-left'],
  },
};

const zonesOf = (markup: string) =>
  new Map(
    tagsNamed(markup, 'path')
      .filter((p) => p['data-zone'])
      .map((p) => [p.d, p['data-zone']]),
  );

describe('the referral figure', () => {
  it('shades the main zone dark and the wider zone lighter, each its own way', () => {
    const markup = renderToStaticMarkup(<ReferralFigure point={glutePoint} />);
    const zones = zonesOf(markup);
    for (const id of glutePoint.referral.essential) {
      expect(zones.get(regionGeometry[id]!.d)).toBe('essential');
    }
    for (const id of glutePoint.referral.spillover) {
      expect(zones.get(regionGeometry[id]!.d)).toBe('spillover');
    }
    expect(zones.size).toBe(5);
    const classes = tagsNamed(markup, 'path')
      .filter((p) => p['data-zone'])
      .map((p) => p.class);
    expect(new Set(classes)).toEqual(
      new Set([
        'referral-figure__zone referral-figure__zone--essential',
        'referral-figure__zone referral-figure__zone--spillover',
      ]),
    );
    // The wider zone is filled with a hatch of the light colour, the main zone is not.
    const hatch = tagsNamed(markup, 'rect').find((r) => r.fill === figureColours.referralSpillover);
    expect(hatch).toBeDefined();
    const spill = tagsNamed(markup, 'path').find((p) => p['data-zone'] === 'spillover')!;
    expect(spill.style).toMatch(/fill:url\(#referral-hatch-/);
  });

  it('marks the point with one dot between the regions it lies over', () => {
    const markup = renderToStaticMarkup(<ReferralFigure point={glutePoint} />);
    const dots = tagsNamed(markup, 'circle').filter((c) => c['data-zone'] === 'point');
    expect(dots).toHaveLength(1);
    const [a, b] = glutePoint.over.map((id) => regionGeometry[id]!.anchor);
    expect(Number(dots[0]!.cx)).toBeCloseTo((a![0] + b![0]) / 2);
    expect(Number(dots[0]!.cy)).toBeCloseTo((a![1] + b![1]) / 2);
  });

  it('lists every zone in its text alternative and shows a legend in words', () => {
    const markup = renderToStaticMarkup(<ReferralFigure point={glutePoint} />);
    const [figure] = tagsNamed(markup, 'svg').filter((s) => s.role === 'img');
    const label = figure!['aria-label']!;
    for (const id of [
      ...glutePoint.over,
      ...glutePoint.referral.essential,
      ...glutePoint.referral.spillover,
    ]) {
      expect(label).toContain(names.get(id));
    }
    const text = textOf(markup);
    expect(text).toContain('The point to treat');
    expect(text).toContain('Main pain area');
    expect(text).toContain('Wider pain area');
    expect(text).toContain('Your left');
  });

  it('draws the front too when a zone lies there, or only the view asked for', () => {
    const withBelly: ReferralPoint = {
      ...glutePoint,
      referral: { ...glutePoint.referral, spillover: ['lower-abdomen-left'] },
    };
    const both = tagsNamed(renderToStaticMarkup(<ReferralFigure point={withBelly} />), 'svg');
    expect(both.filter((s) => s.role === 'img').map((s) => s['data-view'])).toEqual([
      'back',
      'front',
    ]);
    const backOnly = tagsNamed(
      renderToStaticMarkup(<ReferralFigure point={withBelly} view="back" />),
      'svg',
    ).filter((s) => s.role === 'img');
    expect(backOnly.map((s) => s['data-view'])).toEqual(['back']);
    expect(backOnly[0]!['aria-label']).toContain('not drawn here: Lower belly');
  });

  it('gives two figures on one page their own hatch, so neither borrows the other', () => {
    const markup = renderToStaticMarkup(
      <>
        <ReferralFigure point={glutePoint} />
        <ReferralFigure point={glutePoint} />
      </>,
    );
    const ids = tagsNamed(markup, 'pattern').map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
