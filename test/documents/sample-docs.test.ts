// The sample trust's Word policies, read back by the real reader, give the structure they were written
// from: every heading, clause number, list item and header-table row, in order, with heading paths.
import { describe, expect, it } from 'vitest';
import { outlineToDocument } from '../../src/core/outline';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';
import { outlineToDocx } from '../../src/documents/outline-render';
import { readDocument } from '../../src/documents/read';

const sample = buildSampleTrust('2026-11-21');
const shape = (b: {
  kind: string;
  number?: string;
  text: string;
  headingPath: string[];
  cells?: string[];
}) => ({ kind: b.kind, number: b.number, text: b.text, headingPath: b.headingPath, cells: b.cells });

describe('the sample trust’s Word policies', () => {
  it.each(sample.policies.map((p) => [p.fileStem, p] as const))(
    '%s reads back as written',
    async (stem, policy) => {
      const bytes = await outlineToDocx(policy.outline);
      const doc = await readDocument({ name: `${stem}.docx`, bytes });
      const expected = outlineToDocument(policy.outline, 'docx');
      expect(doc.blocks.map(shape)).toEqual(expected.blocks.map(shape));
    },
  );
});
