// Browser benchmarks (npm run bench): the built app in Debian's Chromium with LA-scale data.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/support/chromium';

const port = Number(process.env.OVERSIGHT_BENCH_PORT ?? 4174);

export default defineConfig({
  testDir: 'test/bench/browser',
  testMatch: '**/*.bench.ts',
  outputDir: 'test-results/bench',
  workers: 1,
  timeout: 15 * 60_000,
  reporter: [['line']],
  use: { baseURL: `http://127.0.0.1:${port}/`, launchOptions: chromiumLaunchOptions(), locale: 'en-GB', viewport: { width: 1360, height: 860 } },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
