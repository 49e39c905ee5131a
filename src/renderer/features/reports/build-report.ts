// From the form to a report model: check the choices, read the records (with progress), build the model
// in core. Reading is the slow part at local-authority scale; the model itself takes moments.
import type { ReportModel } from '../../../core/report/model';
import { reportFileName } from '../../../core/report/file-name';
import { governorReportSteps } from '../../../core/report/governor';
import {
  DEFAULT_RAG_THRESHOLDS,
  validateReportOptions,
  type ReportOptions,
  type ReportScope,
} from '../../../core/report/options';
import type { OversightDb } from '../../../data/db';
import { loadReportData } from '../../../data/report-source';
import type { FormErrors, ReportFormState } from './report-form';

export interface Progress {
  label: string;
  done: number;
  total: number;
}

/** Lets the page paint progress between steps. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Times a step as a performance measure the benchmarks read ("oversight:report-read"…), visible in DevTools too. */
export async function timed<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`oversight:report-${name}`, { start, end: performance.now() });
  }
}

export function toReportOptions(state: ReportFormState): {
  options: ReportOptions | null;
  errors: FormErrors;
} {
  const errors: FormErrors = {};
  if (!state.asOf) errors.asOf = 'Enter the "as of" date as dd/mm/yyyy';
  let scope: ReportScope = { kind: 'trust' };
  if (state.scopeKind === 'setting') {
    if (!state.single) errors.scope = 'Choose the setting the report is for';
    else scope = { kind: 'setting', settingId: state.single };
  } else if (state.scopeKind === 'settings') {
    if (state.chosen.length === 0) errors.scope = 'Choose at least one setting';
    scope = { kind: 'settings', settingIds: state.chosen };
  }
  if (!state.asOf) return { options: null, errors };
  const options: ReportOptions = {
    scope,
    meeting: { name: state.meetingName.trim(), date: state.meetingDate },
    asOf: state.asOf,
    sections: state.sections,
    staff: state.staff,
    confidentiality: state.confidentiality.trim() || null,
    author: state.author.trim(),
    rag: { ...DEFAULT_RAG_THRESHOLDS },
  };
  Object.assign(errors, validateReportOptions(options));
  return { options: Object.values(errors).some(Boolean) ? null : options, errors };
}

export async function buildReport(
  db: OversightDb,
  options: ReportOptions,
  onProgress: (p: Progress) => void,
): Promise<ReportModel> {
  onProgress({ label: 'Reading the records…', done: 0, total: 10 });
  await paint();
  const data = await timed('read', () =>
    loadReportData(db, {
      sections: options.sections,
      onProgress: (label) => onProgress({ label, done: 1, total: 10 }),
    }),
  );
  onProgress({ label: 'Working out the figures…', done: 2, total: 10 });
  await paint();
  // A step at a time, letting the page repaint its progress between steps.
  return timed('model', async () => {
    const steps = governorReportSteps(data, options);
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) return next.value;
      onProgress({
        label: next.value.step,
        done: 2 + Math.round((next.value.done / next.value.total) * 8),
        total: 10,
      });
      await paint();
    }
  });
}

export function reportSuggestedName(model: ReportModel, options: ReportOptions): string {
  const what = options.scope.kind === 'setting' ? model.subtitle : options.meeting.name;
  return reportFileName([model.title, what], options.meeting.date ?? options.asOf);
}
