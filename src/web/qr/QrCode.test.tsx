import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { darkRuns, QrCode } from './QrCode.js';

describe('the QR code drawing', () => {
  it('joins neighbouring dark modules of a row into one rectangle and skips light ones', () => {
    expect(darkRuns({ size: 4, rows: ['1101', '0000', '1111', '0110'] })).toEqual([
      { x: 0, y: 0, width: 2 },
      { x: 3, y: 0, width: 1 },
      { x: 0, y: 2, width: 4 },
      { x: 1, y: 3, width: 2 },
    ]);
  });

  it('is one labelled image with a light quiet zone of four modules on every side', () => {
    const markup = renderToStaticMarkup(
      <QrCode qr={{ size: 2, rows: ['10', '01'] }} label="Invitation link as a QR code" />,
    );
    expect(markup).toContain('role="img"');
    expect(markup).toContain('aria-label="Invitation link as a QR code"');
    expect(markup).toContain('viewBox="0 0 10 10"');
    expect(markup).toContain('translate(4 4)');
    expect(markup.match(/<rect /g)).toHaveLength(3);
  });
});
