// Audit visits: each setting's latest visit and its findings, the shortfalls, and the actions still open
// with their owners and due dates (the visits feature's own lists).
import { formatUkDate } from '../../dates';
import { actionStateBadge } from '../../visits/actions';
import { JUDGEMENT_LABELS, judgementTone } from '../../visits/visits';
import { column, figures, heading, numberCell, paragraph, plural, statusCell, table, textCell } from '../blocks';
import type { ReportBlock, ReportSection } from '../model';
import { someNames, type Highlight, type SectionContext } from './context';

export function visitsSection(ctx: SectionContext): ReportSection {
  const area = ctx.analysis.visits;
  const blocks: ReportBlock[] = [];
  if (!area) return { id: 'visits', title: 'Audit visits', orientation: 'portrait', blocks };
  const overdue = area.open.filter((a) => a.overdue).length;
  const shortfalls = area.latest.flatMap((v) => v.shortfalls.map((s) => ({ visit: v, shortfall: s })));
  blocks.push(
    paragraph(
      `Findings are from each setting’s latest completed visit on or before ${formatUkDate(ctx.analysis.asOf)}. ` +
        'Open actions include those carried forward from earlier visits. ' +
        (ctx.names ? '' : 'The officer’s notes are left out, and staff named in actions appear by their role; the app holds the detail.'),
    ),
    figures('visits-figures', [
      {
        label: 'Settings visited',
        value: area.latest.length,
        text: `${area.latest.length} of ${ctx.analysis.settings.length}`,
        tone: area.notVisited.length ? 'amber' : 'green',
        word: area.notVisited.length ? `${area.notVisited.length} not yet visited` : 'All visited',
      },
      { label: 'Items not met', value: shortfalls.filter((s) => s.shortfall.judgement === 'not_met').length, text: String(shortfalls.filter((s) => s.shortfall.judgement === 'not_met').length), tone: shortfalls.some((s) => s.shortfall.judgement === 'not_met') ? 'red' : 'green', word: shortfalls.some((s) => s.shortfall.judgement === 'not_met') ? 'Shortfalls' : 'None' },
      { label: 'Open actions', value: area.open.length, text: String(area.open.length), tone: area.open.length ? 'amber' : 'green', word: area.open.length ? 'In hand' : 'None' },
      { label: 'Overdue actions', value: overdue, text: String(overdue), tone: overdue ? 'red' : 'green', word: overdue ? 'Past due date' : 'None' },
    ]),
    heading('Latest visits'),
    table({
      id: 'visits-latest',
      caption: 'Each setting’s latest completed visit and its judgements',
      columns: [column('Setting', 3.5), column('Visit date', 1.6), column('Met', 0.9, 'right'), column('Partly', 0.9, 'right'), column('Not met', 0.9, 'right'), column('Not seen', 0.9, 'right'), column('Open actions', 1.2, 'right')],
      rows: area.latest.map((v) => [
        textCell(ctx.settingName(v.settingId)),
        textCell(formatUkDate(v.date)),
        numberCell(v.counts.met),
        numberCell(v.counts.partly),
        v.counts.not_met ? { text: String(v.counts.not_met), value: v.counts.not_met, tone: 'red' as const } : numberCell(0),
        numberCell(v.counts.not_seen),
        numberCell(v.openActions),
      ]),
      emptyText: 'No visit has been completed in these settings.',
    }),
  );
  if (area.notVisited.length > 0) {
    blocks.push(paragraph(`Not yet visited: ${area.notVisited.map((s) => s.name).join(', ')}.`));
  }
  blocks.push(
    heading('Findings: shortfalls'),
    table({
      id: 'visits-findings',
      caption: 'Checklist items judged partly met or not met at the latest visit',
      columns: [column('Setting', 2.6), column('Area', 1.8), column('Item', 4), column('Judgement', 1.3), ...(ctx.names ? [column('Note', 3)] : [])],
      rows: shortfalls.map(({ visit, shortfall }) => [
        textCell(ctx.settingName(visit.settingId)),
        textCell(shortfall.section),
        textCell(ctx.redact(shortfall.text, visit.settingId)),
        statusCell(JUDGEMENT_LABELS[shortfall.judgement], judgementTone(shortfall.judgement)),
        ...(ctx.names ? [textCell(shortfall.note)] : []),
      ]),
      emptyText: 'No shortfalls at the latest visits.',
    }),
    heading('Open actions'),
    table({
      id: 'visits-actions',
      caption: 'Actions open on the report date, overdue first, with owners and due dates',
      columns: [column('Setting', 2.6), column('Action', 4.4), column('Owner', 2), column('Due', 1.4), column('Status', 1.2)],
      rows: area.open.map((a) => {
        const badge = actionStateBadge(a.overdue ? 'overdue' : 'open');
        return [textCell(a.settingName), textCell(ctx.redact(a.text, a.settingId)), textCell(ctx.redact(a.owner, a.settingId) || '—'), textCell(a.due ? formatUkDate(a.due) : 'No date'), statusCell(badge.word, badge.tone)];
      }),
      emptyText: 'No actions are open.',
    }),
  );
  return { id: 'visits', title: 'Audit visits', orientation: 'portrait', blocks };
}

export function visitHighlights(ctx: SectionContext): Highlight[] {
  const area = ctx.analysis.visits;
  if (!area) return [];
  const out: Highlight[] = [];
  const overdue = area.open.filter((a) => a.overdue);
  if (overdue.length > 0) {
    out.push({ rag: 'red', weight: 70 + overdue.length, text: `${plural(overdue.length, 'audit action is', 'audit actions are')} past the due date (${someNames(overdue.map((a) => a.settingName))}).` });
  }
  const notMet = area.latest.filter((v) => v.counts.not_met > 0);
  if (notMet.length > 0) {
    out.push({ rag: 'red', weight: 65 + notMet.length, text: `The latest audit visit found items not met at ${plural(notMet.length, 'setting')} (${someNames(notMet.map((v) => ctx.settingName(v.settingId)))}).` });
  }
  const open = area.open.length - overdue.length;
  if (open > 0) out.push({ rag: 'amber', weight: 15 + open, text: `${plural(open, 'further audit action is', 'further audit actions are')} open and not yet due.` });
  if (area.notVisited.length > 0 && area.latest.length > 0) {
    out.push({ rag: 'amber', weight: 10, text: `${plural(area.notVisited.length, 'setting has', 'settings have')} no completed audit visit yet.` });
  }
  return out;
}
