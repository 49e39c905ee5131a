// `oversight report`: the governor report as a Word document, from a backup file or the sample trust,
// built by the same core and documents code as the app.
import { parseArgs } from 'node:util';
import { isIsoDate, isoDateOf } from '../../core/dates';
import { nameKey } from '../../core/names';
import { reportFileName } from '../../core/report/file-name';
import { buildGovernorReport } from '../../core/report/governor';
import type { ReportData } from '../../core/report/input';
import {
  defaultReportOptions,
  parseSectionList,
  REPORT_SECTIONS,
  type ReportOptions,
  type ReportSectionId,
} from '../../core/report/options';
import { decodeBackup } from '../../data/backup/format';
import { upgradeSnapshot } from '../../data/backup/snapshot';
import { reportDataFromSnapshot } from '../../data/report-source';
import { renderReportDocx } from '../../documents/report-docx/render';
import { UsageError, type Command } from '../io';
import { readInputFile } from '../inputs';
import { nodeRenderPng } from '../report-assets';
import { APP_VERSION } from '../version';
import { sampleTrustSnapshot } from '../sample-trust-snapshot';

export const reportCommand: Command = {
  name: 'report',
  summary: 'Write the governor report as a Word document, from a backup file or the sample trust',
  usage: `oversight report (--data FILE | --sample) --out REPORT.docx [options]

  --data FILE          a backup file made by Oversight (Back up, or "oversight sample")
  --sample             the fictional sample trust instead of a backup
  --out FILE           where to write the report (.docx)
  --setting NAME       one setting's report (default: the whole trust)
  --as-of YYYY-MM-DD   the date the figures are worked out for (default: today)
  --names              name staff (default: counts only, as UK GDPR data minimisation asks)
  --sections LIST      comma-separated, from ${REPORT_SECTIONS.join(', ')} (default: all)
  --meeting NAME       the meeting the report is for ("Autumn term LGB")
  --meeting-date DATE  its date, YYYY-MM-DD: reviews and training falling due before it are listed
  --author NAME        "Prepared by" on the title page
  --marking TEXT       a confidentiality marking for every page ("OFFICIAL-SENSITIVE")`,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        data: { type: 'string' },
        sample: { type: 'boolean', default: false },
        out: { type: 'string' },
        setting: { type: 'string' },
        'as-of': { type: 'string' },
        names: { type: 'boolean', default: false },
        sections: { type: 'string' },
        meeting: { type: 'string' },
        'meeting-date': { type: 'string' },
        author: { type: 'string' },
        marking: { type: 'string' },
      },
    });
    if (!values.out) throw new UsageError('--out REPORT.docx is required');
    if (!values.out.toLowerCase().endsWith('.docx'))
      throw new UsageError(`--out must name a .docx file, not "${values.out}"`);
    if (values.sample === !!values.data) throw new UsageError('Give either --data FILE or --sample');
    const asOf = values['as-of'] ?? isoDateOf(io.now());
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of must be a date as YYYY-MM-DD, not "${asOf}"`);
    const meetingDate = values['meeting-date'] ?? null;
    if (meetingDate !== null && !isIsoDate(meetingDate))
      throw new UsageError(`--meeting-date must be a date as YYYY-MM-DD, not "${meetingDate}"`);
    if (meetingDate !== null && meetingDate < asOf)
      throw new UsageError(`--meeting-date ${meetingDate} is before the as-of date ${asOf}`);
    let sections = [...REPORT_SECTIONS];
    if (values.sections !== undefined) {
      try {
        sections = parseSectionList(values.sections);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    }
    const started = performance.now();
    const data = values.data
      ? await fromBackup(values.data, io.readFile, sections)
      : await sampleReportData(asOf, sections);

    const options: ReportOptions = {
      ...defaultReportOptions(asOf),
      sections,
      staff: values.names ? 'names' : 'counts',
      meeting: { name: values.meeting ?? '', date: meetingDate },
      author: values.author ?? '',
      confidentiality: values.marking ?? null,
    };
    if (values.setting !== undefined) {
      const key = nameKey(values.setting);
      const setting = data.settings.find((s) => nameKey(s.name) === key);
      if (!setting) {
        const near = data.settings
          .filter((s) => nameKey(s.name).includes(key.split(' ')[0] ?? ''))
          .map((s) => `"${s.name}"`);
        throw new Error(
          `No setting called "${values.setting}" in ${values.data ?? 'the sample trust'}${near.length ? `; did you mean ${near.slice(0, 3).join(' or ')}?` : ''}`,
        );
      }
      options.scope = { kind: 'setting', settingId: setting.id };
    }

    const model = buildGovernorReport(data, options, (p) => io.stderr(`  ${p.step}\n`));
    const bytes = await renderReportDocx(model, {
      renderPng: await nodeRenderPng(),
      creator: `Oversight ${APP_VERSION}`,
      onProgress: (p) => io.stderr(`  ${p.message}\n`),
    });
    await io.writeFile(values.out, bytes);
    const tables = model.sections.reduce((n, s) => n + s.blocks.filter((b) => b.kind === 'table').length, 0);
    io.stdout(
      `Wrote ${values.out} (${(bytes.byteLength / 1024).toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
        `${model.subtitle}, ${model.sections.length} sections, ${tables} tables, as of ${asOf}. Suggested name: ${reportFileName([model.title, options.meeting.name], options.meeting.date ?? asOf)}\n`,
    );
    return 0;
  },
};

async function fromBackup(
  path: string,
  readFile: (p: string) => Promise<Uint8Array>,
  sections: readonly ReportSectionId[],
): Promise<ReportData> {
  const bytes = await readInputFile({ readFile }, path);
  try {
    const { snapshot } = await decodeBackup(bytes);
    return reportDataFromSnapshot(upgradeSnapshot(snapshot).tables, { sections });
  } catch (error) {
    throw new Error(`"${path}" cannot be used: ${(error as Error).message}`);
  }
}

/**
 * The sample trust, made as `oversight sample` makes it (Word policies, read and extracted as an import
 * reads them), without writing a file.
 */
export async function sampleReportData(
  asOf: string,
  sections: readonly ReportSectionId[] = REPORT_SECTIONS,
): Promise<ReportData> {
  const snapshot = await sampleTrustSnapshot(asOf);
  return reportDataFromSnapshot(upgradeSnapshot(snapshot).tables, { sections });
}
