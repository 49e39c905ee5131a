// Importing a visit pack: what will change, and for each record changed on both laptops, the user's choice.
import { useState } from 'react';
import { formatUkDate, isIsoDate } from '../../../core/dates';
import type { Choice, MergeConflict, TableCounts } from '../../../data/backup/merge';
import { Dialog } from '../../components/dialog';
import type { FileSummary, PlanSummary } from './backup-protocol';
import { formatMoment, plural } from './file-summary';

const FIELD_LABELS: Record<string, string> = {
  due: 'Due date',
  owner: 'Owner',
  text: 'Text',
  status: 'Status',
  closedOn: 'Closed on',
  judgement: 'Judgement',
  note: 'Note',
  name: 'Name',
  email: 'Email',
  urn: 'URN',
  localAuthority: 'Local authority',
  date: 'Date',
  officer: 'Officer',
  jobTitle: 'Job title',
  completedOn: 'Completed on',
  provider: 'Provider',
  evidenceFileIds: 'Evidence',
  evidenceFileId: 'Certificate',
  items: 'Checklist items',
  title: 'Title',
  phase: 'Phase',
  type: 'Type',
  archived: 'Archived',
  linkedSettingIds: 'Linked settings',
  forename: 'Forename',
  surname: 'Surname',
  role: 'Role',
  from: 'From',
  to: 'To',
  start: 'Start',
  end: 'End',
  flags: 'Flags',
};

function fieldLabel(field: string): string {
  return (
    FIELD_LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())
  );
}

function value(text: string): string {
  return isIsoDate(text) ? formatUkDate(text) : text;
}

const ROWS: [keyof TableCounts, string][] = [
  ['added', 'New: added'],
  ['updated', 'Changed only in the pack: updated'],
  ['kept', 'Changed only here, or more recently here: kept as they are'],
  ['unchanged', 'The same on both laptops'],
  ['skipped', 'Removed on this laptop: left out'],
  ['conflicts', 'Changed on both laptops: you choose'],
];

export function ImportPackDialog({
  fileName,
  summary,
  plan,
  onImport,
  onCancel,
}: {
  fileName: string;
  summary: FileSummary;
  plan: PlanSummary;
  onImport: (choices: Record<string, Choice>) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [tried, setTried] = useState(false);
  const missing = plan.conflicts.filter((c) => !choices[c.key]).length;
  const all = (choice: Choice) => setChoices(Object.fromEntries(plan.conflicts.map((c) => [c.key, choice])));
  const submit = () => {
    setTried(true);
    if (missing === 0) onImport(choices);
  };
  return (
    <Dialog
      title="Import a visit pack"
      description={`“${fileName}”, made ${formatMoment(summary.createdAt)}${summary.trustName ? ` by ${summary.trustName}` : ''}: ${summary.settingNames.join(', ')}`}
      open
      wide
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={submit}>
            Import pack
          </button>
        </>
      }
    >
      {plan.otherTrust !== null && (
        <p className="notice notice-amber">
          This pack comes from “{plan.otherTrust}”. Its settings join your trust; your trust’s own details do
          not change.
        </p>
      )}
      {plan.nameClashes.length > 0 && (
        <p className="notice notice-amber">
          You already have a different setting called {plan.nameClashes.map((n) => `“${n}”`).join(', ')}. Both
          will be kept: rename or archive one afterwards.
        </p>
      )}
      <table className="table" aria-label="What importing will do">
        <tbody>
          {ROWS.filter(([k]) => plan.totals[k] > 0).map(([k, label]) => (
            <tr key={k}>
              <th scope="row">{label}</th>
              <td>{plural(plan.totals[k], 'record')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.conflicts.length > 0 && (
        <section className="conflicts" aria-labelledby="conflicts-heading">
          <h3 id="conflicts-heading">{plural(plan.conflicts.length, 'record')} changed on both laptops</h3>
          <p className="field-hint">
            Choose which version to keep for each. Your choice is remembered: importing this pack again will
            not ask again.
          </p>
          <div className="button-row">
            <button type="button" className="button button-small" onClick={() => all('mine')}>
              Keep all of mine
            </button>
            <button type="button" className="button button-small" onClick={() => all('theirs')}>
              Take all from the pack
            </button>
          </div>
          {plan.conflicts.map((c) => (
            <ConflictChoice
              key={c.key}
              conflict={c}
              choice={choices[c.key]}
              onChoose={(choice) => setChoices((prev) => ({ ...prev, [c.key]: choice }))}
              invalid={tried && !choices[c.key]}
            />
          ))}
          {tried && missing > 0 && (
            <p className="form-error" role="alert">
              Choose which version to keep for {plural(missing, 'record')} before importing.
            </p>
          )}
        </section>
      )}
    </Dialog>
  );
}

function ConflictChoice({
  conflict,
  choice,
  onChoose,
  invalid,
}: {
  conflict: MergeConflict;
  choice: Choice | undefined;
  onChoose: (c: Choice) => void;
  invalid: boolean;
}) {
  const removed = conflict.kind === 'removed-here';
  return (
    <fieldset className={invalid ? 'conflict field-invalid' : 'conflict'}>
      <legend>{conflict.label}</legend>
      {removed ? (
        <p>
          Removed on this laptop{conflict.mineChangedAt ? ` on ${formatMoment(conflict.mineChangedAt)}` : ''};
          changed on the other laptop since
          {conflict.theirsChangedAt ? ` (${formatMoment(conflict.theirsChangedAt)})` : ''}.
        </p>
      ) : (
        <table className="table diff-table" aria-label={`Differences in ${conflict.label}`}>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">
                On this laptop
                {conflict.mineChangedAt ? ` (changed ${formatMoment(conflict.mineChangedAt)})` : ''}
              </th>
              <th scope="col">
                In the pack
                {conflict.theirsChangedAt ? ` (changed ${formatMoment(conflict.theirsChangedAt)})` : ''}
              </th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">{fieldLabel(f.field)}</th>
                <td>{value(f.mine)}</td>
                <td>{value(f.theirs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <label className="radio">
          <input
            type="radio"
            name={conflict.key}
            checked={choice === 'mine'}
            onChange={() => onChoose('mine')}
          />
          {removed ? 'Keep it removed' : 'Keep this laptop’s version'}
        </label>
        <label className="radio">
          <input
            type="radio"
            name={conflict.key}
            checked={choice === 'theirs'}
            onChange={() => onChoose('theirs')}
          />
          {removed ? 'Bring it back' : 'Take the pack’s version'}
        </label>
      </div>
    </fieldset>
  );
}
