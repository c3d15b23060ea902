import { describe, expect, it } from 'vitest';
import { qrForLink } from './qr-for-link.js';

describe('a QR code made on the device', () => {
  it('is a square of modules with the three finder squares in its corners', async () => {
    const qr = await qrForLink(
      'https://unknot.example/plan/assigned/0b6f1c1e-2f7a-4e44-9d55-5b8ad3a8c001',
    );
    expect(qr.rows).toHaveLength(qr.size);
    expect(qr.rows.every((row) => row.length === qr.size)).toBe(true);
    expect(qr.rows[0]!.slice(0, 7)).toBe('1111111');
    expect(qr.rows[0]!.slice(-7)).toBe('1111111');
    expect(qr.rows[qr.size - 1]!.slice(0, 7)).toBe('1111111');
  });
});
