// Runs every Node benchmark in this folder (files ending .bench.ts, each exporting `run()`), each file in
// its own process, so one bench's memory (a 300,000-record store, say) never counts against the next.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function runOne(file: string): Promise<void> {
  const mod = (await import(join(__dirname, file))) as { run: () => Promise<void> };
  await mod.run();
}

function runAll(only: string | undefined): number {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();
  let failed = 0;
  for (const file of files) {
    console.log(`\n# ${file}`);
    // The same Node with the same loader (tsx) that runs this script.
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--one', file], { stdio: 'inherit', env: process.env });
    if (child.status !== 0) {
      console.error(`${file} failed (exit ${child.status ?? child.signal})`);
      failed += 1;
    }
  }
  return failed;
}

const [flag, value] = process.argv.slice(2);
if (flag === '--one' && value) {
  runOne(value).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  process.exitCode = runAll(flag) > 0 ? 1 : 0;
}
