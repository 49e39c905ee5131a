// Policies, their versions and original files. An import writes the setting (when new), the policy, the
// version, the original file, the search text and the review summary in ONE transaction: a failure leaves
// nothing half-written. Corrections live on the version and are never touched by a re-read.
import { documentText, type DocumentFormat, type StructuredDocument } from '../../core/document';
import type { Correction, CorrectableField, ExtractionResult } from '../../core/extraction/types';
import { matchSetting } from '../../core/extraction/match-setting';
import { effectiveFacts, withCorrection, withoutCorrection } from '../../core/policies/effective';
import { documentDate, isOlderThan } from '../../core/policies/versions';
import type { FileId, ImportBatchId, PolicyId, PolicyVersionId, SettingId } from '../../core/ids';
import type { Policy, PolicyVersion, StoredFile } from '../../core/model';
import { normaliseDraft, type Setting } from '../../core/settings';
import { POLICY_TYPE_LABELS, type Phase, type PolicyType, type SettingType } from '../../core/vocabulary';
import { newId, type OversightDb } from '../db';
import type { ImportBatchRecord, PolicyRecord, PolicyVersionRecord } from '../records';
import { refreshPolicySummary } from './policy-summaries';
import { summariseVersion } from '../../core/reviews/policy-summary';
import { toSetting, toSettingRecord } from './settings-repo';

/** A document read and extracted (in the import worker), ready to store. */
export interface ReadPolicyFile {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  format: DocumentFormat;
  mediaType: string;
  document: StructuredDocument;
  extraction: ExtractionResult;
}

export interface ImportOptions {
  /** Import into this setting whatever the document says (importing from a setting's page). */
  settingId?: SettingId;
  /** The import run, so it can be undone as a whole. */
  batchId?: ImportBatchId;
  now: string;
}

export type ImportOutcome =
  | {
      kind: 'imported';
      policyId: PolicyId;
      versionId: PolicyVersionId;
      settingId: SettingId;
      settingName: string;
      newSetting: boolean;
      /** False when the document is older than the current version: it joins the history only. */
      current: boolean;
      title: string;
      policyType: PolicyType;
    }
  | { kind: 'duplicate'; policyId: PolicyId; versionId: PolicyVersionId; settingName: string; title: string };

/** Thrown when a document cannot be placed (no setting named, none chosen). Its message is for the user. */
export class ImportPlacementError extends Error {}

export interface PolicyListItem {
  policy: PolicyRecord;
  setting: Setting | undefined;
}

function stem(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName)
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
}

function settingTypeFor(name: string, phase: Phase): SettingType {
  if (phase === 'preschool') return 'early_years';
  return /\bacademy\b/i.test(name) ? 'academy' : 'maintained';
}

export class PoliciesRepo {
  constructor(private readonly db: OversightDb) {}

  private tables() {
    const db = this.db;
    return [db.settings, db.policies, db.policyVersions, db.files, db.policyTexts, db.importBatches];
  }

  /** The version already holding these exact bytes, if any. */
  async findBySha(sha256: string): Promise<PolicyVersionRecord | undefined> {
    return this.db.policyVersions.where('sha256').equals(sha256).first();
  }

  /**
   * Stores one read document. An exact duplicate (same SHA-256) is not stored again: its version is read
   * again instead (new document and extraction), and the user's corrections are kept.
   */
  async importDocument(read: ReadPolicyFile, options: ImportOptions): Promise<ImportOutcome> {
    const db = this.db;
    return db.transaction('rw', this.tables(), async () => {
      const existing = await db.policyVersions.where('sha256').equals(read.sha256).first();
      if (existing) {
        await this.storeReading(existing, read.document, read.extraction);
        const policy = await db.policies.get(existing.policyId);
        const setting = policy && (await db.settings.get(policy.settingId));
        return {
          kind: 'duplicate',
          policyId: existing.policyId,
          versionId: existing.id,
          settingName: setting?.name ?? '',
          title: policy?.title ?? stem(read.fileName),
        };
      }
      const facts = effectiveFacts(read.extraction, []);
      const { setting, created } = await this.placeIn(facts.settingName, facts.phase, options, read.fileName);
      const now = options.now;
      const type = facts.policyType;
      let policy = await db.policies.where('[settingId+type]').equals([setting.id, type]).first();
      const newPolicy = !policy;
      // No title in the document: name it by its type ("Social media policy"), not by its file name.
      const title = facts.title ?? `${POLICY_TYPE_LABELS[type]} policy`;
      if (!policy) {
        policy = {
          id: newId<PolicyId>(),
          settingId: setting.id,
          type,
          title,
          currentVersionId: null,
          createdAt: now,
          updatedAt: now,
        };
      }
      const fileId = newId<FileId>();
      const versionId = newId<PolicyVersionId>();
      const file: StoredFile = {
        id: fileId,
        name: read.fileName,
        mediaType: read.mediaType,
        size: read.bytes.byteLength,
        sha256: read.sha256,
        bytes: read.bytes,
        createdAt: now,
      };
      const version: PolicyVersion = {
        id: versionId,
        policyId: policy.id,
        fileId,
        fileName: read.fileName,
        format: read.format,
        sha256: read.sha256,
        importedAt: now,
        document: read.document,
        extraction: read.extraction,
        corrections: [],
        confirmedAt: null,
      };
      // A newer document of the same type for the same setting becomes the current version; an older one
      // (its dates say so) joins the history.
      let current = true;
      if (policy.currentVersionId) {
        const currentVersion = await db.policyVersions.get(policy.currentVersionId);
        if (
          currentVersion &&
          isOlderThan(
            documentDate(effectiveFacts(read.extraction, [])),
            documentDate(effectiveFacts(currentVersion.extraction, currentVersion.corrections)),
          )
        )
          current = false;
      }
      await db.files.add(file);
      await db.policyVersions.add(version);
      if (current) {
        if (policy.currentVersionId) await db.policyTexts.delete(policy.currentVersionId);
        policy = {
          ...policy,
          currentVersionId: versionId,
          title: newPolicy ? title : policy.title,
          updatedAt: now,
        };
        await db.policyTexts.put({
          versionId,
          policyId: policy.id,
          sha256: read.sha256,
          text: searchText(title, setting.name, read.document),
        });
      }
      // The summary from the version in hand: reading it back would deserialise the whole document again.
      const currentVersion = current ? version : await db.policyVersions.get(policy.currentVersionId!);
      await db.policies.put({ ...policy, reviewSummary: summariseVersion(currentVersion) });
      if (options.batchId) {
        const records: ImportBatchRecord['records'] = [
          { table: 'files', id: fileId },
          { table: 'policyVersions', id: versionId },
        ];
        if (newPolicy) records.push({ table: 'policies', id: policy.id });
        if (created) records.push({ table: 'settings', id: setting.id });
        await this.appendToBatch(options.batchId, records, now);
      }
      return {
        kind: 'imported',
        policyId: policy.id,
        versionId,
        settingId: setting.id,
        settingName: setting.name,
        newSetting: created,
        current,
        title: policy.title,
        policyType: type,
      };
    });
  }

  /** The setting a document goes to: the one chosen, else the one it names (matched), else a new one. */
  private async placeIn(
    name: string | null,
    phase: Phase | null,
    options: ImportOptions,
    fileName: string,
  ): Promise<{ setting: Setting; created: boolean }> {
    const db = this.db;
    if (options.settingId) {
      const chosen = await db.settings.get(options.settingId);
      if (!chosen) throw new ImportPlacementError('The setting chosen for this import no longer exists');
      return { setting: toSetting(chosen), created: false };
    }
    if (!name)
      throw new ImportPlacementError(
        `'${fileName}' does not say which setting it belongs to: import it from that setting's page`,
      );
    const all = (await db.settings.toArray()).map(toSetting);
    const match =
      matchSetting(
        name,
        all.filter((s) => !s.archived),
      ) ?? matchSetting(name, all);
    if (match) return { setting: match.setting, created: false };
    const resolvedPhase: Phase = phase ?? 'primary';
    const draft = normaliseDraft({
      name,
      phase: resolvedPhase,
      type: settingTypeFor(name, resolvedPhase),
      localAuthority: '',
      urn: '',
      linkedSettingIds: [],
    });
    const setting: Setting = {
      ...draft,
      id: newId<SettingId>(),
      archived: false,
      createdAt: options.now,
      updatedAt: options.now,
    };
    await db.settings.add(toSettingRecord(setting));
    return { setting, created: true };
  }

  private async appendToBatch(
    batchId: ImportBatchId,
    records: ImportBatchRecord['records'],
    now: string,
  ): Promise<void> {
    const batch = await this.db.importBatches.get(batchId);
    if (batch) await this.db.importBatches.put({ ...batch, records: [...batch.records, ...records] });
    else
      await this.db.importBatches.add({
        id: batchId,
        kind: 'policies',
        label: 'Policy import',
        createdAt: now,
        records,
        undoneAt: null,
      });
  }

  /** Replaces a version's reading (document and extraction); its corrections are left exactly as they are. */
  private async storeReading(
    version: PolicyVersionRecord,
    document: StructuredDocument,
    extraction: ExtractionResult,
  ): Promise<void> {
    const db = this.db;
    await db.policyVersions.update(version.id, { document, extraction });
    const policy = await db.policies.get(version.policyId);
    if (policy?.currentVersionId === version.id) {
      const setting = await db.settings.get(policy.settingId);
      await db.policyTexts.put({
        versionId: version.id,
        policyId: policy.id,
        sha256: version.sha256,
        text: searchText(policy.title, setting?.name ?? '', document),
      });
      await refreshPolicySummary(db, policy.id);
    }
  }

  /** "Read again": a new reading of a stored version, corrections kept. */
  async reread(
    versionId: PolicyVersionId,
    document: StructuredDocument,
    extraction: ExtractionResult,
  ): Promise<void> {
    await this.db.transaction('rw', this.tables(), async () => {
      const version = await this.db.policyVersions.get(versionId);
      if (!version) throw new Error('That version no longer exists');
      await this.storeReading(version, document, extraction);
    });
  }

  async setCorrection(versionId: PolicyVersionId, correction: Correction): Promise<void> {
    await this.updateCorrections(versionId, (list) => withCorrection(list, correction));
  }

  async clearCorrection(versionId: PolicyVersionId, field: CorrectableField): Promise<void> {
    await this.updateCorrections(versionId, (list) => withoutCorrection(list, field));
  }

  private async updateCorrections(
    versionId: PolicyVersionId,
    change: (list: Correction[]) => Correction[],
  ): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.policies, db.policyVersions, async () => {
      const version = await db.policyVersions.get(versionId);
      if (!version) throw new Error('That version no longer exists');
      await db.policyVersions.update(versionId, { corrections: change(version.corrections ?? []) });
      await refreshPolicySummary(db, version.policyId);
    });
  }

  /** The user has checked the fields of this version. */
  async confirm(versionId: PolicyVersionId, at: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.policies, db.policyVersions, async () => {
      await db.policyVersions.update(versionId, { confirmedAt: at });
      const version = await db.policyVersions.get(versionId);
      if (version) await refreshPolicySummary(db, version.policyId);
    });
  }

  /** Makes another version the current one (history: "make current"). */
  async setCurrentVersion(policyId: PolicyId, versionId: PolicyVersionId, now: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', this.tables(), async () => {
      const policy = await db.policies.get(policyId);
      const version = await db.policyVersions.get(versionId);
      if (!policy || !version || version.policyId !== policyId)
        throw new Error('That version is not one of this policy’s');
      if (policy.currentVersionId) await db.policyTexts.delete(policy.currentVersionId);
      await db.policies.update(policyId, { currentVersionId: versionId, updatedAt: now });
      const setting = await db.settings.get(policy.settingId);
      await db.policyTexts.put({
        versionId,
        policyId,
        sha256: version.sha256,
        text: searchText(policy.title, setting?.name ?? '', version.document),
      });
      await refreshPolicySummary(db, policyId);
    });
  }

  /** Moves a policy to another setting (the reader matched the wrong one). */
  async moveToSetting(policyId: PolicyId, settingId: SettingId, now: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.policies, db.settings, async () => {
      const policy = await db.policies.get(policyId);
      if (!policy) throw new Error('That policy no longer exists');
      if (!(await db.settings.get(settingId))) throw new Error('That setting no longer exists');
      const clash = await db.policies.where('[settingId+type]').equals([settingId, policy.type]).first();
      if (clash && clash.id !== policyId)
        throw new Error(
          'That setting already has a policy of this type: import this document from its page to add it as a version',
        );
      await db.policies.update(policyId, { settingId, updatedAt: now });
    });
  }

  async listPolicies(): Promise<PolicyListItem[]> {
    const [policies, settings] = await Promise.all([this.db.policies.toArray(), this.db.settings.toArray()]);
    const byId = new Map(settings.map((s) => [s.id, toSetting(s)]));
    return policies.map((policy) => ({ policy, setting: byId.get(policy.settingId) }));
  }

  async get(policyId: PolicyId): Promise<Policy | undefined> {
    return this.db.policies.get(policyId);
  }

  async versions(policyId: PolicyId): Promise<PolicyVersionRecord[]> {
    const all = await this.db.policyVersions.where('policyId').equals(policyId).toArray();
    return all.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  }

  async version(versionId: PolicyVersionId): Promise<PolicyVersionRecord | undefined> {
    return this.db.policyVersions.get(versionId);
  }

  async file(fileId: FileId): Promise<StoredFile | undefined> {
    return this.db.files.get(fileId);
  }

  /**
   * Undoes a whole import run: its versions and files go; a policy whose current version went falls back
   * to its latest remaining version (or goes, if none remain); settings the run created go when empty.
   */
  async undoImport(batchId: ImportBatchId, now: string): Promise<number> {
    const db = this.db;
    return db.transaction('rw', this.tables(), async () => {
      const batch = await db.importBatches.get(batchId);
      if (!batch || batch.undoneAt) return 0;
      const versionIds = batch.records
        .filter((r) => r.table === 'policyVersions')
        .map((r) => r.id as PolicyVersionId);
      const versions = (await db.policyVersions.bulkGet(versionIds)).filter(
        (v): v is PolicyVersionRecord => v !== undefined,
      );
      for (const v of versions) {
        await db.policyVersions.delete(v.id);
        await db.policyTexts.delete(v.id);
        // Each version has its own file: duplicates are never stored twice.
        await db.files.delete(v.fileId);
      }
      for (const policyId of new Set(versions.map((v) => v.policyId))) {
        const policy = await db.policies.get(policyId);
        if (!policy) continue;
        const remaining = (await db.policyVersions.where('policyId').equals(policyId).toArray()).sort(
          (a, b) => b.importedAt.localeCompare(a.importedAt),
        );
        if (remaining.length === 0) {
          await db.policies.delete(policyId);
          continue;
        }
        if (!remaining.some((r) => r.id === policy.currentVersionId)) {
          const next = remaining[0]!;
          await db.policies.update(policyId, { currentVersionId: next.id, updatedAt: now });
          const setting = await db.settings.get(policy.settingId);
          await db.policyTexts.put({
            versionId: next.id,
            policyId,
            sha256: next.sha256,
            text: searchText(policy.title, setting?.name ?? '', next.document),
          });
        }
        await refreshPolicySummary(db, policyId);
      }
      for (const r of batch.records.filter((x) => x.table === 'settings')) {
        if ((await db.policies.where('settingId').equals(r.id).count()) === 0) await db.settings.delete(r.id);
      }
      await db.importBatches.update(batchId, { undoneAt: now });
      return versions.length;
    });
  }
}

/** What full-text search looks through: the title, the setting's name and the whole text. */
export function searchText(title: string, settingName: string, document: StructuredDocument): string {
  return `${title}\n${settingName}\n${documentText(document)}`;
}
