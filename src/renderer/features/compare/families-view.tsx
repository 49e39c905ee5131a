// Template families: policies that derive from the same template, and each member's local differences
// from the family's common text.
import { useMemo, useState } from 'react';
import {
  familyDrift,
  templateFamilies,
  type FamilyInput,
  type TemplateFamily,
} from '../../../core/compare/families';
import { POLICY_TYPE_LABELS } from '../../../core/vocabulary';
import { EmptyState, Spinner, StatusBadge } from '../../components/page';
import { useChunked } from './use-chunked';
import type { CompareViewProps } from './compare-page';
import { percent, settingPolicies } from './shared';
import { ClauseTable } from './clauses-view';

const groupFamilies = (inputs: FamilyInput[]) => templateFamilies(inputs);

export function FamiliesView({ policyType, data }: CompareViewProps) {
  const inputs = useMemo<FamilyInput[]>(
    () =>
      settingPolicies(data).flatMap((r) =>
        r.policy && r.version
          ? [{ id: r.policy.id, name: r.setting.name, document: r.version.document }]
          : [],
      ),
    [data],
  );
  // Grouping hundreds of policies takes a moment: draw the tab first, then group.
  const grouped = useChunked(
    useMemo(() => [inputs], [inputs]),
    groupFamilies,
  );
  const result = grouped.results?.[0];
  if (inputs.length < 2) {
    return (
      <EmptyState title="Nothing to group yet">
        <p>
          Template families appear once two or more settings have a{' '}
          {POLICY_TYPE_LABELS[policyType].toLowerCase()} policy.
        </p>
      </EmptyState>
    );
  }
  if (!result) return <Spinner label={`Grouping ${inputs.length} policies by template…`} />;
  return (
    <>
      <p className="lede">
        {result.families.length === 0
          ? 'No two policies share a template.'
          : `${result.families.length} template ${result.families.length === 1 ? 'family' : 'families'}: policies that share most of their wording, usually because they start from the same model or local-authority template.`}{' '}
        {result.unique.length > 0 &&
          `${result.unique.length} ${result.unique.length === 1 ? 'policy stands' : 'policies stand'} alone.`}
      </p>
      {result.families.map((f, i) => (
        <FamilyCard key={f.representativeId} family={f} index={i + 1} inputs={inputs} />
      ))}
      {result.unique.length > 0 && (
        <section className="card" aria-label="Policies with no family">
          <h2>Stand-alone policies</h2>
          <p>{result.unique.map((id) => inputs.find((x) => x.id === id)!.name).join(', ')}</p>
        </section>
      )}
    </>
  );
}

function FamilyCard({
  family,
  index,
  inputs,
}: {
  family: TemplateFamily;
  index: number;
  inputs: FamilyInput[];
}) {
  const [member, setMember] = useState<string | null>(null);
  const [showCommon, setShowCommon] = useState(false);
  const members = useMemo(
    () => family.members.map((m) => inputs.find((x) => x.id === m.id)!),
    [family, inputs],
  );
  const representative = members.find((m) => m.id === family.representativeId)!;
  // The common text is worked out once the family is opened (a family of 300 takes a moment).
  const drift = useMemo(
    () =>
      member || showCommon
        ? familyDrift(members, family.representativeId, { memberIds: member ? [member] : [] })
        : null,
    [members, family.representativeId, member, showCommon],
  );
  const title = `Family ${index}: ${family.members.length} policies`;
  return (
    <section className="card family-card" aria-label={title}>
      <h2>{title}</h2>
      <p className="muted">Most typical member: {representative.name}.</p>
      <table className="table" aria-label={`Members of family ${index}`}>
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Shared wording with {representative.name}</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {family.members.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.name}</th>
              <td>
                {m.id === family.representativeId ? (
                  <StatusBadge tone="blue">Representative</StatusBadge>
                ) : (
                  percent(m.resemblance * 100)
                )}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-expanded={member === m.id}
                  aria-label={`Show local differences of ${m.name}`}
                  onClick={() => setMember(member === m.id ? null : m.id)}
                >
                  {member === m.id ? 'Hide differences' : 'Local differences'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button
          type="button"
          className="button-link"
          aria-expanded={showCommon}
          onClick={() => setShowCommon(!showCommon)}
        >
          {showCommon ? `Hide the common text of family ${index}` : `Show the common text of family ${index}`}
        </button>
      </p>
      {drift && showCommon && (
        <div className="common-text" aria-label={`Common text of family ${index}`}>
          <p className="muted">
            {drift.common.blocks.length} clauses most members share (worked out from {drift.basedOn} members).
            “…” marks where members put their own words.
          </p>
          <ol>
            {drift.common.blocks.map((b) => (
              <li key={b.id} className={b.kind === 'heading' ? 'common-heading' : undefined}>
                {b.number ? `${b.number} ` : ''}
                {b.text}
              </li>
            ))}
          </ol>
        </div>
      )}
      {drift &&
        member &&
        drift.members.map((d) => (
          <div key={d.id} className="member-drift">
            <h3>Local differences of {d.name}</h3>
            <p className="muted">
              {percent(d.similarity * 100)} the same as the family’s common text: {d.counts.reworded} clauses
              reworded, {d.counts.only_b} added, {d.counts.only_a} left out
              {d.counts.moved > 0 ? `, ${d.counts.moved} moved` : ''}.
            </p>
            <ClauseTable
              rows={d.differences}
              firstLabel="Family’s common text"
              secondLabel={d.name}
              caption={`Local differences of ${d.name}`}
              statusNames={{ reworded: 'Reworded locally', only_a: 'Left out', only_b: 'Added locally' }}
            />
          </div>
        ))}
    </section>
  );
}
