// Compliance as of any date: per setting and per course percentages, and the exceptions list.
import { useEffect, useState } from 'react';
import { formatUkDate } from '../../../core/dates';
import type { SettingId } from '../../../core/ids';
import type { Setting } from '../../../core/settings';
import type { ComplianceFigures, ComplianceResult } from '../../../core/training/compliance';
import { Spinner } from '../../components/page';
import { mark } from '../../app/perf';
import { ComplianceControls, complianceWaiting, useTrainingView, type TrainingTabProps } from './controls';
import { Percent } from './format';
import { useComplianceQuery } from './compliance-client';
import { CoursesEmpty } from './courses-tab';
import { ExceptionsList } from './exceptions-list';

export function ComplianceTab({ courses, settings, today, expiringDays }: TrainingTabProps) {
  const view = useTrainingView(settings, today);
  const { result, error, stale } = useComplianceQuery({
    asOf: view.asOf,
    expiringDays,
    settingIds: view.settingIds,
    view: 'summary',
  });
  useEffect(() => {
    if (result && !stale) mark('training-summary-rendered');
  }, [result, stale]);
  const names = new Map(settings.map((s) => [s.id, s.name]));
  const chosen = view.settingId ? settings.find((s) => s.id === view.settingId) : undefined;
  const controls = (
    <ComplianceControls settings={settings} view={view} today={today} expiringDays={expiringDays} />
  );
  const waiting = complianceWaiting({ courses, error, ready: result !== null, controls });
  if (waiting || !result) return waiting;
  const counts = result.overall.counts;
  return (
    <>
      {controls}
      {stale && <Spinner label="Updating…" />}
      {result.courses.length === 0 ? (
        <CoursesEmpty />
      ) : (
        <>
          <section className="card" aria-labelledby="summary-heading">
            <h2 id="summary-heading">
              {chosen ? chosen.name : 'All settings'} on {formatUkDate(view.asOf)}
            </h2>
            <dl className="summary-figures">
              <div>
                <dt>Compliant</dt>
                <dd>
                  <Percent
                    value={result.overall.percentCompliant}
                    label={chosen ? chosen.name : 'All settings'}
                  />
                </dd>
              </div>
              <div>
                <dt>Staff and governors</dt>
                <dd>{result.people.toLocaleString('en-GB')}</dd>
              </div>
              <div>
                <dt>Expired</dt>
                <dd>{counts.expired.toLocaleString('en-GB')}</dd>
              </div>
              <div>
                <dt>Missing</dt>
                <dd>{counts.missing.toLocaleString('en-GB')}</dd>
              </div>
              <div>
                <dt>Expiring within {expiringDays} days</dt>
                <dd>{counts.expiring.toLocaleString('en-GB')}</dd>
              </div>
            </dl>
            <p className="muted">
              Compliant: each course each person needs, valid or expiring, out of all the courses they need. A
              person in two settings counts in both.
            </p>
          </section>
          <div className="training-grid">
            {!chosen && <SettingsTable result={result} settings={settings} onChoose={view.setSetting} />}
            <CoursesTable
              result={result}
              figures={
                chosen
                  ? result.settings.find((s) => s.settingId === chosen.id)?.courses
                  : result.courseFigures
              }
            />
          </div>
          <ExceptionsList result={result} names={names} settingName={chosen?.name ?? 'all-settings'} />
        </>
      )}
    </>
  );
}

function Counts({ f }: { f: ComplianceFigures }) {
  return (
    <>
      <td className="num">{f.counts.valid.toLocaleString('en-GB')}</td>
      <td className="num">{f.counts.expiring.toLocaleString('en-GB')}</td>
      <td className="num">{f.counts.expired.toLocaleString('en-GB')}</td>
      <td className="num">{f.counts.missing.toLocaleString('en-GB')}</td>
    </>
  );
}

const COUNT_HEADERS = (
  <>
    <th scope="col" className="num">
      Valid
    </th>
    <th scope="col" className="num">
      Expiring
    </th>
    <th scope="col" className="num">
      Expired
    </th>
    <th scope="col" className="num">
      Missing
    </th>
  </>
);

function SettingsTable({
  result,
  settings,
  onChoose,
}: {
  result: ComplianceResult;
  settings: Setting[];
  onChoose: (id: SettingId) => void;
}) {
  const bySetting = new Map(result.settings.map((s) => [s.settingId, s]));
  const [order, setOrder] = useState<'name' | 'percent'>('name');
  const rows = settings.filter((s) => !s.archived).map((s) => ({ setting: s, figures: bySetting.get(s.id) }));
  if (order === 'percent')
    rows.sort((a, b) => (a.figures?.percentCompliant ?? 101) - (b.figures?.percentCompliant ?? 101));
  return (
    <section className="card" aria-labelledby="by-setting-heading">
      <div className="card-header">
        <h2 id="by-setting-heading">By setting</h2>
        <label className="inline-field">
          <span>Order</span>
          <select value={order} onChange={(e) => setOrder(e.target.value as 'name' | 'percent')}>
            <option value="name">By name</option>
            <option value="percent">Lowest compliance first</option>
          </select>
        </label>
      </div>
      <div className="scroll-table">
        <table className="table" aria-label="Compliance by setting">
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col" className="num">
                Staff
              </th>
              {COUNT_HEADERS}
              <th scope="col">Compliant</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ setting, figures }) => (
              <tr key={setting.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => onChoose(setting.id)}
                    aria-label={`Show ${setting.name}`}
                  >
                    {setting.name}
                  </button>
                </th>
                <td className="num">{figures?.people ?? 0}</td>
                {figures ? (
                  <Counts f={figures} />
                ) : (
                  <td colSpan={4} className="muted">
                    No staff recorded
                  </td>
                )}
                <td>
                  <Percent value={figures?.percentCompliant ?? null} label={setting.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function CoursesTable({
  result,
  figures,
}: {
  result: ComplianceResult;
  figures: ComplianceResult['courseFigures'] | undefined;
}) {
  const byCourse = new Map((figures ?? []).map((f) => [f.courseId, f]));
  return (
    <section className="card" aria-labelledby="by-course-heading">
      <h2 id="by-course-heading">By course</h2>
      <table className="table" aria-label="Compliance by course">
        <thead>
          <tr>
            <th scope="col">Course</th>
            {COUNT_HEADERS}
            <th scope="col">Compliant</th>
          </tr>
        </thead>
        <tbody>
          {result.courses.map((c) => {
            const f = byCourse.get(c.id);
            return (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                {f ? (
                  <Counts f={f} />
                ) : (
                  <td colSpan={4} className="muted">
                    Nobody needs it
                  </td>
                )}
                <td>
                  <Percent value={f?.percentCompliant ?? null} label={c.name} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
