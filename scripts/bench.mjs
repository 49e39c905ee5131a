// `npm run bench`: builds the app, makes the LA-scale sample if needed, runs the Node and browser
// benchmarks, and prints every figure against its target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = join(root, '.bench');
const results = process.env.OVERSIGHT_BENCH_RESULTS ?? join(dir, 'results.jsonl');
const only = process.argv[2];
mkdirSync(dir, { recursive: true });
rmSync(results, { force: true });

function step(label, command, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(1);
  }
}

step('Build the web app', 'npm', ['run', '--silent', 'build:web']);
if (!existsSync(join(dir, 'la.oversight'))) {
  step('Write the LA-scale sample', 'node', ['bin/oversight.cjs', 'sample', '--scale', 'la', '--as-of', '2026-11-21', '--out', join(dir, 'la.oversight')]);
}
step('Node benchmarks', 'npx', ['tsx', 'test/bench/node/run.ts', ...(only ? [only] : [])]);
step('Browser benchmarks (Chromium)', 'npx', ['playwright', 'test', '--config', 'playwright.bench.config.ts', ...(only ? ['-g', only, '--pass-with-no-tests'] : [])]);

const rows = readFileSync(results, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
let missed = 0;
console.log('\nBenchmark results');
for (const r of rows) {
  const t = r.target ?? {};
  const ok = t.below !== undefined ? r.value < t.below : t.atLeast !== undefined ? r.value >= t.atLeast : null;
  if (ok === false) missed += 1;
  const target = t.below !== undefined ? `< ${t.below}` : t.atLeast !== undefined ? `≥ ${t.atLeast}` : '';
  const value = Math.abs(r.value) >= 100 ? Math.round(r.value) : Math.round(r.value * 100) / 100;
  console.log(`  ${ok === null ? ' ' : ok ? '✓' : '✗'} ${r.name}: ${value} ${r.unit}${target ? ` (target ${target} ${r.unit})` : ''}${r.notes ? ` — ${r.notes}` : ''}`);
}
console.log(missed ? `\n${missed} target(s) missed` : '\nAll targets met');
process.exit(missed ? 1 : 0);
