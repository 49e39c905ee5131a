import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import type { CliIo } from '../../src/cli/io';
import { encodeBackup } from '../../src/data/backup/format';
import { sampleSnapshot, textFiles } from '../../src/data/sample/materialise';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';

function memoryIo(answer?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
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
    ...(answer === undefined ? {} : { prompt: async (q: string) => (asked.push(q), answer) }),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), files, asked };
}

const meta = {
  createdAt: '2026-11-21T12:00:00.000Z',
  appVersion: '0.1.0',
  kind: 'backup' as const,
  description: 'Sample trust',
};
const passphrase = 'Siân’s laptop, Tuesday 🏫';

async function sample() {
  return sampleSnapshot(buildSampleTrust('2026-11-21'), textFiles, meta.createdAt);
}

describe('oversight verify', () => {
  it('checks a backup and says what it holds', async () => {
    const m = memoryIo();
    m.files.set('trust.oversight', await encodeBackup(await sample(), meta));
    expect(await runCli(['verify', 'trust.oversight'], m.io)).toBe(0);
    const text = m.out();
    expect(text).toContain('trust.oversight: an Oversight backup (file format 2, data schema');
    expect(text).toContain('Intact.');
    expect(text).toContain('Made:        21 Nov 2026 12:00 UTC by Oversight 0.1.0');
    expect(text).toContain('Encrypted:   no');
    expect(text).toMatch(/Integrity: {3}whole-file SHA-256 [0-9a-f]{64} matches/);
    expect(text).toContain('Harbour View Primary School; Oakridge Acorns Pre-school');
    expect(text).toMatch(/Holds: {7}1 trust, 6 settings, 8 policies, .*2 visits/);
  });

  it('asks for the passphrase of an encrypted pack, without echo, and checks it', async () => {
    const snapshot = await sample();
    const bytes = await encodeBackup(
      snapshot,
      { ...meta, kind: 'pack', description: undefined },
      { passphrase },
    );
    const m = memoryIo(passphrase);
    m.files.set('harbour.oversight', bytes);
    expect(await runCli(['verify', 'harbour.oversight'], m.io)).toBe(0);
    expect(m.asked).toEqual(['Passphrase for harbour.oversight: ']);
    expect(m.out()).toContain('a visit pack of 6 settings');
    expect(m.out()).toContain(
      'Encrypted:   yes (AES-256-GCM, key from PBKDF2-SHA-256 with 600,000 iterations)',
    );

    const wrong = memoryIo('not the passphrase at all');
    wrong.files.set('harbour.oversight', bytes);
    expect(await runCli(['verify', 'harbour.oversight'], wrong.io)).toBe(1);
    expect(wrong.err()).toContain('harbour.oversight: FAILED. That passphrase does not open this file');

    const file = memoryIo();
    file.files.set('harbour.oversight', bytes);
    file.files.set('pass.txt', new TextEncoder().encode(`${passphrase}\n`));
    expect(await runCli(['verify', 'harbour.oversight', '--passphrase-file', 'pass.txt'], file.io)).toBe(0);

    const noTerminal = memoryIo();
    noTerminal.files.set('harbour.oversight', bytes);
    expect(await runCli(['verify', 'harbour.oversight'], noTerminal.io)).toBe(1);
    expect(noTerminal.err()).toContain(
      'harbour.oversight is encrypted: give its passphrase with --passphrase-file FILE',
    );
  });

  it('fails a damaged file, saying why', async () => {
    const m = memoryIo();
    const bytes = await encodeBackup(await sample(), meta);
    m.files.set('cut.oversight', bytes.slice(0, 5000));
    expect(await runCli(['verify', 'cut.oversight'], m.io)).toBe(1);
    expect(m.err()).toMatch(/cut.oversight: FAILED. The backup is damaged or incomplete/);
    expect(await runCli(['verify'], m.io)).toBe(2);
    expect(await runCli(['verify', 'missing.oversight'], m.io)).toBe(1);
    expect(m.err()).toContain('cannot read missing.oversight');
  });
});
