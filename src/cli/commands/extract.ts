// `oversight extract [--json] FILE...`: reads each policy and prints the facts Oversight pulls out of it,
// with the evidence for each. One unreadable file is reported and the others still are (exit status 1).
import { parseArgs } from 'node:util';
import { extractPolicy } from '../../core/extraction/extract';
import { extractionEvidence, extractionFacts, type ExtractionFacts } from '../../core/extraction/facts';
import type { ExtractionContext } from '../../core/extraction/types';
import { formatUkDate } from '../../core/dates';
import { POLICY_TYPE_LABELS, ROLE_LABELS, PHASE_LABELS } from '../../core/vocabulary';
import { defaultConfig } from '../../data/defaults';
import { readDocument } from '../../documents/read';
import { UsageError, type CliIo, type Command } from '../io';

/** One file's line of `--json` output: the facts, the evidence, or an error (with every fact empty). */
export type ExtractRecord = { file: string } & Omit<ExtractionFacts, 'policy_type'> & {
    policy_type: ExtractionFacts['policy_type'] | null;
    evidence: Record<string, unknown> | null;
    error?: string;
  };

const EMPTY: Omit<ExtractRecord, 'file' | 'evidence'> = {
  setting_name: null,
  phase: null,
  policy_title: null,
  policy_type: null,
  version: null,
  last_review: null,
  next_review: null,
  review_cadence_months: null,
  approved_by: null,
  named_leads: [],
  other_named_people: [],
  guidance_cited: [],
  linked_policies: [],
  topics: [],
  approved_by_body: null,
  written: null,
  approved: null,
  last_reviewed: null,
  linked_settings: [],
  official_channels: [],
  blocked_sites: [],
  template_source: null,
  topics_absent: [],
};

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** A message naming the file, for a file that cannot be opened or read. */
function describeFailure(file: string, error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === 'ENOENT') return `'${file}' was not found`;
  if (e.code === 'EISDIR') return `'${file}' is a folder, not a file`;
  if (e.code === 'EACCES' || e.code === 'EPERM') return `'${file}' could not be opened: permission denied`;
  const message = e.message ?? String(error);
  return message.includes(baseName(file)) ? message : `'${file}': ${message}`;
}

/** Reads one file's bytes into the facts and their evidence; throws when the file cannot be read. */
export async function extractRecord(file: string, bytes: Uint8Array, context: ExtractionContext): Promise<ExtractRecord> {
  const doc = await readDocument({ name: baseName(file), bytes });
  const result = extractPolicy(doc, context);
  const framework = context.frameworks.find((f) => f.policyType === result.policyType.value);
  const topicIds = framework?.topics.map((t) => t.id) ?? [];
  return { file, ...extractionFacts(result, topicIds), evidence: extractionEvidence(result, doc) };
}

/** Reads and extracts one file; never throws. */
export async function extractFile(file: string, io: Pick<CliIo, 'readFile'>, context: ExtractionContext): Promise<ExtractRecord> {
  try {
    return await extractRecord(file, await io.readFile(file), context);
  } catch (error) {
    return { file, ...EMPTY, evidence: null, error: describeFailure(file, error) };
  }
}

function summary(r: ExtractRecord): string {
  if (r.error) return `${r.file}\n  could not be read: ${r.error}\n`;
  const line = (label: string, value: string | null | undefined) => `  ${label.padEnd(18)}${value ?? '—'}\n`;
  const list = (items: string[]) => (items.length ? items.join('; ') : '—');
  return [
    `${r.file}\n`,
    line('Setting', r.setting_name),
    line('Phase', r.phase ? PHASE_LABELS[r.phase] : null),
    line('Title', r.policy_title),
    line('Type', r.policy_type ? POLICY_TYPE_LABELS[r.policy_type] : null),
    line('Version', r.version),
    line('Last review', r.last_review ? formatUkDate(r.last_review) : null),
    line('Next review', r.next_review ? formatUkDate(r.next_review) : null),
    line('Review cadence', r.review_cadence_months ? `every ${r.review_cadence_months} months` : 'not stated'),
    line('Approved by', r.approved_by),
    line('Written', r.written ? [r.written.by, r.written.date ? formatUkDate(r.written.date) : null].filter(Boolean).join(', ') : null),
    line('Named leads', list(r.named_leads.map((l) => `${l.name} (${ROLE_LABELS[l.role]})`))),
    line('Other people', list(r.other_named_people.map((p) => `${p.name} (${p.role_text})`))),
    line('Guidance cited', list(r.guidance_cited)),
    line('Linked policies', list(r.linked_policies)),
    line('Linked settings', list(r.linked_settings)),
    line('Official channels', list(r.official_channels)),
    line('Blocked services', list(r.blocked_sites)),
    line('Template', r.template_source),
    line('Topics', list(r.topics)),
    line('Topics not found', list(r.topics_absent)),
    ...((r.evidence?.problems as string[] | undefined) ?? []).map((p) => `  Problem: ${p}\n`),
  ].join('');
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Read policy documents (.docx, .pdf, .txt, .md, .html) and print the facts found in each, with evidence',
  usage: `oversight extract [--json] FILE...

  --json   print a JSON array, one object per file, with the facts and the evidence for each
           (without it: a readable summary)

A file that cannot be read is reported with its "error" and the others are still read; the exit status
is then 1.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
    if (positionals.length === 0) throw new UsageError('name at least one FILE to read');
    const config = defaultConfig();
    const context: ExtractionContext = { frameworks: config.frameworks, guidance: config.guidance };
    const records: ExtractRecord[] = [];
    for (const file of positionals) records.push(await extractFile(file, io, context));
    if (values.json) io.stdout(`${JSON.stringify(records, null, 2)}\n`);
    else io.stdout(records.map(summary).join('\n'));
    const failed = records.filter((r) => r.error);
    for (const f of failed) io.stderr(`oversight extract: ${f.error}\n`);
    return failed.length > 0 ? 1 : 0;
  },
};
