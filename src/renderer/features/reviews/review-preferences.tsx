// Preferences for reviews and named leads: the trust standard cadence per policy type, the due-soon
// window, where the next due date counts from after a review, the roles each phase requires, and the
// DSL limit. Saved together in one transaction.
import { useEffect, useState, type FormEvent } from 'react';
import type { AppConfig, NextDueBasis } from '../../../core/config';
import {
  PHASE_LABELS,
  PHASES,
  POLICY_TYPE_LABELS,
  POLICY_TYPES,
  ROLE_LABELS,
  ROLES,
  type Phase,
  type PolicyType,
  type RoleId,
} from '../../../core/vocabulary';
import { defaultConfig } from '../../../data/defaults';
import { useStore } from '../../app/db-context';
import { TextField } from '../../components/field';
import { Spinner } from '../../components/page';
import { useToasts } from '../../components/toasts';
import './reviews.css';

type Keys = 'standardCadenceMonths' | 'dueSoonDays' | 'nextDueBasis' | 'requiredRoles' | 'dslSettingsLimit';
type Values = Pick<AppConfig, Keys>;
type Texts = { cadence: Record<PolicyType, string>; dueSoonDays: string; dslSettingsLimit: string };
type Errors = Partial<Record<PolicyType | 'dueSoonDays' | 'dslSettingsLimit', string>>;

const KEYS: Keys[] = [
  'standardCadenceMonths',
  'dueSoonDays',
  'nextDueBasis',
  'requiredRoles',
  'dslSettingsLimit',
];
/** The roles offered as requirements: the lead roles of DOMAIN.md. */
const REQUIRABLE: RoleId[] = ROLES.filter((r) =>
  [
    'dsl',
    'deputy_dsl',
    'safeguarding_governor',
    'headteacher',
    'dpo',
    'online_safety_lead',
    'chair_of_governors',
    'filtering_monitoring_lead',
  ].includes(r),
);

function pick(config: AppConfig): Values {
  return {
    standardCadenceMonths: config.standardCadenceMonths,
    dueSoonDays: config.dueSoonDays,
    nextDueBasis: config.nextDueBasis,
    requiredRoles: config.requiredRoles,
    dslSettingsLimit: config.dslSettingsLimit,
  };
}

function texts(v: Values): Texts {
  return {
    cadence: Object.fromEntries(POLICY_TYPES.map((t) => [t, String(v.standardCadenceMonths[t])])) as Record<
      PolicyType,
      string
    >,
    dueSoonDays: String(v.dueSoonDays),
    dslSettingsLimit: String(v.dslSettingsLimit),
  };
}

function whole(text: string, min: number, max: number): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

export function ReviewPreferences() {
  const store = useStore();
  const [loaded, setLoaded] = useState<Values | null>(null);
  useEffect(() => {
    let live = true;
    void store.config.load().then((c) => live && setLoaded(pick(c)));
    return () => {
      live = false;
    };
  }, [store]);
  if (!loaded) return <Spinner label="Loading review preferences…" />;
  return <ReviewPreferencesForm initial={loaded} onSaved={setLoaded} />;
}

function ReviewPreferencesForm({ initial, onSaved }: { initial: Values; onSaved: (v: Values) => void }) {
  const store = useStore();
  const toasts = useToasts();
  const [text, setText] = useState<Texts>(() => texts(initial));
  const [basis, setBasis] = useState<NextDueBasis>(initial.nextDueBasis);
  const [required, setRequired] = useState<Record<Phase, RoleId[]>>(initial.requiredRoles);
  const [errors, setErrors] = useState<Errors>({});

  const apply = (v: Values) => {
    setText(texts(v));
    setBasis(v.nextDueBasis);
    setRequired(v.requiredRoles);
    setErrors({});
  };

  const save = async (values: Values, message: string) => {
    try {
      await store.db.transaction('rw', store.db.config, async () => {
        for (const key of KEYS) await store.config.save(key, values[key]);
      });
      onSaved(values);
      apply(values);
      toasts.show({ kind: 'success', message });
    } catch (error) {
      toasts.error(error, 'The review and leads preferences were not saved');
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Errors = {};
    const cadence = {} as Record<PolicyType, number>;
    for (const t of POLICY_TYPES) {
      const n = whole(text.cadence[t], 1, 120);
      if (n === null) found[t] = 'Enter a whole number of months from 1 to 120';
      else cadence[t] = n;
    }
    const dueSoonDays = whole(text.dueSoonDays, 0, 365);
    if (dueSoonDays === null) found.dueSoonDays = 'Enter a whole number of days from 0 to 365';
    const dslSettingsLimit = whole(text.dslSettingsLimit, 1, 600);
    if (dslSettingsLimit === null) found.dslSettingsLimit = 'Enter a whole number from 1 upwards';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    void save(
      {
        standardCadenceMonths: cadence,
        dueSoonDays: dueSoonDays!,
        nextDueBasis: basis,
        requiredRoles: required,
        dslSettingsLimit: dslSettingsLimit!,
      },
      'Review and leads preferences saved',
    );
  };

  const toggle = (phase: Phase, role: RoleId, on: boolean) =>
    setRequired((r) => ({
      ...r,
      [phase]: on ? [...new Set([...(r[phase] ?? []), role])] : (r[phase] ?? []).filter((x) => x !== role),
    }));

  return (
    <section className="card" aria-labelledby="review-prefs-heading">
      <h2 id="review-prefs-heading">Reviews and named leads</h2>
      <form className="form-grid" noValidate onSubmit={submit}>
        <fieldset className="field">
          <legend>Trust standard review cadence, in months, per policy type</legend>
          <p className="field-hint">
            A policy that states no cadence is due this long after its approval; one that states a longer
            cadence is reported as an exception.
          </p>
          <div className="pref-grid">
            {POLICY_TYPES.map((t) => (
              <TextField
                key={t}
                label={`${POLICY_TYPE_LABELS[t]} (months)`}
                inputMode="numeric"
                value={text.cadence[t]}
                error={errors[t]}
                onChange={(e) => setText((x) => ({ ...x, cadence: { ...x.cadence, [t]: e.target.value } }))}
              />
            ))}
          </div>
        </fieldset>
        <div className="pref-grid">
          <TextField
            label="Due soon window (days)"
            inputMode="numeric"
            value={text.dueSoonDays}
            error={errors.dueSoonDays}
            hint="A review due within this many days shows as due soon."
            onChange={(e) => setText((x) => ({ ...x, dueSoonDays: e.target.value }))}
          />
          <TextField
            label="DSL limit (settings per person)"
            inputMode="numeric"
            value={text.dslSettingsLimit}
            error={errors.dslSettingsLimit}
            hint="Someone named DSL in more settings than this is flagged."
            onChange={(e) => setText((x) => ({ ...x, dslSettingsLimit: e.target.value }))}
          />
        </div>
        <fieldset className="field">
          <legend>After a review, the next due date counts from</legend>
          <label className="radio">
            <input
              type="radio"
              name="next-due-basis"
              checked={basis === 'approval'}
              onChange={() => setBasis('approval')}
            />
            The approval date (a review approved in March is next due in March)
          </label>
          <label className="radio">
            <input
              type="radio"
              name="next-due-basis"
              checked={basis === 'due_date'}
              onChange={() => setBasis('due_date')}
            />
            The date it was due (keeps the policy on its yearly cycle however early or late it was reviewed)
          </label>
        </fieldset>
        <fieldset className="field">
          <legend>Roles each phase must have filled</legend>
          <p className="field-hint">A setting with no current holder of a required role shows a vacancy.</p>
          <div className="table-scroll">
            <table className="roles-grid">
              <thead>
                <tr>
                  <th scope="col">Phase</th>
                  {REQUIRABLE.map((r) => (
                    <th key={r} scope="col">
                      {ROLE_LABELS[r]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {PHASES.map((p) => (
                  <tr key={p}>
                    <th scope="row">{PHASE_LABELS[p]}</th>
                    {REQUIRABLE.map((r) => (
                      <td key={r}>
                        <input
                          type="checkbox"
                          aria-label={`${PHASE_LABELS[p]} settings need a ${ROLE_LABELS[r]}`}
                          checked={(required[p] ?? []).includes(r)}
                          onChange={(e) => toggle(p, r, e.target.checked)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            Save review and leads preferences
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void save(pick(defaultConfig()), 'Review and leads preferences reset to the defaults')
            }
          >
            Reset review and leads preferences to the defaults
          </button>
        </div>
      </form>
    </section>
  );
}
