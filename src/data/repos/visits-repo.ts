// Audit visits in the store: checklist templates, visits, findings (judgement, note, evidence) and actions.
// Every user action is one transaction; evidence files are kept byte for byte in `files`.
import { isoDateOf } from '../../core/dates';
import type { ActionId, ChecklistTemplateId, FileId, FindingId, SettingId, VisitId } from '../../core/ids';
import type {
  ActionStatus,
  ChecklistTemplate,
  Finding,
  Judgement,
  StoredFile,
  Visit,
  VisitAction,
  VisitStatus,
} from '../../core/model';
import { cleanName } from '../../core/names';
import { hasErrors } from '../../core/settings';
import { normaliseChecklist, validateChecklistDraft, type ChecklistDraft } from '../../core/visits/checklist';
import { validateActionDraft, withStatus, type ActionDraft } from '../../core/visits/actions';
import { isJudgement, validateVisitDraft, type VisitDraft } from '../../core/visits/visits';
import { sha256Hex } from '../backup/format';
import { newId, nowIso, type OversightDb } from '../db';
import { DEFAULT_CHECKLIST_CREATED, DEFAULT_CHECKLIST_ID, defaultChecklist } from '../visit-checklist';
import { ValidationError } from './trust-repo';

export interface EvidenceUpload {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

const MEDIA_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  txt: 'text/plain',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function mediaTypeOf(name: string): string {
  return MEDIA_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

export class VisitsRepo {
  constructor(private readonly db: OversightDb) {}

  // Checklist templates

  async listTemplates(): Promise<ChecklistTemplate[]> {
    return (await this.db.checklistTemplates.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }

  /** Seeds the shipped checklist the first time visits are used (and whenever every template was deleted). */
  async ensureDefaultTemplate(): Promise<void> {
    await this.db.transaction('rw', this.db.checklistTemplates, async () => {
      if ((await this.db.checklistTemplates.count()) > 0) return;
      const d = defaultChecklist();
      await this.db.checklistTemplates.add({
        id: DEFAULT_CHECKLIST_ID as ChecklistTemplateId,
        name: d.name,
        items: d.items,
        createdAt: DEFAULT_CHECKLIST_CREATED,
        updatedAt: DEFAULT_CHECKLIST_CREATED,
      });
    });
  }

  async saveTemplate(id: ChecklistTemplateId | null, draft: ChecklistDraft): Promise<ChecklistTemplate> {
    return this.db.transaction('rw', this.db.checklistTemplates, async () => {
      const others = await this.db.checklistTemplates.toArray();
      const errors = validateChecklistDraft(draft, others, id ?? undefined);
      if (hasErrors(errors)) throw new ValidationError(errors);
      const d = normaliseChecklist(draft);
      const now = nowIso();
      const current = id ? others.find((t) => t.id === id) : undefined;
      if (id && !current) throw new Error('That checklist no longer exists');
      const template: ChecklistTemplate = current
        ? { ...current, name: d.name, items: d.items, updatedAt: now }
        : { id: newId<ChecklistTemplateId>(), name: d.name, items: d.items, createdAt: now, updatedAt: now };
      await this.db.checklistTemplates.put(template);
      return template;
    });
  }

  /** Visits keep their own copy of the items, so deleting a template loses nothing recorded. */
  async deleteTemplate(id: ChecklistTemplateId): Promise<void> {
    await this.db.checklistTemplates.delete(id);
  }

  // Visits

  async list(): Promise<Visit[]> {
    return this.db.visits.toArray();
  }

  async get(id: VisitId): Promise<Visit | undefined> {
    return this.db.visits.get(id);
  }

  async plan(draft: VisitDraft): Promise<Visit> {
    return this.db.transaction(
      'rw',
      [this.db.visits, this.db.settings, this.db.checklistTemplates],
      async () => {
        const [settings, templates] = [
          await this.db.settings.toCollection().primaryKeys(),
          await this.db.checklistTemplates.toArray(),
        ];
        const errors = validateVisitDraft(draft, {
          settingIds: settings,
          templateIds: templates.map((t) => t.id),
        });
        if (hasErrors(errors)) throw new ValidationError(errors);
        const template = templates.find((t) => t.id === draft.templateId)!;
        const now = nowIso();
        const visit: Visit = {
          id: newId<VisitId>(),
          settingId: draft.settingId as SettingId,
          date: draft.date!,
          officer: cleanName(draft.officer),
          templateId: template.id,
          items: template.items.map((i) => ({ ...i })),
          status: 'planned',
          createdAt: now,
          updatedAt: now,
        };
        await this.db.visits.add(visit);
        return visit;
      },
    );
  }

  async updateDetails(id: VisitId, draft: Pick<VisitDraft, 'date' | 'officer'>): Promise<void> {
    await this.db.transaction('rw', this.db.visits, async () => {
      const visit = await this.mustGet(id);
      const errors = validateVisitDraft(
        { settingId: visit.settingId, templateId: visit.templateId, ...draft },
        { settingIds: [visit.settingId], templateIds: [visit.templateId] },
      );
      if (hasErrors(errors)) throw new ValidationError(errors);
      await this.db.visits.put({
        ...visit,
        date: draft.date!,
        officer: cleanName(draft.officer),
        updatedAt: nowIso(),
      });
    });
  }

  async setStatus(id: VisitId, status: VisitStatus): Promise<void> {
    await this.db.transaction('rw', this.db.visits, async () => {
      const visit = await this.mustGet(id);
      if (visit.status !== status) await this.db.visits.put({ ...visit, status, updatedAt: nowIso() });
    });
  }

  /** Removes the visit with its findings, actions and the evidence files nothing else uses. */
  async deleteVisit(id: VisitId): Promise<void> {
    await this.db.transaction(
      'rw',
      [this.db.visits, this.db.findings, this.db.actions, this.db.files],
      async () => {
        const findings = await this.db.findings.where('visitId').equals(id).toArray();
        const fileIds = findings.flatMap((f) => f.evidenceFileIds);
        await this.db.findings.bulkDelete(findings.map((f) => f.id));
        await this.db.actions.where('visitId').equals(id).delete();
        await this.db.visits.delete(id);
        await this.deleteUnusedFiles(fileIds);
      },
    );
  }

  private async mustGet(id: VisitId): Promise<Visit> {
    const visit = await this.db.visits.get(id);
    if (!visit) throw new Error('That visit no longer exists');
    return visit;
  }

  /** Recording anything against a planned visit starts it. */
  private async touchVisit(visit: Visit, now: string): Promise<void> {
    await this.db.visits.put({
      ...visit,
      status: visit.status === 'planned' ? 'in_progress' : visit.status,
      updatedAt: now,
    });
  }

  // Findings

  async findings(visitId: VisitId): Promise<Finding[]> {
    return this.db.findings.where('visitId').equals(visitId).toArray();
  }

  private async updateFinding(
    visitId: VisitId,
    itemId: string,
    change: (f: Finding) => Finding,
  ): Promise<Finding> {
    return this.db.transaction('rw', [this.db.visits, this.db.findings, this.db.files], async () => {
      const visit = await this.mustGet(visitId);
      if (!visit.items.some((i) => i.id === itemId))
        throw new Error('That checklist item is not part of this visit');
      const now = nowIso();
      const existing = (await this.db.findings.where('visitId').equals(visitId).toArray()).find(
        (f) => f.itemId === itemId,
      );
      const base: Finding = existing ?? {
        id: newId<FindingId>(),
        visitId,
        itemId,
        judgement: null,
        note: '',
        evidenceFileIds: [],
        updatedAt: now,
      };
      const next = { ...change(base), updatedAt: now };
      await this.db.findings.put(next);
      await this.touchVisit(visit, now);
      return next;
    });
  }

  async judge(visitId: VisitId, itemId: string, judgement: Judgement): Promise<Finding> {
    if (!isJudgement(judgement)) throw new Error(`"${String(judgement)}" is not a judgement`);
    return this.updateFinding(visitId, itemId, (f) => ({ ...f, judgement }));
  }

  async saveNote(visitId: VisitId, itemId: string, note: string): Promise<Finding> {
    if (note.length > 20_000) throw new Error('The note is too long (20,000 characters at most)');
    return this.updateFinding(visitId, itemId, (f) => ({ ...f, note }));
  }

  async addEvidence(visitId: VisitId, itemId: string, uploads: EvidenceUpload[]): Promise<StoredFile[]> {
    const now = nowIso();
    const stored: StoredFile[] = [];
    for (const u of uploads)
      stored.push({
        id: newId<FileId>(),
        name: u.name,
        mediaType: u.mediaType || mediaTypeOf(u.name),
        size: u.bytes.byteLength,
        sha256: await sha256Hex(u.bytes),
        bytes: u.bytes,
        createdAt: now,
      });
    await this.db.transaction('rw', [this.db.visits, this.db.findings, this.db.files], async () => {
      await this.db.files.bulkAdd(stored);
      await this.updateFinding(visitId, itemId, (f) => ({
        ...f,
        evidenceFileIds: [...f.evidenceFileIds, ...stored.map((s) => s.id)],
      }));
    });
    return stored;
  }

  async removeEvidence(visitId: VisitId, itemId: string, fileId: FileId): Promise<void> {
    await this.db.transaction('rw', [this.db.visits, this.db.findings, this.db.files], async () => {
      await this.updateFinding(visitId, itemId, (f) => ({
        ...f,
        evidenceFileIds: f.evidenceFileIds.filter((id) => id !== fileId),
      }));
      await this.deleteUnusedFiles([fileId]);
    });
  }

  async file(id: FileId): Promise<StoredFile | undefined> {
    return this.db.files.get(id);
  }

  private async deleteUnusedFiles(fileIds: FileId[]): Promise<void> {
    if (fileIds.length === 0) return;
    const used = new Set((await this.db.findings.toArray()).flatMap((f) => f.evidenceFileIds));
    await this.db.files.bulkDelete(fileIds.filter((id) => !used.has(id)));
  }

  // Actions

  async actions(): Promise<VisitAction[]> {
    return this.db.actions.toArray();
  }

  async addAction(visitId: VisitId, draft: ActionDraft): Promise<VisitAction> {
    const errors = validateActionDraft(draft);
    if (hasErrors(errors)) throw new ValidationError(errors);
    return this.db.transaction('rw', [this.db.visits, this.db.actions], async () => {
      const visit = await this.mustGet(visitId);
      const now = nowIso();
      const action: VisitAction = {
        id: newId<ActionId>(),
        visitId,
        settingId: visit.settingId,
        findingId: draft.findingId,
        text: draft.text.trim(),
        owner: cleanName(draft.owner),
        due: draft.due,
        status: 'open',
        closedOn: null,
        createdAt: now,
        updatedAt: now,
      };
      await this.db.actions.add(action);
      await this.touchVisit(visit, now);
      return action;
    });
  }

  async updateAction(id: ActionId, draft: Omit<ActionDraft, 'findingId'>): Promise<void> {
    await this.db.transaction('rw', this.db.actions, async () => {
      const action = await this.db.actions.get(id);
      if (!action) throw new Error('That action no longer exists');
      const errors = validateActionDraft({ ...draft, findingId: action.findingId });
      if (hasErrors(errors)) throw new ValidationError(errors);
      await this.db.actions.put({
        ...action,
        text: draft.text.trim(),
        owner: cleanName(draft.owner),
        due: draft.due,
        updatedAt: nowIso(),
      });
    });
  }

  async setActionStatus(id: ActionId, status: ActionStatus, now: Date = new Date()): Promise<void> {
    await this.db.transaction('rw', this.db.actions, async () => {
      const action = await this.db.actions.get(id);
      if (!action) throw new Error('That action no longer exists');
      const next = withStatus(action, status, isoDateOf(now));
      if (next !== action) await this.db.actions.put({ ...next, updatedAt: now.toISOString() });
    });
  }

  async deleteAction(id: ActionId): Promise<VisitAction | undefined> {
    return this.db.transaction('rw', this.db.actions, async () => {
      const action = await this.db.actions.get(id);
      await this.db.actions.delete(id);
      return action;
    });
  }

  /** Puts back a deleted action (Undo). */
  async restoreAction(action: VisitAction): Promise<void> {
    await this.db.actions.put(action);
  }
}
