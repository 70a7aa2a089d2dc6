// The web UI's build: web/ into dist-web/ beside dist/, served by `sitrep serve` (src/serve/static.ts).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist-web', import.meta.url)),
    emptyOutDir: true,
    // The map's country shapes make one large chunk; it is served from this machine, not a CDN.
    chunkSizeWarningLimit: 2000,
    // Everything is a file: no inline script for the CSP to refuse.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 4096,
  },
});
