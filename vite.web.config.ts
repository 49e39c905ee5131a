import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.shared';

// `npm run web` and the browser tests: the same renderer, served on 127.0.0.1, using the browser
// implementation of the platform API (file picker, downloads).
const outDir = resolve(__dirname, process.env.OVERSIGHT_WEB_OUT ?? 'out/web');

export default defineConfig({
  ...rendererConfig(outDir),
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: Number(process.env.OVERSIGHT_WEB_PORT ?? 4173), strictPort: true },
});
