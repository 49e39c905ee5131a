// The sample trust's governor report, opened by real consumers: python-docx reads back the headings, the
// tables (header rows marked to repeat), the header and the footer fields; LibreOffice converts it to
// PDF; the figures in the file are the features' own figures worked out from the data.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleReportData } from '../../src/cli/commands/report';
import { nodeRenderPng } from '../../src/cli/report-assets';
import { buildGovernorReport } from '../../src/core/report/governor';
import type { ReportData } from '../../src/core/report/input';
import { reportCharts, reportTables, type ReportModel } from '../../src/core/report/model';
import { defaultReportOptions, type ReportOptions } from '../../src/core/report/options';
import { sanitiseLine } from '../../src/core/report/sanitise';
import { assessPolicyReviews } from '../../src/core/reviews/assess';
import { reviewDashboard } from '../../src/core/reviews/dashboard';
import { computeCompliance } from '../../src/core/training/compliance';
import { renderReportDocx } from '../../src/documents/report-docx/render';
import { convertToPdf, pdfPageCount, pdfText, readDocx, renderPages, requireConsumers, type DocxReading } from '../support/docx-consumers';

const AS_OF = '2026-11-21';
const dir = mkdtempSync(join(tmpdir(), 'oversight-report-'));
let data: ReportData;
let model: ReportModel;
let file: string;
let reading: DocxReading;

const options = (): ReportOptions => ({
  ...defaultReportOptions(AS_OF),
  meeting: { name: 'Autumn term trust board', date: '2026-12-09' },
  author: 'Trust safeguarding lead',
  confidentiality: 'OFFICIAL-SENSITIVE',
});

beforeAll(async () => {
  requireConsumers();
  data = await sampleReportData(AS_OF);
  model = buildGovernorReport(data, options());
  const bytes = await renderReportDocx(model, { renderPng: await nodeRenderPng(), creator: 'Oversight test' });
  file = join(dir, 'sample-report.docx');
  writeFileSync(file, bytes);
  reading = readDocx(file);
}, 120_000);

/** The docx table that starts with these column labels and has this many rows. */
function docTable(labels: string[]): string[][] {
  const found = reading.tables.filter((t) => JSON.stringify(t.rows[0]) === JSON.stringify(labels));
  if (found.length === 0) throw new Error(`No table with columns ${labels.join(', ')} in the document`);
  return found[0]!.rows;
}

describe('the governor report as Word, read by python-docx', () => {
  it('has a title page, Heading 1 per section and Heading 2 within, in the model’s order', () => {
    expect(reading.headings[0]).toEqual({ style: 'Title', text: model.title });
    expect(reading.headings.filter((h) => h.style === 'Heading 1').map((h) => h.text)).toEqual(model.sections.map((s) => s.title));
    const h2 = model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
    expect(reading.headings.filter((h) => h.style === 'Heading 2').map((h) => h.text)).toEqual(h2);
    expect(reading.paragraphs).toContain(model.subtitle);
    expect(reading.paragraphs).toContain('Meeting: Autumn term trust board');
    expect(reading.paragraphs).toContain('Prepared by: Trust safeguarding lead');
    expect(reading.title).toContain('Safeguarding report to governors');
    expect(reading.creator).toBe('Oversight test');
  });

  it('has a table of contents field over headings 1 and 2', () => {
    expect(reading.bodyFields.some((f) => /^TOC\b.*\\o "1-2"/.test(f))).toBe(true);
  });

  it('prints the trust and the marking in the header, and "Page X of Y" in the footer', () => {
    for (const s of reading.sections) {
      expect(s.header).toContain('Kestrel Vale Learning Trust');
      expect(s.header).toContain('OFFICIAL-SENSITIVE');
      expect(s.footer).toContain('Page ');
      expect(s.footer).toContain(' of ');
      expect(s.footerFields).toEqual(expect.arrayContaining([expect.stringMatching(/^PAGE\b/), expect.stringMatching(/^NUMPAGES\b/)]));
    }
    expect(reading.sections[0]!.differentFirstPage).toBe(true);
  });

  it('puts the wide training tables on landscape pages, the rest portrait', () => {
    expect(reading.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'portrait']);
    const landscape = reading.sections[1]!;
    expect(landscape.width).toBeGreaterThan(landscape.height);
  });

  it('writes every table with its header row repeating, cell for cell as the model has it', () => {
    const modelTables = reportTables(model).filter((t) => t.rows.length > 0);
    const docTables = reading.tables.filter((t) => t.headerRepeats);
    expect(docTables).toHaveLength(modelTables.length);
    modelTables.forEach((t, i) => {
      expect(docTables[i]!.rows[0]).toEqual(t.columns.map((c) => c.label));
      expect(docTables[i]!.rows.slice(1)).toEqual(t.rows.map((r) => r.map((c) => sanitiseLine(c.text))));
    });
  });

  it('draws every chart as an image', () => {
    expect(reading.images).toBe(reportCharts(model).length);
    expect(reading.images).toBeGreaterThanOrEqual(2);
  });
});

describe('figures in the document equal the same figures computed from the data', () => {
  it('training compliance per course and per setting', () => {
    const result = computeCompliance(data, { asOf: AS_OF, expiringDays: data.config.trainingExpiringDays });
    const rows = docTable(['Course', 'Required', 'In date', 'Expiring', 'Lapsed', 'Never done', 'Compliance']).slice(1);
    expect(rows).toHaveLength(result.courseFigures.length);
    result.courseFigures.forEach((c, i) => {
      const row = rows[i]!;
      expect(row[0]).toBe(result.courses[i]!.name);
      expect(row.slice(1, 6).map(Number)).toEqual([c.required, c.counts.valid, c.counts.expiring, c.counts.expired, c.counts.missing]);
      expect(row[6]).toBe(c.percentCompliant === null ? '—' : `${c.percentCompliant.toFixed(1)}%`);
    });
    const perSetting = reading.tables.find((t) => t.rows[0]![0] === 'Setting' && t.rows[0]![3] === 'Compliance')!.rows.slice(1);
    for (const s of result.settings) {
      const name = data.settings.find((x) => x.id === s.settingId)!.name;
      const row = perSetting.find((r) => r[0] === name)!;
      expect(row[1], name).toBe(String(s.people));
      expect(row[2], name).toBe(String(s.peopleFullyCompliant));
      expect(row[3], name).toBe(`${s.percentCompliant!.toFixed(1)}%`);
    }
  });

  it('review status per setting', () => {
    const reviews = assessPolicyReviews(data.policies.map((p) => ({ policy: p.policy, facts: p.summary.facts })), data.reviews, AS_OF, data.config);
    const dashboard = reviewDashboard(data.settings, reviews, AS_OF);
    const rows = docTable(['Setting', 'Policies', 'Overdue', 'Due soon', 'No date', 'Current', 'Status']).slice(1);
    expect(rows).toHaveLength(dashboard.settings.length);
    for (const s of dashboard.settings) {
      const row = rows.find((r) => r[0] === s.name)!;
      expect(row.slice(2, 6).map(Number), s.name).toEqual([s.counts.overdue, s.counts.due_soon, s.counts.no_date, s.counts.current]);
    }
  });
});

describe('a long report', () => {
  it('writes its tables as markup that reads back exactly as the library’s tables do', async () => {
    const bytes = await renderReportDocx(model, { renderPng: await nodeRenderPng(), creator: 'Oversight test', estimatePagesUpToRows: 0 });
    const long = join(dir, 'long-report.docx');
    writeFileSync(long, bytes);
    const fast = readDocx(long);
    expect(fast.tables).toEqual(reading.tables);
    expect(fast.headings).toEqual(reading.headings);
    // Only the cached page count of the footer differs: the estimate writes it, Word fills it otherwise.
    const withoutCount = (r: DocxReading) => r.sections.map((x) => ({ ...x, footer: x.footer.replace(/ of \d*$/, ' of ') }));
    expect(withoutCount(fast)).toEqual(withoutCount(reading));
    expect(fast.images).toBe(reading.images);
    expect(pdfText(convertToPdf(long, dir))).toContain('Status per setting');
  }, 180_000);
});

describe('LibreOffice', () => {
  it('converts the report to PDF, with page numbers, the contents and every section', () => {
    const pdf = convertToPdf(file, dir);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(model.sections.length + 2);
    const text = pdfText(pdf);
    expect(text).toContain(`Page 2 of ${pages}`);
    expect(text).toContain('Contents');
    for (const s of model.sections) expect(text).toContain(s.title);
    // The title page and a landscape page, drawn: a landscape page is wider than it is tall.
    const images = renderPages(pdf, dir, 'page', 30);
    expect(images).toHaveLength(pages);
    const size = (png: string) => {
      const b = readFileSync(png);
      return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
    };
    expect(images.map(size).filter((s) => s.width > s.height).length).toBeGreaterThan(0);
    expect(size(images[0]!).height).toBeGreaterThan(size(images[0]!).width);
  }, 180_000);
});
