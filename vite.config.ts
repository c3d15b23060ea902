import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompressFolder } from './scripts/precompress.js';
import { serviceWorkerSource } from './src/web/pwa/service-worker-source.js';

// Emits sw.js with the exact files of this build, so the app shell works offline.
function serviceWorker(): Plugin {
  return {
    name: 'unknot-service-worker',
    apply: 'build',
    // After Vite's own generateBundle, which drops the empty JavaScript of CSS-only chunks: a
    // file listed here that is not served makes the whole precache, and so offline use, fail.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).map((name) => `/${name}`);
      const extra = ['/icon.svg', '/manifest.webmanifest'];
      const version = createHash('sha256')
        .update(files.sort().join('|'))
        .digest('hex')
        .slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(version, [...files, ...extra]),
      });
    },
  };
}

// Brotli and gzip copies of every text file, so the server sends compressed bytes for free.
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'unknot-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressFolder(outDir);
    },
  };
}

// Writes which chunk imports which (dist/web-chunks.json, outside what is served), so the size
// budget (scripts/size-budget.mjs) adds up what each page loads.
function chunkMap(): Plugin {
  return {
    name: 'unknot-chunk-map',
    apply: 'build',
    writeBundle(options, bundle) {
      const chunks = Object.fromEntries(
        Object.values(bundle).flatMap((file) =>
          file.type === 'chunk'
            ? [
                [
                  file.fileName,
                  {
                    entry: file.isEntry,
                    module: file.facadeModuleId
                      ? relative(process.cwd(), file.facadeModuleId)
                      : null,
                    imports: file.imports,
                    dynamicImports: file.dynamicImports,
                  },
                ],
              ]
            : [],
        ),
      );
      writeFileSync(
        resolve(options.dir ?? '.', '..', 'web-chunks.json'),
        `${JSON.stringify(chunks, null, 1)}\n`,
      );
    },
  };
}

// The web app lives in src/web and builds into dist/web, which the server serves.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react(), serviceWorker(), precompress(), chunkMap()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // One bundle for now, about 190 KB gzipped (React, Zod, the knowledge base): within a
    // phone's budget. Splitting by screen is planned; until then the warning is only noise.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
