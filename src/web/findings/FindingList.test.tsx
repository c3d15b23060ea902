import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/contracts/therapist-work.js';
import { textOf } from '../body-map/rendered-markup.js';
import { FindingList } from './FindingList.js';

const finding: Finding = {
  id: '0b6f1c1e-2f7a-4e44-9d55-5b8ad3a8c001',
  clientId: '0b6f1c1e-2f7a-4e44-9d55-5b8ad3a8c002',
  therapist: { id: '0b6f1c1e-2f7a-4e44-9d55-5b8ad3a8c003', displayName: 'Dr Ana Lopez' },
  triggerPoint: 'glute-overlap-point-left',
  side: 'left',
  tenderness: 3,
  reproducesPain: true,
  note: 'Tight <script>alert(1)</script> band',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
};

describe('points found by hand, as a list', () => {
  it('tells the client who found each point, how tender, and that it brought on their pain', () => {
    const text = textOf(
      renderToStaticMarkup(<FindingList findings={[finding]} whose="your" label="Found" />),
    );
    expect(text).toContain('Buttock point below the hip bone, left side');
    expect(text).toContain('Very tender (3 of 3) Pressing it brought on your usual pain.');
    expect(text).toContain('Found by Dr Ana Lopez');
  });

  it('shows a note as text, never as markup', () => {
    const markup = renderToStaticMarkup(
      <FindingList findings={[finding]} whose="their" label="Found" />,
    );
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('Tight &lt;script&gt;alert(1)&lt;/script&gt; band');
  });

  it('offers the therapist Change and Delete named by the point', () => {
    const markup = renderToStaticMarkup(
      <FindingList
        findings={[finding]}
        whose="their"
        label="Found"
        onEdit={() => {}}
        onDelete={() => {}}
      />,
    );
    expect(markup).toContain('aria-label="Change: Buttock point below the hip bone, left side"');
    expect(markup).toContain('aria-label="Delete: Buttock point below the hip bone, left side"');
  });
});
