// Word (.docx): the zip is opened with the checks in zip.ts, clause numbers are worked out from the
// numbering definitions (docx-numbering.ts), then mammoth turns the document into HTML (headings from
// styles, lists, tables, tabs kept) and the HTML reader turns that into paragraphs.
import mammoth from 'mammoth';
import { zipSync, type Zippable } from 'fflate';
import type { StructuredDocument } from '../../core/document';
import { DocumentError, type ReadLimits } from './errors';
import { checkDeclaredSize, inflateEntry, zipDirectory, type ZipEntry } from './zip';
import { escapeMarkup, isPageNumber } from './clean';
import { labelNumberedParagraphs } from './docx-numbering';
import { readHtml } from './html';

/** Word's own styles as headings: the document title on top, then Heading 1, 2… under it. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  'p.Title => h1:fresh',
  "p[style-name='Subtitle'] => p:fresh",
  'p.Heading1 => h2:fresh',
  'p.Heading2 => h3:fresh',
  'p.Heading3 => h4:fresh',
  'p.Heading4 => h5:fresh',
  'p.Heading5 => h6:fresh',
  'p.Heading6 => h6:fresh',
  "p[style-name='heading 1'] => h2:fresh",
  "p[style-name='heading 2'] => h3:fresh",
  "p[style-name='heading 3'] => h4:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h4:fresh",
  // A table of contents repeats the headings with page numbers: not content.
  "p[style-name^='toc'] => !",
  "p[style-name^='TOC'] => !",
  "p[style-name^='Table of Contents'] => !",
];

const decoder = new TextDecoder('utf-8');

/** What else a zip might be, for a clear message when it is not a Word document. */
function otherZipKind(entries: readonly ZipEntry[]): string {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return 'an Excel workbook';
  if (names.has('ppt/presentation.xml')) return 'a PowerPoint presentation';
  if (names.has('mimetype') && names.has('content.xml'))
    return 'an OpenDocument file (LibreOffice or Google Docs); save it as .docx';
  return 'a zip archive';
}

export async function readDocx(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits,
  warnings: string[] = [],
): Promise<StructuredDocument> {
  const entries = zipDirectory(bytes, fileName);
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has('[Content_Types].xml') || ![...byName.keys()].some((n) => /^word\/.+\.xml$/.test(n))) {
    throw new DocumentError(fileName, `is not a Word document: it is ${otherZipKind(entries)}`);
  }
  checkDeclaredSize(entries, limits.maxUnzippedBytes, fileName);
  // Only the XML parts are inflated: images, fonts and embedded files are not needed for the text.
  const parts: Zippable = {};
  let budget = limits.maxUnzippedBytes;
  let images = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (!/\.(xml|rels)$/i.test(entry.name)) {
      if (/^word\/media\//.test(entry.name)) images += 1;
      continue;
    }
    const data = inflateEntry(bytes, entry, budget, fileName);
    budget -= data.length;
    parts[entry.name] = data;
  }
  const mainPart = findMainPart(parts);
  const docXml = parts[mainPart];
  if (!(docXml instanceof Uint8Array))
    throw new DocumentError(
      fileName,
      'is not a readable Word document: its main text part is missing. Open it in Word and save it again, then import the new file.',
    );
  const dir = mainPart.replace(/[^/]+$/, '');
  const numbering = parts[`${dir}numbering.xml`];
  const styles = parts[`${dir}styles.xml`];
  const labelled = labelNumberedParagraphs(
    decoder.decode(docXml),
    numbering instanceof Uint8Array ? decoder.decode(numbering) : null,
    styles instanceof Uint8Array ? decoder.decode(styles) : null,
  );
  parts[mainPart] = new TextEncoder().encode(labelled);
  // mammoth opens a zip itself; hand it one holding only the checked, inflated parts, stored uncompressed.
  const clean = zipSync(parts, { level: 0 });
  let html: string;
  const { headers, footers } = runningText(parts, dir);
  try {
    const result = await mammoth.convertToHtml(
      // Node's mammoth reads `buffer`, the browser's `arrayBuffer`; both accept these bytes.
      {
        buffer: clean,
        arrayBuffer: clean.buffer.slice(clean.byteOffset, clean.byteOffset + clean.byteLength),
      } as unknown as { arrayBuffer: ArrayBuffer },
      {
        styleMap: STYLE_MAP,
        includeDefaultStyleMap: true,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    // mammoth reads the body only; a letterhead in the running header often holds the setting's name,
    // and a footer the review date, so they come first and last, once each.
    const asHtml = (lines: string[]) => lines.map((l) => `<p>${escapeMarkup(l)}</p>`).join('');
    html = asHtml(headers) + result.value + asHtml(footers);
  } catch (error) {
    throw new DocumentError(
      fileName,
      `is not a readable Word document: ${(error as Error).message}. Open it in Word and save it again, then import the new file.`,
    );
  }
  if (images > 0) warnings.push(`${images} image${images === 1 ? '' : 's'} skipped (text only is read)`);
  const doc = readHtml(html, warnings, 'docx');
  if (doc.blocks.length === 0)
    throw new DocumentError(fileName, 'has no text to read: the Word document is empty or holds only images');
  return doc;
}

function findMainPart(parts: Zippable): string {
  const rels = parts['_rels/.rels'];
  if (rels instanceof Uint8Array) {
    const xml = decoder.decode(rels);
    const m = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/i.exec(xml);
    const target = m && /Target="([^"]+)"/.exec(m[0]);
    if (target) return target[1]!.replace(/^\//, '');
  }
  return 'word/document.xml';
}

/** The paragraphs of the running headers and footers (each text once, in part order). */
function runningText(parts: Zippable, dir: string): { headers: string[]; footers: string[] } {
  const seen = new Set<string>();
  const read = (kind: 'header' | 'footer') =>
    Object.keys(parts)
      .filter((name) => new RegExp(`^${dir}${kind}\\d*\\.xml$`).test(name))
      .sort()
      .flatMap((name) => {
        const data = parts[name];
        return data instanceof Uint8Array ? paragraphsOfPart(decoder.decode(data)) : [];
      })
      .filter((text) => {
        const key = text.toLowerCase();
        if (isPageNumber(text) || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  return { headers: read('header'), footers: read('footer') };
}

/** The text of each paragraph of a WordprocessingML part: its runs' text, tabs kept, field codes left out. */
function paragraphsOfPart(xml: string): string[] {
  return xml
    .split(/<\/w:p>/)
    .map((p) => {
      let text = '';
      for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
        if (m[1] !== undefined) text += decodeXml(m[1]);
        else text += m[0].startsWith('<w:tab') ? '\t' : ' ';
      }
      return text.replace(/[ \u00a0]+/g, ' ').replace(/^[\s]+|[\s]+$/g, '');
    })
    .filter((t) => t !== '');
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    const code = e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : '';
  });
}
