// Clause-by-clause comparison of two 25-page policies (our own wording, generated), timed beside
// `git diff --no-index --word-diff` on the same pair as plain text in the same run; and template
// grouping of the LA sample's 600 social media policies.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareDocuments } from '../../../src/core/compare/clauses';
import { templateFamilies } from '../../../src/core/compare/families';
import type { Block, StructuredDocument } from '../../../src/core/document';
import { decodeBackup } from '../../../src/data/backup/format';
import { upgradeSnapshot } from '../../../src/data/backup/snapshot';
import { LA_BACKUP, median, record, timeRuns } from '../harness';

/** A deterministic stream of numbers, so both runs compare the same pair. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WHO = ['All staff', 'Volunteers on placement', 'Members of the governing body', 'Parents and carers', 'Visitors to the setting', 'Supply teachers', 'The designated safeguarding lead', 'The headteacher', 'Midday supervisors', 'Contractors working on site', 'Students on work experience', 'The online safety lead'];
const DO = ['must report without delay', 'should record in writing', 'are expected to discuss with a senior leader', 'must never share publicly', 'are asked to check carefully', 'will be reminded about', 'should seek advice before acting on', 'must keep confidential'];
const WHAT = ['any concern about the online conduct of a colleague', 'images of children taken during school trips', 'messages received from families on personal accounts', 'passwords for shared laptops and tablets', 'posts published on the official channels', 'requests to follow or befriend a personal account', 'comments that criticise members of staff', 'breaches of the acceptable use agreement', 'content that appears to be illegal', 'attempts to bypass the filtering system', 'requests from the press about an incident', 'personal information about pupils and their families'];
const WHY = ['so that the matter can be followed up promptly', 'because the safety of children comes first', 'in line with the child protection policy', 'so that a dated record exists for any later review', 'as the local safeguarding partners expect', 'to protect the reputation of the school and its staff'];
const WHEN = ['at the start of each term', 'whenever a new platform is introduced', 'before any image is published', 'during induction and at least annually afterwards', 'as soon as the concern arises', 'when a member of staff leaves'];

function clause(r: () => number): string {
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  return `${pick(WHO)} ${pick(DO)} ${pick(WHAT)} ${pick(WHEN)}, ${pick(WHY)}. Where anything is unclear they ${pick(DO)} ${pick(WHAT)}, ${pick(WHY)}.`;
}

/** About 25 pages: 30 sections of 11 clauses of about 40 words. */
function policy(): { heading: string; clauses: string[] }[] {
  const r = seeded(2026);
  return Array.from({ length: 30 }, (_, s) => ({ heading: `${s + 1}. ${WHAT[s % WHAT.length]!.replace(/^./, (c) => c.toUpperCase())}`, clauses: Array.from({ length: 11 }, () => clause(r)) }));
}

/** A setting's local edition: rewordings, its own clauses, clauses dropped, and one section moved. */
function localEdition(base: { heading: string; clauses: string[] }[]): { heading: string; clauses: string[] }[] {
  const r = seeded(77);
  const out = base.map((s) => ({
    heading: s.heading,
    clauses: s.clauses.flatMap((c): string[] => {
      const roll = r();
      if (roll < 0.12) return [c.replace('the school', 'Hillside Nursery').replace(/must|should/, 'will').replace('colleague', 'colleague or volunteer')];
      if (roll < 0.15) return [];
      if (roll < 0.18) return [c, `At Hillside Nursery the manager also keeps a termly log of ${WHAT[Math.floor(r() * WHAT.length)]}, which the committee reviews.`];
      return [c];
    }),
  }));
  const [moved] = out.splice(4, 1);
  out.splice(20, 0, moved!);
  return out;
}

function toDocument(sections: { heading: string; clauses: string[] }[]): StructuredDocument {
  const blocks: Block[] = [];
  for (const s of sections) {
    blocks.push({ id: `b${blocks.length + 1}`, kind: 'heading', level: 2, text: s.heading, headingPath: [] });
    for (const c of s.clauses) blocks.push({ id: `b${blocks.length + 1}`, kind: 'paragraph', text: c, headingPath: [s.heading] });
  }
  return { format: 'txt', blocks, warnings: [] };
}

function toText(sections: { heading: string; clauses: string[] }[]): string {
  return sections.map((s) => `${s.heading}\n\n${s.clauses.join('\n\n')}`).join('\n\n');
}

export async function run(): Promise<void> {
  const base = policy();
  const local = localEdition(base);
  const a = toDocument(base);
  const b = toDocument(local);
  const words = toText(base).split(/\s+/).length;
  const dir = mkdtempSync(join(tmpdir(), 'oversight-compare-'));
  try {
    writeFileSync(join(dir, 'model.txt'), toText(base));
    writeFileSync(join(dir, 'local.txt'), toText(local));
    const ours = await timeRuns(() => compareDocuments(a, b), 10, 3);
    const git = await timeRuns(() => {
      // Exit status 1 means "the files differ", which they do.
      const r = spawnSync('git', ['diff', '--no-index', '--word-diff', 'model.txt', 'local.txt'], { cwd: dir, encoding: 'utf8' });
      if (r.status !== 1) throw new Error(`git diff failed: ${r.stderr || r.error?.message}`);
    }, 5, 1);
    const result = compareDocuments(a, b);
    const oursMs = median(ours);
    const gitMs = median(git);
    record({
      name: `Clause comparison of two 25-page policies (${words.toLocaleString('en-GB')} words, ${result.rows.length} clause rows)`,
      value: oursMs,
      unit: 'ms',
      target: { below: 200 },
      notes: `median of 10; ${result.counts.same} same, ${result.counts.reworded} reworded, ${result.counts.moved} moved, ${result.counts.only_a + result.counts.only_b} in one only; similarity ${result.similarity.toFixed(2)}`,
    });
    record({ name: 'git diff --no-index --word-diff on the same pair (plain text)', value: gitMs, unit: 'ms', notes: 'median of 5, same run; includes starting git' });
    record({ name: 'Clause comparison time ÷ git word diff time', value: oursMs / gitMs, unit: '×', notes: 'git only marks changed words in line order; the comparison also aligns moved and reworded clauses and measures similarity' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Template families across the LA sample's 600 social media policies.
  const { snapshot } = await decodeBackup(new Uint8Array(readFileSync(LA_BACKUP)));
  const tables = upgradeSnapshot(snapshot).tables;
  const social = new Set(tables.policies.filter((p) => p.type === 'social_media').map((p) => p.currentVersionId as string));
  const docs = tables.policyVersions.filter((v) => social.has(v.id as string)).map((v) => ({ id: v.id as string, name: v.id as string, document: v.document as StructuredDocument }));
  const families = await timeRuns(() => templateFamilies(docs), 3, 1);
  const found = templateFamilies(docs);
  record({
    name: `Template families of ${docs.length} social media policies (LA sample)`,
    value: median(families),
    unit: 'ms',
    notes: `median of 3; ${found.families.length} families (${found.families.map((f) => f.members.length).join(', ')} members), ${found.unique.length} alone`,
  });
}
