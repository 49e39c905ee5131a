// Governor reports: a 40-setting trust (target under 2 s) and the 600-setting local authority (target
// under 20 s, with progress and bounded memory), each from the data to the .docx bytes (model built in
// core, charts rasterised, document written). Loading the LA backup is timed on its own: in the app the
// data comes from the store, not from a backup file.
import { readFileSync } from 'node:fs';
import { nodeRenderPng } from '../../../src/cli/report-assets';
import type { SettingId } from '../../../src/core/ids';
import { buildGovernorReport } from '../../../src/core/report/governor';
import type { ReportData } from '../../../src/core/report/input';
import { reportTables } from '../../../src/core/report/model';
import { defaultReportOptions, type ReportOptions } from '../../../src/core/report/options';
import { decodeBackup } from '../../../src/data/backup/format';
import { upgradeSnapshot } from '../../../src/data/backup/snapshot';
import { reportDataFromSnapshot } from '../../../src/data/report-source';
import type { RenderPng } from '../../../src/documents/report-docx/chart-png';
import { renderReportDocx } from '../../../src/documents/report-docx/render';
import { BENCH_AS_OF, LA_BACKUP, median, record } from '../harness';

/** The records of these settings only: a trust of that size cut out of the LA sample. */
export function subset(data: ReportData, count: number): ReportData {
  const keep = new Set<SettingId>(data.settings.filter((s) => !s.archived).slice(0, count).map((s) => s.id));
  const people = new Set([...data.memberships.filter((m) => keep.has(m.settingId)).map((m) => m.personId), ...data.roleAssignments.filter((a) => keep.has(a.settingId)).map((a) => a.personId)]);
  const visits = new Set(data.visits.filter((v) => keep.has(v.settingId)).map((v) => v.id));
  return {
    ...data,
    settings: data.settings.filter((s) => keep.has(s.id)),
    policies: data.policies.filter((p) => keep.has(p.policy.settingId)),
    reviews: data.reviews.filter((r) => keep.has(r.settingId)),
    people: data.people.filter((p) => people.has(p.id)),
    roleAssignments: data.roleAssignments.filter((a) => keep.has(a.settingId)),
    memberships: data.memberships.filter((m) => keep.has(m.settingId)),
    completions: data.completions.filter((c) => people.has(c.personId)),
    visits: data.visits.filter((v) => keep.has(v.settingId)),
    findings: data.findings.filter((f) => visits.has(f.visitId)),
    actions: data.actions.filter((a) => keep.has(a.settingId)),
    coverageOverrides: data.coverageOverrides.filter((o) => keep.has(o.settingId)),
  };
}

const OPTIONS: ReportOptions = { ...defaultReportOptions(BENCH_AS_OF), meeting: { name: 'Autumn term board', date: '2026-12-09' } };

async function report(data: ReportData, renderPng: RenderPng) {
  let steps = 0;
  const started = performance.now();
  const model = buildGovernorReport(data, OPTIONS, () => (steps += 1));
  const built = performance.now();
  const bytes = await renderReportDocx(model, { renderPng, onProgress: () => (steps += 1) });
  const done = performance.now();
  return { total: done - started, model: built - started, render: done - built, bytes, steps, rows: reportTables(model).reduce((n, t) => n + t.rows.length, 0) };
}

export async function run(): Promise<void> {
  const loadStarted = performance.now();
  const { snapshot } = await decodeBackup(new Uint8Array(readFileSync(LA_BACKUP)));
  const la = reportDataFromSnapshot(upgradeSnapshot(snapshot).tables, { sections: OPTIONS.sections });
  record({ name: 'LA report: read the backup into report data (600 settings, documents of 1,200 policies)', value: performance.now() - loadStarted, unit: 'ms', notes: 'CLI only; the app reads its store' });
  const renderPng = await nodeRenderPng();

  const trust = subset(la, 40);
  await report(trust, renderPng); // warm-up: module loading, WebAssembly compilation
  const runs = [];
  for (let i = 0; i < 3; i += 1) runs.push(await report(trust, renderPng));
  const mid = runs.sort((a, b) => a.total - b.total)[1]!;
  record({
    name: 'Governor report, 40-setting trust: data to .docx',
    value: median(runs.map((r) => r.total)),
    unit: 'ms',
    target: { below: 2000 },
    notes: `median of 3; model ${Math.round(mid.model)} ms, document ${Math.round(mid.render)} ms; ${mid.rows} table rows, ${Math.round(mid.bytes.byteLength / 1024)} KB`,
  });

  const heapBefore = process.memoryUsage().heapUsed;
  const big = await report(la, renderPng);
  record({
    name: 'Governor report, 600-setting local authority: data to .docx',
    value: big.total,
    unit: 'ms',
    target: { below: 20_000 },
    notes: `model ${Math.round(big.model)} ms, document ${Math.round(big.render)} ms; ${big.rows} table rows, ${big.steps} progress reports, ${(big.bytes.byteLength / 1024 / 1024).toFixed(1)} MB`,
  });
  record({
    name: 'Governor report, 600 settings: peak resident memory of the process (backup, data and report)',
    value: process.resourceUsage().maxRSS / 1024,
    unit: 'MB',
    target: { below: 1536 },
    notes: `heap grew ${Math.round((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024)} MB over the report`,
  });
}
