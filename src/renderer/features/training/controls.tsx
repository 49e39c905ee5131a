// The controls the compliance views share: which setting, as of which date, and the expiring window.
// The setting and the date live in the address (?setting=…&asOf=…), so every tab shows the same view.
import { Fragment, useId, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate, type IsoDate } from '../../../core/dates';
import type { SettingId } from '../../../core/ids';
import type { Course } from '../../../core/model';
import type { Setting } from '../../../core/settings';
import { DateField, NameOptions } from '../../components/field';
import { Spinner } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { useStore } from '../../app/db-context';
import { CoursesEmpty } from './courses-tab';

/** What the training page gives each of its compliance tabs. */
export interface TrainingTabProps {
  courses: Course[];
  settings: Setting[];
  today: IsoDate;
  expiringDays: number;
}

export function useTrainingView(settings: readonly Setting[], today: IsoDate) {
  const [search, setSearch] = useSearchParams();
  const rawSetting = search.get('setting');
  const settingId = settings.some((s) => s.id === rawSetting) ? (rawSetting as SettingId) : null;
  const rawAsOf = search.get('asOf');
  const asOf = rawAsOf && isIsoDate(rawAsOf) ? rawAsOf : today;
  const active = useMemo(() => settings.filter((s) => !s.archived).map((s) => s.id), [settings]);
  const settingIds = useMemo(() => (settingId ? [settingId] : active), [settingId, active]);
  const update = (key: string, value: string | null) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  return {
    settingId,
    asOf,
    settingIds,
    setSetting: (id: SettingId | null) => update('setting', id),
    setAsOf: (d: IsoDate | null) => update('asOf', d && d !== today ? d : null),
  };
}

export type TrainingView = ReturnType<typeof useTrainingView>;

/** The setting, the date and the expiring window, at the top of the compliance and matrix views. */
export function ComplianceControls({
  settings,
  view,
  today,
  expiringDays,
}: {
  settings: readonly Setting[];
  view: TrainingView;
  today: IsoDate;
  expiringDays: number;
}) {
  return (
    <div className="training-controls">
      <SettingSelect settings={settings} value={view.settingId} onChange={view.setSetting} />
      <AsOfControls asOf={view.asOf} today={today} onAsOf={view.setAsOf} expiringDays={expiringDays} />
    </div>
  );
}

/**
 * What a compliance view shows until it has its figures: the empty catalogue (below its controls), why
 * they could not be worked out, or a spinner while they are. Null once they are `ready`.
 */
export function complianceWaiting({
  courses,
  error,
  ready,
  controls,
}: {
  courses: readonly Course[];
  error: string | null;
  ready: boolean;
  controls: ReactNode;
}): ReactNode {
  if (courses.filter((c) => !c.archived).length === 0) {
    return (
      <>
        {controls}
        <CoursesEmpty />
      </>
    );
  }
  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }
  if (!ready) {
    return (
      <>
        {controls}
        <Spinner label="Working out compliance…" />
      </>
    );
  }
  return null;
}

export function SettingSelect({
  settings,
  value,
  onChange,
  allLabel = 'All settings',
  label = 'Setting',
}: {
  settings: readonly Setting[];
  value: SettingId | null;
  onChange: (id: SettingId | null) => void;
  allLabel?: string | null;
  label?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as SettingId))}
      >
        {allLabel !== null && <option value="">{allLabel}</option>}
        {allLabel === null && value === null && <option value="">Choose a setting…</option>}
        <NameOptions items={settings.filter((s) => !s.archived || s.id === value)} />
      </select>
      <span className="field-hint">&nbsp;</span>
    </div>
  );
}

export function AsOfControls({
  asOf,
  today,
  onAsOf,
  expiringDays,
}: {
  asOf: IsoDate;
  today: IsoDate;
  onAsOf: (d: IsoDate | null) => void;
  expiringDays: number;
}) {
  const store = useStore();
  const toasts = useToasts();
  const [windowText, setWindowText] = useState(String(expiringDays));
  const [windowError, setWindowError] = useState<string | undefined>();
  const saveWindow = async () => {
    const n = Number(windowText);
    if (!Number.isInteger(n) || n < 0 || n > 365) {
      setWindowError('Enter a whole number of days from 0 to 365');
      return;
    }
    setWindowError(undefined);
    if (n === expiringDays) return;
    try {
      await store.config.save('trainingExpiringDays', n);
      toasts.show({ kind: 'success', message: `Training within ${n} days of expiry now shows as expiring` });
    } catch (error) {
      toasts.error(error, 'The expiring window was not saved');
    }
  };
  return (
    <>
      {/* Keyed by the date so "Today" resets the typed text. */}
      <Fragment key={asOf}>
        <DateField
          label="As of"
          value={asOf}
          onChange={(d) => onAsOf(d)}
          hint={asOf === today ? 'Today (dd/mm/yyyy)' : 'dd/mm/yyyy'}
        />
      </Fragment>
      {asOf !== today && (
        <button type="button" className="button" onClick={() => onAsOf(null)}>
          Back to today
        </button>
      )}
      <div className={windowError ? 'field field-invalid' : 'field'}>
        <label htmlFor="expiring-window">Expiring window (days)</label>
        <input
          id="expiring-window"
          type="number"
          min={0}
          max={365}
          value={windowText}
          aria-invalid={windowError ? true : undefined}
          aria-describedby={windowError ? 'expiring-window-error' : 'expiring-window-hint'}
          onChange={(e) => setWindowText(e.target.value)}
          onBlur={() => void saveWindow()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void saveWindow();
          }}
        />
        {windowError ? (
          <span id="expiring-window-error" className="field-error">
            {windowError}
          </span>
        ) : (
          <span id="expiring-window-hint" className="field-hint">
            The trust’s default; saved when changed
          </span>
        )}
      </div>
    </>
  );
}
