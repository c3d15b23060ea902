// A QR code for a link made on the device, for pages printed from the browser (a handout).
// The encoder loads only when such a page asks, so no other screen pays for it.
import type { QrCode } from '../../core/contracts/therapists.js';
import { qrCodeOf } from '../../core/therapists/qr-code.js';

export async function qrForLink(text: string): Promise<QrCode> {
  const { default: QRCode } = await import('qrcode');
  // Level M, as the server's codes: survives a smudge on paper.
  return qrCodeOf(QRCode.create(text, { errorCorrectionLevel: 'M' }).modules);
}
