// The trust's model policy for a type: a setting's policy marked as the model, or a document imported
// as the model. Settings are then compared against it clause by clause.
import { useState } from 'react';
import type { StructuredDocument } from '../../../core/document';
import type { PolicyId } from '../../../core/ids';
import { POLICY_TYPE_LABELS, type PolicyType } from '../../../core/vocabulary';
import type { CompareData } from '../../../data/repos/compare-repo';
import { ConfirmDialog } from '../../components/dialog';
import { useToasts } from '../../components/toasts';
import { useStore } from '../../app/db-context';
import { platform } from '../../platform';
import { settingPolicies } from './shared';
import { readOneDocument } from '../policies/import/read-once';

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function ModelPolicyCard({
  policyType,
  data,
  model,
}: {
  policyType: PolicyType;
  data: CompareData;
  model: { label: string; document: StructuredDocument } | null;
}) {
  const store = useStore();
  const toasts = useToasts();
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const candidates = settingPolicies(data).filter((r) => r.policy && r.version);
  const typeLabel = POLICY_TYPE_LABELS[policyType].toLowerCase();

  const mark = async () => {
    if (!choice) return;
    setBusy('Saving…');
    try {
      await store.compare.setModelPolicy(policyType, choice as PolicyId);
      const r = candidates.find((c) => c.policy!.id === choice);
      toasts.show({
        kind: 'success',
        message: `${r?.setting.name ?? 'That'} policy is now the trust’s model ${typeLabel} policy`,
      });
      setChoice('');
    } catch (e) {
      toasts.error(e, 'The model policy was not saved');
    } finally {
      setBusy(null);
    }
  };
  const importDocument = async () => {
    try {
      const config = await store.config.load();
      const [file] = await platform.openFiles({
        title: 'Import a model policy',
        filters: [{ name: 'Policy documents', extensions: ['docx', 'pdf', 'txt', 'md', 'html', 'htm'] }],
        multiple: false,
        folders: false,
        maxBytes: config.maxImportMegabytes * 1024 * 1024,
      });
      if (!file) return;
      if ('error' in file) throw new Error(`“${file.name}” ${file.error}`);
      setBusy(`Reading ${file.name}…`);
      // Read in a worker: pdf.js and mammoth are large and slow, and must not freeze the window.
      const { document } = await readOneDocument(file.name, file.bytes, config);
      if (document.blocks.length === 0) throw new Error(`“${file.name}” has no text to compare`);
      const title = file.name.replace(/\.[^.]+$/, '');
      await store.compare.setModelDocument(
        policyType,
        {
          name: file.name,
          mediaType: mediaTypeOf(file.name),
          bytes: file.bytes,
          sha256: await sha256Hex(file.bytes),
        },
        document,
        title,
      );
      toasts.show({
        kind: 'success',
        message: `“${file.name}” is now the trust’s model ${typeLabel} policy`,
      });
    } catch (e) {
      toasts.error(e, 'The model policy was not imported');
    } finally {
      setBusy(null);
    }
  };
  const remove = async () => {
    setConfirmRemove(false);
    try {
      await store.compare.clearModel(policyType);
      toasts.show({ kind: 'success', message: `The trust no longer has a model ${typeLabel} policy` });
    } catch (e) {
      toasts.error(e, 'The model policy was not removed');
    }
  };

  return (
    <section className="card model-card" aria-label="Trust model policy">
      <h2>Trust model policy</h2>
      <p>
        {model ? (
          <>
            The model {typeLabel} policy is <strong>{model.label}</strong>. Compare any setting with it below.
          </>
        ) : (
          <>
            No model {typeLabel} policy yet. Mark a setting’s policy as the model, or import the trust’s own
            document.
          </>
        )}
      </p>
      <div className="toolbar">
        <label className="inline-field">
          <span>Policy to use as the model</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose a policy</option>
            {candidates.map((r) => (
              <option key={r.policy!.id} value={r.policy!.id}>
                {r.setting.name}: {r.policy!.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={!choice || busy !== null}
          onClick={() => void mark()}
        >
          Mark as model policy
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void importDocument()}
        >
          Import a model document…
        </button>
        {model && (
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => setConfirmRemove(true)}
          >
            Remove model policy
          </button>
        )}
        {busy && (
          <span role="status" className="muted">
            {busy}
          </span>
        )}
      </div>
      <ConfirmDialog
        open={confirmRemove}
        title="Remove the model policy?"
        message={`Settings will no longer be compared with it. ${model?.label ?? ''} itself is not deleted${model && !model.label.includes(':') ? ', but the imported copy is' : ''}.`}
        confirmLabel="Remove model policy"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmRemove(false)}
      />
    </section>
  );
}

function mediaTypeOf(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase();
  switch (ext) {
    case 'docx':
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    case 'pdf':
      return 'application/pdf';
    case 'html':
    case 'htm':
      return 'text/html';
    case 'md':
      return 'text/markdown';
    default:
      return 'text/plain';
  }
}
