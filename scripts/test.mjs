// `npm test`: type-check, lint, unit tests, build, browser tests, and the Electron suite where the
// binary exists. Stops at the first failing stage and ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✗ ${label} failed (${seconds} s)`);
    return false;
  }
  console.log(`✓ ${label} (${seconds} s)`);
  return true;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += r.numFailedTests ?? 0;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0);
  totals.failed += r.stats?.unexpected ?? 0;
  totals.skipped += r.stats?.skipped ?? 0;
}

function electronPresent() {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()));
}

function finish(ok) {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

for (const f of ['vitest.json', 'e2e.json', 'electron.json']) rmSync(join(results, f), { force: true });

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const stages = [
  () => run('Type-check', 'npm', ['run', '--silent', 'typecheck']),
  () => run('Lint', npx, ['eslint', '.', '--max-warnings', '0']),
  () => {
    const ok = run('Unit tests (vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'vitest.json')}`]);
    countVitest(join(results, 'vitest.json'));
    return ok;
  },
  () => run('Build (desktop and web)', 'npm', ['run', 'build']),
  () => {
    const ok = run('Browser tests (Playwright, Chromium)', npx, ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, 'e2e.json'), CI: process.env.CI ?? '1' });
    countPlaywright(join(results, 'e2e.json'));
    return ok;
  },
  () => {
    if (!electronPresent()) {
      console.log('\n▶ Electron E2E: skipped, the Electron binary is not installed on this machine (node_modules/electron/dist is absent).');
      return true;
    }
    const ok = run('Electron E2E', npx, ['playwright', 'test', '--config', 'playwright.electron.config.ts', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, 'electron.json') });
    countPlaywright(join(results, 'electron.json'));
    return ok;
  },
];

for (const stage of stages) if (!stage()) finish(false);
finish(true);
