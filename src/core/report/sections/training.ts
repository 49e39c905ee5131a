// Training: compliance per setting and per course (the training feature's own figures), lapsed training
// and training lapsing before the meeting. A landscape section: one column per course.
import { formatUkDate, type IsoDate } from '../../dates';
import type { CourseId, SettingId } from '../../ids';
import type { ComplianceResult } from '../../training/compliance';
import { TRAINING_STATUS_LABELS, type TrainingStatus } from '../../training/status';
import { barChart, column, figures, heading, numberCell, paragraph, plural, statusCell, table, textCell } from '../blocks';
import type { ReportBlock, ReportCell, ReportSection, ReportTone } from '../model';
import type { RagThresholds } from '../options';
import { formatPercent } from '../rag';
import { meetingWindowWords, someNames, type Highlight, type SectionContext } from './context';

/** Above this many settings a chart of one bar per setting is unreadable: show how many settings fall in each band instead. */
export const CHART_SETTINGS_LIMIT = 30;

const STATUS_TONES: Record<TrainingStatus, ReportTone> = { valid: 'green', expiring: 'amber', expired: 'red', missing: 'red' };

export function complianceTone(percent: number | null, t: RagThresholds): ReportTone {
  if (percent === null) return 'grey';
  return percent < t.trainingRedBelow ? 'red' : percent < t.trainingAmberBelow ? 'amber' : 'green';
}

function percentCell(percent: number | null, t: RagThresholds): ReportCell {
  if (percent === null) return { text: '—' };
  return { text: formatPercent(percent), value: percent, tone: complianceTone(percent, t) };
}

export interface Lapsing {
  settingId: SettingId;
  courseId: CourseId;
  personId: string;
  name: string;
  status: TrainingStatus;
  expiresOn: IsoDate | null;
}

/**
 * Training in date now that lapses by the meeting (or, without a meeting date, training the training
 * rules already call "expiring"), one entry per member of staff in each setting.
 */
export function lapsingBeforeMeeting(result: ComplianceResult, lookAhead: IsoDate | null): Lapsing[] {
  const out: Lapsing[] = [];
  for (const row of result.rows) {
    row.cells.forEach((cell, i) => {
      if (!cell || (cell.status !== 'valid' && cell.status !== 'expiring')) return;
      const lapses = lookAhead ? cell.expiresOn !== null && cell.expiresOn <= lookAhead : cell.status === 'expiring';
      if (lapses) out.push({ settingId: row.settingId, courseId: result.courses[i]!.id, personId: row.personId, name: row.name, status: cell.status, expiresOn: cell.expiresOn });
    });
  }
  return out.sort((a, b) => (a.expiresOn ?? '').localeCompare(b.expiresOn ?? '') || a.name.localeCompare(b.name, 'en-GB'));
}

/** Lapsed (expired) and never done (missing), one entry per member of staff in each setting. */
export function lapsed(result: ComplianceResult): Lapsing[] {
  const out: Lapsing[] = [];
  for (const row of result.rows) {
    row.cells.forEach((cell, i) => {
      if (cell && (cell.status === 'expired' || cell.status === 'missing')) {
        out.push({ settingId: row.settingId, courseId: result.courses[i]!.id, personId: row.personId, name: row.name, status: cell.status, expiresOn: cell.expiresOn });
      }
    });
  }
  return out;
}

function complianceChart(ctx: SectionContext, result: ComplianceResult): ReportBlock {
  const t = ctx.options.rag;
  const settings = ctx.analysis.settings.map((s) => ({ name: s.name, figures: result.settings.find((x) => x.settingId === s.id) })).filter((s) => s.figures && s.figures.percentCompliant !== null);
  if (settings.length <= CHART_SETTINGS_LIMIT) {
    const values = settings.map((s) => s.figures!.percentCompliant!);
    return barChart({
      id: 'chart-training-compliance',
      title: 'Training compliance per setting',
      categories: settings.map((s) => s.name),
      series: [{ label: 'Compliant', tone: 'green', values, tones: values.map((v) => complianceTone(v, t)) }],
      max: 100,
      unit: '%',
      description: `Training compliance per setting: ${settings.map((s) => `${s.name} ${formatPercent(s.figures!.percentCompliant!)}`).join(', ')}.`,
    });
  }
  const bands = [
    { label: `${t.trainingAmberBelow}% or more`, tone: 'green' as const, test: (v: number) => v >= t.trainingAmberBelow },
    { label: `${t.trainingRedBelow}% to under ${t.trainingAmberBelow}%`, tone: 'amber' as const, test: (v: number) => v >= t.trainingRedBelow && v < t.trainingAmberBelow },
    { label: `Under ${t.trainingRedBelow}%`, tone: 'red' as const, test: (v: number) => v < t.trainingRedBelow },
  ];
  const counts = bands.map((b) => settings.filter((s) => b.test(s.figures!.percentCompliant!)).length);
  return barChart({
    id: 'chart-training-compliance',
    title: 'Settings by training compliance',
    categories: bands.map((b) => b.label),
    series: [{ label: 'Settings', tone: 'blue', values: counts, tones: bands.map((b) => b.tone) }],
    max: Math.max(1, ...counts),
    unit: '',
    description: `Of ${settings.length} settings with training records: ${bands.map((b, i) => `${counts[i]} at ${b.label}`).join(', ')}.`,
  });
}

export function trainingSection(ctx: SectionContext): ReportSection {
  const result = ctx.analysis.training;
  const blocks: ReportBlock[] = [];
  if (!result) return { id: 'training', title: 'Training', orientation: 'landscape', blocks };
  const t = ctx.options.rag;
  const window = meetingWindowWords(ctx.analysis);
  const courseName = new Map(result.courses.map((c) => [c.id, c.name]));
  const lapsedList = lapsed(result);
  const lapsing = lapsingBeforeMeeting(result, ctx.analysis.lookAhead);
  const o = result.overall;

  blocks.push(
    paragraph(
      `Each member of staff and governor in post on ${formatUkDate(result.asOf)} is counted against every course their role requires. ` +
        `Compliance is the share of those required courses that are in date (training in its last ${plural(result.expiringDays, 'day')} still counts). ` +
        (ctx.names ? '' : 'Staff are counted, not named.'),
    ),
    figures('training-figures', [
      { label: 'Compliance across the scope', value: o.percentCompliant ?? 0, text: o.percentCompliant === null ? '—' : formatPercent(o.percentCompliant), tone: complianceTone(o.percentCompliant, t), word: complianceWord(o.percentCompliant, t) },
      { label: 'Lapsed', value: o.counts.expired, text: String(o.counts.expired), tone: o.counts.expired ? 'red' : 'green', word: o.counts.expired ? 'Retrain' : 'None' },
      { label: 'Never done', value: o.counts.missing, text: String(o.counts.missing), tone: o.counts.missing ? 'red' : 'green', word: o.counts.missing ? 'Book training' : 'None' },
      { label: `Lapsing ${window}`, value: lapsing.length, text: String(lapsing.length), tone: lapsing.length ? 'amber' : 'green', word: lapsing.length ? 'Book refreshers' : 'None' },
    ]),
    complianceChart(ctx, result),
    heading('Compliance per setting'),
    table({
      id: 'training-by-setting',
      caption: 'Training compliance per setting and course',
      columns: [column('Setting', 3.2), column('People', 1, 'right'), column('Fully trained', 1.2, 'right'), column('Compliance', 1.3), ...result.courses.map((c) => column(c.name, 1.3))],
      rows: ctx.analysis.settings.map((s) => {
        const f = result.settings.find((x) => x.settingId === s.id);
        if (!f) return [textCell(s.name), numberCell(0), numberCell(0), { text: 'No records', tone: 'grey' as const }, ...result.courses.map(() => textCell('—'))];
        return [
          textCell(s.name),
          numberCell(f.people),
          numberCell(f.peopleFullyCompliant),
          percentCell(f.percentCompliant, t),
          ...f.courses.map((c) => (c.required === 0 ? textCell('—') : percentCell(c.percentCompliant, t))),
        ];
      }),
      emptyText: 'No settings in scope.',
    }),
    heading('Compliance per course'),
    table({
      id: 'training-by-course',
      caption: 'Training compliance per course across the scope',
      columns: [column('Course', 4), column('Required', 1.2, 'right'), column('In date', 1.2, 'right'), column('Expiring', 1.2, 'right'), column('Lapsed', 1.2, 'right'), column('Never done', 1.2, 'right'), column('Compliance', 1.5)],
      rows: result.courseFigures.map((c) => [
        textCell(courseName.get(c.courseId) ?? 'A course'),
        numberCell(c.required),
        numberCell(c.counts.valid),
        numberCell(c.counts.expiring),
        numberCell(c.counts.expired),
        numberCell(c.counts.missing),
        percentCell(c.percentCompliant, t),
      ]),
      emptyText: 'No courses in the catalogue.',
    }),
    heading(`Lapsed, and lapsing ${window}`),
  );

  if (ctx.names) {
    blocks.push(
      table({
        id: 'training-exceptions',
        caption: `Staff whose training has lapsed, was never done, or lapses ${window}`,
        columns: [column('Name', 2.5), column('Setting', 3), column('Course', 3), column('Status', 1.4), column('Lapsed or lapses', 1.6)],
        rows: [...lapsedList, ...lapsing].map((l) => [
          textCell(l.name),
          textCell(ctx.settingName(l.settingId)),
          textCell(courseName.get(l.courseId) ?? 'A course'),
          statusCell(l.status === 'valid' ? 'Lapsing' : TRAINING_STATUS_LABELS[l.status], l.status === 'valid' ? 'amber' : STATUS_TONES[l.status]),
          textCell(l.expiresOn ? formatUkDate(l.expiresOn) : '—'),
        ]),
        emptyText: `No training has lapsed or lapses ${window}.`,
      }),
    );
  } else {
    const key = (l: Lapsing) => `${l.settingId}|${l.courseId}`;
    const tally = new Map<string, { settingId: SettingId; courseId: CourseId; expired: number; missing: number; lapsing: number }>();
    const bump = (l: Lapsing, field: 'expired' | 'missing' | 'lapsing') => {
      const k = key(l);
      const e = tally.get(k) ?? { settingId: l.settingId, courseId: l.courseId, expired: 0, missing: 0, lapsing: 0 };
      e[field] += 1;
      tally.set(k, e);
    };
    for (const l of lapsedList) bump(l, l.status === 'expired' ? 'expired' : 'missing');
    for (const l of lapsing) bump(l, 'lapsing');
    const order = new Map(ctx.analysis.settings.map((s, i) => [s.id, i]));
    const courseOrder = new Map(result.courses.map((c, i) => [c.id, i]));
    const rows = [...tally.values()].sort((a, b) => order.get(a.settingId)! - order.get(b.settingId)! || courseOrder.get(a.courseId)! - courseOrder.get(b.courseId)!);
    blocks.push(
      table({
        id: 'training-exceptions',
        caption: `Staff whose training has lapsed, was never done, or lapses ${window}, by setting and course (counts)`,
        columns: [column('Setting', 3), column('Course', 3), column('Lapsed', 1.2, 'right'), column('Never done', 1.2, 'right'), column(`Lapsing ${window}`, 1.8, 'right')],
        rows: rows.map((r) => [
          textCell(ctx.settingName(r.settingId)),
          textCell(courseName.get(r.courseId) ?? 'A course'),
          r.expired ? { text: String(r.expired), value: r.expired, tone: 'red' as const } : numberCell(0),
          r.missing ? { text: String(r.missing), value: r.missing, tone: 'red' as const } : numberCell(0),
          r.lapsing ? { text: String(r.lapsing), value: r.lapsing, tone: 'amber' as const } : numberCell(0),
        ]),
        emptyText: `No training has lapsed or lapses ${window}.`,
      }),
    );
  }
  return { id: 'training', title: 'Training', orientation: 'landscape', blocks };
}

function complianceWord(percent: number | null, t: RagThresholds): string {
  const tone = complianceTone(percent, t);
  return tone === 'grey' ? 'No records' : tone === 'red' ? `Below ${t.trainingRedBelow}%` : tone === 'amber' ? `Below ${t.trainingAmberBelow}%` : 'On target';
}

export function trainingHighlights(ctx: SectionContext): Highlight[] {
  const result = ctx.analysis.training;
  if (!result || result.overall.required === 0) return [];
  const t = ctx.options.rag;
  const out: Highlight[] = [];
  const pct = result.overall.percentCompliant;
  const below = ctx.analysis.settings.filter((s) => {
    const p = result.settings.find((x) => x.settingId === s.id)?.percentCompliant;
    return p !== null && p !== undefined && p < t.trainingRedBelow;
  });
  const lapsedCount = result.overall.counts.expired + result.overall.counts.missing;
  const tone = complianceTone(pct, t);
  if (tone === 'green' && lapsedCount === 0 && below.length === 0) return out;
  const scope = ctx.analysis.settings.length === 1 ? '' : ' across the settings in this report';
  out.push({
    rag: tone === 'red' ? 'red' : 'amber',
    weight: tone === 'red' ? 85 : tone === 'amber' ? 45 : 5,
    text:
      `Training compliance is ${formatPercent(pct ?? 0)}${scope}; ${plural(lapsedCount, 'required course has', 'required courses have')} lapsed or never been done.` +
      (below.length > 0 ? ` ${plural(below.length, 'setting is', 'settings are')} below ${t.trainingRedBelow}% (${someNames(below.map((s) => s.name))}).` : ''),
  });
  const lapsing = lapsingBeforeMeeting(result, ctx.analysis.lookAhead);
  if (lapsing.length > 0) {
    out.push({ rag: 'amber', weight: 35, text: `${plural(lapsing.length, 'more course lapses', 'more courses lapse')} ${meetingWindowWords(ctx.analysis)} unless staff are retrained.` });
  }
  return out;
}
