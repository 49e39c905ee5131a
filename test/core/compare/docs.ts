// Structured documents written for these tests (our own wording), built the way a reader would give them.
import type { Block, StructuredDocument } from '../../../src/core/document';

/** Each string is a paragraph; '# ' starts a heading. Block ids are b1, b2… in order. */
export function doc(...lines: string[]): StructuredDocument {
  const blocks: Block[] = [];
  let heading: string[] = [];
  for (const line of lines) {
    const id = `b${blocks.length + 1}`;
    if (line.startsWith('# ')) {
      const text = line.slice(2);
      blocks.push({ id, kind: 'heading', level: 2, text, headingPath: [] });
      heading = [text];
    } else blocks.push({ id, kind: 'paragraph', text: line, headingPath: heading });
  }
  return { format: 'txt', blocks, warnings: [] };
}

/** A long policy: `sections` sections of `clauses` clauses, each clause a distinct sentence of ours. */
export function longPolicy(settingName: string, sections: number, clauses: number, variant = 0): StructuredDocument {
  const lines: string[] = [];
  const subjects = ['Staff', 'Volunteers', 'Governors', 'Parents and carers', 'Visitors', 'Contractors', 'Pupils', 'Leaders'];
  const verbs = ['must report', 'should record', 'will discuss', 'are asked to share', 'must never publish', 'will check', 'should question', 'are expected to explain'];
  const objects = ['concerns about online conduct', 'images taken on trips', 'messages from families', 'passwords for shared devices', 'posts on the official channels', 'requests to follow a personal account', 'comments that criticise colleagues', 'breaches of the acceptable use agreement'];
  for (let s = 0; s < sections; s += 1) {
    lines.push(`# Section ${s + 1}: ${objects[s % objects.length]} and related duties`);
    for (let c = 0; c < clauses; c += 1) {
      const k = s * clauses + c;
      const who = subjects[(k + s) % subjects.length];
      const verb = verbs[(k * 3 + s) % verbs.length];
      const what = objects[(k * 5 + 1) % objects.length];
      const local = variant > 0 && k % 7 === variant % 7 ? ` at ${settingName}, as agreed by its governors in their ${['spring', 'summer', 'autumn'][k % 3]} meeting` : '';
      lines.push(`${who} ${verb} ${what}${local} in clause ${k + 1}, keeping a dated note of what was done, who was told and why the decision was reached, so that the designated safeguarding lead can follow it up.`);
    }
  }
  return doc(...lines);
}
