// One cell of the matrix: the passages that establish it, each in context with a link to that place in
// the policy, and the overrule (covered / not covered, with a note), kept and shown.
import { useState } from 'react';
import { Link } from 'react-router';
import { COVERAGE_LABELS, type CoverageCell, type CoverageRow } from '../../../core/compare/coverage';
import type { Topic } from '../../../core/config';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUkDate } from '../../../core/dates';
import { PHASE_LABELS, type PolicyType } from '../../../core/vocabulary';
import { Dialog } from '../../components/dialog';
import { Spinner, StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { useStore } from '../../app/db-context';
import { coverageTone, coverageWord, documentLink, PassageInContext } from './shared';

export function EvidenceDialog({
  policyType,
  row,
  cell,
  topic,
  onClose,
}: {
  policyType: PolicyType;
  row: CoverageRow;
  cell: CoverageCell;
  topic: Topic;
  onClose: () => void;
}) {
  const store = useStore();
  // The document, for the passages in context (the matrix itself holds only the evidence).
  const version = useLiveQuery(
    async () => (row.versionId ? ((await store.compare.version(row.versionId)) ?? null) : null),
    [store, row.versionId],
  );
  const document = version?.document ?? null;
  const toasts = useToasts();
  const [covered, setCovered] = useState<'yes' | 'no'>(
    cell.override ? (cell.override.covered ? 'yes' : 'no') : cell.extracted === 'not_covered' ? 'yes' : 'no',
  );
  const [note, setNote] = useState(cell.override?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (note.trim() === '') {
      setError('Say why, so others can see the reason for the overrule');
      return;
    }
    setBusy(true);
    try {
      const replaced = await store.compare.overrule(
        row.settingId,
        policyType,
        topic.id,
        covered === 'yes',
        note,
      );
      toasts.show({
        kind: 'success',
        message: `${topic.label} at ${row.name} overruled as ${covered === 'yes' ? 'covered' : 'not covered'}`,
        action: {
          label: 'Undo',
          run: () =>
            replaced
              ? store.compare.restoreOverrule(replaced)
              : store.compare.clearOverrule(row.settingId, policyType, topic.id).then(() => undefined),
        },
      });
      onClose();
    } catch (e) {
      toasts.error(e, 'The overrule was not saved');
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      const removed = await store.compare.clearOverrule(row.settingId, policyType, topic.id);
      toasts.show({
        kind: 'success',
        message: `Overrule removed: ${topic.label} at ${row.name} is as read again`,
        action: removed ? { label: 'Undo', run: () => store.compare.restoreOverrule(removed) } : undefined,
      });
      onClose();
    } catch (e) {
      toasts.error(e, 'The overrule was not removed');
    } finally {
      setBusy(false);
    }
  };

  const word = coverageWord(cell.status, cell.requiredMissing);
  return (
    <Dialog title={`${topic.label} at ${row.name}`} open onClose={onClose} wide>
      <p className="evidence-status">
        <StatusBadge tone={coverageTone(cell.status, cell.requiredMissing)}>{word}</StatusBadge>
        {cell.required
          ? ` Required for ${PHASE_LABELS[row.phase].toLowerCase()} settings.`
          : ' Not required for this phase.'}
        {cell.override && ` The reading found: ${COVERAGE_LABELS[cell.extracted].toLowerCase()}.`}
      </p>
      {cell.override && (
        <p className="notice overrule-note">
          <strong>Overruled as {cell.override.covered ? 'covered' : 'not covered'}</strong> on{' '}
          {formatUkDate(cell.override.createdAt.slice(0, 10))}: {cell.override.note || 'no note given'}
        </p>
      )}
      <p className="muted">{topic.description}</p>
      <h3>
        Evidence (
        {cell.passageCount === 0
          ? 'no passages'
          : `${cell.passageCount} passage${cell.passageCount === 1 ? '' : 's'}`}
        )
      </h3>
      {!row.policyId ? (
        <p>{row.name} has no policy of this type.</p>
      ) : cell.passageCount === 0 ? (
        <p>
          The reading found nothing on this topic in {row.policyTitle ?? 'the policy'}.{' '}
          <Link to={documentLink(row.policyId)} aria-label={`Open ${row.name}’s policy`}>
            Open the policy
          </Link>{' '}
          to check.
        </p>
      ) : version === undefined ? (
        <Spinner label="Loading the passages…" />
      ) : document ? (
        <div className="passages">
          {cell.passages.map((span, i) => (
            <PassageInContext
              key={`${span.blockId}-${span.start}-${i}`}
              document={document}
              span={span}
              policyId={row.policyId}
              settingName={row.name}
            />
          ))}
        </div>
      ) : (
        <p className="muted">The document’s text is not available.</p>
      )}
      <fieldset className="overrule">
        <legend>Overrule this judgement</legend>
        <div className="radio-row">
          <label className="radio">
            <input
              type="radio"
              name="overrule"
              checked={covered === 'yes'}
              onChange={() => setCovered('yes')}
            />{' '}
            Covered
          </label>
          <label className="radio">
            <input
              type="radio"
              name="overrule"
              checked={covered === 'no'}
              onChange={() => setCovered('no')}
            />{' '}
            Not covered
          </label>
        </div>
        <div className={error ? 'field field-invalid' : 'field'}>
          <label htmlFor="overrule-note">Note</label>
          <textarea
            id="overrule-note"
            rows={2}
            value={note}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'overrule-note-error' : undefined}
            onChange={(e) => {
              setNote(e.target.value);
              setError(null);
            }}
            placeholder="Why: for example “covered in the separate mobile phone policy”"
          />
          {error && (
            <span id="overrule-note-error" className="field-error">
              {error}
            </span>
          )}
        </div>
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
            Save overrule
          </button>
          {cell.override && (
            <button type="button" className="button" disabled={busy} onClick={() => void remove()}>
              Remove overrule
            </button>
          )}
        </div>
      </fieldset>
    </Dialog>
  );
}
