// Runs every Node benchmark in this folder (files ending .bench.ts, each exporting `run()`).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main() {
  const only = process.argv[2];
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
  for (const file of files) {
    console.log(`\n# ${file}`);
    const mod = (await import(join(__dirname, file))) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
