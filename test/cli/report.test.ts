// `oversight report`: from the sample trust or a backup to a Word file, with clear errors for bad input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import type { CliIo } from '../../src/cli/io';
import { readDocx, requireConsumers } from '../support/docx-consumers';

const dir = mkdtempSync(join(tmpdir(), 'oversight-cli-report-'));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, Uint8Array>();
  const cli: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      const f = files.get(p);
      if (!f) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return f;
    },
    writeFile: async (p, b) => {
      files.set(p, b);
    },
    now: () => new Date('2026-11-21T10:00:00Z'),
  };
  return { cli, out: () => out.join(''), err: () => err.join(''), files };
}

describe('oversight report', () => {
  it('writes the sample trust’s report as a Word document', async () => {
    requireConsumers();
    const m = io();
    expect(await runCli(['report', '--sample', '--out', 'r.docx', '--as-of', '2026-11-21', '--meeting', 'Trust board', '--meeting-date', '2026-12-09'], m.cli), m.err()).toBe(0);
    expect(m.out()).toMatch(/^Wrote r\.docx \(\d+ KB\) in [\d.]+ s: Kestrel Vale Learning Trust: all 6 settings, 7 sections/);
    const file = join(dir, 'sample.docx');
    writeFileSync(file, m.files.get('r.docx')!);
    const reading = readDocx(file);
    expect(reading.headings.filter((h) => h.style === 'Heading 1').map((h) => h.text)).toEqual(['Summary', 'Policy reviews', 'Named leads', 'Training', 'Policy comparison', 'Audit visits', 'Method note']);
    expect(reading.paragraphs).toContain('Meeting: Trust board');
  }, 120_000);

  it('writes one setting’s report, with the sections asked for, from a backup', async () => {
    requireConsumers();
    const m = io();
    expect(await runCli(['sample', '--out', 'kv.oversight', '--as-of', '2026-11-21'], m.cli)).toBe(0);
    expect(await runCli(['report', '--data', 'kv.oversight', '--out', 'one.docx', '--setting', 'brookfield junior school', '--sections', 'summary,leads', '--as-of', '2026-11-21', '--names'], m.cli), m.err()).toBe(0);
    const file = join(dir, 'one.docx');
    writeFileSync(file, m.files.get('one.docx')!);
    const reading = readDocx(file);
    expect(reading.headings.filter((h) => h.style === 'Heading 1').map((h) => h.text)).toEqual(['Summary', 'Named leads']);
    expect(reading.paragraphs).toContain('Brookfield Junior School');
    expect(reading.paragraphs).toContain('Staff shown as: Names (personal data: handle with care)');
  }, 120_000);

  it('explains what is wrong with its arguments', async () => {
    const m = io();
    expect(await runCli(['report', '--sample'], m.cli)).toBe(2);
    expect(m.err()).toContain('--out REPORT.docx is required');
    expect(await runCli(['report', '--out', 'x.docx'], m.cli)).toBe(2);
    expect(m.err()).toContain('Give either --data FILE or --sample');
    expect(await runCli(['report', '--sample', '--out', 'x.docx', '--sections', 'summary,budget'], m.cli)).toBe(2);
    expect(m.err()).toContain('Unknown section "budget"');
    expect(await runCli(['report', '--sample', '--out', 'x.docx', '--as-of', '21/11/2026'], m.cli)).toBe(2);
    expect(m.err()).toContain('--as-of must be a date as YYYY-MM-DD, not "21/11/2026"');
    expect(await runCli(['report', '--sample', '--out', 'x.pdf'], m.cli)).toBe(2);
    expect(m.err()).toContain('--out must name a .docx file');
  });

  it('names the file it cannot use, and the setting it cannot find', async () => {
    const m = io();
    expect(await runCli(['report', '--data', 'missing.oversight', '--out', 'x.docx'], m.cli)).toBe(1);
    expect(m.err()).toContain('Cannot read "missing.oversight"');
    m.files.set('minutes.oversight', new TextEncoder().encode('Minutes of the meeting'));
    expect(await runCli(['report', '--data', 'minutes.oversight', '--out', 'x.docx'], m.cli)).toBe(1);
    expect(m.err()).toContain('"minutes.oversight" cannot be used: This is not an Oversight backup');
    expect(await runCli(['report', '--sample', '--out', 'x.docx', '--setting', 'Brookfield Secondary'], m.cli)).toBe(1);
    expect(m.err()).toContain('No setting called "Brookfield Secondary" in the sample trust; did you mean "Brookfield Infant School" or "Brookfield Junior School"?');
    expect(m.files.has('x.docx')).toBe(false);
  }, 60_000);
});
