// Renders a policy outline as a real Word document, as a setting might send it: headings, numbered clauses, bullet lists and (for the county template) a header table.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, LevelFormat } from 'docx';
import { headerLines, numberedOutline, type PolicyOutline } from '../core/outline';


const BULLETS = 'sample-bullets';

export async function outlineToDocx(outline: PolicyOutline, creator = 'Oversight sample data'): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: outline.settingName, alignment: AlignmentType.CENTER }),
    new Paragraph({ text: outline.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
  ];
  for (const line of headerLines(outline)) {
    const [label, ...rest] = line.split(': ');
    children.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(rest.join(': '))] }));
  }
  if (outline.headerTable) {
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: outline.headerTable.map(
          (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
        ),
      }),
    );
  }
  for (const section of numberedOutline(outline)) {
    children.push(new Paragraph({ text: `${section.number} ${section.heading}`, heading: HeadingLevel.HEADING_1 }));
    for (const clause of section.clauses) {
      children.push(new Paragraph({ text: `${clause.number} ${clause.text}`, spacing: { after: 120 } }));
      for (const b of clause.bullets) children.push(new Paragraph({ text: b, numbering: { reference: BULLETS, level: 0 } }));
    }
  }
  const doc = new Document({
    creator,
    title: `${outline.settingName} ${outline.title}`,
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A sample policy as the Word file a setting would send (the `makeFile` of a sample materialiser). */
export async function outlineDocxFile(outline: PolicyOutline, stem: string) {
  return { name: `${stem}.docx`, mediaType: DOCX_MEDIA_TYPE, format: 'docx' as const, bytes: await outlineToDocx(outline) };
}
