// core stays pure: no electron, dexie, react, docx, mammoth, pdfjs, node or DOM. The lint rule and the
// core tsconfig (no DOM or Node types) enforce it at edit time; this test enforces it in CI.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(__dirname, '../../src/core');
const FORBIDDEN_MODULES = /^(electron|dexie|dexie-react-hooks|react|react-dom|react-router|docx|mammoth|pdfjs-dist|node:|fs$|path$|os$|crypto$|child_process$)/;
const FORBIDDEN_LAYERS = /(^|\/)(data|documents|renderer|main|preload|ipc|cli)(\/|$)/;
const FORBIDDEN_GLOBALS = /(?<![.\w])(window|document|navigator|localStorage|indexedDB|Buffer|process)\.|\bnew Date\(\)|\bDate\.now\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('core purity', () => {
  const sources = files(CORE);

  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  it.each(sources.map((p) => [relative(CORE, p), p]))('%s imports nothing impure', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
    for (const s of specifiers) {
      expect(FORBIDDEN_MODULES.test(s), `${s}`).toBe(false);
      if (s.startsWith('.')) expect(FORBIDDEN_LAYERS.test(s.replace(/^(\.\.?\/)+/, '')) && s.startsWith('..'), `${s}`).toBe(false);
    }
    const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(FORBIDDEN_GLOBALS.exec(code)?.[0] ?? null).toBeNull();
  });
});
