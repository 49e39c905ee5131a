// Reports: choose what the governors' report covers, preview it (the very model the Word document is
// written from) and export it as .docx. A setting's page links here with that setting chosen.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingId } from '../../../core/ids';
import type { ReportModel } from '../../../core/report/model';
import { sortSettings } from '../../../core/settings';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { PageHeader, Spinner } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { buildReport, reportSuggestedName, toReportOptions, type Progress } from './build-report';
import { loadPreferences, savePreferences } from './preferences';
import { ReportForm, type FormErrors, type ReportFormState } from './report-form';
import { ReportPreview } from './report-preview';
import { saveReportDocx } from './save-report';
import './reports.css';

export default function ReportsPage() {
  const store = useStore();
  const today = useToday();
  const toasts = useToasts();
  const [params] = useSearchParams();
  const settings = useLiveQuery(
    async () => sortSettings(await store.settings.list()).filter((s) => !s.archived),
    [store],
  );
  const [state, setState] = useState<ReportFormState | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [model, setModel] = useState<ReportModel | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  // The form starts from the last report's choices; a setting named in the address is the scope.
  const wanted = params.get('setting') as SettingId | null;
  useEffect(() => {
    let live = true;
    void loadPreferences(store.db).then((prefs) => {
      if (!live) return;
      setState({
        scopeKind: wanted ? 'setting' : 'trust',
        chosen: [],
        single: wanted ?? '',
        meetingName: prefs.meetingName,
        meetingDate: null,
        asOf: today,
        sections: prefs.sections,
        staff: 'counts',
        confidentiality: prefs.confidentiality,
        author: prefs.author,
      });
      setModel(null);
    });
    return () => {
      live = false;
    };
    // `today` only seeds the form: a new day must not reset what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, wanted]);

  if (!settings || !state) return <Spinner label="Loading…" />;
  const busy = progress !== null;
  const single = state.scopeKind === 'setting' ? settings.find((s) => s.id === state.single) : undefined;

  async function make(): Promise<{ model: ReportModel; name: string } | null> {
    const checked = toReportOptions(state!);
    setErrors(checked.errors);
    if (!checked.options) return null;
    const built = await buildReport(store.db, checked.options, setProgress);
    setModel(built);
    return { model: built, name: reportSuggestedName(built, checked.options) };
  }

  async function preview() {
    try {
      await make();
    } catch (error) {
      toasts.error(error, 'The report could not be built');
    } finally {
      setProgress(null);
    }
  }

  async function exportReport() {
    try {
      const made = await make();
      if (!made) return;
      setProgress({ label: 'Writing the Word document…', done: 0, total: 1 });
      const result = await saveReportDocx(made.model, {
        suggestedName: made.name,
        onProgress: (p) => setProgress({ label: p.message, done: p.done, total: p.total }),
      });
      await savePreferences(store.db, {
        meetingName: state!.meetingName.trim(),
        sections: state!.sections,
        confidentiality: state!.confidentiality.trim(),
        author: state!.author.trim(),
      });
      if (result.saved)
        toasts.show({
          kind: 'success',
          message: result.path ? `Report saved to ${result.path}` : `Report saved as “${made.name}”`,
        });
    } catch (error) {
      toasts.error(error, 'The report could not be exported');
    } finally {
      setProgress(null);
    }
  }

  return (
    <>
      <PageHeader
        title={single ? `Report for ${single.name}` : 'Reports'}
        description="A governor report as a Word document, built from the records as of the date you choose. Preview it here; the document holds exactly what the preview shows."
        actions={
          <>
            <button type="button" className="button" onClick={() => void preview()} disabled={busy}>
              Preview report
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void exportReport()}
              disabled={busy}
            >
              Export report
            </button>
          </>
        }
      />
      {settings.length === 0 ? (
        <p className="notice notice-amber">
          Add your settings first: a report covers the settings of the trust.
        </p>
      ) : (
        <section className="card" aria-label="Report options">
          <ReportForm
            state={state}
            onChange={(next) => {
              setState(next);
              setModel(null);
            }}
            settings={settings}
            errors={errors}
          />
        </section>
      )}
      {progress && (
        <div className="report-progress card" role="status" aria-live="polite">
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Report progress" />
          <span>{progress.label}</span>
        </div>
      )}
      {model ? (
        <ReportPreview model={model} />
      ) : (
        !busy && (
          <p className="muted report-empty">
            Choose what the report covers, then <strong>Preview report</strong> to read it here or{' '}
            <strong>Export report</strong> to save it as a Word document.
          </p>
        )
      )}
    </>
  );
}
