// The comparison on the five real seed policies (read from ../shared/seeds, never copied here), in each
// of the forms a user has them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../src/core/compare/clauses';
import { coverageLists } from '../../../src/core/compare/coverage';
import { cadenceCheck, staleCitations } from '../../../src/core/compare/currency';
import { familyDrift, templateFamilies } from '../../../src/core/compare/families';
import { comparisonFacts } from '../../../src/core/compare/inputs';
import { extractPositions } from '../../../src/core/compare/positions';
import type { StructuredDocument } from '../../../src/core/document';
import { extractPolicy } from '../../../src/core/extraction/extract';
import type { ExtractionResult } from '../../../src/core/extraction/types';
import { frameworkFor } from '../../../src/core/config';
import { defaultConfig } from '../../../src/data/defaults';
import { readDocument } from '../../../src/documents/read';

const SEEDS = join(__dirname, '../../../../shared/seeds');
const STEMS = {
  alphege: 'st-alphege-infant-social-media',
  pippins: 'pippins-preschool-social-media',
  webb: 'captain-webb-primary-social-media',
  malcolm: 'malcolm-sargent-primary-social-media',
  marys: 'st-marys-infant-social-media',
} as const;
type Seed = keyof typeof STEMS;
const config = defaultConfig();
const framework = frameworkFor(config, 'social_media')!;
const AS_OF = '2026-11-21';

for (const ext of ['txt', 'docx', 'pdf'] as const) {
  describe(`the seeds as .${ext}`, () => {
    const docs = {} as Record<Seed, StructuredDocument>;
    const read = {} as Record<Seed, ExtractionResult>;
    beforeAll(async () => {
      for (const [key, stem] of Object.entries(STEMS) as [Seed, string][]) {
        const name = `${stem}.${ext}`;
        docs[key] = await readDocument({ name, bytes: new Uint8Array(readFileSync(join(SEEDS, name))) });
        read[key] = extractPolicy(docs[key], { frameworks: config.frameworks, guidance: config.guidance });
      }
    }, 60_000);

    it("St Mary's misses monitoring and filtering, training, review cycle and legal framework", () => {
      const { missing } = coverageLists(read.marys.topics, framework);
      expect(missing).toEqual(expect.arrayContaining(['monitoring_and_filtering', 'training_and_induction', 'review_cycle', 'legal_framework']));
      // Malcolm Sargent covers all four.
      expect(coverageLists(read.malcolm.topics, framework).missing).not.toEqual(expect.arrayContaining(['monitoring_and_filtering']));
    });

    it('St Alphege and Pippins are one family, far more alike than any other pair', () => {
      const inputs = (Object.keys(STEMS) as Seed[]).map((k) => ({ id: k, name: STEMS[k], document: docs[k] }));
      const { families, unique } = templateFamilies(inputs);
      expect(families.map((f) => f.members.map((m) => m.id).sort())).toEqual([['alphege', 'pippins']]);
      expect(unique.sort()).toEqual(['malcolm', 'marys', 'webb']);
      const pair = compareDocuments(docs.alphege, docs.pippins).similarity;
      const others: number[] = [];
      const keys = Object.keys(STEMS) as Seed[];
      for (let i = 0; i < keys.length; i += 1)
        for (let j = i + 1; j < keys.length; j += 1) if (!(keys[i] === 'alphege' && keys[j] === 'pippins')) others.push(compareDocuments(docs[keys[i]!], docs[keys[j]!]).similarity);
      expect(pair).toBeGreaterThan(0.6);
      expect(Math.max(...others)).toBeLessThan(0.2);
      expect(pair).toBeGreaterThan(4 * Math.max(...others));
    });

    it('their differences are the local edits: names, channels, the nursery’s rules', () => {
      const drift = familyDrift(
        [
          { id: 'alphege', name: 'St Alphege', document: docs.alphege },
          { id: 'pippins', name: 'Pippins', document: docs.pippins },
        ],
        'alphege',
      );
      const local = (id: string) => {
        const m = drift.members.find((x) => x.id === id)!;
        const added = m.differences.flatMap((r) => (r.words ?? []).filter((w) => w.kind === 'added').map((w) => w.text));
        const own = m.differences.filter((r) => r.status === 'only_b').map((r) => r.b!.text);
        return [...added, ...own].join(' ');
      };
      const alphege = local('alphege');
      const pippins = local('pippins');
      // Names.
      expect(alphege).toContain('St Alphege CE Infant School');
      expect(alphege).toContain('Jacqui Spinks');
      expect(pippins).toContain('Pippins Preschool');
      expect(pippins).toMatch(/Julie O['’]Neill/);
      // Channels.
      expect(alphege).toContain('facebook.com/stalphege');
      expect(alphege).toMatch(/YouTube/);
      expect(pippins).toMatch(/Facebook/);
      // The nursery's own rules.
      expect(pippins).toContain('lunch break');
      expect(pippins).toMatch(/not at an age where they have the ability to use or access social media/);
      expect(alphege).toMatch(/under the legal age of 13/);
      // The shared template is not a difference.
      const shared = 'Members of staff who follow and/or like our official social media channels';
      for (const id of ['alphege', 'pippins']) {
        expect(drift.members.find((x) => x.id === id)!.differences.some((r) => (r.b?.text ?? r.a?.text ?? '').startsWith(shared) && r.status !== 'reworded')).toBe(false);
      }
    });

    it('St Alphege and Pippins cite a superseded KCSIE', () => {
      for (const key of ['alphege', 'pippins'] as const) {
        const stale = staleCitations(comparisonFacts({ extraction: read[key], corrections: [] }).guidanceCited, config.guidance, AS_OF);
        expect(stale.find((s) => s.guidanceId === 'kcsie')).toMatchObject({ cited: 2021, current: 2025, message: 'cites Keeping Children Safe in Education 2021; 2025 is in force' });
      }
      expect(staleCitations(comparisonFacts({ extraction: read.marys, corrections: [] }).guidanceCited, config.guidance, AS_OF)).toEqual([]);
    });

    it("Malcolm Sargent's five-year cadence is flagged against annual", () => {
      expect(cadenceCheck(comparisonFacts({ extraction: read.malcolm, corrections: [] }).reviewCadenceMonths?.value ?? null, 12)).toMatchObject({ status: 'longer', statedMonths: 60 });
      expect(cadenceCheck(comparisonFacts({ extraction: read.alphege, corrections: [] }).reviewCadenceMonths?.value ?? null, 12).status).toBe('within');
      expect(cadenceCheck(comparisonFacts({ extraction: read.marys, corrections: [] }).reviewCadenceMonths?.value ?? null, 12).status).toBe('not_stated');
    });

    it('reads the positions where the settings differ, with their passages', () => {
      const pos = (key: Seed) => Object.fromEntries(extractPositions(docs[key], comparisonFacts({ extraction: read[key], corrections: [] })).map((p) => [p.question, p]));
      expect(pos('alphege').staff_personal_use!.value).toBe('breaks_only');
      expect(pos('pippins').staff_personal_use!.value).toBe('breaks_only');
      expect(pos('malcolm').staff_personal_use!.value).toBe('breaks_only');
      expect(pos('marys').staff_personal_use!.value).toBeNull();
      expect(pos('alphege').pupil_minimum_age!.value).toBe(13);
      expect(pos('malcolm').review_cadence!.value).toBe(60);
      expect(pos('alphege').review_cadence!.value).toBe(12);
      expect(pos('malcolm').blocked_services!.value).toEqual(expect.arrayContaining(['Instagram']));
      expect(pos('malcolm').official_accounts!.label).toMatch(/Business Manager/);
      expect(pos('malcolm').parent_friend_requests!.value).toBe('discouraged');
      expect(pos('marys').parent_friend_requests!.value).toBe('not_permitted');
      expect(pos('alphege').staff_personal_use!.passages.length).toBeGreaterThan(0);
    });
  });
}
