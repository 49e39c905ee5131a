// The write-up of an audit visit as a report model: the same engine as the governor report renders it to
// Word (src/documents/report-docx), so the document has real headings, tables and statuses by word and colour.
import { formatUkDate, type IsoDate } from '../dates';
import type { FileId } from '../ids';
import type { Finding, Visit, VisitAction } from '../model';
import {
  bullets,
  column,
  figures,
  heading,
  paragraph,
  plural,
  statusCell,
  table,
  textCell,
} from '../report/blocks';
import type { ReportBlock, ReportModel, ReportSection } from '../report/model';
import { actionState, actionStateBadge, wasOpenOn } from './actions';
import { groupBySection } from './checklist';
import {
  earlierVisits,
  isShortfall,
  JUDGEMENT_LABELS,
  judgementTone,
  VISIT_STATUS_LABELS,
  visitProgress,
} from './visits';

export interface WriteUpInput {
  trustName: string;
  settingName: string;
  visit: Visit;
  /** The checklist's name, if its template still exists. */
  checklistName: string | null;
  /** The visit's findings. */
  findings: readonly Finding[];
  /** Every action of the setting (this visit's, and those carried forward from earlier visits). */
  actions: readonly VisitAction[];
  /** Every visit to the setting. */
  visits: readonly Visit[];
  /** Names of evidence files, by id. */
  evidenceNames: Readonly<Record<string, string>>;
  /** A marking such as "OFFICIAL-SENSITIVE", printed on every page; null for none. */
  confidentiality: string | null;
}

function evidenceOf(finding: Finding | undefined, names: Readonly<Record<string, string>>): string {
  const files = (finding?.evidenceFileIds ?? []).map((id: FileId) => names[id] ?? 'a file no longer kept');
  return files.length ? files.join('; ') : '—';
}

/** The write-up of `input.visit` as of `asOf` (the day it is written up). */
export function buildVisitWriteUp(input: WriteUpInput, asOf: IsoDate): ReportModel {
  const { visit } = input;
  const findings = input.findings.filter((f) => f.visitId === visit.id);
  const byItem = new Map(findings.map((f) => [f.itemId, f]));
  const progress = visitProgress(visit, findings);
  const own = input.actions.filter((a) => a.visitId === visit.id);
  const itemOfFinding = new Map(findings.map((f) => [f.id, visit.items.find((i) => i.id === f.itemId)]));
  const earlier = earlierVisits(visit, input.visits);
  const earlierDates = new Map(earlier.map((v) => [v.id, v.date]));
  // Actions from earlier visits that were still open when this visit took place: followed up at it.
  const carried = input.actions.filter((a) => earlierDates.has(a.visitId) && wasOpenOn(a, visit.date));
  const shortfalls = visit.items.filter((i) => isShortfall(byItem.get(i.id)?.judgement));
  const numbers = new Map(
    groupBySection(visit.items)
      .flatMap((g) => g.items)
      .map((item, i) => [item.id, i + 1]),
  );

  const summary: ReportBlock[] = [
    paragraph(
      `${input.visit.officer} visited ${input.settingName} on ${formatUkDate(visit.date)} and recorded the ${input.checklistName ? `“${input.checklistName}” checklist` : 'checklist'}: ` +
        `${progress.judged} of ${plural(progress.total, 'item')} judged. The visit is ${VISIT_STATUS_LABELS[visit.status].toLowerCase()}.`,
    ),
    figures('write-up-figures', [
      {
        label: 'Met',
        value: progress.counts.met,
        text: String(progress.counts.met),
        tone: 'green',
        word: 'Met',
      },
      {
        label: 'Partly met',
        value: progress.counts.partly,
        text: String(progress.counts.partly),
        tone: progress.counts.partly ? 'amber' : 'green',
        word: progress.counts.partly ? 'Partly met' : 'None',
      },
      {
        label: 'Not met',
        value: progress.counts.not_met,
        text: String(progress.counts.not_met),
        tone: progress.counts.not_met ? 'red' : 'green',
        word: progress.counts.not_met ? 'Not met' : 'None',
      },
      {
        label: 'Not seen',
        value: progress.counts.not_seen,
        text: String(progress.counts.not_seen),
        tone: 'grey',
        word: 'Not seen',
      },
    ]),
  ];
  if (shortfalls.length > 0) {
    summary.push(
      heading('Shortfalls'),
      bullets(
        shortfalls.map((i) => [
          { text: `${JUDGEMENT_LABELS[byItem.get(i.id)!.judgement!]}: `, bold: true },
          { text: i.text },
        ]),
      ),
    );
  } else if (progress.judged > 0) {
    summary.push(paragraph('No item was judged partly met or not met.'));
  }
  if (progress.unjudged.length > 0)
    summary.push(paragraph(`Not judged: ${plural(progress.unjudged.length, 'item')}.`));
  const overdueCarried = carried.filter((a) => actionState(a, asOf) === 'overdue').length;
  summary.push(
    paragraph(
      `${plural(own.length, 'action')} agreed at this visit. ` +
        (carried.length
          ? `${plural(carried.length, 'action')} from earlier visits followed up${overdueCarried ? `, ${overdueCarried} still open past its due date` : ''}.`
          : 'No actions were open from earlier visits.'),
    ),
  );

  const findingBlocks: ReportBlock[] = [];
  for (const group of groupBySection(visit.items)) {
    findingBlocks.push(
      heading(group.section),
      table({
        id: `write-up-findings-${numbers.get(group.items[0]!.id)}`,
        caption: `${group.section}: judgements, notes and evidence`,
        columns: [
          column('No.', 0.75, 'right'),
          column('Item', 3.5),
          column('Judgement', 1.3),
          column('Note', 3.4),
          column('Evidence', 1.6),
        ],
        rows: group.items.map((item) => {
          const f = byItem.get(item.id);
          const judgement = f?.judgement ?? null;
          return [
            textCell(String(numbers.get(item.id))),
            textCell(item.text),
            judgement
              ? statusCell(JUDGEMENT_LABELS[judgement], judgementTone(judgement))
              : statusCell('Not judged', 'grey'),
            textCell(f?.note || '—'),
            textCell(evidenceOf(f, input.evidenceNames)),
          ];
        }),
      }),
    );
  }

  const actionRows = (list: readonly VisitAction[], withVisit: boolean) =>
    list.map((a) => {
      const badge = actionStateBadge(actionState(a, asOf));
      const item = a.findingId ? itemOfFinding.get(a.findingId) : undefined;
      return [
        textCell(a.text),
        textCell(
          withVisit
            ? formatUkDate(earlierDates.get(a.visitId))
            : item
              ? `${numbers.get(item.id)}. ${item.text}`
              : '—',
        ),
        textCell(a.owner || '—'),
        textCell(a.due ? formatUkDate(a.due) : 'No date'),
        statusCell(
          a.closedOn && a.status !== 'open' ? `${badge.word} (${formatUkDate(a.closedOn)})` : badge.word,
          badge.tone,
        ),
      ];
    });

  const sections: ReportSection[] = [
    { id: 'summary', title: 'Summary', orientation: 'portrait', blocks: summary },
    { id: 'findings', title: 'Findings', orientation: 'portrait', blocks: findingBlocks },
    {
      id: 'actions',
      title: 'Actions',
      orientation: 'portrait',
      blocks: [
        paragraph(
          `Each shortfall has an action with an owner and a due date. Statuses are as of ${formatUkDate(asOf)}.`,
        ),
        heading('Agreed at this visit'),
        table({
          id: 'write-up-actions',
          caption: 'Actions agreed at this visit',
          columns: [
            column('Action', 3.6),
            column('Checklist item', 3),
            column('Owner', 1.8),
            column('Due', 1.3),
            column('Status', 1.4),
          ],
          rows: actionRows(own, false),
          emptyText: 'No actions were agreed at this visit.',
        }),
        heading('Followed up from earlier visits'),
        table({
          id: 'write-up-carried',
          caption: 'Actions from earlier visits that were open when this visit took place',
          columns: [
            column('Action', 3.6),
            column('From the visit on', 1.6),
            column('Owner', 1.8),
            column('Due', 1.3),
            column('Status', 1.4),
          ],
          rows: actionRows(carried, true),
          emptyText: 'No actions were open from earlier visits.',
        }),
      ],
    },
    {
      id: 'method',
      title: 'About this write-up',
      orientation: 'portrait',
      blocks: [
        paragraph(
          'Each checklist item is judged met, partly met, not met, or not seen (when it could not be checked on the day). ' +
            'An action is overdue when it is still open after its due date. The checklist is the one the visit was planned with; later changes to the template do not alter it.',
        ),
        paragraph(`Written up on ${formatUkDate(asOf)} from the record kept in Oversight.`),
      ],
    },
  ];

  return {
    title: 'Safeguarding audit visit',
    subtitle: `${input.settingName}: visit on ${formatUkDate(visit.date)}`,
    organisation: input.trustName,
    meta: [
      { label: 'Setting', value: input.settingName },
      { label: 'Date of visit', value: formatUkDate(visit.date) },
      { label: 'Officer', value: visit.officer },
      ...(input.checklistName ? [{ label: 'Checklist', value: input.checklistName }] : []),
      { label: 'Written up', value: formatUkDate(asOf) },
    ],
    confidentiality: input.confidentiality,
    asOf,
    contents: true,
    sections,
  };
}
