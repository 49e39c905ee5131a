// `oversight compare [--json] FILE...`: compares policies across settings. Per file: topic coverage
// against the trust framework, positions, stale guidance citations and the review cadence against a
// standard; across files: pairwise similarity and template families. An unreadable file is reported and
// the others are still compared (exit status 1).
import { parseArgs } from 'node:util';
import { compareFiles, type CompareFileInput, type FilesComparison } from '../../core/compare/files';
import { POSITION_QUESTION_LABELS, type PositionQuestion } from '../../core/compare/positions';
import { extractPolicy } from '../../core/extraction/extract';
import { defaultConfig } from '../../data/defaults';
import { readDocument } from '../../documents/read';
import { UsageError, type Command } from '../io';
import { asOfOption } from '../inputs';

function describeFailure(file: string, error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === 'ENOENT') return `'${file}' was not found`;
  if (e.code === 'EISDIR') return `'${file}' is a folder, not a file`;
  const message = e.message ?? String(error);
  return message.includes(file.split(/[\\/]/).pop() ?? file) ? message : `'${file}': ${message}`;
}

/**
 * The JSON the command prints, in the snake_case of the other commands' output. A stale citation names
 * the edition cited and the one in force ("Keeping Children Safe in Education 2021" / "… 2025"), with
 * the years as numbers beside them.
 */
export function compareJson(
  result: FilesComparison,
  standardMonths: number,
  errors: { file: string; error: string }[],
) {
  return {
    as_of: result.asOf,
    standard_months: standardMonths,
    files: result.files.map((f) => ({
      file: f.file,
      policy_type: f.policyType,
      coverage: f.coverage,
      // The same lists at the top of each file, for quick use.
      covered: f.coverage.covered,
      partly: f.coverage.partly,
      missing: f.coverage.missing,
      positions: f.positions,
      stale_citations: f.staleCitations.map((s) => ({
        guidance_id: s.guidanceId,
        cited: `${s.name} ${s.cited}`,
        current: `${s.name} ${s.current}`,
        cited_edition: s.cited,
        current_edition: s.current,
        message: s.message,
      })),
      cadence: {
        stated_months: f.cadence.statedMonths,
        standard_months: f.cadence.standardMonths,
        status: f.cadence.status,
        longer: f.cadence.longer,
        message: f.cadence.message,
      },
    })),
    similarity: result.similarity.map((s) => ({
      a: s.a,
      b: s.b,
      files: [s.a, s.b],
      similarity: s.similarity,
    })),
    families: result.families,
    errors,
  };
}

function text(result: FilesComparison): string {
  const out: string[] = [];
  for (const f of result.files) {
    out.push(`${f.file}`);
    out.push(`  Covered   ${f.coverage.covered.length ? f.coverage.covered.join(', ') : '—'}`);
    if (f.coverage.partly.length) out.push(`  Partly    ${f.coverage.partly.join(', ')}`);
    out.push(`  Missing   ${f.coverage.missing.length ? f.coverage.missing.join(', ') : '—'}`);
    for (const [question, p] of Object.entries(f.positions))
      out.push(`  ${POSITION_QUESTION_LABELS[question as PositionQuestion]}: ${p.label}`);
    for (const s of f.staleCitations) out.push(`  Stale     ${s.message}`);
    out.push(`  Cadence   ${f.cadence.message}`);
    out.push('');
  }
  if (result.similarity.length) {
    out.push('Similarity');
    for (const s of [...result.similarity].sort((a, b) => b.similarity - a.similarity))
      out.push(`  ${s.similarity.toFixed(2)}  ${s.a}  ↔  ${s.b}`);
    out.push('');
  }
  out.push(
    result.families.length
      ? `Template families\n${result.families.map((f) => `  ${f.join(', ')}`).join('\n')}`
      : 'Template families: none (no two files share a template)',
  );
  return `${out.join('\n')}\n`;
}

export const compareCommand: Command = {
  name: 'compare',
  summary:
    'Compare policy files: topic coverage, positions, stale guidance, cadence, similarity and template families',
  usage: `oversight compare [--json] [--standard-months N] [--as-of YYYY-MM-DD] FILE...

  FILE                  policy documents (.docx, .pdf, .txt, .md, .html)
  --json                print JSON: per file its coverage (covered, partly, missing topic ids), positions,
                        stale citations ([{cited, current}]) and cadence; pairwise similarity (0 to 1);
                        families (groups of files that share a template)
  --standard-months N   the trust's standard review cadence in months (default 12)
  --as-of DATE          the day guidance editions are judged on (default: today)`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'standard-months': { type: 'string', default: '12' },
        'as-of': { type: 'string' },
      },
    });
    if (positionals.length === 0) throw new UsageError('give at least one policy file');
    const standardMonths = Number(values['standard-months']);
    if (!Number.isInteger(standardMonths) || standardMonths < 1 || standardMonths > 120)
      throw new UsageError(
        `--standard-months must be a whole number of months from 1 to 120, not "${values['standard-months']}"`,
      );
    const asOf = asOfOption(values['as-of'], io);

    const config = defaultConfig();
    const context = { frameworks: config.frameworks, guidance: config.guidance };
    const inputs: CompareFileInput[] = [];
    const errors: { file: string; error: string }[] = [];
    for (const file of positionals) {
      try {
        const bytes = await io.readFile(file);
        const document = await readDocument({ name: file.split(/[\\/]/).pop() ?? file, bytes });
        inputs.push({ file, document, extraction: extractPolicy(document, context) });
      } catch (error) {
        errors.push({ file, error: describeFailure(file, error) });
      }
    }
    const result = compareFiles(inputs, {
      frameworks: config.frameworks,
      guidance: config.guidance,
      standardMonths,
      asOf,
    });
    if (values.json) io.stdout(`${JSON.stringify(compareJson(result, standardMonths, errors), null, 2)}\n`);
    else io.stdout(text(result));
    for (const e of errors) io.stderr(`oversight compare: ${e.error}\n`);
    return errors.length > 0 ? 1 : 0;
  },
};
