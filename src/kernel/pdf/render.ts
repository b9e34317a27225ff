import { FONTS } from './fonts';
import { BODY_TOP, INFO, PAGE, SIZES, WINDOW } from './layout';
import type { PdfBlock, PdfDocumentSpec } from './types';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/**
 * Renders a tagged PDF (PDF/UA-minded): a structure tree (Document → H1–H3, P, L/LI, Table with
 * TH/TD), the document language, the title shown instead of the file name, embedded fonts with
 * Unicode mapping, and page furniture (footer, page numbers) marked as artifacts so screen readers
 * skip it. Receipts and Bescheide must be readable by everyone who receives them.
 */
export async function renderPdf(spec: PdfDocumentSpec): Promise<Buffer> {
  // Loaded on first use: pdfkit with its font engine costs about 25 MB of memory in every process.
  const { default: PDFDocument } = await import('pdfkit');
  const standard = spec.fonts === 'standard';
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    pdfVersion: '1.7',
    // PDF/UA identification in the XMP metadata (pdfkit supports it; its type declarations lag behind).
    // PDF/UA demands embedded fonts: documents in the standard fonts do not claim it.
    ...(standard ? {} : { subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets }),
    tagged: true,
    displayTitle: true,
    lang: spec.lang ?? 'de-DE',
    bufferPages: true,
    // No default font: pdfkit would parse Helvetica's metrics for every document before ours are set
    // (a third of the rendering time of a short document in the base fonts).
    font: '',
    info: { Title: spec.title, Author: spec.author, Creator: 'Stadtportal', ...(spec.subject ? { Subject: spec.subject } : {}) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolvePdf, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolvePdf(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // pdfkit takes a standard font's name as the source of a registered font: the rest of the layout stays the same.
  doc.registerFont(FONTS.regular.name, standard ? 'Helvetica' : FONTS.regular.file);
  doc.registerFont(FONTS.bold.name, standard ? 'Helvetica-Bold' : FONTS.bold.file);
  doc.font(FONTS.regular.name).fontSize(SIZES.body);

  const root = doc.struct('Document');
  doc.addStructure(root);
  if (spec.letterhead) renderLetterhead(doc, root, spec.letterhead);
  for (const block of spec.blocks) renderBlock(doc, root, block);
  root.end();
  renderFooters(doc, spec.footer);
  doc.end();
  return done;
}

function paragraph(
  doc: Doc,
  parent: Struct,
  text: string,
  options: { x?: number; y?: number; width?: number; size?: number; bold?: boolean; gap?: number } = {},
): void {
  parent.add(
    doc.struct('P', {}, () => {
      doc.font(options.bold ? FONTS.bold.name : FONTS.regular.name).fontSize(options.size ?? SIZES.body);
      if (options.x !== undefined) doc.text(text, options.x, options.y, { width: options.width });
      else doc.text(text, { width: options.width });
    }),
  );
  if (options.gap) doc.moveDown(options.gap);
}

/** Sender at the top, return address and recipient in the envelope window, date and reference beside it. */
function renderLetterhead(doc: Doc, root: Struct, letterhead: NonNullable<PdfDocumentSpec['letterhead']>): void {
  const section = doc.struct('Sect');
  root.add(section);
  const [authority, ...details] = letterhead.sender;
  const right = doc.page.width - PAGE.margins.right;
  if (authority) paragraph(doc, section, authority, { x: INFO.x, y: PAGE.margins.top, width: right - INFO.x, size: SIZES.h2, bold: true });
  if (details.length) paragraph(doc, section, details.join('\n'), { x: INFO.x, y: doc.y, width: right - INFO.x, size: SIZES.small });

  // The one-line return address above the recipient (Rücksendeangabe), then the recipient.
  paragraph(doc, section, letterhead.sender.join(' · '), { x: WINDOW.x, y: WINDOW.y, width: WINDOW.width, size: SIZES.small - 1 });
  if (letterhead.recipient?.length) paragraph(doc, section, letterhead.recipient.join('\n'), { x: WINDOW.x, y: doc.y + 4, width: WINDOW.width });

  const info = [letterhead.date ? `Datum: ${letterhead.date}` : null, letterhead.reference ? `Zeichen: ${letterhead.reference}` : null].filter(
    (line): line is string => line !== null,
  );
  if (info.length) paragraph(doc, section, info.join('\n'), { x: INFO.x, y: INFO.y, width: INFO.width });
  section.end();
  doc.x = PAGE.margins.left;
  doc.y = Math.max(doc.y, BODY_TOP);
}

function renderBlock(doc: Doc, root: Struct, block: PdfBlock): void {
  const width = doc.page.width - PAGE.margins.left - PAGE.margins.right;
  doc.x = PAGE.margins.left;
  switch (block.type) {
    case 'heading': {
      const level = block.level ?? 1;
      const size = SIZES[`h${level}`];
      // Keep a heading with the first line after it.
      if (doc.y + size * 3 > doc.page.maxY()) doc.addPage();
      if (doc.y > PAGE.margins.top + 1) doc.moveDown(0.6);
      root.add(
        doc.struct(`H${level}`, {}, () => {
          doc.font(FONTS.bold.name).fontSize(size).text(block.text, { width });
        }),
      );
      doc.moveDown(0.3);
      return;
    }
    case 'paragraph':
      paragraph(doc, root, block.text, { width, gap: 0.6 });
      return;
    case 'list':
      renderList(doc, root, block.items, width);
      return;
    case 'fields':
      renderFields(doc, root, block.rows, width);
      return;
    case 'table':
      renderTable(doc, root, block, width);
      return;
  }
}

function renderList(doc: Doc, root: Struct, items: string[], width: number): void {
  const list = doc.struct('L');
  root.add(list);
  const indent = 14;
  doc.font(FONTS.regular.name).fontSize(SIZES.body);
  for (const text of items) {
    if (doc.y + doc.currentLineHeight(true) > doc.page.maxY()) doc.addPage();
    const y = doc.y;
    const item = doc.struct('LI');
    list.add(item);
    item.add(doc.struct('Lbl', {}, () => void doc.text('•', PAGE.margins.left, y, { width: indent, lineBreak: false })));
    item.add(doc.struct('LBody', {}, () => void doc.text(text, PAGE.margins.left + indent, y, { width: width - indent })));
    item.end();
  }
  list.end();
  doc.x = PAGE.margins.left;
  doc.moveDown(0.6);
}

/** Label–value pairs as a two-column table whose first column holds row headers. */
function renderFields(doc: Doc, root: Struct, rows: { label: string; value: string }[], width: number): void {
  if (!rows.length) return;
  doc.font(FONTS.regular.name).fontSize(SIZES.body);
  doc.table({
    structParent: root,
    position: { x: PAGE.margins.left, y: doc.y },
    maxWidth: width,
    columnStyles: [width * 0.38, '*'],
    defaultStyle: TABLE_CELL_STYLE,
    data: rows.map((row): PDFKit.Mixins.CellOptions[] => [
      { text: row.label, type: 'TH', scope: 'Row', font: { src: FONTS.bold.name } },
      { text: row.value || '–' },
    ]),
  });
  doc.x = PAGE.margins.left;
  doc.moveDown(0.8);
}

const TABLE_CELL_STYLE = { border: { top: 0, left: 0, right: 0, bottom: 0.5 }, borderColor: '#b1b4b6', padding: { top: 4, bottom: 4, left: 0, right: 8 } };

/** A data table with a header row of column headers and a row header first in every row. */
function renderTable(doc: Doc, root: Struct, table: Extract<PdfBlock, { type: 'table' }>, width: number): void {
  if (!table.rows.length) return;
  doc.font(FONTS.regular.name).fontSize(SIZES.body);
  const bold = { src: FONTS.bold.name };
  doc.table({
    structParent: root,
    position: { x: PAGE.margins.left, y: doc.y },
    maxWidth: width,
    ...(table.widths ? { columnStyles: table.widths.map((share) => width * share) } : {}),
    defaultStyle: TABLE_CELL_STYLE,
    data: [
      table.columns.map((column): PDFKit.Mixins.CellOptions => ({ text: column, type: 'TH', scope: 'Column', font: bold })),
      ...table.rows.map((row) =>
        row.map((cell, index): PDFKit.Mixins.CellOptions => (index === 0 ? { text: cell, type: 'TH', scope: 'Row', font: bold } : { text: cell || '–' })),
      ),
    ],
  });
  doc.x = PAGE.margins.left;
  doc.moveDown(0.8);
}

/** Footer text and "Seite n von m" on every page, as pagination artifacts (not read as content). */
function renderFooters(doc: Doc, footer: string | undefined): void {
  const range = doc.bufferedPageRange();
  const width = doc.page.width - PAGE.margins.left - PAGE.margins.right;
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing below the bottom margin would start a new page: lift the margin while writing.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font(FONTS.regular.name).fontSize(SIZES.footer).fillColor('#505a5f');
    const y = doc.page.height - bottom + 10;
    if (footer) doc.text(footer, PAGE.margins.left, y, { width: width * 0.75, lineBreak: true });
    doc.text(`Seite ${index - range.start + 1} von ${range.count}`, PAGE.margins.left + width * 0.75, y, { width: width * 0.25, align: 'right' });
    doc.endMarkedContent();
    doc.fillColor('black');
    doc.page.margins.bottom = bottom;
  }
}
