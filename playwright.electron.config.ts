// The desktop app end to end, through Playwright's Electron support. Runs where the Electron binary
// exists; elsewhere the suite skips with one line saying why.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/electron',
  outputDir: 'test-results/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
});
