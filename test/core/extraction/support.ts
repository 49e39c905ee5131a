// Small structured documents for the extraction tests, written line by line:
//   "# Heading" -> heading, "- item" / "  - item" -> list item (depth by indent), a line with tabs -> table row,
//   "3.1 text" -> numbered paragraph, anything else -> paragraph.
import type { Block, StructuredDocument } from '../../../src/core/document';
import { defaultConfig } from '../../../src/data/defaults';
import type { ExtractionContext } from '../../../src/core/extraction/types';

export function doc(...lines: string[]): StructuredDocument {
  const blocks: Block[] = [];
  let path: string[] = [];
  for (const line of lines) {
    const id = `b${blocks.length + 1}`;
    const heading = /^(#+)\s+(.*)$/.exec(line);
    const item = /^(\s*)[-•·]\s+(.*)$/.exec(line);
    const numbered = /^(\d+(?:\.\d+)*\.?)\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      path = [...path.slice(0, level - 1), heading[2]!];
      blocks.push({ id, kind: 'heading', level, text: heading[2]!, headingPath: path.slice(0, -1) });
    } else if (item) {
      blocks.push({ id, kind: 'list-item', level: Math.floor(item[1]!.length / 2), text: item[2]!, headingPath: path });
    } else if (line.includes('\t')) {
      blocks.push({ id, kind: 'table-row', text: line, cells: line.split('\t'), headingPath: path });
    } else if (numbered) {
      blocks.push({ id, kind: 'paragraph', number: numbered[1]!, text: numbered[2]!, headingPath: path });
    } else {
      blocks.push({ id, kind: 'paragraph', text: line, headingPath: path });
    }
  }
  return { format: 'txt', blocks, warnings: [] };
}

let cached: ExtractionContext | null = null;
export function context(): ExtractionContext {
  if (!cached) {
    const config = defaultConfig();
    cached = { frameworks: config.frameworks, guidance: config.guidance };
  }
  return cached;
}
