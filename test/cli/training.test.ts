import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import type { CliIo } from '../../src/cli/io';
import { encodeBackup } from '../../src/data/backup/format';
import { sampleSnapshot, textFiles } from '../../src/data/sample/materialise';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';

const AS_OF = '2026-11-21';

async function io() {
  const snapshot = await sampleSnapshot(buildSampleTrust(AS_OF), textFiles, `${AS_OF}T12:00:00.000Z`);
  const files = new Map<string, Uint8Array>([
    [
      'trust.oversight',
      await encodeBackup(snapshot, {
        createdAt: `${AS_OF}T12:00:00.000Z`,
        appVersion: 'test',
        kind: 'backup',
      }),
    ],
    ['junk.oversight', new TextEncoder().encode('not a backup')],
  ]);
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      const f = files.get(p);
      if (!f) throw new Error(`ENOENT: no such file, open '${p}'`);
      return f;
    },
    writeFile: async () => undefined,
    now: () => new Date(`${AS_OF}T10:00:00Z`),
  };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

interface Json {
  asOf: string;
  expiringDays: number;
  settings: {
    name: string;
    staff: number;
    valid: number;
    expiring: number;
    expired: number;
    missing: number;
    required: number;
    percentCompliant: number | null;
    courses: { name: string }[];
  }[];
  courses: { name: string; required: number; percentCompliant: number | null }[];
  exceptions?: {
    name: string;
    course: string;
    status: string;
    settings: string[];
    expiresOn: string | null;
  }[];
}

describe('oversight training', () => {
  it('prints per setting and per course the counts and the percentage compliant, and the exceptions', async () => {
    const m = await io();
    expect(await runCli(['training', '--data', 'trust.oversight', '--as-of', AS_OF, '--json'], m.cli)).toBe(
      0,
    );
    const json = JSON.parse(m.out()) as Json;
    expect(json).toMatchObject({ asOf: AS_OF, expiringDays: 60 });
    expect(json.settings.map((s) => s.name)).toEqual([
      'Brookfield Infant School',
      'Brookfield Junior School',
      'Harbour View Primary School',
      'Oakridge Acorns Pre-school',
      'Oakridge Primary School',
      "St Cuthbert's CE Infant School",
    ]);
    for (const s of json.settings) {
      expect(s.valid + s.expiring + s.expired + s.missing).toBe(s.required);
      expect(s.percentCompliant).toBe(Math.round(((s.valid + s.expiring) / s.required) * 1000) / 10);
    }
    expect(json.courses.map((c) => c.name)).toContain('Designated Safeguarding Lead training');
    // Marcus Bell, Brookfield Junior's DSL, trained 26 months ago: expired.
    expect(json.exceptions).toContainEqual(
      expect.objectContaining({
        name: 'Marcus Bell',
        course: 'Designated Safeguarding Lead training',
        status: 'expired',
        settings: ['Brookfield Junior School'],
      }),
    );
    // Gareth Pryce works in two settings; his DSL training is needed only where he is the deputy.
    const gareth = json.exceptions!.filter((e) => e.name === 'Gareth Pryce');
    for (const e of gareth)
      if (e.course === 'Designated Safeguarding Lead training')
        expect(e.settings).toEqual(['Oakridge Primary School']);
  });

  it('--counts-only leaves the names out; --expiring-days widens the window', async () => {
    const m = await io();
    await runCli(
      ['training', '--data', 'trust.oversight', '--as-of', AS_OF, '--json', '--counts-only'],
      m.cli,
    );
    const counts = JSON.parse(m.out()) as Json;
    expect(counts.exceptions).toBeUndefined();
    expect(m.out()).not.toContain('Marcus Bell');
    const wide = await io();
    await runCli(
      [
        'training',
        '--data',
        'trust.oversight',
        '--as-of',
        AS_OF,
        '--json',
        '--counts-only',
        '--expiring-days',
        '180',
      ],
      wide.cli,
    );
    const w = JSON.parse(wide.out()) as Json;
    const sum = (j: Json, k: 'expiring' | 'valid') => j.settings.reduce((n, s) => n + s[k], 0);
    expect(sum(w, 'expiring')).toBeGreaterThan(sum(counts, 'expiring'));
    expect(sum(w, 'valid') + sum(w, 'expiring')).toBe(sum(counts, 'valid') + sum(counts, 'expiring'));
  });

  it('an earlier --as-of judges training as it stood then', async () => {
    const m = await io();
    await runCli(['training', '--data', 'trust.oversight', '--as-of', '2025-06-01', '--json'], m.cli);
    const then = JSON.parse(m.out()) as Json;
    expect(
      then.exceptions!.find(
        (e) => e.name === 'Marcus Bell' && e.course === 'Designated Safeguarding Lead training',
      ),
    ).toBeUndefined();
  });

  it('prints a readable table without --json', async () => {
    const m = await io();
    expect(await runCli(['training', '--data', 'trust.oversight', '--as-of', AS_OF], m.cli)).toBe(0);
    expect(m.out()).toMatch(
      /^Training compliance as of 21 Nov 2026 \(expiring within 60 days\): \d+\.\d% compliant/,
    );
    expect(m.out()).toMatch(
      /Expired: Marcus Bell, Designated Safeguarding Lead training \(expired \d+ \w+ \d{4}\) — Brookfield Junior School/,
    );
  });

  it('says what is wrong with bad input', async () => {
    const m = await io();
    expect(await runCli(['training', '--as-of', AS_OF], m.cli)).toBe(2);
    expect(m.err()).toContain('--data FILE is required');
    expect(await runCli(['training', '--data', 'trust.oversight', '--as-of', '2026-02-30'], m.cli)).toBe(2);
    expect(m.err()).toContain('--as-of must be a real date');
    expect(await runCli(['training', '--data', 'junk.oversight', '--as-of', AS_OF], m.cli)).toBe(1);
    expect(m.err()).toContain('"junk.oversight" cannot be read: This is not an Oversight backup');
    expect(await runCli(['training', '--data', 'missing.oversight'], m.cli)).toBe(1);
    expect(m.err()).toContain('Cannot read "missing.oversight"');
  });
});
