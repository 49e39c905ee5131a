// `oversight compare --json FILE...` on the five seeds: coverage lists, positions, stale citations and
// cadence per file; pairwise similarity; template families. A file that cannot be read is reported and
// the rest still compared (exit status 1).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import type { CliIo } from '../../src/cli/io';

const SEEDS = join(__dirname, '../../../shared/seeds');
const STEMS = ['st-alphege-infant-social-media', 'pippins-preschool-social-media', 'captain-webb-primary-social-media', 'malcolm-sargent-primary-social-media', 'st-marys-infant-social-media'];

function io(extra: Record<string, Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => (p in extra ? extra[p]! : new Uint8Array(readFileSync(p))),
    writeFile: async () => undefined,
    now: () => new Date('2026-11-21T10:00:00Z'),
  };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

interface FileJson {
  file: string;
  coverage: { covered: string[]; partly: string[]; missing: string[] };
  missing: string[];
  positions: Record<string, { value: unknown; label: string; passages: string[] }>;
  stale_citations: { cited: string; current: string; cited_edition: number; current_edition: number }[];
  cadence: { stated_months: number | null; standard_months: number; longer: boolean; status: string };
}
interface Json {
  files: FileJson[];
  similarity: { a: string; b: string; similarity: number }[];
  families: string[][];
  errors: { file: string; error: string }[];
}

async function compare(args: string[]): Promise<{ code: number; json: Json; err: string }> {
  const m = io();
  const code = await runCli(['compare', '--json', ...args], m.cli);
  return { code, json: JSON.parse(m.out()) as Json, err: m.err() };
}

describe('oversight compare --json', () => {
  it('reports the seeds as the issue says', async () => {
    const files = STEMS.map((s) => join(SEEDS, `${s}.docx`));
    const { code, json } = await compare(files);
    expect(code).toBe(0);
    const of = (stem: string) => json.files.find((f) => f.file.endsWith(`${stem}.docx`))!;

    const marys = of('st-marys-infant-social-media');
    expect(marys.coverage.missing).toEqual(expect.arrayContaining(['monitoring_and_filtering', 'training_and_induction', 'review_cycle', 'legal_framework']));
    expect(marys.missing).toEqual(marys.coverage.missing);
    expect([...marys.coverage.covered, ...marys.coverage.partly, ...marys.coverage.missing].sort()).toHaveLength(20);

    expect(json.families).toEqual([[files[1], files[0]].sort()]);
    const sim = (a: string, b: string) => json.similarity.find((s) => (s.a.includes(a) && s.b.includes(b)) || (s.a.includes(b) && s.b.includes(a)))!.similarity;
    expect(json.similarity).toHaveLength(10);
    const family = sim('st-alphege', 'pippins');
    const rest = json.similarity.filter((s) => !(s.a.includes('st-alphege') && s.b.includes('pippins')) && !(s.a.includes('pippins') && s.b.includes('st-alphege'))).map((s) => s.similarity);
    expect(family).toBeGreaterThan(0.6);
    expect(family).toBeGreaterThan(4 * Math.max(...rest));
    for (const s of json.similarity) {
      expect(s.similarity).toBeGreaterThanOrEqual(0);
      expect(s.similarity).toBeLessThanOrEqual(1);
    }

    for (const stem of ['st-alphege-infant-social-media', 'pippins-preschool-social-media']) {
      expect(of(stem).stale_citations).toContainEqual(expect.objectContaining({ cited: 'Keeping Children Safe in Education 2021', current: 'Keeping Children Safe in Education 2025', cited_edition: 2021, current_edition: 2025 }));
    }
    expect(of('malcolm-sargent-primary-social-media').cadence).toMatchObject({ stated_months: 60, standard_months: 12, longer: true, status: 'longer' });
    expect(of('st-alphege-infant-social-media').cadence).toMatchObject({ stated_months: 12, longer: false });
    expect(of('captain-webb-primary-social-media').cadence).toMatchObject({ stated_months: null, longer: false, status: 'not_stated' });

    const alphege = of('st-alphege-infant-social-media').positions;
    expect(Object.keys(alphege).sort()).toEqual(['blocked_services', 'official_accounts', 'parent_friend_requests', 'pupil_minimum_age', 'review_cadence', 'staff_personal_use']);
    expect(alphege.staff_personal_use).toMatchObject({ value: 'breaks_only', label: 'Breaks only' });
    expect(alphege.staff_personal_use!.passages[0]).toMatch(/breaktimes/);
    expect(of('malcolm-sargent-primary-social-media').positions.blocked_services!.value).toEqual(expect.arrayContaining(['Instagram']));
  }, 60_000);

  it('judges cadence against the standard given', async () => {
    const { json } = await compare(['--standard-months', '60', join(SEEDS, 'malcolm-sargent-primary-social-media.txt')]);
    expect(json.files[0]!.cadence).toMatchObject({ stated_months: 60, standard_months: 60, longer: false });
    expect(json.similarity).toEqual([]);
    expect(json.families).toEqual([]);
  });

  it('reports a file it cannot read by name and compares the rest', async () => {
    const m = io({ 'broken.docx': new Uint8Array([1, 2, 3]) });
    const code = await runCli(['compare', '--json', 'broken.docx', join(SEEDS, 'st-marys-infant-social-media.txt')], m.cli);
    expect(code).toBe(1);
    const json = JSON.parse(m.out()) as Json;
    expect(json.files).toHaveLength(1);
    expect(json.errors[0]!.file).toBe('broken.docx');
    expect(m.err()).toContain('broken.docx');
  });

  it('refuses a nonsense standard', async () => {
    const m = io();
    expect(await runCli(['compare', '--standard-months', 'yearly', 'x.txt'], m.cli)).toBe(2);
    expect(m.err()).toContain('--standard-months must be a whole number of months');
  });
});
