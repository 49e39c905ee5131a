// Every version of a policy, newest import first, with the dates each document gives.
import { Link } from 'react-router';
import { formatUkDate } from '../../../core/dates';
import { effectiveFacts } from '../../../core/policies/effective';
import { documentDate } from '../../../core/policies/versions';
import type { Policy } from '../../../core/model';
import { nowIso } from '../../../data/db';
import type { PolicyVersionRecord } from '../../../data/records';
import { useStore } from '../../app/db-context';
import { StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';

export function VersionsView({
  policy,
  versions,
  selected,
}: {
  policy: Policy;
  versions: PolicyVersionRecord[];
  selected: string;
}) {
  const store = useStore();
  const toasts = useToasts();
  return (
    <table className="table" aria-label="Version history">
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Document date</th>
          <th scope="col">Next review</th>
          <th scope="col">Imported</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => {
          const facts = effectiveFacts(v.extraction, v.corrections);
          const current = v.id === policy.currentVersionId;
          return (
            <tr key={v.id} aria-current={v.id === selected ? 'true' : undefined}>
              <th scope="row">
                <Link to={`?view=review&version=${v.id}`}>{v.fileName}</Link>
              </th>
              <td>{formatUkDate(documentDate(facts))}</td>
              <td>{formatUkDate(facts.dates.nextReview)}</td>
              <td>{formatUkDate(v.importedAt.slice(0, 10))}</td>
              <td>
                {current ? (
                  <StatusBadge tone="green">Current</StatusBadge>
                ) : (
                  <StatusBadge tone="grey">Earlier</StatusBadge>
                )}
              </td>
              <td className="row-actions">
                {!current && (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Make ${v.fileName} the current version`}
                    onClick={() =>
                      void store.policies
                        .setCurrentVersion(policy.id, v.id, nowIso())
                        .then(() =>
                          toasts.show({
                            kind: 'success',
                            message: `${v.fileName} is now the current version`,
                          }),
                        )
                        .catch((error: unknown) => toasts.error(error))
                    }
                  >
                    Make current
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
