// A QR code as plain data: `size` rows of `size` characters, `1` for a dark module. The web draws
// it as SVG itself, so no markup made from a link ever reaches the page.
import QRCode from 'qrcode';
import type { QrCode } from '../../core/contracts/therapists.js';

export function qrRows(text: string): QrCode {
  // Level M survives a smudged print or a glare on a screen, and keeps links short enough.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let line = '';
    for (let col = 0; col < modules.size; col++) line += modules.get(row, col) ? '1' : '0';
    rows.push(line);
  }
  return { size: modules.size, rows };
}
