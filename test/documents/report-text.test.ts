// Any text still makes a valid file: setting, staff and trust names with control characters, unpaired
// surrogates, emoji, right-to-left scripts and bidi overrides, and arbitrary strings from fast-check,
// all go into one report that python-docx (strict XML) and LibreOffice must open.
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleReportData } from '../../src/cli/commands/report';
import { nodeRenderPng } from '../../src/cli/report-assets';
import { buildGovernorReport } from '../../src/core/report/governor';
import type { ReportData } from '../../src/core/report/input';
import { defaultReportOptions } from '../../src/core/report/options';
import { sanitiseLine } from '../../src/core/report/sanitise';
import { renderReportDocx } from '../../src/documents/report-docx/render';
import { convertToPdf, pdfText, readDocx, requireConsumers } from '../support/docx-consumers';

const AS_OF = '2026-11-21';
const dir = mkdtempSync(join(tmpdir(), 'oversight-report-text-'));
let sample: ReportData;

const NASTY = [
  'Brook\u0000field\u0007 Infant \u0085School',
  'Ysgol Gynradd Aberhonddu 🏫✨ 👩‍👩‍👧',
  'مدرسة النور الابتدائية',
  'בית ספר יסודי הדר',
  'Harbour \u202Eweiv\u202C Primary',
  'Lone \uD800 surrogate \uDFFF school',
  'Tab\tand\r\nnew line',
  `A very long name ${'x'.repeat(3000)}`,
  '<w:p>&amp; "quoted" \'single\' </w:t>',
];

beforeAll(async () => {
  requireConsumers();
  sample = await sampleReportData(AS_OF, ['summary', 'leads', 'training', 'visits', 'method']);
}, 60_000);

/** The sample with these setting names (one setting per name; beyond the six, settings with no records) and some staff renamed. */
function renamed(names: string[]): ReportData {
  const settings = names.map((name, i) => ({ ...sample.settings[i % sample.settings.length]!, ...(i >= sample.settings.length ? { id: `extra-${i}` as never } : {}), name }));
  const people = sample.people.map((p, i) => (i % 7 === 0 ? { ...p, name: `${names[i % names.length]} ${p.name}` } : p));
  return { ...sample, trust: { ...sample.trust, name: `Kestrel ✨ Vale \u0001 مؤسسة Trust` }, settings, people };
}

async function writeAndRead(data: ReportData, stem: string) {
  const model = buildGovernorReport(data, {
    ...defaultReportOptions(AS_OF),
    staff: 'names',
    meeting: { name: 'Board \u0000 meeting 🗓️ اجتماع', date: '2026-12-09' },
    confidentiality: 'OFFICIAL\u0008-SENSITIVE ⚠️',
    author: 'Nasty \uDBFF author',
    sections: ['summary', 'leads', 'training', 'visits', 'method'],
  });
  const bytes = await renderReportDocx(model, { renderPng: await nodeRenderPng() });
  const file = join(dir, `${stem}.docx`);
  writeFileSync(file, bytes);
  return { model, file, reading: readDocx(file) };
}

describe('any text makes a valid Word file', () => {
  it('control characters, emoji, right-to-left names and bidi overrides', async () => {
    const data = renamed(NASTY);
    const { file, reading } = await writeAndRead(data, 'nasty');
    const summary = reading.tables.find((t) => t.rows[0]![0] === 'Setting' && t.rows[0]![1] === 'Overall')!;
    expect(summary.rows.slice(1).map((r) => r[0]).sort()).toEqual(data.settings.map((s) => sanitiseLine(s.name)).sort());
    expect(reading.sections[0]!.header).toContain('Kestrel ✨ Vale  مؤسسة Trust'.replace('  ', ' '));
    expect(reading.sections[0]!.header).toContain('OFFICIAL-SENSITIVE ⚠️');
    expect(reading.paragraphs).toContain('Meeting: Board meeting 🗓️ اجتماع');
    const text = pdfText(convertToPdf(file, dir));
    expect(text).toContain('Summary');
    expect(text).toMatch(/Page 2 of \d+/);
  }, 180_000);

  it('arbitrary strings (fast-check)', async () => {
    const names = fc.sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), { numRuns: 40, seed: 7 });
    const data = renamed(names);
    const { reading } = await writeAndRead(data, 'arbitrary');
    const summary = reading.tables.find((t) => t.rows[0]![0] === 'Setting' && t.rows[0]![1] === 'Overall')!;
    expect(summary.rows.slice(1).map((r) => r[0]).sort()).toEqual(data.settings.map((s) => sanitiseLine(s.name)).sort());
  }, 120_000);
});
