// Policy reviews: overdue, due before the meeting, no date, cadence exceptions; counts per setting and a
// chart of the review statuses. Statuses, dates and reasons are the reviews feature's own.
import { formatUkDate } from '../../dates';
import { cadenceWords } from '../../reviews/cadence';
import { REVIEW_STATUS_LABELS, type ReviewStatus } from '../../reviews/status';
import type { PolicyReview } from '../../reviews/assess';
import { barChart, column, figures, heading, numberCell, paragraph, plural, statusCell, table, textCell } from '../blocks';
import type { ReportBlock, ReportSection, ReportTone } from '../model';
import { RAG_WORDS } from '../rag';
import { meetingWindowWords, someNames, type Highlight, type SectionContext } from './context';

export const REVIEW_TONES: Record<ReviewStatus, ReportTone> = { overdue: 'red', due_soon: 'amber', no_date: 'amber', current: 'green' };

function lastApproved(r: PolicyReview): string {
  return r.cycle.lastApproval ? r.cycle.lastApproval.text : 'Not known';
}

export function reviewsSection(ctx: SectionContext): ReportSection {
  const area = ctx.analysis.reviews;
  const blocks: ReportBlock[] = [];
  if (!area) return { id: 'reviews', title: 'Policy reviews', orientation: 'portrait', blocks };
  const { dashboard } = area;
  const c = dashboard.counts;
  const window = meetingWindowWords(ctx.analysis);
  const dueLater = ctx.analysis.lookAhead ? area.dueBeforeMeeting : dashboard.dueSoon.map((i) => i.review);
  const dueLabel = ctx.analysis.lookAhead ? `Due ${window}` : 'Due soon';

  blocks.push(
    paragraph(
      `${plural(c.policies, 'policy', 'policies')} across ${plural(ctx.analysis.settings.length, 'setting')}, as of ${formatUkDate(ctx.analysis.asOf)}. ` +
        `A review is overdue once its due date has passed, and due soon from ${plural(ctx.data.config.dueSoonDays, 'day')} before it. ` +
        'A policy with no review date stated or recorded is listed as an exception in its own right.',
    ),
    figures('reviews-figures', [
      { label: 'Overdue', value: c.overdue, text: String(c.overdue), tone: c.overdue ? 'red' : 'green', word: c.overdue ? 'Action needed' : 'None' },
      { label: dueLabel, value: dueLater.length, text: String(dueLater.length), tone: dueLater.length ? 'amber' : 'green', word: dueLater.length ? 'Plan reviews' : 'None' },
      { label: 'No review date', value: c.no_date, text: String(c.no_date), tone: c.no_date ? 'amber' : 'green', word: c.no_date ? 'Set a date' : 'None' },
      { label: 'Cadence exceptions', value: c.cadenceExceptions, text: String(c.cadenceExceptions), tone: c.cadenceExceptions ? 'amber' : 'green', word: c.cadenceExceptions ? 'Longer than standard' : 'None' },
    ]),
    barChart({
      id: 'chart-review-status',
      title: 'Policies by review status',
      categories: (['overdue', 'due_soon', 'no_date', 'current'] as const).map((s) => REVIEW_STATUS_LABELS[s]),
      series: [{ label: 'Policies', tone: 'blue', values: [c.overdue, c.due_soon, c.no_date, c.current], tones: [REVIEW_TONES.overdue, REVIEW_TONES.due_soon, REVIEW_TONES.no_date, REVIEW_TONES.current] }],
      max: Math.max(1, c.overdue, c.due_soon, c.no_date, c.current),
      unit: '',
      description: `Of ${c.policies} policies: ${c.overdue} overdue, ${c.due_soon} due soon, ${c.no_date} with no review date and ${c.current} current.`,
    }),
  );

  blocks.push(heading('Overdue reviews'));
  blocks.push(
    table({
      id: 'reviews-overdue',
      caption: 'Policies overdue for review, longest overdue first',
      columns: [column('Setting', 3), column('Policy', 3), column('Was due', 1.6), column('Last approved', 1.6), column('Status', 1.3)],
      rows: dashboard.overdue.map((i) => [textCell(i.settingName), textCell(i.review.title), textCell(i.review.status.nextDue?.text ?? '—'), textCell(lastApproved(i.review)), statusCell('Overdue', 'red')]),
      emptyText: 'No policy is overdue for review.',
    }),
  );

  blocks.push(heading(ctx.analysis.lookAhead ? `Due ${window}` : 'Due soon'));
  blocks.push(
    table({
      id: 'reviews-due',
      caption: ctx.analysis.lookAhead ? `Policies whose review falls due ${window}` : `Policies due for review within ${plural(ctx.data.config.dueSoonDays, 'day')}`,
      columns: [column('Setting', 3), column('Policy', 3), column('Due', 1.6), column('Last approved', 1.6), column('Status', 1.3)],
      rows: dueLater.map((r) => [textCell(ctx.settingName(r.settingId)), textCell(r.title), textCell(r.status.nextDue?.text ?? '—'), textCell(lastApproved(r)), statusCell(REVIEW_STATUS_LABELS[r.status.status], REVIEW_TONES[r.status.status])]),
      emptyText: ctx.analysis.lookAhead ? `No review falls due ${window}.` : 'No review is due soon.',
    }),
  );

  blocks.push(heading('No review date'));
  blocks.push(
    table({
      id: 'reviews-no-date',
      caption: 'Policies with no review date stated or recorded',
      columns: [column('Setting', 3), column('Policy', 3), column('Why', 4.6)],
      rows: dashboard.noDate.map((i) => [textCell(i.settingName), textCell(i.review.title), textCell(i.review.cycle.explanation)]),
      emptyText: 'Every policy has a review date.',
    }),
  );

  blocks.push(heading('Cadence exceptions'));
  blocks.push(
    table({
      id: 'reviews-cadence',
      caption: 'Policies reviewed less often than the trust standard',
      columns: [column('Setting', 3), column('Policy', 3), column('Stated cadence', 2), column('Trust standard', 2)],
      rows: dashboard.cadenceExceptions.map((i) => [
        textCell(i.settingName),
        textCell(i.review.title),
        statusCell(cadenceWords(i.review.cadenceException!.statedMonths), 'amber'),
        textCell(cadenceWords(i.review.cadenceException!.standardMonths)),
      ]),
      emptyText: 'No policy states a cadence longer than the trust standard.',
    }),
  );

  blocks.push(heading('Review status by setting'));
  blocks.push(
    table({
      id: 'reviews-by-setting',
      caption: 'Policies per setting by review status',
      columns: [column('Setting', 4), column('Policies', 1.2, 'right'), column('Overdue', 1.2, 'right'), column('Due soon', 1.2, 'right'), column('No date', 1.2, 'right'), column('Current', 1.2, 'right'), column('Status', 1.4)],
      rows: dashboard.settings
        .filter((s) => ctx.analysis.settingIds.includes(s.settingId))
        .map((s) => {
          const total = s.counts.overdue + s.counts.due_soon + s.counts.no_date + s.counts.current;
          return [
            textCell(s.name),
            numberCell(total),
            numberCell(s.counts.overdue),
            numberCell(s.counts.due_soon),
            numberCell(s.counts.no_date),
            numberCell(s.counts.current),
            statusCell(RAG_WORDS[s.rag] === 'No data' ? 'No policies' : RAG_WORDS[s.rag], s.rag),
          ];
        }),
      emptyText: 'No settings in scope.',
    }),
  );
  return { id: 'reviews', title: 'Policy reviews', orientation: 'portrait', blocks };
}

export function reviewHighlights(ctx: SectionContext): Highlight[] {
  const area = ctx.analysis.reviews;
  if (!area) return [];
  const out: Highlight[] = [];
  const { overdue, noDate, cadenceExceptions } = area.dashboard;
  if (overdue.length > 0) {
    const first = overdue[0]!;
    const settings = new Set(overdue.map((i) => i.review.settingId)).size;
    out.push({
      rag: 'red',
      weight: 100 + overdue.length,
      text:
        overdue.length === 1
          ? `One policy is overdue for review: ${first.settingName}’s ${first.review.title} (due ${first.review.status.nextDue?.text ?? 'unknown'}).`
          : `${overdue.length} policies are overdue for review at ${plural(settings, 'setting')}; the longest overdue is ${first.settingName}’s ${first.review.title} (due ${first.review.status.nextDue?.text ?? 'unknown'}).`,
    });
  }
  const due = ctx.analysis.lookAhead ? area.dueBeforeMeeting : area.dashboard.dueSoon.map((i) => i.review);
  if (due.length > 0) {
    out.push({
      rag: 'amber',
      weight: 40 + due.length,
      text: `${plural(due.length, 'policy review', 'policy reviews')} ${due.length === 1 ? 'falls' : 'fall'} due ${meetingWindowWords(ctx.analysis)} (${someNames(due.map((r) => ctx.settingName(r.settingId)))}).`,
    });
  }
  if (noDate.length > 0) {
    out.push({ rag: 'amber', weight: 30 + noDate.length, text: `${plural(noDate.length, 'policy has', 'policies have')} no review date at all (${someNames(noDate.map((i) => i.settingName))}).` });
  }
  if (cadenceExceptions.length > 0) {
    const first = cadenceExceptions[0]!;
    out.push({
      rag: 'amber',
      weight: 20 + cadenceExceptions.length,
      text: `${plural(cadenceExceptions.length, 'policy is', 'policies are')} reviewed less often than the trust standard: ${first.settingName} reviews its ${first.review.title} ${cadenceWords(first.review.cadenceException!.statedMonths)}.`,
    });
  }
  return out;
}
