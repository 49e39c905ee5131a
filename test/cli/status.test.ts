import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import type { CliIo } from '../../src/cli/io';
import { encodeBackup } from '../../src/data/backup/format';
import { sampleSnapshot, textFiles } from '../../src/data/sample/materialise';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';
import { extractPolicy } from '../../src/core/extraction/extract';
import { defaultConfig } from '../../src/data/defaults';

async function sampleBackup(asOf: string): Promise<Uint8Array> {
  const config = defaultConfig();
  const snapshot = await sampleSnapshot(
    buildSampleTrust(asOf),
    {
      ...textFiles,
      extract: (doc) => extractPolicy(doc, { frameworks: config.frameworks, guidance: config.guidance }),
    },
    `${asOf}T09:00:00.000Z`,
  );
  return encodeBackup(snapshot, { createdAt: `${asOf}T09:00:00.000Z`, appVersion: 'test', kind: 'backup' });
}

function memoryIo(files: Record<string, Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      const f = files[p];
      if (!f) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return f;
    },
    writeFile: async () => undefined,
    now: () => new Date('2026-11-21T10:00:00Z'),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

interface StatusJson {
  as_of: string;
  counts: Record<string, number>;
  settings: {
    name: string;
    rag: string;
    policies: {
      title: string;
      status: string;
      next_due: unknown;
      last_approval: { date: string } | null;
      reason: string;
      cadence_exception: string | null;
    }[];
    vacancies: { role: string; reason: string }[];
    mismatches: { kind: string; name: string; reason: string }[];
  }[];
}

describe('oversight status', () => {
  it('prints each setting’s policies, vacancies and mismatches with the trust-wide counts, as of a date', async () => {
    const m = memoryIo({ 'trust.oversight': await sampleBackup('2026-11-21') });
    expect(
      await runCli(['status', '--data', 'trust.oversight', '--as-of', '2026-11-21', '--json'], m.io),
    ).toBe(0);
    const json = JSON.parse(m.out()) as StatusJson;
    expect(json.as_of).toBe('2026-11-21');
    expect(json.counts).toMatchObject({
      settings: 6,
      policies: 8,
      overdue: 1,
      due_soon: 1,
      no_date: 1,
      current: 5,
      cadence_exceptions: 1,
      vacancies: 1,
    });
    const setting = (name: string) => json.settings.find((s) => s.name === name)!;
    const infant = setting('Brookfield Infant School').policies.find(
      (p) => p.title === 'Social Media Policy',
    )!;
    expect(infant).toMatchObject({
      status: 'overdue',
      next_due: '2026-09',
      last_approval: { date: '2025-09-21' },
    });
    expect(infant.reason).toMatch(
      /^Overdue since Sep 2026\. The policy states its next review as September 2026/,
    );
    expect(setting('Brookfield Junior School').vacancies).toEqual([
      {
        role: 'safeguarding_governor',
        reason:
          'No current safeguarding governor (required for junior settings): Ruth Hughes held the role until 21 Sep 2026.',
      },
    ]);
    expect(setting('Harbour View Primary School').mismatches.map((x) => [x.kind, x.name])).toContainEqual([
      'former_holder',
      'Rebecca Thornton',
    ]);
    expect(setting('Harbour View Primary School').policies[0]?.cadence_exception).toMatch(
      /^Reviewed every three years/,
    );
    expect(setting('Brookfield Junior School').rag).toBe('amber');
    expect(setting('Brookfield Infant School').rag).toBe('red');
  });

  it('computes the statuses as of --as-of', async () => {
    const m = memoryIo({ 'trust.oversight': await sampleBackup('2026-11-21') });
    expect(
      await runCli(['status', '--data', 'trust.oversight', '--as-of', '2026-05-01', '--json'], m.io),
    ).toBe(0);
    const json = JSON.parse(m.out()) as StatusJson;
    const infant = json.settings
      .find((s) => s.name === 'Brookfield Infant School')!
      .policies.find((p) => p.title === 'Social Media Policy')!;
    expect(infant.status).toBe('current');
  });

  it('prints a readable summary without --json, dated today by default', async () => {
    const m = memoryIo({ 'trust.oversight': await sampleBackup('2026-11-21') });
    expect(await runCli(['status', '--data', 'trust.oversight'], m.io)).toBe(0);
    expect(m.out()).toContain(
      'Kestrel Vale Learning Trust: policy reviews and named leads as of 21 Nov 2026',
    );
    expect(m.out()).toContain('VACANCY   Safeguarding governor: No current safeguarding governor');
    expect(m.out()).toMatch(/Overdue +Social Media Policy: Overdue since Sep 2026/);
  });

  it('explains bad input: no file, a file that is not a backup, a bad date', async () => {
    const m = memoryIo({ 'notes.txt': new TextEncoder().encode('hello') });
    expect(await runCli(['status'], m.io)).toBe(2);
    expect(m.err()).toContain('--data FILE is required');
    expect(await runCli(['status', '--data', 'missing.oversight'], m.io)).toBe(1);
    expect(m.err()).toContain('Cannot read "missing.oversight": ENOENT');
    expect(await runCli(['status', '--data', 'notes.txt'], m.io)).toBe(1);
    expect(m.err()).toContain(
      '"notes.txt" is not a backup Oversight can read: This is not an Oversight backup: it is not a zip file',
    );
    expect(await runCli(['status', '--data', 'notes.txt', '--as-of', '2026-02-30'], m.io)).toBe(2);
    expect(m.err()).toContain('--as-of must be a real date as YYYY-MM-DD, not "2026-02-30"');
  });
});
