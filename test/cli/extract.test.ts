// `oversight extract`: the JSON the issue specifies, one object per file, an error for a file that cannot
// be read (the others still reported, exit status 1), and a readable summary without --json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import type { CliIo } from '../../src/cli/io';

const SEEDS = join(__dirname, '../../../shared/seeds');

function io(extra: Record<string, Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      if (p in extra) return extra[p]!;
      return new Uint8Array(readFileSync(p));
    },
    writeFile: async () => undefined,
    now: () => new Date('2026-11-21T10:00:00Z'),
  };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

const KEYS = [
  'file',
  'setting_name',
  'phase',
  'policy_title',
  'policy_type',
  'version',
  'last_review',
  'next_review',
  'review_cadence_months',
  'approved_by',
  'named_leads',
  'other_named_people',
  'guidance_cited',
  'linked_policies',
  'topics',
  'approved_by_body',
  'written',
  'approved',
  'last_reviewed',
  'linked_settings',
  'official_channels',
  'blocked_sites',
  'template_source',
  'topics_absent',
  'evidence',
];

describe('oversight extract', () => {
  it('prints a JSON array with the issue’s keys, one object per file', async () => {
    const m = io();
    const files = [join(SEEDS, 'captain-webb-primary-social-media.docx'), join(SEEDS, 'st-alphege-infant-social-media.pdf'), join(SEEDS, 'pippins-preschool-social-media.txt')];
    expect(await runCli(['extract', '--json', ...files], m.cli)).toBe(0);
    const records = JSON.parse(m.out()) as Record<string, unknown>[];
    expect(records).toHaveLength(3);
    for (const r of records) expect(Object.keys(r)).toEqual(KEYS);
    expect(records[0]).toMatchObject({
      file: files[0],
      setting_name: 'Captain Webb Primary School',
      phase: 'primary',
      policy_title: 'Social Media Policy',
      policy_type: 'social_media',
      version: '1.0',
      last_review: '2021-11-17',
      next_review: null,
      review_cadence_months: null,
      approved_by: 'FGB',
      named_leads: [],
      other_named_people: [{ name: 'L Sanderson', role_text: 'policy author' }],
      guidance_cited: [],
      approved_by_body: 'FGB',
      written: { by: 'L Sanderson', date: '2021-09-06' },
      approved: '2021-11-17',
      blocked_sites: [],
      template_source: null,
    });
    // Every framework topic is in one list or the other, or partly covered (in neither).
    const webb = records[0] as { topics: string[]; topics_absent: string[] };
    expect(webb.topics_absent).toContain('review_cycle');
    expect(webb.topics_absent.filter((t) => webb.topics.includes(t))).toEqual([]);
    expect(records[1]).toMatchObject({
      setting_name: 'St Alphege CE Infant School',
      last_review: '2022-09',
      next_review: '2023-09',
      review_cadence_months: 12,
      named_leads: [
        { role: 'dsl', name: 'Jacqui Spinks' },
        { role: 'headteacher', name: 'Jacqui Spinks' },
        { role: 'safeguarding_governor', name: 'Paula Trewin' },
      ],
    });
    expect(records[1]!.guidance_cited).toContain('Keeping Children Safe in Education 2021');
    expect(records[1]).toMatchObject({ linked_settings: ['Sunbeams Nursery'] });
    expect(records[1]!.official_channels).toContain('https://www.facebook.com/stalphege');
    expect(records[2]).toMatchObject({ setting_name: 'Pippins Preschool', phase: 'preschool', last_review: '2022-10-03', next_review: '2023-10-03' });
  });

  it('gives the evidence for each fact', async () => {
    const m = io();
    await runCli(['extract', '--json', join(SEEDS, 'st-alphege-infant-social-media.txt')], m.cli);
    const [r] = JSON.parse(m.out()) as { evidence: Record<string, unknown> }[];
    expect(r!.evidence.next_review).toMatchObject({ text: 'September 2023' });
    expect(r!.evidence.review_cadence_months).toMatchObject({ text: 'annually' });
    expect((r!.evidence.named_leads as { text: string }[]).map((e) => e.text)).toContain('Paula Trewin');
    expect((r!.evidence.topics as Record<string, { strength: string; passages: string[] }>).staff_contact_with_pupils!.passages.length).toBeGreaterThan(0);
  });

  it('reports a file that cannot be read and still reports the others, with exit status 1', async () => {
    const m = io({ 'broken.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'empty.txt': new Uint8Array() });
    const code = await runCli(['extract', '--json', 'broken.docx', join(SEEDS, 'st-marys-infant-social-media.txt'), 'empty.txt', 'missing.pdf'], m.cli);
    expect(code).toBe(1);
    const records = JSON.parse(m.out()) as Record<string, unknown>[];
    expect(records.map((r) => r.file)).toEqual(['broken.docx', join(SEEDS, 'st-marys-infant-social-media.txt'), 'empty.txt', 'missing.pdf']);
    expect(records[0]!.error).toMatch(/broken\.docx/);
    expect(records[1]!.error).toBeUndefined();
    expect(records[1]!.setting_name).toBe("St. Mary's CE Infant School");
    expect(records[2]!.error).toMatch(/empty\.txt.*empty/);
    expect(records[3]!.error).toBe("'missing.pdf' was not found");
    for (const r of [records[0]!, records[2]!, records[3]!]) expect(r).toMatchObject({ setting_name: null, named_leads: [], topics: [], evidence: null });
    expect(m.err()).toContain("oversight extract: 'missing.pdf' was not found");
  });

  it('prints a readable summary without --json', async () => {
    const m = io();
    expect(await runCli(['extract', join(SEEDS, 'malcolm-sargent-primary-social-media.docx')], m.cli)).toBe(0);
    const text = m.out();
    expect(text).toMatch(/Setting\s+Malcolm Sargent Primary School/);
    expect(text).toMatch(/Next review\s+May 2029/);
    expect(text).toMatch(/Review cadence\s+every 60 months/);
    expect(text).toMatch(/Title\s+—/);
    expect(text).toContain('Keeping Children Safe in Education 2023');
  });

  it('asks for a file', async () => {
    const m = io();
    expect(await runCli(['extract', '--json'], m.cli)).toBe(2);
    expect(m.err()).toContain('name at least one FILE');
  });
});
