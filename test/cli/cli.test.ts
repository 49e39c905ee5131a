import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import type { CliIo } from '../../src/cli/io';
import { decodeBackup } from '../../src/data/backup/format';

function memoryIo() {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, Uint8Array>();
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      const f = files.get(p);
      if (!f) throw new Error(`ENOENT: no such file, open '${p}'`);
      return f;
    },
    writeFile: async (p, b) => {
      files.set(p, b);
    },
    now: () => new Date('2026-11-21T10:00:00Z'),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), files };
}

describe('oversight CLI', () => {
  it('lists its commands', async () => {
    const m = memoryIo();
    expect(await runCli(['--help'], m.io)).toBe(0);
    expect(m.out()).toMatch(/Usage: oversight <command>/);
    expect(m.out()).toMatch(/\n {2}sample +Write the sample trust/);
  });

  it('explains an unknown command', async () => {
    const m = memoryIo();
    expect(await runCli(['frobnicate'], m.io)).toBe(2);
    expect(m.err()).toContain('Unknown command "frobnicate"');
  });

  it('writes the sample trust as a backup the app can restore', async () => {
    const m = memoryIo();
    expect(await runCli(['sample', '--out', 'sample.oversight'], m.io)).toBe(0);
    const { manifest, snapshot } = await decodeBackup(m.files.get('sample.oversight')!);
    expect(manifest.createdAt).toBe('2026-11-21T12:00:00.000Z');
    expect(snapshot.tables.settings).toHaveLength(6);
    expect(snapshot.tables.files.every((f) => String(f.name).endsWith('.docx'))).toBe(true);
    expect(m.out()).toMatch(/Wrote sample.oversight/);
  });

  it('writes the sample policies as Word and text files to try importing', async () => {
    const m = memoryIo();
    expect(await runCli(['sample', '--policies', 'policies'], m.io)).toBe(0);
    const names = [...m.files.keys()].sort();
    expect(names).toContain('policies/harbour-view-social-media.docx');
    expect(names).toContain('policies/harbour-view-social-media.txt');
    expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(8);
    const text = new TextDecoder().decode(m.files.get('policies/harbour-view-social-media.txt'));
    expect(text).toContain('Written By\tR Thornton\tVersion 2.1');
    const docx = m.files.get('policies/harbour-view-social-media.docx')!;
    expect([docx[0], docx[1]]).toEqual([0x50, 0x4b]);
  });

  it('reports bad options with the usage', async () => {
    const m = memoryIo();
    expect(await runCli(['sample'], m.io)).toBe(2);
    expect(m.err()).toContain('--out FILE is required');
    expect(await runCli(['sample', '--out', 'x', '--scale', 'county'], m.io)).toBe(2);
    expect(await runCli(['sample', '--out', 'x', '--as-of', '31/02/2023'], m.io)).toBe(2);
    expect(m.err()).toContain('--as-of must be a date as YYYY-MM-DD');
  });
});
