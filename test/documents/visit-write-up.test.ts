// The visit write-up through the report engine, opened by real consumers: python-docx reads back its
// headings and tables, LibreOffice converts it to PDF.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeRenderPng } from '../../src/cli/report-assets';
import { buildVisitWriteUp } from '../../src/core/visits/write-up';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';
import { renderReportDocx } from '../../src/documents/report-docx/render';
import {
  convertToPdf,
  pdfPageCount,
  readDocx,
  requireConsumers,
  type DocxReading,
} from '../support/docx-consumers';

const asOf = '2026-11-21';
const dir = mkdtempSync(join(tmpdir(), 'oversight-write-up-'));
let file: string;
let reading: DocxReading;

beforeAll(async () => {
  requireConsumers();
  const sample = buildSampleTrust(asOf);
  const v = sample.visits!;
  const visit = v.visits[0]!;
  // Evidence with a Welsh name and an emoji, and a note in Irish: any text makes a valid file.
  const findings = v.findings.map((f) =>
    f.itemId === 'filtering-checks'
      ? { ...f, evidenceFileIds: ['file-1' as never], note: `${f.note} Tá an logáil ar iarraidh 📋` }
      : f,
  );
  const model = buildVisitWriteUp(
    {
      trustName: sample.trust.name,
      settingName: 'Harbour View Primary School',
      visit,
      checklistName: v.checklistTemplates[0]!.name,
      findings,
      actions: v.actions,
      visits: v.visits,
      evidenceNames: { 'file-1': 'Log hidlo Siân.jpg' },
      confidentiality: 'OFFICIAL-SENSITIVE',
    },
    asOf,
  );
  const bytes = await renderReportDocx(model, {
    renderPng: await nodeRenderPng(),
    creator: 'Oversight test',
  });
  file = join(dir, 'visit-write-up.docx');
  writeFileSync(file, bytes);
  reading = readDocx(file);
}, 120_000);

describe('the visit write-up as a Word document', () => {
  it('has real headings and tables python-docx can read', () => {
    expect(reading.headings.filter((h) => h.style === 'Heading 1').map((h) => h.text)).toEqual([
      'Summary',
      'Findings',
      'Actions',
      'About this write-up',
    ]);
    expect(reading.headings.map((h) => h.text)).toContain('Online safety');
    const findings = reading.tables.find(
      (t) =>
        t.rows[0]?.join('|') === 'No.|Item|Judgement|Note|Evidence' &&
        t.rows.some((r) => r[1]?.startsWith('Filtering and monitoring')),
    )!;
    const row = findings.rows.find((r) => r[1]?.startsWith('Filtering and monitoring'))!;
    expect(row[2]).toBe('Partly met');
    expect(row[3]).toContain('Tá an logáil ar iarraidh');
    expect(row[4]).toBe('Log hidlo Siân.jpg');
    expect(findings.headerRepeats).toBe(true);
    const actions = reading.tables.find(
      (t) => t.rows[0]?.[0] === 'Action' && t.rows[0]?.[1] === 'Checklist item',
    )!;
    expect(actions.rows.slice(1).map((r) => r[2])).toEqual([
      'Kwame Mensah (Headteacher)',
      'Daniel Achebe (DSL)',
      'Office manager',
      'Daniel Achebe (DSL)',
    ]);
  });

  it('converts to PDF in LibreOffice', () => {
    const pdf = convertToPdf(file, dir);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);
  }, 180_000);
});
