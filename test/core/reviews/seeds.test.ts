// The five seed policies, read from their real files and extracted, then judged as of 21 November 2026.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/documents/read';
import { extractPolicy } from '../../../src/core/extraction/extract';
import { defaultConfig } from '../../../src/data/defaults';
import { summariseVersion } from '../../../src/core/reviews/policy-summary';
import { assessPolicyReview, type PolicyReview } from '../../../src/core/reviews/assess';
import type { PolicyId, PolicyVersionId, SettingId } from '../../../src/core/ids';

const SEEDS = join(__dirname, '../../../../shared/seeds');
const AS_OF = '2026-11-21';
const config = defaultConfig();

async function assessSeed(file: string): Promise<PolicyReview> {
  const doc = await readDocument({ name: file, bytes: new Uint8Array(readFileSync(join(SEEDS, file))) });
  const extraction = extractPolicy(doc, { frameworks: config.frameworks, guidance: config.guidance });
  const summary = summariseVersion({
    id: 'v' as PolicyVersionId,
    extraction,
    corrections: [],
    confirmedAt: null,
  });
  return assessPolicyReview(
    {
      policy: {
        id: file as PolicyId,
        settingId: 's' as SettingId,
        type: extraction.policyType.value,
        title: 'Social Media Policy',
      },
      facts: summary.facts,
      reviews: [],
    },
    AS_OF,
    config,
  );
}

describe.each(['txt', 'docx', 'pdf'])('the seeds as of 21 November 2026 (.%s)', (ext) => {
  it('St Alphege: overdue since September 2023', async () => {
    const r = await assessSeed(`st-alphege-infant-social-media.${ext}`);
    expect(r.status.status).toBe('overdue');
    expect(r.status.nextDue?.value).toBe('2023-09');
    expect(r.status.headline).toBe('Overdue since Sep 2023');
    expect(r.cycle.lastApproval?.date).toBe('2022-09');
  });

  it('Pippins: overdue since 3 October 2023', async () => {
    const r = await assessSeed(`pippins-preschool-social-media.${ext}`);
    expect(r.status).toMatchObject({
      status: 'overdue',
      headline: 'Overdue since 3 Oct 2023',
      overdueFrom: '2023-10-04',
    });
  });

  it('Captain Webb: no review date stated, overdue against the annual standard from its approval on 17 November 2021', async () => {
    const r = await assessSeed(`captain-webb-primary-social-media.${ext}`);
    expect(r.cycle.statedNextReview).toBeNull();
    expect(r.cycle.lastApproval).toMatchObject({ date: '2021-11-17', body: 'FGB', source: 'document' });
    expect(r.cycle.cadence).toEqual({ months: 12, source: 'standard' });
    expect(r.status).toMatchObject({ status: 'overdue', headline: 'Overdue since 17 Nov 2022' });
    expect(r.status.reason).toContain('the trust standard for social media policies is every year');
  });

  it('Malcolm Sargent: current until May 2029, but a cadence exception (every five years)', async () => {
    const r = await assessSeed(`malcolm-sargent-primary-social-media.${ext}`);
    expect(r.status).toMatchObject({ status: 'current', headline: 'Current until May 2029' });
    expect(r.cadenceException).toMatchObject({ statedMonths: 60, standardMonths: 12 });
    expect(r.cadenceException?.reason).toBe(
      'Reviewed every five years, longer than the trust standard (every year) for social media policies.',
    );
  });

  it('St Mary’s: no date', async () => {
    const r = await assessSeed(`st-marys-infant-social-media.${ext}`);
    expect(r.status.status).toBe('no_date');
    expect(r.cycle.lastApproval).toBeNull();
    expect(r.cadenceException).toBeNull();
  });
});
