// The renderer's build, shared by the desktop build (electron.vite.config.ts) and the browser build
// (vite.web.config.ts), so both serve the very same app.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/ipc/security';
import pkg from './package.json';

/** Puts the CSP into index.html at build time. The dev server needs inline scripts for hot reload, so it
 * gets none; the desktop app also sends the same policy as a response header from its protocol handler. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'oversight-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export const rendererRoot = resolve(__dirname, 'src/renderer');

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      sourcemap: false,
      minify: true,
      chunkSizeWarningLimit: 4000,
    },
  };
}
