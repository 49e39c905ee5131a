// Turns a built sample into a store snapshot. How each policy becomes a file and structured text is
// passed in (the app and the CLI pass the document writers and readers), so `data` knows no file format.
import type { DocumentFormat, StructuredDocument } from '../../core/document';
import type { ExtractionResult } from '../../core/extraction/types';
import { emptyExtraction } from '../../core/extraction/empty';
import { summariseVersion } from '../../core/reviews/policy-summary';
import type { FileId, PolicyVersionId } from '../../core/ids';
import { outlineToDocument, outlineToText, type PolicyOutline } from '../../core/outline';
import type { PolicyType } from '../../core/vocabulary';
import { TABLE_NAMES } from '../db';
import { LATEST_VERSION } from '../migrations';
import { sha256Hex, type Snapshot, type SnapshotTables } from '../backup/format';
import { toSettingRecord } from '../repos/settings-repo';
import type { FileRecord, PolicyRecord, PolicyVersionRecord } from '../records';
import { idFactory } from './random';
import type { SampleTrust } from './sample-trust';
import { markRoleHolders } from '../migrations/008-people-role-holder';

export interface PolicyFile {
  name: string;
  mediaType: string;
  format: DocumentFormat;
  bytes: Uint8Array;
}

export interface PolicyMaterialiser {
  makeFile(outline: PolicyOutline, stem: string): Promise<PolicyFile>;
  /** Reads the file back into structured text; by default, the outline's exact structure. */
  read?(file: PolicyFile, outline: PolicyOutline): Promise<StructuredDocument>;
  /** Extracts the facts; by default, nothing (until a reader is supplied). */
  extract?(document: StructuredDocument, policyType: PolicyType): ExtractionResult;
}

/** Plain-text files: what the CLI writes when speed matters more than realism (the LA-scale sample). */
export const textFiles: PolicyMaterialiser = {
  makeFile: async (outline, stem) => {
    return { name: `${stem}.txt`, mediaType: 'text/plain', format: 'txt', bytes: new TextEncoder().encode(outlineToText(outline)) };
  },
};

export async function sampleSnapshot(sample: SampleTrust, materialiser: PolicyMaterialiser, createdAt: string): Promise<Snapshot> {
  const tables = Object.fromEntries(TABLE_NAMES.map((n) => [n, []])) as unknown as SnapshotTables;
  const add = (table: keyof SnapshotTables, values: readonly object[]) => {
    // A loop, not push(...values): 300,000 completions are too many arguments for one call.
    for (const value of values) tables[table].push(value as Record<string, unknown>);
  };
  add('trust', [{ ...sample.trust, createdAt, updatedAt: createdAt }]);
  add('settings', sample.settings.map(toSettingRecord));
  add('people', sample.people);
  add('roleAssignments', sample.roleAssignments);
  add('courses', sample.courses.map((c) => ({ ...c, archived: c.archived ? 1 : 0 })));
  add('memberships', sample.memberships);
  add('completions', sample.completions);
  add('reviews', sample.reviews);
  if (sample.visits) {
    add('checklistTemplates', sample.visits.checklistTemplates);
    add('visits', sample.visits.visits);
    add('findings', sample.visits.findings);
    add('actions', sample.visits.actions);
  }

  const fileId = idFactory('f11e0000');
  const versionId = idFactory('7e250000');
  for (const p of sample.policies) {
    const file = await materialiser.makeFile(p.outline, p.fileStem);
    const sha256 = await sha256Hex(file.bytes);
    const document = materialiser.read ? await materialiser.read(file, p.outline) : outlineToDocument(p.outline, file.format);
    const extraction = materialiser.extract ? materialiser.extract(document, p.type) : emptyExtraction(p.type);
    const fid = fileId<FileId>();
    const vid = versionId<PolicyVersionId>();
    const fileRecord: FileRecord = { id: fid, name: file.name, mediaType: file.mediaType, size: file.bytes.byteLength, sha256, bytes: file.bytes, createdAt };
    const version: PolicyVersionRecord = {
      id: vid, policyId: p.id, fileId: fid, fileName: file.name, format: file.format, sha256, importedAt: createdAt,
      document, extraction, corrections: [], confirmedAt: null,
    };
    const policy: PolicyRecord = {
      id: p.id, settingId: p.settingId, type: p.type, title: p.title, currentVersionId: vid, createdAt, updatedAt: createdAt,
      // The dashboard's summary of the version (migration 5), as the importer keeps it.
      reviewSummary: summariseVersion(version),
    };
    add('files', [fileRecord]);
    add('policyVersions', [version]);
    add('policies', [policy]);
  }
  markRoleHolders(tables);
  return { schemaVersion: LATEST_VERSION, tables };
}
