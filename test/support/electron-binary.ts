// Finds the Electron binary without require('electron') (which would try to download it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function electronBinary(root = join(__dirname, '../..')): { path: string } | { missing: string } {
  if (process.env.OVERSIGHT_ELECTRON && existsSync(process.env.OVERSIGHT_ELECTRON)) return { path: process.env.OVERSIGHT_ELECTRON };
  const pkg = join(root, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'the Electron binary is not installed (node_modules/electron/path.txt is absent)' };
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `the Electron binary is not installed (${binary} is absent)` };
}
