// The comparison of a handful of policy files, as `oversight compare --json` prints it: per file the
// topic coverage, positions, stale citations and cadence; pairwise similarity; template families.
import type { GuidanceEdition, TopicFramework } from '../config';
import type { IsoDate } from '../dates';
import { spanText, type StructuredDocument } from '../document';
import type { ExtractionResult } from '../extraction/types';
import type { PolicyType } from '../vocabulary';
import { compareDocuments } from './clauses';
import { coverageLists } from './coverage';
import { cadenceCheck, staleCitations, type CadenceStatus } from './currency';
import { templateFamilies } from './families';
import { comparisonFacts } from './inputs';
import { extractPositions, type PositionQuestion, type PositionValue } from './positions';

export interface CompareFileInput {
  /** How the file is named in the output (its path as given). */
  file: string;
  document: StructuredDocument;
  extraction: ExtractionResult;
}

export interface FileComparison {
  file: string;
  policyType: PolicyType;
  coverage: { covered: string[]; partly: string[]; missing: string[] };
  positions: Record<PositionQuestion, { value: PositionValue; label: string; passages: string[] }>;
  staleCitations: { guidanceId: string; name: string; cited: number; current: number; message: string }[];
  cadence: { statedMonths: number | null; standardMonths: number; status: CadenceStatus; longer: boolean; message: string };
}

export interface FilesComparison {
  asOf: IsoDate;
  files: FileComparison[];
  similarity: { a: string; b: string; similarity: number }[];
  /** Groups of two or more files that share a template. */
  families: string[][];
}

export function compareFiles(
  inputs: readonly CompareFileInput[],
  options: { frameworks: readonly TopicFramework[]; guidance: readonly GuidanceEdition[]; standardMonths: number; asOf: IsoDate },
): FilesComparison {
  const files = inputs.map((f): FileComparison => {
    const type = f.extraction.policyType.value;
    const framework = options.frameworks.find((fw) => fw.policyType === type) ?? options.frameworks.find((fw) => fw.policyType === 'social_media') ?? options.frameworks[0];
    const facts = comparisonFacts({ extraction: f.extraction, corrections: [] });
    const positions = Object.fromEntries(
      extractPositions(f.document, facts).map((p) => [p.question, { value: p.value, label: p.label, passages: p.passages.map((s) => spanText(f.document, s)) }]),
    ) as FileComparison['positions'];
    const cadence = cadenceCheck(facts.reviewCadenceMonths?.value ?? null, options.standardMonths);
    return {
      file: f.file,
      policyType: type,
      coverage: framework ? coverageLists(f.extraction.topics, framework) : { covered: [], partly: [], missing: [] },
      positions,
      staleCitations: staleCitations(facts.guidanceCited, options.guidance, options.asOf).map(({ guidanceId, name, cited, current, message }) => ({ guidanceId, name, cited, current, message })),
      cadence: { ...cadence, longer: cadence.status === 'longer' },
    };
  });
  const similarity: FilesComparison['similarity'] = [];
  for (let i = 0; i < inputs.length; i += 1) {
    for (let j = i + 1; j < inputs.length; j += 1) {
      const s = compareDocuments(inputs[i]!.document, inputs[j]!.document, { highlights: false }).similarity;
      similarity.push({ a: inputs[i]!.file, b: inputs[j]!.file, similarity: Math.round(s * 1000) / 1000 });
    }
  }
  const families = templateFamilies(inputs.map((f) => ({ id: f.file, name: f.file, document: f.document }))).families.map((fam) => fam.members.map((m) => m.id).sort());
  return { asOf: options.asOf, files, similarity, families };
}
