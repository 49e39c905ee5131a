// One checklist item during a visit: the judgement, a note (saved as you type), evidence (photos or
// files, kept byte for byte) and the actions it calls for.
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { FileId, FindingId } from '../../../core/ids';
import type { ChecklistItem, Finding, Judgement, StoredFile, Visit, VisitAction } from '../../../core/model';
import { actionState, actionStateBadge } from '../../../core/visits/actions';
import { isShortfall, JUDGEMENT_LABELS, JUDGEMENTS, judgementTone } from '../../../core/visits/visits';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { ConfirmDialog } from '../../components/dialog';
import { StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { platform } from '../../platform';
import { ActionDialog } from './action-dialog';

export const EVIDENCE_FILTERS = [
  {
    name: 'Photos and documents',
    extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'pdf', 'docx', 'doc', 'txt', 'xlsx', 'csv'],
  },
];
const MAX_EVIDENCE_BYTES = 50 * 1024 * 1024;

export function ChecklistItemCard({
  visit,
  item,
  number,
  finding,
  actions,
  readOnly,
}: {
  visit: Visit;
  item: ChecklistItem;
  number: number;
  finding: Finding | undefined;
  actions: VisitAction[];
  readOnly: boolean;
}) {
  const store = useStore();
  const toasts = useToasts();
  const asOf = useToday();
  const [adding, setAdding] = useState<FindingId | null>(null);
  // The choice shows at once; it gives way to the stored judgement as soon as that changes.
  const [pending, setPending] = useState<{ value: Judgement; was: Judgement | null } | null>(null);
  const stored = finding?.judgement ?? null;
  const judgement = pending && pending.was === stored ? pending.value : stored;
  const legendId = `item-${item.id}`;

  const judge = async (j: Judgement) => {
    setPending({ value: j, was: stored });
    try {
      await store.visits.judge(visit.id, item.id, j);
    } catch (error) {
      setPending(null);
      toasts.error(error, 'The judgement was not saved');
    }
  };

  const addEvidence = async () => {
    try {
      const picked = await platform.openFiles({
        title: 'Add evidence',
        filters: EVIDENCE_FILTERS,
        multiple: true,
        folders: false,
        maxBytes: MAX_EVIDENCE_BYTES,
      });
      const bad = picked.filter((p) => 'error' in p);
      const good = picked.flatMap((p) =>
        'bytes' in p ? [{ name: p.name, mediaType: '', bytes: p.bytes }] : [],
      );
      if (good.length > 0) {
        await store.visits.addEvidence(visit.id, item.id, good);
        toasts.show({
          kind: 'success',
          message: good.length === 1 ? `Added ${good[0]!.name}` : `Added ${good.length} files`,
        });
      }
      for (const b of bad)
        toasts.show({ kind: 'error', message: `"${b.name}" ${(b as { error: string }).error}` });
    } catch (error) {
      toasts.error(error, 'The evidence was not added');
    }
  };

  const addAction = async () => {
    try {
      const f = finding ?? (await store.visits.saveNote(visit.id, item.id, ''));
      setAdding(f.id);
    } catch (error) {
      toasts.error(error);
    }
  };

  return (
    <fieldset
      className={`checklist-item${judgement ? ` judged-${judgement}` : ''}`}
      aria-labelledby={legendId}
    >
      <legend id={legendId}>
        <span className="item-number">{number}.</span> {item.text}
      </legend>
      <div className="judgements">
        {JUDGEMENTS.map((j) => (
          <label
            key={j}
            className={`judgement judgement-${judgementTone(j)}${judgement === j ? ' judgement-chosen' : ''}`}
          >
            <input
              type="radio"
              name={`judgement-${item.id}`}
              value={j}
              checked={judgement === j}
              disabled={readOnly}
              onChange={() => void judge(j)}
            />
            {JUDGEMENT_LABELS[j]}
          </label>
        ))}
        {judgement ? (
          <StatusBadge tone={judgementTone(judgement)}>{JUDGEMENT_LABELS[judgement]}</StatusBadge>
        ) : (
          <StatusBadge tone="grey">Not judged yet</StatusBadge>
        )}
      </div>
      {readOnly ? (
        finding?.note && <p className="item-note">{finding.note}</p>
      ) : (
        <NoteField visit={visit} itemId={item.id} saved={finding?.note ?? ''} readOnly={readOnly} />
      )}
      <Evidence
        visit={visit}
        itemId={item.id}
        itemText={item.text}
        fileIds={finding?.evidenceFileIds ?? []}
        readOnly={readOnly}
      />
      {actions.length > 0 && (
        <ul className="item-actions" aria-label={`Actions for item ${number}`}>
          {actions.map((a) => {
            const badge = actionStateBadge(actionState(a, asOf));
            return (
              <li key={a.id}>
                <StatusBadge tone={badge.tone}>{badge.word}</StatusBadge> {a.text}{' '}
                <span className="muted">— {a.owner}</span>
              </li>
            );
          })}
        </ul>
      )}
      {isShortfall(judgement) && actions.length === 0 && (
        <p className="field-hint shortfall-hint">A shortfall: add an action with an owner and a due date.</p>
      )}
      {!readOnly && (
        <div className="button-row">
          <button
            type="button"
            className="button button-small"
            aria-label={`Add evidence for item ${number}: ${item.text}`}
            onClick={() => void addEvidence()}
          >
            Add evidence
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={`Add action for item ${number}: ${item.text}`}
            onClick={() => void addAction()}
          >
            Add action
          </button>
        </div>
      )}
      {adding && (
        <ActionDialog
          visitId={visit.id}
          findingId={adding}
          itemText={item.text}
          onClose={() => setAdding(null)}
        />
      )}
    </fieldset>
  );
}

/** A note saved shortly after typing stops, and when the field is left: nothing typed on a visit is lost. */
function NoteField({
  visit,
  itemId,
  saved,
  readOnly,
}: {
  visit: Visit;
  itemId: string;
  saved: string;
  readOnly: boolean;
}) {
  const store = useStore();
  const toasts = useToasts();
  const [text, setText] = useState(saved);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const timer = useRef<number | null>(null);
  const latest = useRef(saved);
  const dirty = useRef(false);

  const save = async () => {
    if (timer.current) window.clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    setState('saving');
    try {
      await store.visits.saveNote(visit.id, itemId, latest.current);
      setState('saved');
    } catch (error) {
      dirty.current = true;
      setState('idle');
      toasts.error(error, 'The note was not saved');
    }
  };
  // Save what is pending when the item leaves the screen.
  useEffect(
    () => () => {
      if (dirty.current)
        void store.visits
          .saveNote(visit.id, itemId, latest.current)
          .catch((e: unknown) => console.warn('Note not saved', e));
    },
    [store, visit.id, itemId],
  );
  const id = `note-${itemId}`;
  return (
    <div className="field note-field">
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        readOnly={readOnly}
        onChange={(e) => {
          setText(e.target.value);
          latest.current = e.target.value;
          dirty.current = true;
          setState('idle');
          if (timer.current) window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => void save(), 800);
        }}
        onBlur={() => void save()}
      />
      <span className="field-hint" aria-live="polite">
        {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : ''}
      </span>
    </div>
  );
}

function Evidence({
  visit,
  itemId,
  itemText,
  fileIds,
  readOnly,
}: {
  visit: Visit;
  itemId: string;
  itemText: string;
  fileIds: FileId[];
  readOnly: boolean;
}) {
  const store = useStore();
  const toasts = useToasts();
  const files = useLiveQuery(
    async () => (await store.db.files.bulkGet(fileIds)).filter((f): f is StoredFile => f !== undefined),
    [store, fileIds.join(',')],
  );
  const [removing, setRemoving] = useState<StoredFile | null>(null);
  if (!files || files.length === 0) return null;
  const open = async (f: StoredFile) => {
    try {
      await platform.openWithSystem({ name: f.name, bytes: f.bytes });
    } catch (error) {
      toasts.error(error);
    }
  };
  const remove = async () => {
    const f = removing;
    setRemoving(null);
    if (!f) return;
    try {
      await store.visits.removeEvidence(visit.id, itemId, f.id);
      toasts.show({ kind: 'success', message: `Removed ${f.name}` });
    } catch (error) {
      toasts.error(error, `${f.name} was not removed`);
    }
  };
  return (
    <>
      <ul className="evidence" aria-label={`Evidence for ${itemText}`}>
        {files.map((f) => (
          <li key={f.id}>
            {f.mediaType.startsWith('image/') && f.mediaType !== 'image/heic' && <Thumbnail file={f} />}
            <span className="evidence-name">{f.name}</span>
            <button
              type="button"
              className="button button-small"
              aria-label={`Open ${f.name}`}
              onClick={() => void open(f)}
            >
              Open
            </button>
            {!readOnly && (
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove ${f.name}`}
                onClick={() => setRemoving(f)}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this evidence?"
        message={removing ? `“${removing.name}” will be deleted from this visit.` : ''}
        confirmLabel="Remove evidence"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}

function Thumbnail({ file }: { file: StoredFile }) {
  const ref = useRef<HTMLImageElement>(null);
  // The object URL lives exactly as long as the image shows it.
  useEffect(() => {
    const url = URL.createObjectURL(
      new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mediaType }),
    );
    if (ref.current) ref.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [file]);
  return <img ref={ref} className="evidence-thumb" alt="" />;
}
