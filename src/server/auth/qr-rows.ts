// A QR code as plain data: `size` rows of `size` characters, `1` for a dark module. The web draws
// it as SVG itself, so no markup made from a link ever reaches the page.
import QRCode from 'qrcode';
import type { QrCode } from '../../core/contracts/therapists.js';
import { qrCodeOf } from '../../core/therapists/qr-code.js';

export function qrRows(text: string): QrCode {
  // Level M survives a smudged print or a glare on a screen, and keeps links short enough.
  return qrCodeOf(QRCode.create(text, { errorCorrectionLevel: 'M' }).modules);
}
