// A QR code for a link made on the device, for pages printed from the browser (a handout).
// The encoder loads only when such a page asks, so no other screen pays for it.
import type { QrCode } from '../../core/contracts/therapists.js';

export async function qrForLink(text: string): Promise<QrCode> {
  const { default: QRCode } = await import('qrcode');
  // Level M, as the server's codes: survives a smudge on paper.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let line = '';
    for (let col = 0; col < modules.size; col++) line += modules.get(row, col) ? '1' : '0';
    rows.push(line);
  }
  return { size: modules.size, rows };
}
