// What the comparison reads and writes: each setting's current policy of a type with its version, the
// overrules of coverage cells, corrections of positions, and the trust's model policy per type.
import type { PositionQuestion, PositionValue } from '../../core/compare/positions';
import type { StructuredDocument } from '../../core/document';
import type { Correction, TopicEvidence } from '../../core/extraction/types';
import type { FileId, OverrideId, PolicyId, PolicyVersionId, SettingId } from '../../core/ids';
import type { Policy, PolicyVersion } from '../../core/model';
import type { Setting } from '../../core/settings';
import type { PolicyType } from '../../core/vocabulary';
import { newId, nowIso, type OversightDb } from '../db';
import type { CoverageIndexRecord, CoverageOverrideRecord, ModelPolicyRecord, PositionCorrectionRecord } from '../records';
import { PoliciesRepo } from './policies-repo';
import { toSetting } from './settings-repo';
import { currentPolicyBySetting } from '../../core/policies/current';

export interface MatrixData {
  policyType: PolicyType;
  settings: Setting[];
  policyBySetting: Map<SettingId, Policy>;
  /** Each current version's topic evidence. */
  topics: Map<PolicyVersionId, TopicEvidence[]>;
  overrides: CoverageOverrideRecord[];
  /** Versions read because the cache lacked them (0 once it is filled). */
  uncached: number;
}

export interface CompareData {
  policyType: PolicyType;
  /** Active settings, by name. */
  settings: Setting[];
  /** Each setting's current policy of the type (the most recently updated when there are several). */
  policyBySetting: Map<SettingId, Policy>;
  versions: Map<PolicyVersionId, PolicyVersion>;
  overrides: CoverageOverrideRecord[];
  positionCorrections: PositionCorrectionRecord[];
  model: ModelPolicyRecord | null;
}

/** The most recently updated policy of the type for each setting. */
export function currentPolicies(policies: readonly Policy[]): Map<SettingId, Policy> {
  return currentPolicyBySetting(policies, (p) => p);
}

export class CompareRepo {
  constructor(private readonly db: OversightDb) {}

  /** Everything the comparison of one policy type needs, documents included, read in one transaction. */
  async load(policyType: PolicyType): Promise<CompareData> {
    const db = this.db;
    return db.transaction('r', [db.settings, db.policies, db.policyVersions, db.coverageOverrides, db.positionCorrections, db.modelPolicies], async () => {
      const { settings, policyBySetting } = await this.currentOfType(policyType);
      const versionIds = [...policyBySetting.values()].map((p) => p.currentVersionId).filter((id): id is PolicyVersionId => id !== null);
      const versions = new Map<PolicyVersionId, PolicyVersion>();
      for (const v of await db.policyVersions.bulkGet(versionIds)) if (v) versions.set(v.id, v);
      const overrides = (await db.coverageOverrides.toArray()).filter((o) => o.policyType === policyType);
      const policyIds = new Set<string>([...policyBySetting.values()].map((p) => p.id));
      const positionCorrections = (await db.positionCorrections.toArray()).filter((c) => policyIds.has(c.policyId));
      const model = (await db.modelPolicies.get(policyType)) ?? null;
      return { policyType, settings, policyBySetting, versions, overrides, positionCorrections, model };
    });
  }

  /**
   * What the coverage matrix needs: settings, their current policy, each version's topic evidence (from
   * the cache; versions missing from it are read) and the overrules. Reads only, so it can run in a live
   * query; `refreshCoverageIndex` fills the cache afterwards.
   */
  async loadMatrix(policyType: PolicyType): Promise<MatrixData> {
    const db = this.db;
    return db.transaction('r', [db.settings, db.policies, db.policyVersions, db.coverageOverrides, db.coverageIndex], async () => {
      const { settings, policyBySetting } = await this.currentOfType(policyType);
      const versionIds = [...policyBySetting.values()].map((p) => p.currentVersionId).filter((id): id is PolicyVersionId => id !== null);
      const topics = new Map<PolicyVersionId, TopicEvidence[]>();
      const cached = await db.coverageIndex.bulkGet(versionIds);
      const missing: PolicyVersionId[] = [];
      versionIds.forEach((id, i) => {
        const row = cached[i];
        if (row) topics.set(id, row.topics);
        else missing.push(id);
      });
      for (const v of await db.policyVersions.bulkGet(missing)) if (v) topics.set(v.id, v.extraction.topics);
      const overrides = (await db.coverageOverrides.toArray()).filter((o) => o.policyType === policyType);
      return { policyType, settings, policyBySetting, topics, overrides, uncached: missing.length };
    });
  }

  /**
   * Brings the matrix's cache in line with the versions of a type: adds rows for versions it lacks and
   * replaces rows whose evidence changed (a policy read again in place). Reads the versions a chunk at a
   * time; returns how many rows it wrote.
   */
  async refreshCoverageIndex(policyType: PolicyType, chunk = 100): Promise<number> {
    const db = this.db;
    const ids = await db.transaction('r', [db.settings, db.policies], async () => {
      const { policyBySetting } = await this.currentOfType(policyType);
      return [...policyBySetting.values()].filter((p) => p.currentVersionId).map((p) => p.currentVersionId!);
    });
    let written = 0;
    for (let i = 0; i < ids.length; i += chunk) {
      const part = ids.slice(i, i + chunk);
      written += await db.transaction('rw', [db.policyVersions, db.coverageIndex], async () => {
        const [versions, rows] = await Promise.all([db.policyVersions.bulkGet(part), db.coverageIndex.bulkGet(part)]);
        const changed: CoverageIndexRecord[] = [];
        versions.forEach((v, k) => {
          if (!v) return;
          const row = rows[k];
          if (!row || JSON.stringify(row.topics) !== JSON.stringify(v.extraction.topics)) changed.push({ versionId: v.id, policyId: v.policyId, topics: v.extraction.topics });
        });
        if (changed.length > 0) await db.coverageIndex.bulkPut(changed);
        return changed.length;
      });
    }
    return written;
  }

  /** Active settings, by name, and each one's current policy of the type. */
  private async currentOfType(policyType: PolicyType): Promise<{ settings: Setting[]; policyBySetting: Map<SettingId, Policy> }> {
    const db = this.db;
    const settings = (await db.settings.where('archived').equals(0).toArray()).map(toSetting).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    const active = new Set(settings.map((s) => s.id));
    const policies = (await db.policies.where('type').equals(policyType).toArray()).filter((p) => active.has(p.settingId));
    return { settings, policyBySetting: currentPolicies(policies) };
  }

  async version(id: PolicyVersionId): Promise<PolicyVersion | undefined> {
    return this.db.policyVersions.get(id);
  }

  /** Every policy of every active setting, for choosing two to compare. */
  async policyChoices(): Promise<{ policy: Policy; settingName: string }[]> {
    const settings = new Map((await this.db.settings.toArray()).filter((s) => s.archived === 0).map((s) => [s.id, s.name]));
    return (await this.db.policies.toArray())
      .filter((p) => settings.has(p.settingId))
      .map((policy) => ({ policy, settingName: settings.get(policy.settingId)! }))
      .sort((a, b) => a.settingName.localeCompare(b.settingName, 'en-GB') || a.policy.title.localeCompare(b.policy.title, 'en-GB'));
  }

  /** Overrules one cell (replacing an earlier overrule of it). Returns what it replaced, for undo. */
  async overrule(settingId: SettingId, policyType: PolicyType, topicId: string, covered: boolean, note: string): Promise<CoverageOverrideRecord | undefined> {
    const db = this.db;
    return db.transaction('rw', db.coverageOverrides, async () => {
      const earlier = await db.coverageOverrides.where('[settingId+policyType+topicId]').equals([settingId, policyType, topicId]).toArray();
      await db.coverageOverrides.bulkDelete(earlier.map((o) => o.id));
      await db.coverageOverrides.add({ id: newId<OverrideId>(), settingId, policyType, topicId, covered, note: note.trim(), createdAt: nowIso() });
      return earlier.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).pop();
    });
  }

  /** Removes a cell's overrule, so the reading counts again. Returns what it removed, for undo. */
  async clearOverrule(settingId: SettingId, policyType: PolicyType, topicId: string): Promise<CoverageOverrideRecord | undefined> {
    const db = this.db;
    return db.transaction('rw', db.coverageOverrides, async () => {
      const earlier = await db.coverageOverrides.where('[settingId+policyType+topicId]').equals([settingId, policyType, topicId]).toArray();
      await db.coverageOverrides.bulkDelete(earlier.map((o) => o.id));
      return earlier.pop();
    });
  }

  /** Puts back an overrule (undo). */
  async restoreOverrule(record: CoverageOverrideRecord): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.coverageOverrides, async () => {
      const now = await db.coverageOverrides.where('[settingId+policyType+topicId]').equals([record.settingId, record.policyType, record.topicId]).toArray();
      await db.coverageOverrides.bulkDelete(now.map((o) => o.id));
      await db.coverageOverrides.add(record);
    });
  }

  /** A person's word on a position (null: "the policy does not say"). */
  async correctPosition(policyId: PolicyId, settingId: SettingId, question: PositionQuestion, value: PositionValue, note: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.positionCorrections, async () => {
      const earlier = (await db.positionCorrections.where('policyId').equals(policyId).toArray()).filter((c) => c.question === question);
      await db.positionCorrections.bulkDelete(earlier.map((c) => c.id));
      await db.positionCorrections.add({ id: newId<string>(), policyId, settingId, question, value, note: note.trim(), correctedAt: nowIso() });
    });
  }

  /** Drops a correction, so the reading counts again. */
  async clearPositionCorrection(policyId: PolicyId, question: PositionQuestion): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.positionCorrections, async () => {
      const earlier = (await db.positionCorrections.where('policyId').equals(policyId).toArray()).filter((c) => c.question === question);
      await db.positionCorrections.bulkDelete(earlier.map((c) => c.id));
    });
  }

  /**
   * Corrects a fact the extraction read (the review cadence, the blocked services) on the version itself,
   * through the policy library's own corrections, so reviews and reports see the same value.
   * null: "the document does not say".
   */
  async correctVersionField(versionId: PolicyVersionId, field: 'reviewCadenceMonths' | 'blockedServices', value: number | string[] | null, note: string): Promise<void> {
    const correction: Correction = { field, value, correctedAt: nowIso() };
    if (note.trim() !== '') correction.note = note.trim();
    await new PoliciesRepo(this.db).setCorrection(versionId, correction);
  }

  /** Drops the corrections of a field, so what the document says counts again. */
  async clearVersionField(versionId: PolicyVersionId, field: 'reviewCadenceMonths' | 'blockedServices'): Promise<void> {
    await new PoliciesRepo(this.db).clearCorrection(versionId, field);
  }

  /**
   * Replaces the topic evidence of policy versions, after the trust changed its framework and the
   * policies were checked against it again. Only `extraction.topics` changes.
   */
  async replaceTopics(updates: readonly { versionId: PolicyVersionId; topics: TopicEvidence[] }[]): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.policyVersions, db.coverageIndex, async () => {
      for (const u of updates) {
        const version = await db.policyVersions.get(u.versionId);
        if (!version) continue;
        await db.policyVersions.update(u.versionId, { extraction: { ...version.extraction, topics: u.topics } });
        await db.coverageIndex.put({ versionId: u.versionId, policyId: version.policyId, topics: u.topics });
      }
    });
  }

  async model(policyType: PolicyType): Promise<ModelPolicyRecord | undefined> {
    return this.db.modelPolicies.get(policyType);
  }

  /** The model policy's text: the imported document, or the current version of the policy marked as the model. */
  async modelDocument(policyType: PolicyType): Promise<{ title: string; label: string; document: StructuredDocument; policyId: PolicyId | null } | null> {
    const model = await this.db.modelPolicies.get(policyType);
    if (!model) return null;
    if (model.source === 'document') return model.document ? { title: model.title, label: `${model.title} (imported from ${model.fileName ?? 'a file'})`, document: model.document, policyId: null } : null;
    const policy = model.policyId ? await this.db.policies.get(model.policyId) : undefined;
    const version = policy?.currentVersionId ? await this.db.policyVersions.get(policy.currentVersionId) : undefined;
    if (!policy || !version) return null;
    const setting = await this.db.settings.get(policy.settingId);
    return { title: policy.title, label: `${setting?.name ?? 'A setting'}: ${policy.title}`, document: version.document, policyId: policy.id };
  }

  /** Marks a setting's policy as the trust's model for its type. */
  async setModelPolicy(policyType: PolicyType, policyId: PolicyId): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.modelPolicies, db.policies, db.files, async () => {
      const policy = await db.policies.get(policyId);
      if (!policy) throw new Error('That policy no longer exists');
      await this.dropModelFile(policyType);
      await db.modelPolicies.put({ policyType, source: 'policy', policyId, title: policy.title, fileId: null, fileName: null, document: null, setAt: nowIso() });
    });
  }

  /** Keeps an imported document (its original bytes and its structured text) as the trust's model for the type. */
  async setModelDocument(policyType: PolicyType, file: { name: string; mediaType: string; bytes: Uint8Array; sha256: string }, document: StructuredDocument, title: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.modelPolicies, db.files, async () => {
      await this.dropModelFile(policyType);
      const fileId = newId<FileId>();
      const now = nowIso();
      await db.files.add({ id: fileId, name: file.name, mediaType: file.mediaType, size: file.bytes.byteLength, sha256: file.sha256, bytes: file.bytes, createdAt: now });
      await db.modelPolicies.put({ policyType, source: 'document', policyId: null, title, fileId, fileName: file.name, document, setAt: now });
    });
  }

  async clearModel(policyType: PolicyType): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.modelPolicies, db.files, async () => {
      await this.dropModelFile(policyType);
      await db.modelPolicies.delete(policyType);
    });
  }

  /** An imported model document's file belongs to nothing else: it goes when the model is replaced. */
  private async dropModelFile(policyType: PolicyType): Promise<void> {
    const earlier = await this.db.modelPolicies.get(policyType);
    if (earlier?.fileId) await this.db.files.delete(earlier.fileId);
  }
}
