// "Write up": the visit as a Word document, through the report engine (rendered in its worker, saved with
// a native dialog on the desktop or as a download in the browser).
import { useState } from 'react';
import type { FileId, VisitId } from '../../../core/ids';
import { reportFileName } from '../../../core/report/file-name';
import { buildVisitWriteUp } from '../../../core/visits/write-up';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { useToasts } from '../../components/toasts';

export function WriteUpButton({ visitId }: { visitId: VisitId }) {
  const store = useStore();
  const toasts = useToasts();
  const asOf = useToday();
  const [busy, setBusy] = useState<string | null>(null);
  const write = async () => {
    setBusy('Writing…');
    try {
      const visit = await store.visits.get(visitId);
      if (!visit) throw new Error('That visit no longer exists');
      const [trust, setting, findings, actions, visits, template] = await Promise.all([
        store.trust.get(),
        store.settings.get(visit.settingId),
        store.visits.findings(visit.id),
        store.db.actions.where('settingId').equals(visit.settingId).toArray(),
        store.db.visits.where('settingId').equals(visit.settingId).toArray(),
        store.db.checklistTemplates.get(visit.templateId),
      ]);
      const fileIds = findings.flatMap((f) => f.evidenceFileIds);
      const files = await store.db.files.bulkGet(fileIds);
      const evidenceNames: Record<FileId, string> = {};
      files.forEach((f, i) => {
        if (f) evidenceNames[fileIds[i]!] = f.name;
      });
      const settingName = setting?.name ?? 'Setting';
      const model = buildVisitWriteUp(
        {
          trustName: trust?.name ?? '',
          settingName,
          visit,
          checklistName: template?.name ?? null,
          findings,
          actions,
          visits,
          evidenceNames,
          confidentiality: 'OFFICIAL-SENSITIVE',
        },
        asOf,
      );
      const { saveReportDocx } = await import('../reports/save-report');
      const result = await saveReportDocx(model, {
        suggestedName: reportFileName(['Visit write-up', settingName], visit.date),
        onProgress: (p) => setBusy(`Writing… ${Math.round((p.done / Math.max(p.total, 1)) * 100)}%`),
      });
      if (result.saved)
        toasts.show({
          kind: 'success',
          message: result.path ? `Write-up saved to ${result.path}` : 'Write-up saved',
        });
    } catch (error) {
      toasts.error(error, 'The write-up was not made');
    } finally {
      setBusy(null);
    }
  };
  return (
    <button
      type="button"
      className="button"
      onClick={() => void write()}
      disabled={busy !== null}
      aria-label="Write up the visit as a Word document"
    >
      {busy ?? 'Write up'}
    </button>
  );
}
