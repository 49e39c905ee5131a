// The governor report: from the trust's data and the user's choices to a report model. The app's
// preview, the .docx and the command line all come from this one function.
import { formatUkDate } from '../dates';
import { cleanName } from '../names';
import { TRUST_KIND_LABELS } from '../vocabulary';
import { assertNever } from '../assert';
import type { Setting } from '../settings';
import { analyseReportSteps, type AreaId } from './analysis';
import { plural } from './blocks';
import type { ReportData } from './input';
import type { ReportModel, ReportSection } from './model';
import { REPORT_SECTION_LABELS, REPORT_SECTIONS, type ReportOptions, type ReportSectionId } from './options';
import { settingStatuses } from './rag';
import { comparisonHighlights, comparisonSection } from './sections/comparison';
import { createContext, type Highlight, type SectionContext } from './sections/context';
import { leadHighlights, leadsSection } from './sections/leads';
import { methodSection } from './sections/method';
import { reviewHighlights, reviewsSection } from './sections/reviews';
import { summarySection } from './sections/summary';
import { trainingHighlights, trainingSection } from './sections/training';
import { visitHighlights, visitsSection } from './sections/visits';

export interface BuildProgress {
  step: string;
  done: number;
  total: number;
}

const AREAS: AreaId[] = ['reviews', 'leads', 'training', 'visits', 'comparison'];

/** The areas the report reports on: those whose sections it includes, or all of them when it has only the summary and method note. */
export function reportAreas(sections: readonly ReportSectionId[]): AreaId[] {
  const chosen = AREAS.filter((a) => sections.includes(a));
  return chosen.length > 0 ? chosen : AREAS;
}

export function reportTitle(data: Pick<ReportData, 'trust'>): string {
  return data.trust.kind === 'local_authority' ? 'Safeguarding report' : 'Safeguarding report to governors';
}

/**
 * The report a step at a time: yields progress before each step and returns the model, so a page can
 * repaint between steps (`buildGovernorReport` runs it straight through).
 */
export function* governorReportSteps(data: ReportData, options: ReportOptions): Generator<BuildProgress, ReportModel> {
  const sections = REPORT_SECTIONS.filter((s) => options.sections.includes(s));
  if (sections.length === 0) throw new Error('Choose at least one section for the report');
  const areas = reportAreas(sections);
  const total = areas.length + sections.length;
  let done = 0;
  const step = (name: string): BuildProgress => ({ step: name, done: done++, total });

  const analysing = analyseReportSteps(data, options, new Set(areas));
  let analysed = analysing.next();
  while (!analysed.done) {
    yield step(analysed.value);
    analysed = analysing.next();
  }
  const analysis = analysed.value;
  const statuses = settingStatuses(analysis, options.rag);
  const ctx = createContext(data, options, analysis, statuses);
  const highlights: Highlight[] = [
    ...(areas.includes('reviews') ? reviewHighlights(ctx) : []),
    ...(areas.includes('leads') ? leadHighlights(ctx) : []),
    ...(areas.includes('training') ? trainingHighlights(ctx) : []),
    ...(areas.includes('visits') ? visitHighlights(ctx) : []),
    ...(areas.includes('comparison') ? comparisonHighlights(ctx) : []),
  ];

  const built: ReportSection[] = [];
  for (const id of sections) {
    yield step(`Writing “${REPORT_SECTION_LABELS[id]}”…`);
    built.push(buildSection(id, ctx, areas, highlights));
  }
  return modelOf(data, options, analysis.settings, built);
}

export function buildGovernorReport(data: ReportData, options: ReportOptions, onProgress?: (p: BuildProgress) => void): ReportModel {
  const steps = governorReportSteps(data, options);
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return next.value;
    onProgress?.(next.value);
  }
}

function buildSection(id: ReportSectionId, ctx: SectionContext, areas: AreaId[], highlights: Highlight[]): ReportSection {
  switch (id) {
    case 'summary':
      return summarySection(ctx, areas, highlights);
    case 'reviews':
      return reviewsSection(ctx);
    case 'leads':
      return leadsSection(ctx);
    case 'training':
      return trainingSection(ctx);
    case 'comparison':
      return comparisonSection(ctx);
    case 'visits':
      return visitsSection(ctx);
    case 'method':
      return methodSection(ctx, areas);
    default:
      return assertNever(id, 'report section');
  }
}

function modelOf(data: ReportData, options: ReportOptions, settings: Setting[], sections: ReportSection[]): ReportModel {
  const single = options.scope.kind === 'setting' ? settings[0] : undefined;
  const subtitle = single
    ? single.name
    : options.scope.kind === 'trust'
      ? `${data.trust.name}: all ${plural(settings.length, 'setting')}`
      : `${data.trust.name}: ${plural(settings.length, 'setting')}`;
  const meta: ReportModel['meta'] = [];
  const meetingName = cleanName(options.meeting.name);
  if (meetingName) meta.push({ label: 'Meeting', value: meetingName });
  if (options.meeting.date) meta.push({ label: 'Meeting date', value: formatUkDate(options.meeting.date) });
  meta.push({ label: single ? 'Setting of' : TRUST_KIND_LABELS[data.trust.kind], value: data.trust.name });
  meta.push({ label: 'Data as of', value: formatUkDate(options.asOf) });
  if (cleanName(options.author)) meta.push({ label: 'Prepared by', value: cleanName(options.author) });
  meta.push({ label: 'Staff shown as', value: options.staff === 'names' ? 'Names (personal data: handle with care)' : 'Counts (no names)' });
  const marking = cleanName(options.confidentiality ?? '');
  return {
    title: reportTitle(data),
    subtitle,
    organisation: data.trust.name,
    meta,
    confidentiality: marking || null,
    asOf: options.asOf,
    contents: true,
    sections,
  };
}
