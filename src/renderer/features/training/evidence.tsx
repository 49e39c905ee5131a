// Certificates: picked with the platform's file dialog, stored in the app (files table), shown again
// in the app (images and PDFs) or opened with the system's viewer.
import { useEffect, useState } from 'react';
import type { FileId } from '../../../core/ids';
import type { StoredFile } from '../../../core/model';
import { EVIDENCE_TYPES, MAX_EVIDENCE_BYTES } from '../../../data/repos/completions-repo';
import { Dialog } from '../../components/dialog';
import { Spinner } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { platform } from '../../platform';
import { useTrainingRepos } from './use-training';

export async function pickEvidence(): Promise<{ name: string; bytes: Uint8Array } | null> {
  const [file] = await platform.openFiles({
    title: 'Attach a certificate',
    filters: [{ name: 'Certificate (PDF or image)', extensions: Object.keys(EVIDENCE_TYPES) }],
    multiple: false,
    folders: false,
    maxBytes: MAX_EVIDENCE_BYTES,
  });
  if (!file) return null;
  if ('error' in file) throw new Error(`“${file.name}” ${file.error}`);
  return { name: file.name, bytes: file.bytes };
}

/** Shows a stored certificate in the app, with a button to open it in the system's viewer. */
export function EvidenceViewer({
  fileId,
  title,
  onClose,
}: {
  fileId: FileId;
  title: string;
  onClose: () => void;
}) {
  const { completions } = useTrainingRepos();
  const toasts = useToasts();
  const [file, setFile] = useState<StoredFile | null | undefined>(undefined);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let made: string | null = null;
    void completions.evidence(fileId).then((f) => {
      if (!live) return;
      setFile(f ?? null);
      if (f) {
        made = URL.createObjectURL(new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.mediaType }));
        setUrl(made);
      }
    });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [completions, fileId]);
  const openOutside = async () => {
    if (!file) return;
    try {
      await platform.openWithSystem({ name: file.name, bytes: file.bytes });
    } catch (error) {
      toasts.error(error, `${file.name} could not be opened`);
    }
  };
  return (
    <Dialog
      title={title}
      open
      wide
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={() => void openOutside()} disabled={!file}>
            Open in another app
          </button>
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        </>
      }
    >
      {file === undefined ? (
        <Spinner label="Opening the certificate…" />
      ) : file === null ? (
        <p className="form-error">This certificate is no longer in the store.</p>
      ) : (
        <>
          <p className="file-facts">
            {file.name} · {Math.max(1, Math.round(file.size / 1024))} KB
          </p>
          {url && file.mediaType.startsWith('image/') && (
            <img className="evidence-view" src={url} alt={`Certificate: ${file.name}`} />
          )}
          {url && file.mediaType === 'application/pdf' && (
            <iframe className="evidence-frame" src={url} title={`Certificate: ${file.name}`} />
          )}
        </>
      )}
    </Dialog>
  );
}
