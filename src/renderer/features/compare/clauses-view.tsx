// Clause by clause: any two policies of the type (two settings, or a setting against the trust's model
// policy), aligned, each pair marked same / reworded / moved / only in one, with word-level highlights.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  CLAUSE_STATUS_LABELS,
  compareDocuments,
  type ClauseRow,
  type ClauseStatus,
  type WordPart,
} from '../../../core/compare/clauses';
import type { StructuredDocument } from '../../../core/document';
import { POLICY_TYPE_LABELS } from '../../../core/vocabulary';
import { StatusBadge, type Tone } from '../../components/page';
import { useStore } from '../../app/db-context';
import type { CompareViewProps } from './compare-page';
import { percent, settingPolicies } from './shared';
import { ModelPolicyCard } from './model-policy';

// A clause the second lacks may be a gap (red); one only the second has is an addition (blue).
const TONES: Record<ClauseStatus, Tone> = {
  same: 'green',
  reworded: 'amber',
  moved: 'grey',
  only_a: 'red',
  only_b: 'blue',
};

interface Choice {
  value: string;
  label: string;
  document: StructuredDocument;
}

export function ClausesView({ policyType, data }: CompareViewProps) {
  const store = useStore();
  const model = useLiveQuery(() => store.compare.modelDocument(policyType), [store, policyType]);
  const choices = useMemo<Choice[]>(() => {
    const out: Choice[] = [];
    if (model)
      out.push({ value: 'model', label: `Trust model policy (${model.label})`, document: model.document });
    for (const r of settingPolicies(data))
      if (r.policy && r.version)
        out.push({
          value: r.policy.id,
          label: `${r.setting.name}: ${r.policy.title}`,
          document: r.version.document,
        });
    return out;
  }, [model, data]);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const a = choices.find((c) => c.value === first) ?? (model ? choices[0] : undefined);
  const b = choices.find((c) => c.value === second);
  const result = useMemo(() => (a && b ? compareDocuments(a.document, b.document) : null), [a, b]);

  return (
    <>
      <ModelPolicyCard policyType={policyType} data={data} model={model ?? null} />
      {choices.length < 2 ? (
        <p className="muted">
          Two {POLICY_TYPE_LABELS[policyType].toLowerCase()} policies are needed to compare: import them, or
          choose a model policy above.
        </p>
      ) : (
        <div className="toolbar compare-pickers">
          <label className="inline-field">
            <span>First policy</span>
            <select value={a?.value ?? ''} onChange={(e) => setFirst(e.target.value)}>
              {!a && <option value="">Choose a policy</option>}
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            <span>Second policy</span>
            <select value={b?.value ?? ''} onChange={(e) => setSecond(e.target.value)}>
              <option value="">Choose a policy</option>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          {result && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={onlyDifferences}
                onChange={(e) => setOnlyDifferences(e.target.checked)}
              />
              Show only differences
            </label>
          )}
        </div>
      )}
      {a && b && result && (
        <>
          <section className="card clause-summary" aria-label="Comparison summary">
            <p className="stat-figure">
              {percent(result.similarity * 100)} <span className="muted">similar</span>
            </p>
            <p>
              {(Object.keys(CLAUSE_STATUS_LABELS) as ClauseStatus[]).map((s) => (
                <span key={s} className="clause-count">
                  <StatusBadge tone={TONES[s]}>
                    {statusLabel(s, a.label, b.label)}: {result.counts[s]}
                  </StatusBadge>{' '}
                </span>
              ))}
            </p>
            {a === b && <p className="muted">Both sides are the same policy.</p>}
          </section>
          <ClauseTable
            rows={onlyDifferences ? result.rows.filter((r) => r.status !== 'same') : result.rows}
            firstLabel={a.label}
            secondLabel={b.label}
          />
        </>
      )}
    </>
  );
}

function statusLabel(s: ClauseStatus, first: string, second: string): string {
  if (s === 'only_a') return `Only in ${shortName(first)}`;
  if (s === 'only_b') return `Only in ${shortName(second)}`;
  return CLAUSE_STATUS_LABELS[s];
}

function shortName(label: string): string {
  return label.split(':')[0]!.replace(/^Trust model policy.*/, 'the model policy');
}

export function ClauseTable({
  rows,
  firstLabel,
  secondLabel,
  caption = 'Clause by clause',
  statusNames = {},
}: {
  rows: ClauseRow[];
  firstLabel: string;
  secondLabel: string;
  caption?: string;
  statusNames?: Partial<Record<ClauseStatus, string>>;
}) {
  return (
    <div className="table-scroll">
      <table className="table clause-table" aria-label={caption}>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">{firstLabel}</th>
            <th scope="col">{secondLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.a?.blockId ?? ''}-${r.b?.blockId ?? ''}-${i}`} className={`clause-${r.status}`}>
              <td>
                <StatusBadge tone={TONES[r.status]}>
                  {statusNames[r.status] ?? statusLabel(r.status, firstLabel, secondLabel)}
                </StatusBadge>
                {r.reworded && <div className="muted small">and reworded</div>}
              </td>
              <td className="clause-text">
                {r.a ? (
                  <ClauseText number={r.a.number} words={r.words} side="a" text={r.a.text} />
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="clause-text">
                {r.b ? (
                  <ClauseText number={r.b.number} words={r.words} side="b" text={r.b.text} />
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">No differences.</p>}
    </div>
  );
}

/** A clause's text; for a reworded pair, the first side marks the words removed and the second the words added. */
function ClauseText({
  number,
  text,
  words,
  side,
}: {
  number?: string;
  text: string;
  words?: WordPart[];
  side: 'a' | 'b';
}) {
  return (
    <>
      {number && <span className="passage-number">{number} </span>}
      {words
        ? words.map((w, i) =>
            w.kind === 'same' ? (
              <span key={i}>{w.text}</span>
            ) : w.kind === 'removed' && side === 'a' ? (
              <del key={i}>{w.text}</del>
            ) : w.kind === 'added' && side === 'b' ? (
              <ins key={i}>{w.text}</ins>
            ) : null,
          )
        : text}
    </>
  );
}
