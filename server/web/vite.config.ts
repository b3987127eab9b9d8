/**
 * Builds the what-if page (server/web) into server/web/dist, which `server/routes/web.ts` serves at
 * `/`. Plain TypeScript and CSS, no framework; assets get hashed names under `assets/`. Everything
 * is bundled: the page loads nothing from outside the service.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CSP_NONCE_PLACEHOLDER } from '../routes/web.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  // The server swaps a fresh nonce in for each answer (server/routes/web.ts); the draft editor's styles use it.
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
