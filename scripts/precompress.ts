// Writes a brotli (.br) and a gzip (.gz) copy beside each text file of a build, at the highest
// levels (once per build), so the server sends them by content negotiation without work.
// vite.config.ts calls it once the build is written.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const compressible = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
// Below this a compressed copy saves less than the headers cost.
const smallest = 1024;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Compresses the text files under `folder`; returns how many files got compressed copies. */
export function precompressFolder(folder: string): number {
  let count = 0;
  for (const path of filesUnder(folder)) {
    if (!compressible.test(path)) continue;
    const raw = readFileSync(path);
    if (raw.length < smallest) continue;
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    const gz = gzipSync(raw, { level: 9 });
    if (br.length < raw.length) writeFileSync(`${path}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
    count++;
  }
  return count;
}
