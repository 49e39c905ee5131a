// One setting's position on one question: the passages it was read from, and a correction. Review
// cadence and blocked services are facts of the policy version (the reviews use them too), so their
// corrections are saved on the version; the other positions keep their corrections by policy.
import { useState } from 'react';
import {
  PARENT_FRIENDS_LABELS,
  STAFF_USE_LABELS,
  type Position,
  type PositionsQuestionRow,
  type PositionValue,
} from '../../../core/compare/positions';
import type { SettingPolicy } from '../../../core/compare/inputs';
import { formatUkDate } from '../../../core/dates';
import { Dialog } from '../../components/dialog';
import { useToasts } from '../../components/toasts';
import { useStore } from '../../app/db-context';
import { PassageInContext } from './shared';

type Draft = { text: string; error: string | null };

function initialText(p: Position): string {
  if (p.value === null) return '';
  if (Array.isArray(p.value)) return p.value.join(', ');
  return String(p.value);
}

/** The typed value of what the person entered, or an error to show. '' means "the policy does not say". */
function parse(question: Position['question'], text: string): { value: PositionValue } | { error: string } {
  const t = text.trim();
  if (t === '') return { value: null };
  switch (question) {
    case 'pupil_minimum_age': {
      if (t === 'mentioned') return { value: 'mentioned' };
      const n = Number(t);
      return Number.isInteger(n) && n >= 3 && n <= 21
        ? { value: n }
        : { error: 'Enter an age in years, from 3 to 21, or leave it empty' };
    }
    case 'review_cadence': {
      const n = Number(t);
      return Number.isInteger(n) && n >= 1 && n <= 120
        ? { value: n }
        : { error: 'Enter the number of months between reviews (12 for annually), or leave it empty' };
    }
    case 'blocked_services':
      return {
        value: t
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    default:
      return { value: t };
  }
}

export function PositionDialog({
  row,
  question,
  position,
  onClose,
}: {
  row: SettingPolicy;
  question: PositionsQuestionRow;
  position: Position;
  onClose: () => void;
}) {
  const store = useStore();
  const toasts = useToasts();
  const [draft, setDraft] = useState<Draft>({ text: initialText(position), error: null });
  const [note, setNote] = useState(position.correction?.note ?? '');
  const [busy, setBusy] = useState(false);
  const policy = row.policy!;
  const versionField =
    question.question === 'review_cadence'
      ? 'reviewCadenceMonths'
      : question.question === 'blocked_services'
        ? 'blockedServices'
        : null;
  const corrected = position.source === 'correction';

  const save = async () => {
    const parsed = parse(question.question, draft.text);
    if ('error' in parsed) {
      setDraft({ ...draft, error: parsed.error });
      return;
    }
    setBusy(true);
    try {
      if (versionField) {
        if (!row.version) throw new Error('This policy has no document to correct');
        await store.compare.correctVersionField(
          row.version.id,
          versionField,
          parsed.value as number | string[] | null,
          note,
        );
      } else
        await store.compare.correctPosition(policy.id, row.setting.id, question.question, parsed.value, note);
      toasts.show({ kind: 'success', message: `${question.label} at ${row.setting.name} corrected` });
      onClose();
    } catch (e) {
      toasts.error(e, 'The correction was not saved');
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      if (versionField) {
        if (row.version) await store.compare.clearVersionField(row.version.id, versionField);
      } else await store.compare.clearPositionCorrection(policy.id, question.question);
      toasts.show({
        kind: 'success',
        message: `Correction removed: ${question.label} at ${row.setting.name} is as read from the policy`,
      });
      onClose();
    } catch (e) {
      toasts.error(e, 'The correction was not removed');
    } finally {
      setBusy(false);
    }
  };

  const inputLabel = {
    staff_personal_use: 'Position',
    pupil_minimum_age: 'Minimum age (years)',
    parent_friend_requests: 'Position',
    official_accounts: 'Who may create and run them',
    blocked_services: 'Services blocked (separate with commas)',
    review_cadence: 'Months between reviews',
  }[question.question];
  const choices =
    question.question === 'staff_personal_use'
      ? STAFF_USE_LABELS
      : question.question === 'parent_friend_requests'
        ? PARENT_FRIENDS_LABELS
        : null;
  return (
    <Dialog title={`${question.label}: ${row.setting.name}`} open onClose={onClose} wide>
      <p>
        <strong>{position.label}</strong>
        {position.source === 'correction' && position.correction && (
          <span className="muted">
            {' '}
            (corrected on {formatUkDate(position.correction.correctedAt.slice(0, 10))}
            {position.correction.note ? `: ${position.correction.note}` : ''})
          </span>
        )}
      </p>
      <h3>What the policy says</h3>
      {position.passages.length === 0 || !row.version ? (
        <p className="muted">No passage in {policy.title} says anything on this.</p>
      ) : (
        <div className="passages">
          {position.passages.map((span, i) => (
            <PassageInContext
              key={`${span.blockId}-${span.start}-${i}`}
              document={row.version!.document}
              span={span}
              policyId={policy.id}
              settingName={row.setting.name}
            />
          ))}
        </div>
      )}
      <fieldset className="overrule">
        <legend>Correct this position</legend>
        <div className={draft.error ? 'field field-invalid' : 'field'}>
          <label htmlFor="position-value">{inputLabel}</label>
          {choices ? (
            <select
              id="position-value"
              value={draft.text}
              onChange={(e) => setDraft({ text: e.target.value, error: null })}
            >
              <option value="">Not stated</option>
              {Object.entries(choices).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id="position-value"
              value={draft.text}
              inputMode={
                question.question === 'pupil_minimum_age' || question.question === 'review_cadence'
                  ? 'numeric'
                  : undefined
              }
              aria-invalid={draft.error ? true : undefined}
              aria-describedby="position-value-hint"
              onChange={(e) => setDraft({ text: e.target.value, error: null })}
            />
          )}
          <span id="position-value-hint" className="field-hint">
            Leave it empty if the policy does not say.
          </span>
          {draft.error && <span className="field-error">{draft.error}</span>}
        </div>
        <div className="field">
          <label htmlFor="position-note">Note</label>
          <textarea id="position-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
            Save correction
          </button>
          {corrected && (
            <button type="button" className="button" disabled={busy} onClick={() => void remove()}>
              Remove correction
            </button>
          )}
        </div>
      </fieldset>
    </Dialog>
  );
}
