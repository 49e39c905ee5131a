// Any two versions of a policy, clause by clause (the compare engine's `compareDocuments`): what stayed,
// what was reworded (word by word), what moved, and what is only in one of them.
import { useMemo, useState } from 'react';
import {
  CLAUSE_STATUS_LABELS,
  compareDocuments,
  type ClauseRef,
  type ClauseRow,
  type ClauseStatus,
} from '../../../core/compare/clauses';
import { formatUkDate } from '../../../core/dates';
import type { PolicyVersionRecord } from '../../../data/records';
import { StatusBadge, type Tone } from '../../components/page';

const TONES: Record<ClauseStatus, Tone> = {
  same: 'grey',
  reworded: 'amber',
  moved: 'blue',
  only_a: 'red',
  only_b: 'green',
};

function versionLabel(v: PolicyVersionRecord, currentId: string | null): string {
  return `${v.fileName} (imported ${formatUkDate(v.importedAt.slice(0, 10))}${v.id === currentId ? ', current' : ''})`;
}

function VersionPick({
  label,
  value,
  onChange,
  versions,
  currentId,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  versions: PolicyVersionRecord[];
  currentId: string | null;
}) {
  return (
    <label className="inline-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {versionLabel(v, currentId)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CompareVersions({
  versions,
  currentId,
}: {
  versions: PolicyVersionRecord[];
  currentId: string | null;
}) {
  const [aId, setA] = useState(versions[1]?.id ?? versions[0]?.id ?? '');
  const [bId, setB] = useState(versions[0]?.id ?? '');
  const [showSame, setShowSame] = useState(false);
  const a = versions.find((v) => v.id === aId);
  const b = versions.find((v) => v.id === bId);
  const result = useMemo(() => (a && b ? compareDocuments(a.document, b.document) : null), [a, b]);
  if (versions.length < 2)
    return (
      <p className="muted">
        This policy has one version. Import a newer (or older) document of the same type for this setting to
        compare them.
      </p>
    );
  const rows = result?.rows.filter((r) => showSame || r.status !== 'same') ?? [];
  return (
    <section aria-label="Compare versions">
      <div className="compare-pick">
        <VersionPick
          label="First version"
          value={aId}
          onChange={setA}
          versions={versions}
          currentId={currentId}
        />
        <VersionPick
          label="Second version"
          value={bId}
          onChange={setB}
          versions={versions}
          currentId={currentId}
        />
        <label className="checkbox">
          <input type="checkbox" checked={showSame} onChange={(e) => setShowSame(e.target.checked)} />
          Show unchanged clauses
        </label>
      </div>
      {result && (
        <p aria-live="polite">
          {Math.round(result.similarity * 100)}% of the wording is shared.{' '}
          {(Object.keys(CLAUSE_STATUS_LABELS) as ClauseStatus[])
            .filter((s) => result.counts[s] > 0)
            .map((s) => `${result.counts[s]} ${CLAUSE_STATUS_LABELS[s].toLowerCase()}`)
            .join(', ')}
        </p>
      )}
      <table className="table clause-table" aria-label="Clause by clause">
        <thead>
          <tr>
            <th scope="col">First version</th>
            <th scope="col">Change</th>
            <th scope="col">Second version</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>{row.a && <ClauseCell clause={row.a} row={row} side="a" />}</td>
              <td className="status">
                <StatusBadge tone={TONES[row.status]}>{CLAUSE_STATUS_LABELS[row.status]}</StatusBadge>
              </td>
              <td>{row.b && <ClauseCell clause={row.b} row={row} side="b" />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">The two versions have the same clauses.</p>}
    </section>
  );
}

function ClauseCell({ clause, row, side }: { clause: ClauseRef; row: ClauseRow; side: 'a' | 'b' }) {
  const number = clause.number ? <strong>{clause.number} </strong> : null;
  if (!row.words) {
    return (
      <>
        {number}
        {clause.text}
      </>
    );
  }
  return (
    <>
      {number}
      {row.words
        .filter((w) => w.kind === 'same' || (side === 'a' ? w.kind === 'removed' : w.kind === 'added'))
        .map((w, i) =>
          w.kind === 'same' ? (
            <span key={i}>{w.text}</span>
          ) : (
            <span key={i} className={w.kind === 'removed' ? 'word-removed' : 'word-added'}>
              <span className="visually-hidden">{w.kind === 'removed' ? '[removed: ' : '[added: '}</span>
              {w.text}
              <span className="visually-hidden">]</span>
            </span>
          ),
        )}
    </>
  );
}
