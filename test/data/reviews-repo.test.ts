import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewsRepo } from '../../src/data/repos/reviews-repo';
import { loadPolicySummaries } from '../../src/data/repos/policy-summaries';
import { reviewDashboard } from '../../src/core/reviews/dashboard';
import { emptyExtraction } from '../../src/core/extraction/empty';
import type { OversightDb } from '../../src/data/db';
import type { PolicyId } from '../../src/core/ids';
import type { ReviewDraft } from '../../src/core/reviews/record';
import { AS_OF, sampleStore } from './review-fixtures';

const draft = (over: Partial<ReviewDraft> = {}): ReviewDraft => ({
  approvedOn: '2026-11-18',
  reviewer: 'Hannah Okafor',
  approvingBody: 'Local Governing Body',
  meetingDate: '2026-11-18',
  minuteRef: 'LGB/26/11.3',
  summary: 'Updated for KCSIE 2026; named the new safeguarding governor.',
  nextReview: '',
  ...over,
});

let db: OversightDb;
let repo: ReviewsRepo;
beforeEach(async () => {
  db = await sampleStore();
  repo = new ReviewsRepo(db);
});
afterEach(() => db.close());

async function policyIdOf(fileStem: string): Promise<PolicyId> {
  const v = await db.policyVersions.filter((x) => x.fileName.startsWith(fileStem)).first();
  return v!.policyId;
}

describe('review statuses of the sample trust', () => {
  it('show its designed exceptions as of the sample date', async () => {
    const inputs = await repo.loadInputs();
    const reviews = ReviewsRepo.assess(inputs, AS_OF);
    const dash = reviewDashboard(inputs.settings, reviews, AS_OF);
    const named = (items: typeof dash.overdue) => items.map((i) => `${i.settingName}: ${i.review.title}`);
    expect(named(dash.overdue)).toEqual(['Brookfield Infant School: Social Media Policy']);
    expect(named(dash.dueSoon)).toEqual(['Brookfield Junior School: Social Media Policy']);
    expect(named(dash.noDate)).toEqual(["St Cuthbert's CE Infant School: Social Media Policy"]);
    expect(named(dash.cadenceExceptions)).toEqual(['Harbour View Primary School: Social Media Policy']);
    expect(dash.settings.find((s) => s.name === 'Oakridge Primary School')?.rag).toBe('green');
  });
});

describe('recording a review', () => {
  it('writes the review and the status follows it', async () => {
    const id = await policyIdOf('brookfield-infant-social-media');
    const before = ReviewsRepo.assess(await repo.loadInputs(), AS_OF).find((r) => r.policyId === id)!;
    expect(before.status.status).toBe('overdue');
    const review = await repo.record(id, draft(), AS_OF);
    expect(review).toMatchObject({
      policyId: id,
      approvedOn: '2026-11-18',
      minuteRef: 'LGB/26/11.3',
      versionId: null,
      nextReview: null,
    });
    const after = ReviewsRepo.assess(await repo.loadInputs(), AS_OF).find((r) => r.policyId === id)!;
    expect(after.status).toMatchObject({ status: 'current', headline: 'Current until 18 Nov 2027' });
    expect(after.cycle.lastApproval).toMatchObject({
      source: 'recorded',
      body: 'Local Governing Body',
      minuteRef: 'LGB/26/11.3',
      reviewer: 'Hannah Okafor',
    });
    expect((await repo.history(id)).map((h) => h.review.id)).toEqual([review.id]);
  });

  it('counts the next due date from the date it was due when the trust says so', async () => {
    await db.config.put({ key: 'nextDueBasis', value: 'due_date', updatedAt: '' });
    const id = await policyIdOf('brookfield-infant-social-media');
    await repo.record(id, draft(), AS_OF);
    const after = ReviewsRepo.assess(await repo.loadInputs(), AS_OF).find((r) => r.policyId === id)!;
    expect(after.status.headline).toBe('Current until Sep 2027');
  });

  it('stores the next review the meeting set, as a term', async () => {
    const id = await policyIdOf('brookfield-infant-social-media');
    const review = await repo.record(id, draft({ nextReview: 'spring term 2027' }), AS_OF);
    expect(review.nextReview).toBe('Spring 2027');
  });

  it('makes an attached document the new current version, in the same transaction', async () => {
    const id = await policyIdOf('brookfield-infant-social-media');
    const bytes = new TextEncoder().encode(
      'Brookfield Infant School\nSocial Media Policy\nApproved 18 November 2026',
    );
    const extraction = emptyExtraction('social_media');
    extraction.namedLeads = [{ value: { role: 'dsl', name: 'Hannah Okafor' }, source: null, confidence: 1 }];
    const review = await repo.record(id, draft(), AS_OF, {
      fileName: 'social-media-2026.txt',
      mediaType: 'text/plain',
      bytes,
      format: 'txt',
      document: { format: 'txt', blocks: [], warnings: [] },
      extraction,
    });
    const policy = await db.policies.get(id);
    expect(policy?.currentVersionId).toBe(review.versionId);
    expect(policy?.reviewSummary).toMatchObject({
      versionId: review.versionId,
      leads: [{ role: 'dsl', name: 'Hannah Okafor' }],
    });
    const version = await db.policyVersions.get(review.versionId!);
    expect(await db.files.get(version!.fileId)).toMatchObject({
      name: 'social-media-2026.txt',
      size: bytes.byteLength,
    });
    expect((await repo.history(id))[0]?.versionFileName).toBe('social-media-2026.txt');
  });

  it('refuses bad input with reasons, and writes nothing', async () => {
    const id = await policyIdOf('brookfield-infant-social-media');
    await expect(repo.record(id, draft({ approvedOn: null }), AS_OF)).rejects.toThrow(
      'Enter the date the policy was approved, as dd/mm/yyyy',
    );
    await expect(repo.record(id, draft({ approvedOn: '2026-11-22' }), AS_OF)).rejects.toThrow(
      'The approval date cannot be after today (21 Nov 2026)',
    );
    await expect(repo.record(id, draft({ nextReview: 'soon' }), AS_OF)).rejects.toThrow(
      '“soon” is not a date',
    );
    await expect(repo.record(id, draft({ nextReview: '01/11/2026' }), AS_OF)).rejects.toThrow(
      'The next review must fall after the approval date',
    );
    await expect(repo.record('nope' as PolicyId, draft(), AS_OF)).rejects.toThrow(
      'That policy no longer exists',
    );
    expect(await db.reviews.count()).toBe(1);
  });

  it('a failed write leaves nothing half-written', async () => {
    const id = await policyIdOf('brookfield-infant-social-media');
    const versionsBefore = await db.policyVersions.count();
    const bad = {
      fileName: 'x.txt',
      mediaType: 'text/plain',
      bytes: new Uint8Array([1]),
      format: 'txt' as const,
      document: { format: 'txt' as const, blocks: [], warnings: [] },
      extraction: undefined as never,
    };
    // A version whose extraction is missing cannot be summarised: the whole transaction rolls back.
    await expect(repo.record(id, draft(), AS_OF, bad)).rejects.toThrow();
    expect(await db.policyVersions.count()).toBe(versionsBefore);
    expect(await db.reviews.where('policyId').equals(id).count()).toBe(0);
    expect((await db.policies.get(id))?.currentVersionId).not.toBeNull();
  });

  it('can be removed and put back (undo)', async () => {
    const id = await policyIdOf('brookfield-infant-social-media');
    const review = await repo.record(id, draft(), AS_OF);
    const removed = await repo.remove(review.id);
    expect(await repo.forPolicy(id)).toEqual([]);
    await repo.restore(removed);
    expect((await repo.forPolicy(id)).map((r) => r.id)).toEqual([review.id]);
  });
});

describe('policy summaries', () => {
  it('are recomputed on read when a version changed without refreshing it', async () => {
    const id = await policyIdOf('st-cuthberts-social-media');
    const policy = (await db.policies.get(id))!;
    const version = (await db.policyVersions.get(policy.currentVersionId!))!;
    await db.policyVersions.put({
      ...version,
      corrections: [{ field: 'dates.nextReview', value: '2027-07', correctedAt: '2026-11-20T10:00:00Z' }],
    });
    // The stored summary still describes the old state; a new version id makes it stale.
    await db.policyVersions.put({
      ...version,
      id: 'v-new' as never,
      corrections: [{ field: 'dates.nextReview', value: '2027-07', correctedAt: '2026-11-20T10:00:00Z' }],
    });
    await db.policies.update(id, { currentVersionId: 'v-new' as never });
    const found = (await loadPolicySummaries(db)).find((p) => p.policy.id === id)!;
    expect(found.summary).toMatchObject({ versionId: 'v-new', facts: { nextReview: '2027-07' } });
  });

  it('reminders remember what was notified, in the store', async () => {
    expect(await repo.reminderState()).toEqual({ notified: {} });
    await repo.saveReminderState({
      notified: { p: { key: 'overdue|2023-09-01|2023-09-30', notifiedOn: AS_OF } },
    });
    expect((await repo.reminderState()).notified.p?.notifiedOn).toBe(AS_OF);
  });
});
