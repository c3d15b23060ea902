// A QR encoder's modules as plain rows (`1` for a dark module): the one form the server's
// invitation codes and the browser's handout codes both draw as SVG.
import type { QrCode } from '../contracts/therapists.js';

export interface QrModules {
  readonly size: number;
  get(row: number, col: number): number | boolean;
}

export function qrCodeOf(modules: QrModules): QrCode {
  const rows: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let line = '';
    for (let col = 0; col < modules.size; col++) line += modules.get(row, col) ? '1' : '0';
    rows.push(line);
  }
  return { size: modules.size, rows };
}
