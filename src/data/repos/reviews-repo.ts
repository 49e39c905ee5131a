// Reviews: recording one (with, optionally, the approved document as the policy's new version) in one
// transaction, the history of a policy's reviews, the inputs of the review dashboard, and what the
// reminders have already notified.
import type { AppConfig } from '../../core/config';
import type { DocumentFormat, StructuredDocument } from '../../core/document';
import type { IsoDate } from '../../core/dates';
import type { ExtractionResult } from '../../core/extraction/types';
import type { FileId, PolicyId, PolicyVersionId, ReviewId } from '../../core/ids';
import type { Review } from '../../core/model';
import { assessPolicyReviews, type PolicyReview } from '../../core/reviews/assess';
import {
  parseNextReviewInput,
  validateReviewDraft,
  type ReviewDraft,
  type ReviewDraftErrors,
} from '../../core/reviews/record';
import { EMPTY_REMINDER_STATE, type ReminderState } from '../../core/reviews/reminders';
import type { Setting } from '../../core/settings';
import { hasErrors } from '../../core/settings';
import { cleanName } from '../../core/names';
import { sha256Hex } from '../backup/format';
import { newId, nowIso, type OversightDb } from '../db';
import type { FileRecord, PolicyVersionRecord } from '../records';
import { ConfigRepo } from './config-repo';
import { loadPolicySummaries, type PolicyWithSummary } from './policy-summaries';
import { PoliciesRepo } from './policies-repo';
import { toSetting } from './settings-repo';
import { ValidationError } from './trust-repo';

/** The approved document, already read and its facts extracted (reading happens before the write). */
export interface NewVersionInput {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  format: DocumentFormat;
  document: StructuredDocument;
  extraction: ExtractionResult;
}

export interface ReviewInputs {
  settings: Setting[];
  policies: PolicyWithSummary[];
  reviews: Review[];
  config: AppConfig;
}

export interface ReviewHistoryItem {
  review: Review;
  /** The file attached as the new version at this review, if one was. */
  versionFileName: string | null;
}

const REMINDERS_KEY = 'reviewReminders';

export class ReviewsRepo {
  constructor(private readonly db: OversightDb) {}

  /** Everything the dashboard computes on, read in one transaction (no documents). */
  async loadInputs(): Promise<ReviewInputs> {
    const { db } = this;
    const [settings, policies, reviews, config] = await db.transaction(
      'r',
      [db.settings, db.policies, db.policyVersions, db.reviews, db.config],
      async () =>
        Promise.all([
          db.settings.toArray(),
          loadPolicySummaries(db),
          db.reviews.toArray(),
          new ConfigRepo(db).load(),
        ]),
    );
    return { settings: settings.map(toSetting), policies, reviews, config };
  }

  /** Every policy's review record and status as of `asOf`. */
  static assess(inputs: ReviewInputs, asOf: IsoDate): PolicyReview[] {
    return assessPolicyReviews(
      inputs.policies.map(({ policy, summary }) => ({ policy, facts: summary.facts })),
      inputs.reviews,
      asOf,
      inputs.config,
    );
  }

  async forPolicy(policyId: PolicyId): Promise<Review[]> {
    return (await this.db.reviews.where('policyId').equals(policyId).toArray()).sort(
      (a, b) => b.approvedOn.localeCompare(a.approvedOn) || b.createdAt.localeCompare(a.createdAt),
    );
  }

  async history(policyId: PolicyId): Promise<ReviewHistoryItem[]> {
    const reviews = await this.forPolicy(policyId);
    const ids = reviews.map((r) => r.versionId).filter((id): id is PolicyVersionId => !!id);
    const versions = ids.length ? await this.db.policyVersions.bulkGet(ids) : [];
    const names = new Map(versions.filter((v) => !!v).map((v) => [v!.id, v!.fileName]));
    return reviews.map((review) => ({
      review,
      versionFileName: review.versionId ? (names.get(review.versionId) ?? null) : null,
    }));
  }

  /**
   * Records a review in one transaction: the review, and when a document is given, its file and a new
   * version that becomes the policy's current one. Nothing is written if anything fails.
   */
  async record(
    policyId: PolicyId,
    draft: ReviewDraft,
    asOf: IsoDate,
    document?: NewVersionInput,
  ): Promise<Review> {
    const errors: ReviewDraftErrors = validateReviewDraft(draft, asOf);
    if (hasErrors(errors)) throw new ValidationError(errors);
    const next = parseNextReviewInput(draft.nextReview);
    // Hash before the transaction: IndexedDB transactions end when they wait on anything else.
    const sha256 = document ? await sha256Hex(document.bytes) : null;
    const { db } = this;
    return db.transaction(
      'rw',
      [db.reviews, db.settings, db.policies, db.policyVersions, db.files, db.policyTexts, db.importBatches],
      async () => {
        const policy = await db.policies.get(policyId);
        if (!policy) throw new Error('That policy no longer exists: the review was not recorded');
        const now = nowIso();
        let versionId: PolicyVersionId | null = null;
        if (document && sha256) {
          const fileId = newId<FileId>();
          versionId = newId<PolicyVersionId>();
          const file: FileRecord = {
            id: fileId,
            name: document.fileName,
            mediaType: document.mediaType,
            size: document.bytes.byteLength,
            sha256,
            bytes: document.bytes,
            createdAt: now,
          };
          const version: PolicyVersionRecord = {
            id: versionId,
            policyId,
            fileId,
            fileName: document.fileName,
            format: document.format,
            sha256,
            importedAt: now,
            document: document.document,
            extraction: document.extraction,
            corrections: [],
            confirmedAt: null,
          };
          await db.files.add(file);
          await db.policyVersions.add(version);
          // The policy library's own rule for making a version current (search text, summary).
          await new PoliciesRepo(db).setCurrentVersion(policyId, versionId, now);
        }
        const review: Review = {
          id: newId<ReviewId>(),
          policyId,
          settingId: policy.settingId,
          approvedOn: draft.approvedOn!,
          reviewer: cleanName(draft.reviewer),
          approvingBody: cleanName(draft.approvingBody),
          meetingDate: draft.meetingDate,
          minuteRef: draft.minuteRef.trim(),
          summary: draft.summary.trim(),
          versionId,
          nextReview: next.ok ? next.value : null,
          createdAt: now,
        };
        await db.reviews.add(review);
        return review;
      },
    );
  }

  /** Removes a review recorded by mistake; returns it so the caller can offer Undo. */
  async remove(id: ReviewId): Promise<Review> {
    return this.db.transaction('rw', this.db.reviews, async () => {
      const review = await this.db.reviews.get(id);
      if (!review) throw new Error('That review no longer exists');
      await this.db.reviews.delete(id);
      return review;
    });
  }

  async restore(review: Review): Promise<void> {
    await this.db.reviews.put(review);
  }

  async reminderState(): Promise<ReminderState> {
    const record = await this.db.config.get(REMINDERS_KEY);
    const value = record?.value as ReminderState | undefined;
    return value && typeof value === 'object' && value.notified && typeof value.notified === 'object'
      ? value
      : EMPTY_REMINDER_STATE;
  }

  async saveReminderState(state: ReminderState): Promise<void> {
    await this.db.config.put({ key: REMINDERS_KEY, value: state, updatedAt: nowIso() });
  }
}
