// The "Training" section of a setting's page: how its staff's training stands today, per course, with
// links to the full view. Loads only this setting's staff and their completions.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingId } from '../../../core/ids';
import { computeCompliance } from '../../../core/training/compliance';
import { useToday } from '../../app/today';
import { Spinner } from '../../components/page';
import { Percent, plural } from './format';
import { useExpiringDays, useTrainingRepos } from './use-training';
import './training.css';

export function SettingTrainingSection({ settingId }: { settingId: SettingId }) {
  const { training } = useTrainingRepos();
  const today = useToday();
  const expiringDays = useExpiringDays();
  const data = useLiveQuery(() => training.loadSettingData(settingId), [training, settingId]);
  const scope = useMemo(() => [settingId], [settingId]);
  const result = useMemo(
    () =>
      data && expiringDays !== undefined
        ? computeCompliance(data, { asOf: today, expiringDays, settingIds: scope })
        : undefined,
    [data, today, expiringDays, scope],
  );
  const figures = result?.settings.find((s) => s.settingId === settingId);
  return (
    <section className="card" aria-labelledby="setting-training-heading">
      <div className="card-header">
        <h2 id="setting-training-heading">Training</h2>
        <div className="button-row">
          <Link className="button button-small" to={`/training?setting=${settingId}`}>
            Training compliance
          </Link>
          <Link className="button button-small" to={`/training/staff?setting=${settingId}`}>
            Staff list
          </Link>
        </div>
      </div>
      {!result ? (
        <Spinner label="Loading training…" />
      ) : result.courses.length === 0 ? (
        <p className="muted">
          No training courses yet. <Link to="/training/courses">Set up the course catalogue</Link>.
        </p>
      ) : !figures ? (
        <p className="muted">
          No staff recorded for this setting.{' '}
          <Link to={`/training/staff?setting=${settingId}`}>Add or import its staff list</Link>.
        </p>
      ) : (
        <>
          <dl className="summary-figures">
            <div>
              <dt>Compliant today</dt>
              <dd>
                <Percent value={figures.percentCompliant} label="This setting" />
              </dd>
            </div>
            <div>
              <dt>Staff and governors</dt>
              <dd>{figures.people}</dd>
            </div>
            <div>
              <dt>Fully up to date</dt>
              <dd>{plural(figures.peopleFullyCompliant, 'person', 'people')}</dd>
            </div>
            <div>
              <dt>Expired or missing</dt>
              <dd>{figures.counts.expired + figures.counts.missing}</dd>
            </div>
            <div>
              <dt>Expiring within {result.expiringDays} days</dt>
              <dd>{figures.counts.expiring}</dd>
            </div>
          </dl>
          <table className="table" aria-label="Training by course">
            <thead>
              <tr>
                <th scope="col">Course</th>
                <th scope="col" className="num">
                  Needed by
                </th>
                <th scope="col">Compliant</th>
              </tr>
            </thead>
            <tbody>
              {result.courses.map((c, i) => {
                const f = figures.courses[i]!;
                if (f.required === 0) return null;
                return (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    <td className="num">{f.required}</td>
                    <td>
                      <Percent value={f.percentCompliant} label={c.name} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
