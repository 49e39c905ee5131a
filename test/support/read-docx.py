"""Reads a .docx with python-docx (a real consumer, independent of the code that wrote it) and prints
what the report tests check, as JSON: headings with their style, tables with their header-row flags,
header and footer text with the fields they hold, section orientations, images and the contents field.
Usage: python3 read-docx.py FILE.docx"""
import json
import sys

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn


def fields(element):
    """Field instructions (PAGE, NUMPAGES, TOC ...) in simple and complex fields."""
    out = []
    for instr in element.iter(qn("w:instrText")):
        if instr.text and instr.text.strip():
            out.append(instr.text.strip())
    for simple in element.iter(qn("w:fldSimple")):
        out.append(simple.get(qn("w:instr")).strip())
    return out


def part_text(part):
    return "\n".join(p.text for p in part.paragraphs)


def main(path):
    document = docx.Document(path)
    body = document.element.body
    headings = [
        {"style": p.style.name, "text": p.text}
        for p in document.paragraphs
        if p.style is not None and (p.style.name.startswith("Heading") or p.style.name == "Title")
    ]
    tables = []
    for table in document.tables:
        rows = []
        for row in table.rows:
            rows.append([cell.text for cell in row.cells])
        first = table.rows[0]._tr if len(table.rows) else None
        repeat = bool(first is not None and first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None)
        tables.append({"rows": rows, "headerRepeats": repeat})
    sections = []
    for section in document.sections:
        sections.append(
            {
                "orientation": "landscape" if section.orientation == WD_ORIENT.LANDSCAPE else "portrait",
                "width": section.page_width,
                "height": section.page_height,
                "differentFirstPage": section.different_first_page_header_footer,
                "header": part_text(section.header),
                "footer": part_text(section.footer),
                "headerFields": fields(section.header._element),
                "footerFields": fields(section.footer._element),
            }
        )
    print(
        json.dumps(
            {
                "headings": headings,
                "tables": tables,
                "sections": sections,
                "images": len(document.inline_shapes),
                "bodyFields": fields(body),
                "paragraphs": [p.text for p in document.paragraphs],
                "title": document.core_properties.title,
                "creator": document.core_properties.author,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
